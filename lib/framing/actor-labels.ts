// Actor labels: a role noun whose modifier names an entity of the article ("the Assad regime", "the Syrian
// government", "Hamas militants", "Syria's army", "the regime of Bashar al-Assad") labels that entity's government,
// armed forces, armed groups or crowds with the role noun ("regime" or "government"). The referent is decided by
// rules (role-nouns.ts, leader-states.ts): a demonym stands for its country, a head of state's name for the state, so
// "the Assad regime" and "the Syrian government" are two labels of one referent, Syria's government.
import type { Doc, EntityRef, Token } from '../types.js';
import { byString } from '../text/counts.js';
import { isStopword } from '../text/stopwords.js';
import { labelKey } from './labels.js';
import { VOICES } from './voice.js';
import { isLexiconNoun } from './wordclass.js';
import { adjectivalRole } from './role-modifiers.js';
import { mergeReferentForms } from './referent-forms.js';
import {
  entityIndex,
  leaderStates,
  stateNamer,
  stateResolver,
  type EntityIndex,
  type NamedAt,
  type StateNamed,
  type StateOf,
} from './leader-states.js';
import { bareReferent, bareRole, itClause, type NamedRole, type NounPlace } from './bare-roles.js';
import { clauseSubjectState, forcesState, paragraphStates, stateAfter, stateNear } from './near-states.js';
import { ACTING_VERBS, capitalMetonyms, countryOfPlace } from './capital-metonyms.js';
import { referentRole, roleClass, type ReferentKind, type RoleClass } from './role-nouns.js';
import type { NormIds } from '../text/term-ids.js';
import type { LabelMention, Voice } from './types.js';
import { STARTS_LOWER } from '../util/letters.js';

/** Words that may stand between a name and its role noun or before a role noun of an of-phrase: adjective-shaped or hyphenated words, and nouns of the role vocabulary ("regime forces", "rebel fighters"). */
const COMPOUND = new Set([
  'new',
  'current',
  'ruling',
  'armed',
  'own',
  'rebel',
  'security',
  'terrorist',
  'insurgent',
  'jihadist',
  'extremist',
  'militia',
  'islamist',
]);
const ADJ = /(?:al|ic|ous|ive|ian|ish|ary|ory|ent|ant|ist|ese|ful|less|ern)$/;

/** A lowercase word that can modify a role noun inside its phrase. */
function modifies(d: Doc, t: Token): boolean {
  if (t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start]) || isStopword(t.norm)) return false;
  return roleClass(t.norm) !== undefined || COMPOUND.has(t.norm) || t.norm.includes('-') || ADJ.test(t.norm);
}

/**
 * A capitalised word joined by a hyphen to a lower-case participle ("Shiite-dominated", "Iran-backed"): a modifier of
 * "the government of X" (namedAfter), whose actor is X; before a role noun after a name it names another actor ("Qods
 * Force-backed militias" are not the Qods's own), so namedBefore takes none.
 */
const CAPITAL_COMPOUND = /^\p{Lu}[\p{L}.]*-\p{Ll}+(?:ed|en)$/u;

/** A role noun's phrase: its first token, its head, the words naming the role, and the entity named. */
interface RolePhrase {
  a: number;
  head: number;
  end: number;
  variant: string;
  named: NamedAt;
}

/** A role noun used as a modifier of a following noun ("government officials", "regime change", "army general", "government spokesman", "military base"). */
function modifierUse(d: Doc, i: number, titles: ReadonlySet<string>): boolean {
  const nx = d.tokens[i + 1];
  const t = d.tokens[i];
  if (!nx || nx.sentence !== t.sentence || nx.kind !== 'word' || nx.start - t.end > 1) return false;
  if (!STARTS_LOWER.test(d.text[nx.start]) || isStopword(nx.norm)) return false;
  // "government forces": the next role noun heads the phrase; "the regime used": a verb follows
  if (roleClass(nx.norm) !== undefined || titles.has(nx.norm)) return true;
  return (isLexiconNoun(nx.norm) && !/ed$/.test(nx.norm)) || adjectivalRole(t.norm, nx.norm);
}

