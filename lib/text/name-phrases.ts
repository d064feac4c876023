// Two-word names a corpus writes as one unit ("White House", "United States", "Middle East", "Border Patrol"), so term
// counts show "white house" once instead of "white" and "house" as two of an outlet's most frequent words. Found
// from the corpus alone: a capitalised pair whose one word the corpus hardly writes outside it.
import type { Doc } from '../types.js';
import { termStop } from './stopwords.js';
import { isUpperChar } from './tokenize.js';
import { HAS_LOWER } from '../util/letters.js';
import { longNames, NAME_JOINS, phraseKey } from './name-phrases-long.js';
import { opensSentence } from './sentence-open.js';

/** How namePhrases decides. */
export interface NamePhraseOptions {
  /** the share of a word's uses inside the pair that makes the pair a unit (default 0.75) */
  bound?: number;
  /** the fewest uses of the pair as a name of its own, with no capitalised word beside it (default 3) */
  min?: number;
}

/**
 * Articles that open a place or body name in Spanish and Arabic ("El Paso", "El Salvador", "Al Jazeera"). A term list
 * drops them as words of their own (lib/text/stopwords.ts), which left "paso" as a term; capitalised before a
 * capitalised word they are the name's first word.
 */
const NAME_ARTICLES: ReadonlySet<string> = new Set(['el', 'al']);

/**
 * Whether tokens i and i + 1 of `d` are two capitalised content words next to each other in one sentence, not both
 * in capitals: the shape of a two-word name ("White House"; "the White House's"; not "White, House", "JUST WATCHED").
 * The first may be a name's article ("El Paso").
 */
export function capitalisedPair(d: Doc, i: number): boolean {
  const a = d.tokens[i],
    b = d.tokens[i + 1];
  if (!b || a.sentence !== b.sentence || a.kind !== 'word' || b.kind !== 'word') return false;
  if (!isUpperChar(d.text[a.start]) || !isUpperChar(d.text[b.start]) || d.text.slice(a.end, b.start).trim())
    return false;
  if (!HAS_LOWER.test(d.text.slice(a.start, b.end))) return false;
  return (termStop(a.norm) === 'content' || NAME_ARTICLES.has(a.norm)) && termStop(b.norm) === 'content';
}

/** Whether token i of `d` is a capitalised word (a name's word, or a sentence's first). */
function capitalised(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  return !!t && t.kind === 'word' && isUpperChar(d.text[t.start]);
}

/**
 * The names of a corpus counted as one term: its two-word names (below), and its longer names and bound pairs of words
 * (lib/text/name-phrases-long.ts: "Department of Justice", "Kate's Law", "bona fide").
 *
 * Two-word names: A pair must be a name of its own (two capitalised words, no
 * capitalised word next to them in the sentence) at least `min` times and in a quarter of its capitalised uses (not
 * "President Barack" of "President Barack Obama"); it is a unit when the corpus writes one of its words inside it, as
 * capitalised, at least `bound` of the word's uses (any case): "states" inside "United States", "Vegas" inside "Las Vegas". When only the first word is so bound,
 * it must also be a common word the corpus writes in lower case ("white", "middle", "border"): a given name bound to
 * its surname ("Mitt Romney") leaves the person counted by the surname, as written alone.
 */
export function namePhrases(docs: readonly Doc[], opts: NamePhraseOptions = {}): Set<string> {
  const out = twoWordNames(docs, opts);
  for (const k of longNames(docs, opts.min ?? 3)) out.add(k);
  return out;
}

