// A person the copy names alone by the given name ("Rich" for Rich Lowry, in a column answering a colleague: "When Rich
// says …", "I agree entirely with Rich"). The entity stage resolves a one-word mention to a person by the surname, so
// these uses stayed as the word "rich" among the outlet's frequent terms. In an article that names the person in full
// (lib/report/given-names.ts reads which words open persons' names there), a use of the given name alone, written as a
// name, is the person's:
// - inside a sentence, not after a determiner ("the Bill", "a Will"), not inside a run of capitalised words
//   ("Bipartisan Bill !" in a quoted tweet, "Rich Lowry": the full name, read already);
// - at a sentence's start ("Rich responds …", where any word is capitalised) only when the article also names the person
//   so inside a sentence: "Will the House vote?" in an article on Will Hurd stays a word.
import type { Doc } from '../types.js';
import { isUpperChar } from '../text/tokenize.js';
import { DETERMINERS } from '../framing/wordclass.js';

/** Whether token i of d is a word whose first letter is a capital and second (if any) is not. */
function nameCased(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  if (!t || t.kind !== 'word' || !isUpperChar(d.text[t.start])) return false;
  return t.end - t.start === 1 || !isUpperChar(d.text[t.start + 1]);
}

/** The word token before token i in its sentence, or -1 at the sentence's start (punctuation skipped). */
function wordBefore(d: Doc, i: number): number {
  const s = d.tokens[i].sentence;
  for (let k = i - 1; k >= 0 && d.tokens[k].sentence === s; k--) if (d.tokens[k].kind !== 'punct') return k;
  return -1;
}

/** The next token after i, when it is in the same sentence. */
function nextToken(d: Doc, i: number): number {
  return i + 1 < d.tokens.length && d.tokens[i + 1].sentence === d.tokens[i].sentence ? i + 1 : -1;
}

/**
 * The uses in `d` of each given name of `given` (persons the article names in full by it) written alone, as the
 * person's (see above): given name -> count.
 */
export function givenNamesAlone(d: Doc, given: ReadonlySet<string>): Map<string, number> {
  const inner = new Map<string, number>();
  const opening = new Map<string, number>();
  d.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !given.has(t.norm) || !nameCased(d, i)) return;
    const next = nextToken(d, i);
    if (next >= 0 && nameCased(d, next)) return;
    const before = wordBefore(d, i);
    if (before < 0) opening.set(t.norm, (opening.get(t.norm) ?? 0) + 1);
    // a capitalised word before it that opens the sentence ("When Rich says") is no name run
    else if (!DETERMINERS.has(d.tokens[before].norm) && !(nameCased(d, before) && wordBefore(d, before) >= 0))
      inner.set(t.norm, (inner.get(t.norm) ?? 0) + 1);
  });
  for (const [w, n] of opening) if (inner.has(w)) inner.set(w, inner.get(w)! + n);
  return inner;
}