/** The phrase of role noun `i` with the entity before it: "the Syrian government", "Assad's brutal regime". */
function namedBefore(d: Doc, i: number, ix: EntityIndex): RolePhrase | undefined {
  const toks = d.tokens;
  let v = i; // first token of the role words
  let possessive = false;
  for (let j = i - 1; j >= 0 && i - j <= 6 && toks[j].sentence === toks[i].sentence; j--) {
    const named = ix.at(d.id, j);
    if (named)
      return named.whole ? { a: named.a, head: i, end: i + 1, variant: words(toks, v, i + 1), named } : undefined;
    // a possessive marker right before the role words ("Assad's regime") must follow the name itself
    if (possessive) return undefined;
    if (toks[j].norm === "'s") possessive = true;
    else if (modifies(d, toks[j])) v = j;
    else return undefined;
  }
  return undefined;
}

/** The phrase of role noun `i` with an of-complement naming the entity: "the regime of Bashar al-Assad", "forces of the Islamic State". */
function namedAfter(d: Doc, i: number, ix: EntityIndex, titles: ReadonlySet<string>): RolePhrase | undefined {
  const toks = d.tokens;
  const s = toks[i].sentence;
  if (toks[i + 1]?.norm !== 'of' || toks[i + 1].sentence !== s) return undefined;
  let k = i + 2;
  if (toks[k]?.norm === 'the') k++;
  while (toks[k] && toks[k].sentence === s && titles.has(toks[k].norm) && k - i < 6) k++;
  let named = toks[k] && toks[k].sentence === s ? ix.at(d.id, k) : undefined;
  if (!named || !named.whole || named.a !== k) return undefined;
  // "the regime of Syrian President Bashar al-Assad", "of Syrian strongman Bashar al-Assad": the phrase runs on to the
  // person the state's title, or a lower-case word for one, goes with
  let n = named.b + 1;
  const adjective = NATIONALITY_SHAPE.test(d.text.slice(toks[named.a].start, toks[named.b].end));
  while (toks[n] && toks[n].sentence === s && titleLike(d, toks[n], titles, adjective) && n - named.b < 4) n++;
  const person = n > named.b + 1 && toks[n]?.sentence === s ? ix.at(d.id, n) : undefined;
  if (person?.whole && person.a === n) named = person;
  let v = i;
  const before = (t: Token) =>
    modifies(d, t) || (t.kind === 'word' && CAPITAL_COMPOUND.test(d.text.slice(t.start, t.end)));
  while (v > 0 && toks[v - 1].sentence === s && i - v < 3 && before(toks[v - 1])) v--;
  // "the regime of X", "a government of X": the phrase opens on its article
  const det = toks[v - 1]?.norm === 'the' || toks[v - 1]?.norm === 'a';
  return { a: det ? v - 1 : v, head: i, end: named.b + 1, variant: words(toks, v, i + 1), named };
}

/** A state's adjective ("Syrian", "Iranian", "Chinese", "Iraqi"): no complement of "of" by itself. */
const NATIONALITY_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u;

/**
 * A title word, or after a state's adjective (`adjective`: "the regime of Syrian …") a lower-case content word that
 * stands as one before a name ("strongman", "dictator").
 */
function titleLike(d: Doc, t: Token, titles: ReadonlySet<string>, adjective: boolean): boolean {
  if (titles.has(t.norm)) return true;
  return adjective && t.kind === 'word' && STARTS_LOWER.test(d.text[t.start]) && !isStopword(t.norm);
}

/**
 * The phrase of a bare government noun placed by "in" and a state's name: "the government in Baghdad", "the regime in
 * Damascus", "the authorities in Egypt" name that state's government, as "the Iraqi government" does (a city that is
 * no capital, "the authorities in Istanbul", names local authorities: none). The named entity is the state.
 */
