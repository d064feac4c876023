// Typing one segment of a run (a name with its titles cut off) and emitting its mention: strongest evidence first, its
// spelling, a ship, a law or a programme, an Arabic group word, a region's demonym, an acronym it spells, its head
// word, a title before it, then the weaker cues of fallback-types.ts. A leading people or place is split off and the
// rest typed on its own.
import type { Doc } from '../types.js';
import { clubMark, teamCue } from './teams.js';
import { gluedPartyTag } from './tags.js';
import { isRegionAdjective } from './peoples.js';
import { honorificBefore, type TypeEvidence } from './evidence.js';
import { givenNames } from './world.js';
import { ARABIC_GROUP_LEADS, FIRST_NAMES } from './gazetteer.js';
import { lawHead } from './laws.js';
import { shipPrefix, vesselNounBefore } from './vessels.js';
import { inWorkTitle } from './work-titles.js';
import { programHead } from './programs.js';
import { ORDINAL_WORDS } from './counts.js';
import { bodyHead, eventLead, headWord, headTypeOf, placeLead } from './head-words.js';
import { type MentionSink, mk } from './mention-record.js';
import { isPersonStart } from './person-words.js';
import { type Unit, type Ctx, isNameUnit, unitNorms, tokText } from './scan-context.js';
import { UNDOTTED_HONORIFICS } from './title-words.js';
import { isCapLike } from './token-classes.js';
import { capitalisedCommonNoun, wordOfLongerNames } from './emphasis-capitals.js';
import { broadcastTitle } from './stop-caps.js';
import { acronymPhraseType } from './acronym-phrases.js';
import { findDefinition } from './acronym-definitions.js';
import { evidenceFor } from './fallback-types.js';
import { regionDemonym, leadingName, nounAfterPeople } from './leading-names.js';
import {
  rolePrefix,
  pastHalfBracket,
  ordinalBefore,
  patronymBefore,
  editorBracket,
  sentenceEndDot,
} from './segment-edges.js';
import { surfaceType } from './surface-types.js';
import { placePairIn } from './place-pairs.js';
import { compassPlace, ernPeople } from './regions.js';
import { isLanguageName } from './languages.js';
import { lowerPhrase } from './capital-pairs.js';
import { placeNamedPerson } from './place-named-people.js';
import { gluedPlusCount } from './plus-counts.js';
import { namedUnits } from './common-heads.js';

/** Capitalised adjectives that with one common noun make a phrase, not a name. */
const ADJ_STARTERS = new Set([
  'new',
  'old',
  'former',
  'high',
  'top',
  'senior',
  'first',
  'second',
  'last',
  'next',
  'late',
  'early',
]);

/** Evidence of a type, with the canonical name a gazetteer entry gives. */
type Canonical = TypeEvidence & { canonical?: string };

/** "the P-5+1": a code with a count glued by a plus sign names a group of states at talks, an organisation, when
 * the code alone is typed nothing ("P-5" has no acronym's shape). */
function plusCountType(plus: number, typed: Canonical | null): Canonical | null {
  if (plus < 0 || !typed || typed.type !== 'unknown') return typed;
  return { type: 'org', strength: 1, cue: 'a code and a glued count' };
}

