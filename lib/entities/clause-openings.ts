// Words capitalised because they open a clause the sentence splitter did not cut: after a colon ("the message was
// clear: Especially with ...", "MAHER: Wait."), or after a closing quote whose sentence ended inside it ("doesn't
// have a border.” Unsurprisingly, ..."), or after a summary label ("Story highlights Critics ask"). An ordinary word there is no name, as at a sentence start.
import type { Doc } from '../types.js';

/** Closing quotation marks (curly, and the pre-tokenised text's ''). */
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['\u201D', '\u2019', "''", '"', '\u00BB']);

/** The word token at i opens a clause inside its sentence: a colon before it, or a closing quote after a sentence's
 * end mark written on the word before it ("border.” Unsurprisingly"). Times and scores ("10:59") are one token. */
export function opensClause(d: Doc, i: number): boolean {
  const prev = d.tokens[i - 1];
  if (prev === undefined || prev.sentence !== d.tokens[i].sentence) return false;
  if (prev.norm === ':') return true;
  // CNN's summary label before its first point: "Story highlights Critics ask why ..."
  if (prev.norm === 'highlights' && d.tokens[i - 2]?.norm === 'story') return true;
  if (!CLOSING_QUOTES.has(d.text.slice(prev.start, prev.end))) return false;
  const before = d.tokens[i - 2];
  if (before === undefined) return false;
  const last = d.text[before.end - 1];
  return last === '.' || last === '?' || last === '!';
}