function namedIn(d: Doc, i: number, c: DocContext): RolePhrase | undefined {
  const toks = d.tokens;
  const s = toks[i].sentence;
  if (roleClass(toks[i].norm) !== 'government' || toks[i - 1]?.norm !== 'the' || toks[i - 1].sentence !== s)
    return undefined;
  if (toks[i + 1]?.norm !== 'in' || toks[i + 2]?.sentence !== s) return undefined;
  const named = c.ix.at(d.id, i + 2);
  const country = named?.whole && named.a === i + 2 ? c.stateId(named.e) : undefined;
  if (!named || !country) return undefined;
  return { a: i - 1, head: i, end: named.b + 1, variant: toks[i].norm, named: { ...named, e: c.named(country) } };
}

function words(toks: readonly Token[], a: number, b: number): string {
  const out: string[] = [];
  for (let k = a; k < b; k++) if (toks[k].kind === 'word') out.push(toks[k].norm);
  return out.join(' ');
}

/** Words after a country's adjective that make it the state acting ("Italian officials", "the Iranian foreign ministry"). */
const OFFICIAL: ReadonlySet<string> = new Set(
  'official officials foreign ministry spokesman spokeswoman envoy ambassador embassy diplomat diplomats leaders'.split(
    ' ',
  ),
);

/** Role words of armed groups, in compounds ("rebel forces", "opposition fighters", "militia forces"). */
const FIGHTER_WORDS = new Set([
  'rebel',
  'insurgent',
  'jihadist',
  'terrorist',
  'extremist',
  'islamist',
  'militia',
  'opposition',
]);

/**
 * The class of a phrase's role words: the head's, unless a word before it names armed groups ("Syrian opposition
 * forces", "rebel fighters" are the state's opponents, not its army; "government forces" stay its army).
 */
export function phraseClass(variant: string): RoleClass {
  const ws = variant.split(' ');
  const head = roleClass(ws[ws.length - 1])!;
  if (head !== 'forces' && head !== 'fighters') return head;
  return ws.slice(0, -1).some((w) => FIGHTER_WORDS.has(w) || roleClass(w) === 'fighters') ? 'fighters' : head;
}

/** Switches for actor labels. */
export interface ActorLabelOptions {
  /** title words (frames.titles): "the regime of President X" reads past them */
  titles?: readonly string[];
  /** the docs' norm numbers, when the caller has them (spares a Map lookup per token) */
  norms?: NormIds;
}

/** The referent of a role noun after a named entity: its id and name ("Syria (government)"). */
function referentOf(
  named: EntityRef,
  c: RoleClass,
  leaders: ReadonlyMap<string, EntityRef>,
  state: StateOf,
): { id: string; name: string } | undefined {
  const st = state(named) ?? leaders.get(named.id);
  // the adjective of a faith or a people without a state ("Islamic militants", "Sunni extremists", "Kurdish forces")
  // names a kind of people, seen in many stories, not one actor: left to the group labels
  if (!st && named.type === 'demonym') return undefined;
  // so does a word of that shape the entities could not type ("Islamofascist terrorists", "Salafist fighters")
  if (!st && kindWord(named)) return undefined;
  // a person not known as a state's head keeps the state's classes ("the Mubarak regime", "Mubarak's forces")
  const kind: ReferentKind = st || named.type === 'person' ? 'state' : 'body';
  const base = st ?? named;
  const role = referentRole(kind, c);
  return { id: `actor:${role}:${base.id}`, name: `${base.name} (${role})` };
}

/** A one-word name the entities could not type, shaped as a creed's adjective ("Islamofascist", "Salafist", "Wahhabite"). */
function kindWord(e: EntityRef): boolean {
  return e.type === 'unknown' && !e.name.includes(' ') && /(?:ist|ists|ite|ites)$/.test(e.name);
}

/** What one doc's labels are made with: the corpus's entity index, states, heads of state and the doc's voice. */
interface DocContext {
  ix: EntityIndex;
  state: StateOf;
  named: StateNamed;
  leaders: ReadonlyMap<string, EntityRef>;
  titles: ReadonlySet<string>;
  /** the state a country, capital or country adjective names, by the country's name (undefined for other entities) */
  stateId: (e: EntityRef) => string | undefined;
  voice?: Voice;
}

