// "The Valdor Democrat said", "the Valdor senator told …", "the former Valdor governor": an epithet of a lawmaker or
// governor the article named before with the same cues — a party-and-state tag ("Sen. Ana Doe (D-Val.)", "Doe,
// R-Valdor,"), a description ("Ana Doe, a Democrat from Valdor", "Ivo Brenn, the Valdor Republican"), or a title with a
// state and party before the name ("former Valdor Gov. Ivo Brenn", "Valdor Republican Sen. Ana Doe"). Each doc's person
// mentions are read once, a short window beside each; a call then reads only the people with cues. Pure.
import { partyTagAfter, usState } from '../entities/tags.js';
import type { EntityRef } from '../types.js';
import type { PersonAt } from './people-before.js';

/** What an epithet or an article's cues say of a person: a US state, a party (D, R, I), an office, a former holder. */
export interface Cues {
  state?: string;
  party?: string;
  title?: Office;
  former: boolean;
}

type Office = 'senator' | 'representative' | 'governor' | 'lawmaker';

/** A person's cues gathered from the doc, with where the first was written. */
interface PersonCues {
  e: EntityRef;
  first: number;
  states: Set<string>;
  parties: Set<string>;
  titles: Set<Office>;
  /** a party-and-state tag ("R-Valdor"): a member of a legislature */
  tagged: boolean;
  former: boolean;
}

/** One to three capitalised words, no party's ("New Valdor", not "Valdor Republican"). */
const STATE_WORDS =
  '((?:(?!Democrat|Republican|GOP|Former)[A-Z][a-z]+\\s+){0,2}(?!Democrat|Republican|GOP|Former)[A-Z][a-z]+)';
/** "the Valdor Democrat", "the former Valdor governor", "the Republican senator", "the New Valdor lawmaker". */
const EPITHET = new RegExp(
  `^[Tt]he\\s+(former\\s+)?(?:${STATE_WORDS}\\s+)?(?:(Democratic|Republican|GOP)\\s+)?` +
    '(Democrat|Republican|[Ss]enator|[Cc]ongress(?:wo)?man|[Rr]epresentative|lawmaker|legislator|[Gg]overnor)$',
);
/** ", a Democrat from Valdor", ", the Valdor Republican", ", a freshman Republican senator from Valdor". */
const DESCRIBED_AFTER = new RegExp(
  `^\\s*,\\s*(?:a|an|the)\\s+(?:(?:freshman|veteran|former|longtime|moderate|conservative|liberal|progressive|top|senior|fellow|retiring)\\s+)*` +
    `(?:${STATE_WORDS}\\s+)?(Democrat|Republican|Democratic|GOP)(?:\\s+(senator|congressman|congresswoman|representative|lawmaker|governor))?` +
    `(?:\\s+(?:from|of)\\s+${STATE_WORDS})?`,
);
/** "former Valdor Gov.", "Valdor Republican Sen.", "Democratic Rep.", "Sen." right before a name, or before its given
 * name when the mention is the surname ("Sen. Ana | Doe"). */
const TITLED_BEFORE = new RegExp(
  `(?:\\b([Ff]ormer)\\s+)?(?:\\b${STATE_WORDS}\\s+)?(?:\\b(Democratic|Republican|Democrat|GOP)\\s+)?` +
    '\\b(Sen|Rep|Gov|Senator|Representative|Congressman|Congresswoman|Governor)\\s*\\.?\\s+(?:[A-Z][a-z]*\\.?\\s+)?$',
);
/** "Sen. Ana Doe of Valdor". */
const OF_STATE_AFTER = new RegExp(`^\\s*,?\\s*(?:of|from)\\s+${STATE_WORDS}`);

const PARTY: Readonly<Record<string, string>> = {
  democrat: 'D',
  democratic: 'D',
  republican: 'R',
  gop: 'R',
  d: 'D',
  r: 'R',
  i: 'I',
};
const OFFICE: Readonly<Record<string, Office>> = {
  sen: 'senator',
  senator: 'senator',
  rep: 'representative',
  representative: 'representative',
  congressman: 'representative',
  congresswoman: 'representative',
  gov: 'governor',
  governor: 'governor',
  lawmaker: 'lawmaker',
  legislator: 'lawmaker',
};

/** The cues of an epithet ("the Valdor Democrat" → Valdor, D), or null: not one, or too few cues to pick a person by. */
export function epithetCues(phrase: string): Cues | null {
  const m = EPITHET.exec(phrase);
  if (!m) return null;
  const state = m[2] ? usState(m[2]) : undefined;
  if (m[2] && !state) return null; // "the Harbour Party Democrat"
  const head = m[4].toLowerCase();
  const party = PARTY[(m[3] ?? (OFFICE[head] ? '' : head)).toLowerCase()];
  const title = OFFICE[head];
  if (!state && !(party && title)) return null; // "the Republican": any of them
  return { state, party, title, former: !!m[1] };
}

