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

/** Tokens read after a capitalised word for a post's handle: a poster's name of a few words ("Doctors w / o Borders"). */
const NAME_REACH = 8;

/**
 * Whether the capitalised word at token i opens a name rather than a sentence: a possessive and a capitalised word
 * follow ("Father's Day used to …"), or a post's handle follows in its line, right after the word or in brackets
 * ("— Doctors w/o Borders ( @ handle )", "Conservative @ handle :": a poster's name in a signature).
 */
export function opensNameAt(d: Doc, i: number): boolean {
  const toks = d.tokens;
  const [s, n1, n2] = [toks[i], toks[i + 1], toks[i + 2]];
  if (n1?.norm === "'s" && n2 && n2.sentence === s.sentence && STARTS_UPPER.test(d.text[n2.start])) return true;
  for (let j = i + 1; j < toks.length && j <= i + NAME_REACH; j++) {
    if (d.text.slice(toks[j - 1].end, toks[j].start).includes('\n')) return false;
    if (d.text[toks[j].start] === '@' && (j === i + 1 || toks[j - 1].norm === '(')) return true;
  }
  return false;
}

/** Modals and "to": a word right after one may be a verb ("could grant illegal immigrants", "to grant licenses"). */
const BEFORE_VERB: ReadonlySet<string> = new Set('to will would can could shall should may might must'.split(' '));

/**
 * Whether the lower-case or sentence-capitalised word at token j may modify the word after it in a label, by its
 * place: at a sentence's start ("Grant illegal aliens the right …") or right after a modal or "to" ("would grant
 * illegal immigrants", "to grant driver's licenses") a word the corpus writes as a verb (`verbs`: after a modal, "could
 * grant") is the verb; an adjective is never written after a modal ("to illegal immigrants" keeps "illegal").
 * Anywhere else, yes.
 */
export function modifiesByPlace(d: Doc, j: number, verbs: ReadonlySet<string>): boolean {
  if (!verbs.has(d.tokens[j].norm)) return true;
  const p = d.tokens[j - 1];
  return !capitalisedByPlace(d, j) && !(p && p.sentence === d.tokens[j].sentence && BEFORE_VERB.has(p.norm));
}