/** Type one segment and emit its mention(s); a leading demonym or place without a head word is split off. */
export function typeSegment(d: Doc, si: number, seg: Unit[], title: string | null, ctx: Ctx, sink: MentionSink): void {
  // trim joiners at the edges
  while (seg.length && !isNameUnit(d, seg[0])) seg = seg.slice(1);
  while (seg.length && !isNameUnit(d, seg[seg.length - 1])) seg = seg.slice(0, -1);
  if (!seg.length) return;
  if (rolePrefix(d, seg, ctx)) seg = seg.slice(1);
  const whole = seg;
  seg = pastHalfBracket(d, seg);
  const toks = d.tokens;
  // "[ Hamas leader Yahya ] Sinwar": the given name in the editor's brackets, left out of the mention, makes it a person
  const bracketed = seg !== whole && isPersonStart(toks[whole[whole.length - seg.length - 2].i].norm);
  const lead = seg[0].i === ctx.leadTok ? ctx.lead : -1;
  const ordinal = lead < 0 ? ordinalBefore(d, seg[0].i, ctx) : -1;
  const before = lead < 0 && ordinal < 0 ? Math.max(patronymBefore(d, seg[0].i), editorBracket(d, seg)) : -1;
  const start = lead >= 0 ? lead : ordinal >= 0 ? toks[ordinal].start : toks[before >= 0 ? before : seg[0].i].start;
  const mark = ctx.table ? clubMark(d, seg[seg.length - 1].i, si) : -1;
  const glued = gluedPartyTag(d, seg[seg.length - 1].i);
  // "the P5+1": a count glued by a plus sign to a one-word code is part of the group's name
  const plus = seg.length === 1 ? gluedPlusCount(d, seg[0].i) : -1;
  const end =
    mark > 0 ? toks[mark].end : glued > 0 ? glued : plus > 0 ? plus : sentenceEndDot(d, si, seg[seg.length - 1].i);
  const text = d.text.slice(start, end);
  // "the United States-Mexico border": two places joined by a hyphen are two mentions, never one person's name
  const pair = placePairIn(ctx.gaz, text);
  if (pair) {
    const { left, right } = pair;
    sink.out.push(mk(d, si, start, start + pair.leftEnd, 'place', left.strength ?? 3, 'gazetteer', left.canonical));
    sink.out.push(mk(d, si, start + pair.rightStart, end, 'place', right.strength ?? 3, 'gazetteer', right.canonical));
    return;
  }
  const norms = unitNorms(d, seg);
  // a capitalised adjective and one common noun ("New Administration") is a phrase, not a name
  if (seg.length === 2 && ADJ_STARTERS.has(norms[0]) && !ctx.gaz.has(text) && ctx.lowerUses.has(norms[1])) return;
  const named = namedUnits(d, seg, norms, ctx); // "the Obama Administration", "my Administration"
  if (named < seg.length) return named ? typeSegment(d, si, seg.slice(0, named), title, ctx, sink) : undefined;
  if (ctx.ignore.size && ctx.ignore.has(text.toLowerCase())) return;
  if (seg.length === 1 && ORDINAL_WORDS.has(norms[0])) return;
  // "the 14th Amendment": the ordinal is part of a law's name
  const law = ordinal >= 0 ? lawHead([toks[ordinal].norm, ...norms], isPersonStart, bodyHead) : '';
  const typed = law
    ? { type: 'event' as const, strength: 3, cue: 'law: ' + law }
    : plusCountType(
        plus,
        segmentType(
          d,
          si,
          seg,
          plus > 0 ? d.text.slice(start, toks[seg[0].i].end) : text,
          norms,
          lead,
          title,
          ctx,
          sink,
        ),
      );
  // (over a gazetteer's place too: "( champion Lindsay ) Davenport" is a family name)
  const found = bracketed && (typed?.type === 'unknown' || typed?.cue === 'gazetteer') ? EDITOR_GIVEN : typed;
  // "the film “Lawrence of Arabia”": a name among the words of a work's title names the work, whatever its shape
  if (!found || capitalisedCommonNoun(d, seg, norms, found, ctx) || emphasisPair(seg, norms, found, ctx)) return;
  // (one word with no evidence, often a plain word the title capitalises, "Keep", "Night", is left as it was)
  const plain = found.type === 'unknown' && seg.length === 1;
  const ev = !plain && inWorkTitle(d, si, seg[0].i, seg[seg.length - 1].i) ? WORK_TITLE : found;
  const m = mk(d, si, start, end, ev.type, ev.strength, ev.cue, ev.canonical);
  if (sink.lone && wordOfLongerNames(d, seg, norms, ev, ctx)) sink.lone.push(m);
  if (ev.cue === 'acronym') m.acronym = text;
  m.title = title ?? honorificBefore(d, seg[0].i);
  sink.out.push(m);
  findDefinition(d, seg, m, sink.defs);
}

/** "want Border Security": two words with no evidence of a name, a phrase the corpus writes in lower case far more
 * often than it capitalises it (capital-pairs.ts), are capitals for emphasis. */
function emphasisPair(seg: readonly Unit[], norms: readonly string[], ev: TypeEvidence, ctx: Ctx): boolean {
  return seg.length === 2 && ev.cue === 'no evidence' && lowerPhrase(ctx.pairs, norms[0], norms[1]);
}

const EDITOR_GIVEN: TypeEvidence & { canonical?: string } = {
  type: 'person',
  strength: 2,
  cue: "given name in an editor's brackets",
};

const WORK_TITLE: TypeEvidence & { canonical?: string } = { type: 'event', strength: 2, cue: 'title of a work' };