/** The two-word names of namePhrases (see there). */
function twoWordNames(docs: readonly Doc[], opts: NamePhraseOptions): Set<string> {
  const bound = opts.bound ?? 0.75;
  const min = opts.min ?? 3;
  const pairs = new Map<string, { all: number; alone: number }>();
  for (const d of docs)
    for (let i = 0; i + 1 < d.tokens.length; i++) {
      if (!capitalisedPair(d, i)) continue;
      const k = d.tokens[i].norm + ' ' + d.tokens[i + 1].norm;
      const p = pairs.get(k) ?? { all: 0, alone: 0 };
      if (!pairs.has(k)) pairs.set(k, p);
      p.all++;
      const s = d.tokens[i].sentence;
      if (d.tokens[i - 1]?.sentence === s && capitalised(d, i - 1)) continue;
      if (d.tokens[i + 2]?.sentence === s && capitalised(d, i + 2)) continue;
      p.alone++;
    }
  // a name of its own at least `min` times, and in a quarter of its uses at least (not "President Barack")
  const named = [...pairs].filter(([, p]) => p.alone >= min && 4 * p.alone >= p.all);
  const words = new Map<string, { uses: number; lower: number }>(); // the words of those pairs
  for (const [k] of named) for (const w of k.split(' ')) words.set(w, { uses: 0, lower: 0 });
  for (const d of docs)
    for (const t of d.tokens) {
      const w = words.get(t.norm);
      if (!w) continue;
      w.uses++;
      if (!isUpperChar(d.text[t.start])) w.lower++;
    }
  const out = new Set<string>();
  for (const [k, { all: n }] of named) {
    const [a, b] = k.split(' ').map((w) => words.get(w)!);
    if (a === b) continue;
    if (n >= bound * b.uses || (n >= bound * a.uses && a.lower > 0)) out.add(k);
  }
  return out;
}

/** Per phrase set: the first words of its phrases and the most tokens one spans. */
const INDEX = new WeakMap<ReadonlySet<string>, { first: Set<string>; most: number }>();

function indexOf(phrases: ReadonlySet<string>): { first: Set<string>; most: number } {
  let ix = INDEX.get(phrases);
  if (!ix) {
    ix = { first: new Set(), most: 0 };
    for (const p of phrases) {
      const words = p.split(' ');
      ix.first.add(words[0].endsWith("'s") ? words[0].slice(0, -2) : words[0]);
      ix.most = Math.max(ix.most, words.length + (p.match(/'s\b/g)?.length ?? 0));
    }
    INDEX.set(phrases, ix);
  }
  return ix;
}

/**
 * Whether tokens [i, j) of `d` are written as one name or one bound pair: in one sentence, kept; a name's words
 * capitalised and its joins ("of", "the", "'s") not, a two-word name as capitalisedPair reads it; a pair with no join
 * in lower case (its first word may open the sentence).
 */
function writtenAsOne(d: Doc, i: number, j: number, keep?: Uint8Array): boolean {
  const s = d.tokens[i].sentence;
  let caps = 0;
  let joins = 0;
  for (let k = i; k < j; k++) {
    const t = d.tokens[k];
    if (!t || t.sentence !== s || (keep && !keep[k])) return false;
    if (k > i && NAME_JOINS.has(t.norm)) {
      if (t.norm !== "'s" && isUpperChar(d.text[t.start])) return false;
      joins++;
    } else if (t.kind !== 'word') return false;
    else if (isUpperChar(d.text[t.start])) caps++;
  }
  const words = j - i - joins;
  if (caps === words) return j - i > 2 || capitalisedPair(d, i);
  return joins === 0 && (caps === 0 || (caps === 1 && isUpperChar(d.text[d.tokens[i].start]) && opensSentence(d, i)));
}

/**
 * The number of tokens of the longest phrase of `phrases` (namePhrases) written at token i of `d` (0 when none), all
 * of them kept by `keep`. Tried only at a phrase's first word, longest first, up to the longest phrase's length.
 */
export function phraseAt(d: Doc, i: number, phrases: ReadonlySet<string>, keep?: Uint8Array): number {
  const { first, most } = indexOf(phrases);
  if (!first.has(d.tokens[i].norm)) return 0;
  for (let n = Math.min(most, d.tokens.length - i); n >= 2; n--) {
    if (d.tokens[i + n - 1].sentence !== d.tokens[i].sentence) continue;
    if (phrases.has(phraseKey(d, i, i + n)) && writtenAsOne(d, i, i + n, keep)) return n;
  }
  return 0;
}
