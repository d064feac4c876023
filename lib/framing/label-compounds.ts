// A head of people that is the first word of a compound noun: "a driver's license", "drivers licenses", "a
// bachelor's degree", "a children's hospital". The possessive or the bare noun before another noun classifies that
// noun ("what kind of license") and names no driver or child, so no group label stands there. Two readings: the corpus
// writes the head before the same noun in most of its uses (the pair is one word to it), or a singular determiner
// opens a plural head before a possessive (the determiner is the noun's after it: "a children's hospital"). Pure over
// the docs' tokens; no word list.
import type { Doc } from '../types.js';
import { STARTS_LOWER } from '../util/letters.js';
import { isStopword } from '../text/stopwords.js';
import { isIrregularPlural } from './label-owners.js';

/** Uses of a pair the corpus needs before it is read as a compound. */
const MIN_PAIRS = 3;
/** Share of the head's lower-case uses that must stand before the same noun. */
const MIN_SHARE = 0.5;
/** Possessive marks between the two nouns ("driver's", "drivers'"; "’ s" is tokenised as "'s"). */
const POSSESSIVE = new Set(["'s", "'", '’']);
/** Singular determiners: before a plural head and its possessive they determine the noun after ("a children's …"). */
const SINGULAR_DETS = new Set(['a', 'an', 'one', 'each', 'every', 'another']);

/** The lemma of a word, as the group reader folds heads (groups.ts headLemma). */
export type Lemma = (norm: string) => string;

/**
 * The lower-case noun after head token i, over a possessive mark: its token index, or -1 ("driver ’s licenses" ->
 * "licenses"; "drivers licenses" -> "licenses"). A word opening a phrase or a clause is no noun ("drivers who").
 */
function nounAfterHead(d: Doc, i: number): number {
  const toks = d.tokens;
  let j = i + 1;
  if (toks[j] && POSSESSIVE.has(toks[j].norm)) j++;
  const t = toks[j];
  if (!t || t.sentence !== toks[i].sentence || t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start])) return -1;
  return /^[a-z][a-z-]{2,}$/.test(t.norm) && !isStopword(t.norm) ? j : -1;
}

/**
 * The compound pairs of the corpus, as "head lemma \u0000 noun lemma": of a head's lower-case uses (`isHead`: the
 * group reader's heads of people), at least MIN_SHARE stand before the same noun over a possessive, at least
 * MIN_PAIRS times ("driver's license" in most uses of "driver"; "judge's ruling" in few). Only the possessive makes a
 * pair ("pathologist who", "pathologists said" are clauses); the pair stands for the bare form too ("drivers licenses").
 */
export function compoundPairs(docs: readonly Doc[], isHead: (norm: string) => boolean, lemma: Lemma): Set<string> {
  const uses = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const d of docs) {
    const toks = d.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start]) || !isHead(t.norm)) continue;
      const l = lemma(t.norm);
      uses.set(l, (uses.get(l) ?? 0) + 1);
      const j = nounAfterHead(d, i);
      if (j !== i + 2) continue; // a possessive makes the pair: "pathologist said" is a clause, no compound
      const key = l + '\u0000' + lemma(toks[j].norm);
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [key, n] of pairs)
    if (n >= MIN_PAIRS && n >= MIN_SHARE * (uses.get(key.slice(0, key.indexOf('\u0000'))) ?? 0)) out.add(key);
  return out;
}

/**
 * Whether the head at token i, its phrase opening at token a, is a compound's first word: it stands before a noun
 * it makes one pair with in the corpus (`pairs`), or it is plural after a singular determiner and before a
 * possessive ("a children's hospital", "one children's agency").
 */
export function compoundHead(d: Doc, a: number, i: number, pairs: ReadonlySet<string>, lemma: Lemma): boolean {
  const toks = d.tokens;
  const j = nounAfterHead(d, i);
  if (j < 0) return false;
  const l = lemma(toks[i].norm);
  if (pairs.has(l + '\u0000' + lemma(toks[j].norm))) return true;
  const det = toks[a - 1];
  return (
    j === i + 2 &&
    (l !== toks[i].norm || isIrregularPlural(toks[i].norm)) &&
    !!det &&
    det.sentence === toks[i].sentence &&
    SINGULAR_DETS.has(det.norm) &&
    POSSESSIVE.has(toks[i + 1].norm)
  );
}

/** Definite determiners and possessives: before a possessor they pick out its people ("the children's lawyers"). */
const DEFINITE: ReadonlySet<string> = new Set('the these those their his her its our my your'.split(' '));

/**
 * Whether the head at token i, its label opening at a, is the possessor in a compound that names other people: no
 * definite determiner before a, then a possessive, a lower-case noun and a head of people (`isPeople`: "women's rights
 * activists", "immigrants' rights groups", "a tenants' union leader"). The phrase labels the activists, not the
 * women; "migrants' rights", "the children's immigration lawyers" keep the head's label.
 */
export function possessiveCompound(d: Doc, a: number, i: number, isPeople: (norm: string) => boolean): boolean {
  const toks = d.tokens;
  if (toks[a - 1] && toks[a - 1].sentence === toks[i].sentence && DEFINITE.has(toks[a - 1].norm)) return false;
  const [mark, noun, head] = [toks[i + 1], toks[i + 2], toks[i + 3]];
  if (!mark || !POSSESSIVE.has(mark.norm) || !noun || !head || head.sentence !== toks[i].sentence) return false;
  const lower = (k: number) => toks[k].kind === 'word' && STARTS_LOWER.test(d.text[toks[k].start]);
  if (!lower(i + 2) || !lower(i + 3) || isStopword(noun.norm) || /(?:ed|ing)$/.test(noun.norm)) return false;
  return isPeople(head.norm);
}
