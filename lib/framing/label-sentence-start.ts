// A word capitalised only because it opens its sentence: "Illegal immigrants are barred …", "People living here
// illegally …", "Immigrants who crossed …". The group reader takes lower-case words as heads and modifiers (a
// capitalised word mid-sentence is a name or a title), so a label at a sentence's start lost its modifier ("Illegal
// [immigrants]") or was not read at all; read there, the word is the lower-case word the corpus writes elsewhere.
import type { Doc } from '../types.js';
import { opensSentence } from '../text/word-case.js';
import { STARTS_UPPER } from '../util/letters.js';

/**
 * Whether token i is a word capitalised by its place only: it opens its sentence, line or a clause after a colon or
 * quote mark (word-case.ts opensSentence), with an upper-case first letter and lower-case letters after it
 * ("Illegal", "People"; not "ICE", "McCain").
 */
export function capitalisedByPlace(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  if (t.kind !== 'word' || !STARTS_UPPER.test(d.text[t.start])) return false;
  const rest = d.text.slice(t.start + 1, t.end);
  return rest === rest.toLowerCase() && opensSentence(d, i);
}
