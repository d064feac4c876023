// What an acronym that no gazetteer entry knows stands for, before its shape types it an organisation: a common noun
// written in capitals ("an ICBM", "a TRO", "AIDS"), one the corpus spells out in lower case ("weapons of mass
// destruction (WMD)"), a bill's number glued to its chamber's letters ("SB4"), or a law or a permit by the word after
// it ("the NPT treaty", "EB-5 visas"). Laws and permits are typed as laws and programmes are (types.ts: 'event',
// named but no actor and no place); common nouns are no name at all.
import type { Doc } from '../types.js';
import type { TypeEvidence } from './evidence.js';
import { isAcronymShape, matchesAcronym } from './acronyms.js';
import { bodyHead } from './head-words.js';

/**
 * Abbreviations of common nouns that news copy writes in capitals (one has "an ICBM", "a DUI", "his TRO", as one has
 * a missile, a conviction, an order): weapons, documents and legal terms, conditions, technical terms. Written from
 * general knowledge of English; left out are those that also name a body in news ("AI", "ER", "IRA", "IT").
 */
const COMMON_NOUN_ACRONYMS: ReadonlySet<string> = new Set(
  [
    // weapons and arms
    'WMD ICBM IED RPG UAV MANPADS SAM IRBM SLBM',
    // legal and administrative documents, statuses, offences
    'TRO DUI DWI SSN DOB LPR IDP POW MIA EO PIN VIN',
    // illnesses and conditions
    'AIDS SARS ADHD STD OCD TBI COPD',
    // technical and business terms (plurals, "ETFs", are common nouns by their shape: acronyms.ts)
    'ISDN VPN USB LED LCD SMS MMS ISP HTML ETF',
  ]
    .join(' ')
    .split(' '),
);

/** "SB4", "HB2", "AB540": a bill's number glued to its chamber's letters, cited as "SB 4" (citations.ts). */
const GLUED_BILL = /^([SHA]B|HR|SF|HF)([1-9]\d{0,3})$/;

/** Lower-case words after an acronym that make it a law's or a treaty's name ("the NPT treaty", "the TPP agreement").
 * Not "law" or "bill", which an institution's name modifies as often ("an ASU law student", "CPD law enforcement"),
 * nor what a programme pays or requires ("the USAID program" is the agency's). */
const LAW_WORDS_AFTER: ReadonlySet<string> = new Set([
  'act',
  'treaty',
  'accord',
  'accords',
  'agreement',
  'protocol',
  'amendment',
]);

/** Lower-case words after a name that make it a permit's or a status's ("EB-5 visas", "TPS status", "an H-2A
 * waiver"): people hold it, nobody is it. */
const PERMIT_WORDS_AFTER: ReadonlySet<string> = new Set([
  'visa',
  'visas',
  'status',
  'waiver',
  'waivers',
  'permit',
  'permits',
]);

/** The law or permit word written in lower case right after token `last` in its sentence, or ''. */
function wordAfter(d: Doc, last: number, words: ReadonlySet<string>): string {
  const t = d.tokens[last + 1];
  if (!t || t.sentence !== d.tokens[last].sentence || t.kind !== 'word') return '';
  return words.has(t.norm) && d.text.charCodeAt(t.start) >= 97 ? t.norm : '';
}

/** "EB-5 visas", "TPS status": a permit's or status's name before its noun (a cue of strength 2), or null. */
export function permitEvidence(d: Doc, last: number): TypeEvidence | null {
  const w = wordAfter(d, last, PERMIT_WORDS_AFTER);
  return w ? { type: 'event', strength: 2, cue: 'permit word after: ' + w } : null;
}

/**
 * The type of an acronym at token i (written `text`) that no gazetteer entry knows, before its shape says
 * organisation: 'skip' for a common noun (the list, or one its article spells out in lower case: `lowerDefined`), a
 * bill's glued number, a law's or a permit's word after it; null to let the shape type it.
 */
