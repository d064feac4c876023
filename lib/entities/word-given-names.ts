// Given names that are also ordinary words: "Will Hurd", "Bill Clinton", "Rush Limbaugh", "Sue Costello". Before a
// surname they open the name, so the run keeps them; as words they are no name ("Will Iran comply?", "Rose Garden",
// "Groups Will Organize").
import type { Doc } from '../types.js';
import { givenNames } from './world.js';

/** Given names that are also ordinary English words, which the given-name lists leave out ("Bill Maher", "Rush
 * Limbaugh", "Guy Benson"). */
export const WORD_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'al art bill buzz candy chip cliff dean dick earl faith frank gene guy hope iris ivy jay joy max miles newt norm ' +
    'penny rand randy ray reed rich rose rush rusty sandy sterling summer tucker ward will wolf woody'
  ).split(' '),
);

/** Closing marks a question's "?" may stand before. */
const CLOSERS: ReadonlySet<string> = new Set(['"', "'", ')', '\u201D', '\u2019', "''"]);

/** The sentence of token i ends in a question mark ("Will Democrats help him?"). */
export function questionSentence(d: Doc, i: number): boolean {
  const s = d.sentences[d.tokens[i].sentence];
  let k = s.tokenEnd - 1;
  while (k > i && CLOSERS.has(d.tokens[k].norm)) k--;
  return d.tokens[k].norm === '?';
}

/**
 * The word at k, a given name that is also a word, opens a person's name: the word after it (same sentence, one space
 * between) passes `surname` (a capitalised word no ordinary word and no place or body), and the sentence asks no
 * question ("Will Americans see ...?" is the verb).
 */
export function givenWordOpensName(d: Doc, k: number, surname: (j: number) => boolean): boolean {
  const t = d.tokens[k];
  const next = d.tokens[k + 1];
  if (!next || next.sentence !== t.sentence || next.start !== t.end + 1) return false;
  if (!WORD_GIVEN_NAMES.has(t.norm) && !givenNames().has(t.norm)) return false;
  return surname(k + 1) && !questionSentence(d, k);
}