/** A label mention of kind 'actor' over characters s..e of doc `d`, at token `i`'s voice. */
function actorMention(
  d: Doc,
  s: number,
  e: number,
  ref: { id: string; name: string },
  variant: string,
  voice: Voice | undefined,
  i: number,
): LabelMention {
  const text = d.text.slice(s, e).replace(/\s+/g, ' ');
  return {
    doc: d.id,
    outlet: d.outlet,
    start: s,
    end: e,
    target: ref.id,
    targetName: ref.name,
    label: text,
    key: labelKey(text),
    kind: 'actor',
    voice: voice ? VOICES[voice.tokenVoice[i]] : 'own',
    variant,
  };
}

/** Where bare role noun `i` of `d` stands: the states its sentence and its paragraph name before it (near-states.ts). */
/** Auxiliaries that follow a clause's subject ("the United States is inventing"). */
const AUXILIARIES: ReadonlySet<string> = new Set(
  'is are was were has have had will would could can may might must should did does'.split(' '),
);

/** Whether a word after a state's name makes the state a clause's subject: an auxiliary, a verb of acting, a past. */
const verb = (w: string) => AUXILIARIES.has(w) || ACTING_VERBS.has(w) || /ed$/.test(w);

function nounPlace(d: Doc, i: number, c: DocContext): NounPlace {
  const acts = (w: string) => c.titles.has(w) || roleClass(w) !== undefined || OFFICIAL.has(w);
  const headOf = (e: EntityRef) => {
    const st = c.leaders.get(e.id);
    return st && c.stateId(st);
  };
  return {
    sentence: () => stateNear(d, i, c.ix, c.stateId, acts),
    after: () => stateAfter(d, i, c.ix, c.stateId, acts),
    paragraph: () => paragraphStates(d, i, c.ix, c.stateId, headOf, acts),
    itClause: () => itClause(d, i),
    // "ruled by the military": a passive's agent is the subject's own
    clauseSubject: () => (d.tokens[i - 2]?.norm === 'by' ? undefined : clauseSubjectState(d, i, c.ix, c.stateId, verb)),
  };
}

/** One doc's role-noun labels: named ones ("the Assad regime"), then bare ones naming back to them ("the regime"). */
function roleLabels(d: Doc, role: readonly number[], c: DocContext, out: LabelMention[]): void {
  const toks = d.tokens;
  const named: NamedRole[] = [];
  for (const i of role) {
    if (modifierUse(d, i, c.titles)) continue;
    const p = namedBefore(d, i, c.ix) ?? namedAfter(d, i, c.ix, c.titles) ?? namedIn(d, i, c);
    if (!p) {
      // "the regime": the actor the article named with this noun or class, when it named one only
      const ref = bareRole(d, i) ? bareReferent(named, i, toks[i].norm, nounPlace(d, i, c)) : undefined;
      if (ref && (!c.voice || VOICES[c.voice.tokenVoice[i]] !== 'quoted'))
        out.push(
          actorMention(
            d,
            toks[i - 1].start,
            toks[i].end,
            { id: ref.target, name: ref.targetName },
            toks[i].norm,
            c.voice,
            i,
          ),
        );
      continue;
    }
    const cls = phraseClass(p.variant);
    // "the Egyptian military" as an alias of the organisation "Egyptian Armed Forces": Egypt's armed forces, one row
    // with "Egypt's military" (near-states.ts forcesState)
    const stateOf: StateOf = (e) => c.state(e) ?? forcesState(e, c.named);
    const ref = referentOf(p.named.e, cls, c.leaders, stateOf);
    if (!ref) continue;
    const e = p.named.e;
    const st = stateOf(e) ?? c.leaders.get(e.id);
    const personal = e.type === 'person' && !st;
    const base = { at: i, noun: toks[i].norm, cls, target: ref.id, targetName: ref.name };
    named.push({ ...base, personal, state: !!st, stateId: st && c.stateId(st) });
    out.push(actorMention(d, toks[p.a].start, toks[p.end - 1].end, ref, p.variant, c.voice, i));
  }
}

