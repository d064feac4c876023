// An "-ed" word in a list of past verbs is a verb, not a modifier of the group's head after it: "failed to consult
// members , concealed witnesses and refused to make …", "suspended entry , froze the program and indefinitely banned
// refugees from …". A sibling of the list is a past verb: an irregular past of compromise's lexicon ("froze") or an
// "-ed" word before the opener of its object ("refused to", "suspended the"). Pure over the doc's tokens.
import type { Doc } from '../types.js';
import { STARTS_LOWER } from '../util/letters.js';
import { isAdverb } from './adverbs.js';
import { lexiconTag } from './wordclass.js';

/** Words that open a verb's object or complement ("froze the program", "refused to make", "claimed that"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(
  'the a an his her its their our this these those them him us it to that'.split(' '),
);
/** Tokens read after the head for the next sibling ("concealed witnesses [and] refused", "banned refugees from X [,]"). */
const AFTER_REACH = 4;
/** Tokens read back from "and" for the comma before the sibling ("[,] froze the entire refugee program for four months and"). */
const BEFORE_REACH = 12;

/** Whether token k (over adverbs) is a lower-case past verb: a lexicon past not in "-ed", or an "-ed" word before its object. */
export function pastVerbAt(d: Doc, k: number): boolean {
  const toks = d.tokens;
  while (toks[k]?.kind === 'word' && isAdverb(toks[k].norm) && toks[k + 1]?.sentence === toks[k].sentence) k++;
  const t = toks[k];
  if (!t || t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start])) return false;
  if (!t.norm.endsWith('ed')) return lexiconTag(t.norm) === 'PastTense';
  const nx = toks[k + 1];
  return !!nx && nx.sentence === t.sentence && OBJECT_OPENERS.has(nx.norm);
}

/**
 * Whether the "-ed" word at j, before the head at h, is a verb of a list of past verbs: after a comma, the next
 * sibling ("and" or a comma within AFTER_REACH tokens of the head) is a past verb; after "and" (over adverbs), the
 * sibling after the nearest comma before it, within BEFORE_REACH tokens, is one.
 */
export function listedVerb(d: Doc, j: number, h: number): boolean {
  const toks = d.tokens;
  const s = toks[j].sentence;
  let k = j - 1;
  while (k >= 0 && toks[k].sentence === s && toks[k].kind === 'word' && isAdverb(toks[k].norm)) k--;
  const before = toks[k];
  if (!before || before.sentence !== s) return false;
  if (before.norm === ',') {
    for (let n = h + 1; n <= h + AFTER_REACH && n < toks.length && toks[n].sentence === s; n++)
      if (toks[n].norm === 'and' || toks[n].norm === ',') return pastVerbAt(d, n + 1);
    return false;
  }
  if (before.norm !== 'and') return false;
  for (let c = k - 1; c >= 0 && k - c <= BEFORE_REACH && toks[c].sentence === s; c--)
    if (toks[c].norm === ',') return pastVerbAt(d, c + 1);
  return false;
}
