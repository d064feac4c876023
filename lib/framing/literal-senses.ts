// Literal senses of two lexicon words whose loaded sense is a figure of speech:
// - "slam" is loaded as the attacking speech verb ("X slams Y"); "slammed shut the border", "to slam Europe's doors
//   shut", "slam the brakes on the debate" are the verb of a door or a brake (shut, closed, stopped);
// - "mob" is loaded as a crowd called a rabble ("the mob stormed the consulate", "the liberal mob"); "the Mob", "mob
//   movies", "a mob boss" name organised crime.
import type { Doc } from '../types.js';
import { wordAt } from '../text/word-at.js';

/** Words of a door or a brake that make "slam" a verb of shutting or stopping. */
const SHUT = new Set(['shut', 'closed', 'brakes', 'brake']);

/** "slam … shut", "slammed the brakes on": a word of shutting or braking within four words after the verb. */
export function slamShut(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  if (!/^slam(?:s|med|ming)?$/.test(d.tokens[i].norm)) return false;
  for (let k = 1; k <= 4; k++) if (SHUT.has(wordAt(d, i + k, s) ?? '')) return true;
  return false;
}

/** Nouns "mob" modifies when it means organised crime ("mob boss", "mob movies", "mob ties"). */
const CRIME = new Set(
  (
    'boss bosses movie movies film films family families ties hit hits hitman figure figures informant informants ' +
    'enforcer enforcers associate associates lawyer lawyers underboss capo don dons killer killers killing killings ' +
    'drama dramas story stories book books trial trials racket rackets money'
  ).split(' '),
);

/**
 * "mob" before a noun of organised crime ("a book about mob movies", "a mob boss"), or "Mob" capitalised after a
 * lower-case "the" and before a lower-case word ("ties to the Mob in Chicago"; not a title's "the Liberal Mob").
 */
export function organisedCrime(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  if (t.norm !== 'mob') return false;
  if (CRIME.has(wordAt(d, i + 1, t.sentence) ?? '')) return true;
  const word = d.text.slice(t.start, t.end);
  const prev = d.tokens[i - 1];
  const next = d.tokens[i + 1];
  if (word !== 'Mob' || !prev || prev.sentence !== t.sentence) return false;
  const nextWord = next && next.sentence === t.sentence ? d.text.slice(next.start, next.end) : '';
  return d.text.slice(prev.start, prev.end) === 'the' && !/^\p{Lu}/u.test(nextWord);
}