/** One doc's capitals standing for their governments ("Damascus denied"): the capital's name is the variant. */
function capitalLabels(d: Doc, c: DocContext, out: LabelMention[]): void {
  for (const m of capitalMetonyms(d, c.ix, c.named)) {
    const s = d.tokens[m.named.a].start,
      e = d.tokens[m.named.b].end;
    const ref = { id: `actor:government:${m.id}`, name: `${m.name} (government)` };
    out.push(actorMention(d, s, e, ref, d.text.slice(s, e), c.voice, m.named.a));
  }
}

/**
 * Actor labels of every doc: a role noun (role-nouns.ts) with a named entity before it, possessive or not, or in an
 * of-complement after it, labels the referent the rules decide (a state's government, armed forces, armed groups or
 * crowds; a body's government, armed members or crowds). The label's `variant` is the role words the outlet chose
 * ("regime", "government forces"), its `voice` that of the head. A bare "the regime" after the article named one
 * actor with that noun or class labels that actor (bare-roles.ts); a capital standing for its state ("Damascus
 * denied", "Tehran's program") labels the state's government, its name the variant (capital-metonyms.ts).
 * `entities` are every entity of the corpus, places and demonyms included.
 */
export function actorLabelMentions(
  docs: readonly Doc[],
  entities: readonly EntityRef[],
  voices: readonly Voice[] = [],
  opts: ActorLabelOptions = {},
): LabelMention[] {
  const titles = new Set((opts.titles ?? []).map((t) => t.toLowerCase()));
  const ix = entityIndex(docs, entities);
  const named = stateNamer(entities);
  const state = stateResolver(entities, named);
  const leaders = leaderStates(docs, entities, ix, state);
  const vById = new Map(voices.map((v) => [v.doc, v]));
  const stateId = stateIdOf(state);
  const out: LabelMention[] = [];
  docs.forEach((d, di) => {
    const c: DocContext = { ix, state, named, leaders, titles, stateId, voice: vById.get(d.id) };
    roleLabels(d, roleTokens(d, di, opts.norms), c, out);
    capitalLabels(d, c, out);
  });
  return mergeReferentForms(out, entities, docs).sort((x, y) => byString(x.doc, y.doc) || x.start - y.start);
}

/** The state an entity names by itself, by its country's name: a country or its capital (not another city), a country's adjective. */
function stateIdOf(state: StateOf): (e: EntityRef) => string | undefined {
  return (e) => {
    // a state the corpus never names as a place is an entity with no type (stateNamer)
    const st = e.type === 'demonym' ? state(e) : e.type === 'place' || !e.type ? e : undefined;
    return st && countryOfPlace(st.name);
  };
}

/** Indices of the doc's lowercase role-noun tokens. */
function roleTokens(d: Doc, di: number, norms: NormIds | undefined): number[] {
  const out: number[] = [];
  const toks = d.tokens;
  const of = norms?.of[di];
  const isRole = norms ? roleNorms(norms) : undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    if (isRole && of ? isRole[of[i]] !== 1 : roleClass(t.norm) === undefined) continue;
    if (STARTS_LOWER.test(d.text[t.start])) out.push(i);
  }
  return out;
}

const roleCache = new WeakMap<NormIds, Uint8Array>();

/** Per norm number: 1 when the norm is a role noun (computed once per NormIds). */
function roleNorms(norms: NormIds): Uint8Array {
  let m = roleCache.get(norms);
  if (!m) roleCache.set(norms, (m = Uint8Array.from(norms.norms, (w) => (roleClass(w) ? 1 : 0))));
  return m;
}

/**
 * `mentions` without those `by` covers in the same doc: 'overlap' drops any that shares characters with one of `by`,
 * 'end' those that end where one of `by` ends (the same head noun).
 */
export function withoutCovered(
  mentions: readonly LabelMention[],
  by: readonly LabelMention[],
  how: 'overlap' | 'end',
): LabelMention[] {
  if (!by.length) return mentions.slice();
  const byDoc = new Map<string, LabelMention[]>();
  for (const m of by) (byDoc.get(m.doc) ?? byDoc.set(m.doc, []).get(m.doc)!).push(m);
  return mentions.filter((m) => {
    const l = byDoc.get(m.doc);
    if (!l) return true;
    return !l.some((x) => (how === 'end' ? x.end === m.end : x.start < m.end && m.start < x.end));
  });
}