export function acronymKind(
  d: Doc,
  i: number,
  text: string,
  lowerDefined: ReadonlyMap<string, ReadonlySet<string>>,
): (TypeEvidence & { canonical?: string }) | 'skip' | null {
  if (COMMON_NOUN_ACRONYMS.has(text) || lowerDefined.get(text)?.has(d.id)) return 'skip';
  const bill = GLUED_BILL.exec(text);
  if (bill) return { type: 'event', strength: 3, cue: 'law: citation', canonical: bill[1] + ' ' + bill[2] };
  const law = wordAfter(d, i, LAW_WORDS_AFTER);
  if (law) return { type: 'event', strength: 2, cue: 'law word after: ' + law };
  return permitEvidence(d, i);
}

/**
 * Each acronym an article defines with its spelled-out words ("weapons of mass destruction ( WMD )" gives WMD and
 * the four words): the words before the bracket or ", or" whose initials spell it, two or more. One scan read by the
 * common-noun acronyms here and by the acronyms of a class of people (people-acronyms.ts).
 */
export function* spelledAcronyms(d: Doc): Generator<{ acronym: string; spelled: string[] }> {
  for (let i = 1; i < d.tokens.length; i++) {
    const t = d.tokens[i];
    if (t.kind !== 'word' || t.end - t.start < 2 || d.text.charCodeAt(t.start) > 90) continue;
    const a = d.text.slice(t.start, t.end);
    if (!isAcronymShape(a)) continue;
    const words = definingWords(d, i);
    const n = words ? matchesAcronym(words, a) : 0;
    if (words && n >= 2) yield { acronym: a, spelled: words.slice(words.length - n) };
  }
}

/** Marks between a spelled-out phrase and its acronym's bracket ("“weapons of mass destruction” ( WMD )"). */
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', "''", '\u201D', '\u2019', "'"]);

/**
 * The words (up to eight, in its sentence) before the definition of the acronym at token i: "... ( X )" or "... , or
 * X"; null when the acronym is not so defined there.
 */
function definingWords(d: Doc, i: number): string[] | null {
  const toks = d.tokens;
  const t = toks[i];
  let k: number;
  if (toks[i - 1]?.norm === '(' && toks[i + 1]?.norm === ')') k = i - 2;
  else if (toks[i - 1]?.norm === 'or' && toks[i - 2]?.norm === ',') k = i - 3;
  else return null;
  while (k >= 0 && CLOSING_MARKS.has(toks[k].norm)) k--;
  const words: string[] = [];
  for (; k >= 0 && words.length < 8 && toks[k].sentence === t.sentence && toks[k].kind === 'word'; k--)
    words.unshift(d.text.slice(toks[k].start, toks[k].end));
  return words.length ? words : null;
}

/**
 * The acronyms the corpus spells out in lower case only, with the articles that do ("weapons of mass destruction ( WMD )", "authorization for
 * the use of military force , or AUMF", "internally displaced persons ( IDP )"): abbreviations of common nouns, no
 * names. One the corpus also spells out with capitals ("Deferred Action for Childhood Arrivals ( DACA )" beside
 * "deferred action for childhood arrivals ( DACA )") is a name; so is one whose lower-case words end in a body's head
 * ("people's protection units ( YPG )", `bodyHead`). The spelling holds in those articles only: one article's
 * "asylum cooperative agreement ( ACA )" says nothing of the ACA of other articles (the Affordable Care Act).
 */
export function lowerDefinedAcronyms(docs: readonly Doc[]): Map<string, Set<string>> {
  const lower = new Map<string, Set<string>>();
  const named = new Set<string>();
  for (const d of docs)
    for (const { acronym: a, spelled } of spelledAcronyms(d)) {
      const capital = spelled.some((w) => w.charCodeAt(0) < 97);
      if (capital || bodyHead(spelled[spelled.length - 1].toLowerCase())) named.add(a);
      else (lower.get(a) ?? lower.set(a, new Set()).get(a)!).add(d.id);
    }
  for (const a of named) lower.delete(a);
  return lower;
}