const SURNAME_HEADS = new Set(['house', 'church']);

/**
 * The type of a trimmed segment, strongest evidence first: its spelling, an initial before it, a leading gazetteer
 * name (split off, then the rest typed on its own: null is returned), its head word, a title before it, then the
 * words around it and its own words. null also when the segment is no name.
 */
function segmentType(
  d: Doc,
  si: number,
  seg: Unit[],
  text: string,
  norms: readonly string[],
  lead: number,
  title: string | null,
  ctx: Ctx,
  sink: MentionSink,
): (TypeEvidence & { canonical?: string }) | null {
  const surface = surfaceType(d, si, seg, text, norms, ctx);
  if (surface) return surface === 'skip' ? null : surface;
  if (shipPrefix(norms) || vesselBefore(d, si, seg[0].i)) return { type: 'event', strength: 3, cue: 'a ship' };
  const law = seg.length > 1 ? lawHead(norms, isPersonStart, bodyHead) : '';
  if (law) return { type: 'event', strength: 3, cue: 'law: ' + law };
  const program = seg.length > 1 ? programHead(norms, bodyHead) : '';
  if (program) return { type: 'event', strength: 3, cue: 'programme: ' + program };
  // "ABC's This Week": a programme's title, a work, named but no actor (our MISC)
  if (seg.length > 1 && (norms[0] === 'this' || norms[0] === 'the') && broadcastTitle(d, seg[0].i))
    return { type: 'event', strength: 3, cue: 'programme title' };
  // "Ansar al-Sharia", "Jaish al-Islam": an Arabic group word opens the name (its head comes first)
  if (seg.length > 1 && ARABIC_GROUP_LEADS.has(norms[0]))
    return { type: 'group', strength: 3, cue: 'Arabic group word: ' + norms[0] };
  // "Latin American", "Southeast Asian", "Roman Catholic": a region's demonym, not a name
  if (seg.length === 2 && isRegionAdjective(norms[0]) && ctx.gaz.get(tokText(d, seg[1].i))?.type === 'demonym')
    return { type: 'demonym', strength: 3, cue: 'region and demonym', canonical: regionDemonym(d, seg, ctx) };
  const people = ernPeople(ctx.gaz, text);
  if (people) return { type: 'demonym', strength: 3, cue: "a people's -erners", canonical: people.canonical };
  const spelled = acronymPhraseType(d, seg, norms, ctx);
  if (spelled) return { type: spelled, strength: 3, cue: 'a name its acronym spells' };
  const head = headWord(norms);
  if (head === 'province' && groupProvince(d, si, seg, ctx))
    return { type: 'group', strength: 3, cue: "a group's province" };
  // "Dana House" is a person: a head word that is also a surname does not type a given name's segment
  const named = SURNAME_HEADS.has(head) && (FIRST_NAMES.has(norms[0]) || givenNames().has(norms[0]));
  const headType = named ? null : headTypeOf(head);
  if (!headType && placeLead(norms)) return { type: 'place', strength: 3, cue: 'geographic word: ' + norms[0] };
  if (!headType && eventLead(norms)) return { type: 'event', strength: 3, cue: 'event word: ' + norms[0] };
  const rest = seg.length > 1 ? d.text.slice(d.tokens[seg[1].i].start, d.tokens[seg[seg.length - 1].i].end) : '';
  // (a town's side in a results line, "West Hartlepool 12", is left to the team cues)
  if (!headType && compassPlace(ctx.gaz, norms, rest) && !sideCue(d, si, seg, ctx))
    return { type: 'place', strength: 2, cue: 'compass word and place' };
  if (lead >= 0 && !headType) return { type: 'person', strength: 3, cue: 'initial before a name' };
  if (seg.length > 1 && !headType) {
    const split = leadingName(d, seg, ctx);
    // `in` narrows in every compiler setting, the notebook kernel's included (a `whole` test does not there)
    if (split && !('entry' in split))
      return placeNamedPerson(d, seg, split.cue, title, ctx) ?? { type: split.type, strength: 2, cue: split.cue };
    // "the American Dream": a people's adjective and a common noun capitalised with it are one name
    const noun = split && 'entry' in split && split.entry.type === 'demonym' ? nounAfterPeople(d, seg, ctx) : '';
    if (split && 'entry' in split && noun !== 'whole') {
      const pg = split.entry;
      const toks = d.tokens;
      const start = lead >= 0 ? lead : toks[seg[0].i].start;
      sink.out.push(
        mk(d, si, start, toks[seg[split.len - 1].i].end, pg.type, pg.strength ?? 3, 'gazetteer', pg.canonical),
      );
      if (noun !== 'plural') typeSegment(d, si, seg.slice(split.len), title, ctx, sink);
      return null;
    }
  }
  if (headType && seg.length > 1) {
    const team = headType === 'place' ? sideCue(d, si, seg, ctx) : null;
    return team ? { type: 'org', strength: 3, cue: team } : { type: headType, strength: 3, cue: 'head word: ' + head };
  }
  // a form of address without its dot is a slightly weaker cue: one "Ms Fox" must not outvote the network "Fox"
  if (title) return { type: 'person', strength: UNDOTTED_HONORIFICS.has(title) ? 2 : 3, cue: 'title: ' + title };
  // "State media said", "Border crossings rose": a place's head word alone, opening its sentence before a lower-case
  // word, is a common noun's modifier the sentence capitalised, no name
  if (seg.length === 1 && headType === 'place' && opensBeforeLower(d, si, seg[0].i)) return null;
  // "in Farsi", "in Hebrew": a language the gazetteer does not know as a people's word is typed as one (our demonym);
  // not one that is also a given name ("her son Sami")
  if (seg.length === 1 && isLanguageName(text) && !FIRST_NAMES.has(norms[0]) && !givenNames().has(norms[0]))
    return { type: 'demonym', strength: 2, cue: 'a language' };
  const ev = evidenceFor(d, si, seg, norms, headType, ctx);
  // "at State", "Justice, State and Commerce": "State" alone, by its head word only, is a government's department
  // or the state as a body, no place (a state is named: "Texas", "the state")
  return ev.cue === 'head word' && norms[0] === 'state' ? { type: 'org', strength: 1, cue: 'the State, a body' } : ev;
}