/** One person mention's cues from the text beside it (empty when none). */
function mentionCues(text: string, m: PersonAt): Partial<PersonCues> & { any: boolean } {
  const after = text.slice(m.end, m.end + 90);
  const out: Partial<PersonCues> & { any: boolean } = { any: false, states: new Set(), parties: new Set() };
  const put = (state?: string, party?: string, title?: string) => {
    const s = state ? usState(state) : undefined;
    if (s) out.states!.add(s);
    if (party && PARTY[party.toLowerCase()]) out.parties!.add(PARTY[party.toLowerCase()]);
    if (title && OFFICE[title.toLowerCase()]) out.titles = new Set([OFFICE[title.toLowerCase()]]);
    out.any ||= !!(s || party || title);
  };
  // "(D-Del.)", ", R-Ohio,", "( R. , Ohio )", ", D-N.Y.": a party letter and a state after the name
  const tag = partyTagAfter(after, 0);
  if (tag) {
    put(tag.state, tag.party);
    out.tagged = true;
  }
  const d = DESCRIBED_AFTER.exec(after);
  if (d) put(d[1] ?? d[4], d[2], d[3]);
  const before = TITLED_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
  if (before) {
    put(before[2], before[3], before[4]);
    out.former = !!before[1];
    const of = OF_STATE_AFTER.exec(after);
    if (of) put(of[1]);
  }
  return out;
}

/**
 * The doc's people with party, state or office cues, each under its entity: `holders(cues, pos)` lists the people
 * named with cues before `pos` that match every cue given (an epithet's); `contradicts(cues, id)` says whether the
 * doc gives the person of entity `id` another state or party than the cues.
 */
export function partyStatePeople(
  text: string,
  people: readonly PersonAt[],
): {
  holders: (cues: Cues, pos: number) => EntityRef[];
  contradicts: (cues: Cues, id: string) => boolean;
} {
  let byId: Map<string, PersonCues> | undefined;
  const index = () => {
    if (byId) return byId;
    byId = new Map();
    for (const m of people) {
      const c = mentionCues(text, m);
      if (!c.any) continue;
      const p =
        byId.get(m.e.id) ??
        byId
          .set(m.e.id, {
            e: m.e,
            first: m.start,
            states: new Set(),
            parties: new Set(),
            titles: new Set(),
            tagged: false,
            former: false,
          })
          .get(m.e.id)!;
      for (const s of c.states ?? []) p.states.add(s);
      for (const s of c.parties ?? []) p.parties.add(s);
      for (const s of c.titles ?? []) p.titles.add(s);
      p.tagged ||= !!c.tagged;
      p.former ||= !!c.former;
    }
    return byId;
  };
  // per epithet (its cues as a key): the people matching it, by first cue
  const found = new Map<string, PersonCues[]>();
  const matching = (cues: Cues) => {
    const key = `${cues.state}|${cues.party}|${cues.title}|${cues.former}`;
    return (
      found.get(key) ??
      found
        .set(
          key,
          [...index().values()].filter((p) => matches(cues, p)),
        )
        .get(key)!
    );
  };
  return {
    holders: (cues, pos) =>
      matching(cues)
        .filter((p) => p.first < pos)
        .map((p) => p.e),
    contradicts: (cues, id) => {
      const p = index().get(id);
      if (!p) return false;
      const state = !!cues.state && p.states.size > 0 && !p.states.has(cues.state);
      return state || (!!cues.party && p.parties.size > 0 && !p.parties.has(cues.party));
    },
  };
}

/**
 * Whether a person's cues fit an epithet's: its state, its party (or, for a person the doc gives the state and no party,
 * any), its office (a party-and-state tag stands for a lawmaker), and its tense: "the Valdor Republican" is no one the
 * doc named only as a former holder ("former Valdor Gov. Ivo Brenn").
 */
function matches(c: Cues, p: PersonCues): boolean {
  if (c.state && !p.states.has(c.state)) return false;
  if (c.party && !p.parties.has(c.party) && (p.parties.size > 0 || !c.state)) return false;
  if (c.former !== p.former) return false;
  if (!c.title) return true;
  if (c.title === 'governor') return p.titles.has('governor');
  if (p.titles.size === 0) return p.tagged;
  return c.title === 'lawmaker' ? !p.titles.has('governor') : p.titles.has(c.title);
}
