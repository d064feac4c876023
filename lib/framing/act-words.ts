// The words that tell which act a head names ("travel", "refugees" for the entry order; "wall", "DACA" for others),
// as the same-act test reads them: flagged per token of a doc, per sentence, and as a head's own words (its modifiers
// and its complement). Pure: a doc and the family's words in, flags and verdicts out.
import type { Doc } from '../types.js';
import { clearGoverningWords } from './act-governors.js';
import { countryOfPlace } from './capital-metonyms.js';
import { STARTS_UPPER } from '../util/letters.js';

/** What a set of words says: 1 the family's act, 2 another act, 0 nothing. */
export type Verdict = 0 | 1 | 2;

/** Words that make a head definite, referring back to an act named before. */
export const DEFINITE: ReadonlySet<string> = new Set('the this that these those its his her their our'.split(' '));

/** How far back (in words of the head's sentence) a determiner may stand before the head, over its modifiers. */
export const MODIFIERS = 3;

/** How far after the head its complement's words are read ("the ban against travelers", "an order on the wall"). */
export const COMPLEMENT = 4;

/** A quote mark: over it a determiner still reaches its head ("the “travel ban”"), and no clause ends at it. */
export const QUOTE_MARK = /^["“”‘’'`]+$/;

/** Whether token k is a hyphen joining two words ("120-day"), not a dash between clauses. */
export function joinsWords(d: Doc, k: number): boolean {
  const t = d.tokens[k];
  return t.norm === '-' && d.tokens[k - 1]?.end === t.start && d.tokens[k + 1]?.start === t.end;
}

/** A doc's act words: per word token, 1 a cue, 2 another act's word; and per sentence, the flags it holds. */
export interface ActWords {
  at: Uint8Array;
  sentences: Map<number, number>;
}

/** How many countries a list after "citizens of" must name to tell whom an entry order bars. */
const LISTED_COUNTRIES = 3;

/**
 * Whether the noun of people at token k names them by a list of countries: "of" or "from", then at least
 * LISTED_COUNTRIES names of countries or their capitals (capitalised words, "North Korea") joined by commas and "and"
 * ("the citizens of Sudan, Syria, Iran …", "travelers from Iran, Libya, Somalia"; not "citizens of the United States").
 */
export function peopleOfCountries(d: Doc, k: number): boolean {
  const toks = d.tokens;
  const s = toks[k].sentence;
  if (toks[k + 1]?.norm !== 'of' && toks[k + 1]?.norm !== 'from') return false;
  let j = k + 2;
  for (let n = 0; ; n++) {
    const a = j;
    while (toks[j]?.sentence === s && toks[j].kind === 'word' && STARTS_UPPER.test(d.text[toks[j].start])) j++;
    if (j === a || !countryOfPlace(d.text.slice(toks[a].start, toks[j - 1].end))) return false;
    if (n + 1 >= LISTED_COUNTRIES) return true;
    const comma = toks[j]?.norm === ',';
    if (comma) j++;
    if (toks[j]?.norm === 'and') j++;
    else if (!comma) return false;
  }
}

/**
 * The doc's act words: `cues` flagged 1, `others` 2 (a phrase of several words, "ports of entry", flags all its words
 * over a cue among them), except another act's word that governs one of the `heads` through "of" ("barred
 * enforcement of the order": lib/framing/act-governors.ts); a noun of `people` before a list of countries flagged 1
 * (peopleOfCountries).
 */
export function actWords(
  d: Doc,
  cues: ReadonlySet<string>,
  others: readonly string[],
  heads: readonly number[],
  people: ReadonlySet<string> = new Set(),
): ActWords {
  const toks = d.tokens;
  const at = new Uint8Array(toks.length);
  const words = new Set(others.filter((w) => !w.includes(' ')));
  const phrases = others.filter((w) => w.includes(' ')).map((w) => w.split(' '));
  toks.forEach((t, k) => {
    if (t.kind === 'word')
      at[k] = cues.has(t.norm) || (people.has(t.norm) && peopleOfCountries(d, k)) ? 1 : words.has(t.norm) ? 2 : 0;
    for (const p of phrases)
      if (k >= p.length - 1 && p.every((w, j) => toks[k - p.length + 1 + j].norm === w))
        at.fill(2, k - p.length + 1, k + 1);
  });
  clearGoverningWords(toks, at, heads);
  const sentences = new Map<number, number>();
  at.forEach((f, k) => {
    if (f) sentences.set(toks[k].sentence, (sentences.get(toks[k].sentence) ?? 0) | f);
  });
  return { at, sentences };
}

/**
 * The verdict of the head's own words: its modifiers back to a determiner, a possessive or punctuation ("Muslim
 * travel ban", "the asylum ban", "DACA executive order"), then the first `reach` words of its complement up to
 * punctuation ("the ban against travelers from six countries", "an order targeting sanctuary cities"); a hyphen
 * joining two words ends no complement ("a 120-day suspension of the refugee program").
 */
export function ownWords(
  d: Doc,
  i: number,
  head: string,
  w: ActWords,
  modifiers: ReadonlySet<string>,
  reach: number,
): Verdict {
  const toks = d.tokens;
  const s = toks[i].sentence;
  for (let k = i - 1; k >= Math.max(0, i - MODIFIERS); k--) {
    const t = toks[k];
    if (t.sentence !== s || t.kind !== 'word' || t.norm === "'s" || DEFINITE.has(t.norm) || /^an?$/.test(t.norm)) break;
    if (w.at[k]) return w.at[k] as Verdict;
    // "Trump's immigration ban", not "the immigration orders of the president": a broad word names one act, not many
    if (k === i - 1 && toks[i].norm === head && modifiers.has(`${t.norm} ${head}`)) return 1;
  }
  for (let k = i + 1, n = 0; n < reach && k < toks.length; k++) {
    const t = toks[k];
    const joins = joinsWords(d, k);
    if (t.sentence !== s || (t.kind === 'punct' && !joins)) break;
    if (w.at[k]) return w.at[k] as Verdict;
    if (!joins) n++;
  }
  return 0;
}

/** The verdict of the head's sentence: its act words of one kind, or the nearer one when it holds both. */
export function sentenceWords(d: Doc, i: number, w: ActWords): Verdict {
  const s = d.tokens[i].sentence;
  const f = w.sentences.get(s) ?? 0;
  if (f !== 3) return f as Verdict;
  for (let off = 1; ; off++) {
    const a = d.tokens[i - off]?.sentence === s ? w.at[i - off] : 0;
    const b = d.tokens[i + off]?.sentence === s ? w.at[i + off] : 0;
    if (a && b) return a === b ? (a as Verdict) : 0;
    if (a || b) return (a || b) as Verdict;
  }
}