/** Token i is the first word of sentence si (after any opening quote) and a lower-case word follows it there. */
function opensBeforeLower(d: Doc, si: number, i: number): boolean {
  const toks = d.tokens;
  for (let k = d.sentences[si].tokenStart; k < i; k++)
    if (toks[k].kind === 'word' || toks[k].kind === 'number') return false;
  const next = toks[i + 1];
  if (!next || next.sentence !== si || next.kind !== 'word') return false;
  const c = d.text.charCodeAt(next.start);
  return c >= 97 && c <= 122;
}

/** Lower-case words after an armed group's name ("Sinai Province group", "... Province militants"). */
const BRANCH_WORDS: ReadonlySet<string> = new Set([
  'group',
  'affiliate',
  'branch',
  'militants',
  'fighters',
  'jihadists',
]);

/**
 * "Sinai Province group", "Islamic State's Sinai Province": a province's name that a group's word follows, or that an
 * armed group's possessive comes before, names the group's branch there (an armed group of its own), not the region.
 * "Iraq's Anbar Province" stays a place: a country's possessive names its own province.
 */
function groupProvince(d: Doc, si: number, seg: readonly Unit[], ctx: Ctx): boolean {
  const toks = d.tokens;
  const after = toks[seg[seg.length - 1].i + 1];
  if (after?.sentence === si && BRANCH_WORDS.has(after.norm) && d.text.charCodeAt(after.start) >= 97) return true;
  const p = seg[0].i - 1;
  if (p < 1 || toks[p].sentence !== si || (toks[p].norm !== "'s" && toks[p].norm !== "'")) return false;
  for (let q = p - 1; q >= 0 && q >= p - 4 && toks[q].sentence === si && isCapLike(ctx.classes.at(q)); q--)
    if (ctx.gaz.get(d.text.slice(toks[q].start, toks[p - 1].end))?.type === 'group') return true;
  return false;
}

/** Lower-case words of a vessel come right before token k in its sentence ("the aircraft carrier Abraham Lincoln"). */
function vesselBefore(d: Doc, si: number, k: number): boolean {
  const p = d.tokens[k - 1];
  if (!p || p.sentence !== si || p.kind !== 'word') return false;
  return vesselNounBefore(p.norm, d.tokens[k - 2]?.norm ?? '');
}

/** The team cue of a segment, "v" a match only in a sports report or beside a results table. */
function sideCue(d: Doc, si: number, seg: readonly Unit[], ctx: Ctx): string | null {
  return teamCue(d, si, seg[0].i, seg[seg.length - 1].i, ctx.table, false, ctx.docTable);
}
