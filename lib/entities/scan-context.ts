// What the mention scanners share while they read a corpus: the gazetteer, the corpus's case statistics and the state
// of the sentence being read (`Ctx`), the units of a run of name words (`Unit`), and small readers of tokens and runs.
import type { Doc } from '../types.js';
import type { GazetteerEntry } from './gazetteer.js';
import type { PairCase } from './capital-pairs.js';
import { SentenceClasses, C } from './token-classes.js';
import { UPPER_FIRST, PARTICLE_WORD } from './word-shapes.js';

/** The text of token k. */
export function tokText(d: Doc, k: number): string {
  return d.text.slice(d.tokens[k].start, d.tokens[k].end);
}

/** The norms of a run's tokens. */
export function unitNorms(d: Doc, units: readonly Unit[]): string[] {
  const out = new Array<string>(units.length);
  for (let k = 0; k < units.length; k++) out[k] = d.tokens[units[k].i].norm;
  return out;
}

export interface Ctx {
  gaz: ReadonlyMap<string, GazetteerEntry>;
  gazLower: ReadonlyMap<string, GazetteerEntry>;
  ignore: ReadonlySet<string>;
  capMid: Set<string>;
  /** per lowercase form: uses written in lower case (a word the corpus writes in lower case is a key), and
   * capitalised uses inside a sentence (not a headline) */
  lowerUses: Map<string, number>;
  capMidUses: Map<string, number>;
  /** words capitalised inside a sentence with no capitalised word beside them: names of one word ("the Times") */
  capAlone: Set<string>;
  /** per lowercase form: its capitalised uses inside a sentence with no capitalised word beside them */
  capAloneUses: Map<string, number>;
  /** lowercase forms of capitalised hyphenated words in the corpus ("jong-un") */
  hyphened: Set<string>;
  /** lowercase forms of the all-capital words of 3 to 8 letters written inside a sentence ("daca") */
  acronymsSeen: Set<string>;
  /** acronyms the corpus spells out in lower case only ("weapons of mass destruction ( WMD )"), with the ids of the
   * articles that do: common nouns there */
  lowerDefined: ReadonlyMap<string, ReadonlySet<string>>;
  /** case counts of the pairs of words the corpus capitalises alone (capital-pairs.ts) */
  pairs?: PairCase;
  /** the sentence being read is a table line */
  table: boolean;
  /** the doc being read has a table line (results, standings) or two sport words: a sports or markets report */
  docTable: boolean;
  /** the doc being read is a report on a sport (two sport words, `isSportsReport`) */
  sport: boolean;
  /** start offset of the initials before the run being typed ("P. " of "P. Simmons"), or -1 */
  lead: number;
  /** token index the initials belong to */
  leadTok: number;
  /** the segment being typed comes right before a title ("U.S. [Assistant Secretary of State]") */
  beforeTitle: boolean;
  /** the title that follows, while beforeTitle */
  nextTitle: string;
  /** token classes of the sentence being read */
  classes: SentenceClasses;
}

/** The context of a fresh read of a corpus: no counts yet, no sentence read. */
export function scanContext(
  gaz: ReadonlyMap<string, GazetteerEntry>,
  gazLower: ReadonlyMap<string, GazetteerEntry>,
  ignore: ReadonlySet<string> | undefined,
): Ctx {
  return {
    gaz,
    gazLower,
    ignore: ignore ?? new Set(),
    capMid: new Set(),
    lowerUses: new Map(),
    capMidUses: new Map(),
    capAlone: new Set(),
    capAloneUses: new Map(),
    hyphened: new Set(),
    acronymsSeen: new Set(),
    lowerDefined: new Map(),
    table: false,
    docTable: false,
    sport: false,
    lead: -1,
    leadTok: -1,
    beforeTitle: false,
    nextTitle: '',
    classes: new SentenceClasses(),
  };
}

/** A unit of a run: token index and whether it is a name word (not a joiner). */
export interface Unit {
  i: number;
  word: boolean;
  /** a lowercase syllable that ends a spaced-hyphen name ("Kim Jong - un"), or the number of "Gang of 8" */
  tail?: boolean;
}

export function adjacent(d: Doc, a: number, b: number): boolean {
  // names do not continue across a line break
  for (let k = d.tokens[a].end; k < d.tokens[b].start; k++) if (d.text.charCodeAt(k) === 10) return false;
  return true;
}

/** The last token of the run of capitalised words and acronyms from `from` in the sentence `cls` reads. */
export function capRunEnd(from: number, cls: SentenceClasses): number {
  const to = cls.end;
  let e = from;
  while (e + 1 < to && (cls.at(e + 1) === C.Cap || cls.at(e + 1) === C.Acr)) e++;
  return e;
}

export function runText(d: Doc, units: readonly Unit[]): string {
  return d.text.slice(d.tokens[units[0].i].start, d.tokens[units[units.length - 1].i].end);
}

export function isNameUnit(d: Doc, u: Unit): boolean {
  if (!u.word) return false;
  if (u.tail === true) return true;
  const t = d.tokens[u.i];
  const c = d.text.charCodeAt(t.start);
  // ASCII fast paths: A-Z starts a name word; a lowercase word is one only as a particle word ("al-Shatri", "el-...")
  if (c >= 65 && c <= 90) return true;
  if (c >= 98 && c <= 122 && c !== 101) return false;
  const w = d.text.slice(t.start, t.end);
  return UPPER_FIRST.test(w) || PARTICLE_WORD.test(w);
}
