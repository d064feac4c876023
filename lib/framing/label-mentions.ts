// A label mentioned, not used: the writer names the word rather than calling anything by it. "The White House stopped
// short of calling it a coup", "what the right calls amnesty", "a so-called amnesty proposal", "once the amnesty charge
// sticks", "anything that smacks of amnesty": the outlet reports a label, weighs it or holds it at a distance; it
// does not choose it. Counting such uses as the outlet's own choice of noun would file CNN, which reports the debate over
// the word "coup", among the outlets that call Egypt's takeover a coup. Pure: a doc and a token index in, a yes or no out.
import type { Doc } from '../types.js';
import { reportedLabel } from './reported-labels.js';

/** Verbs that name a thing by the word after them, with at most an object between ("calling it a coup", "dubbed X"). */
const NAMING_VERBS: ReadonlySet<string> = new Set(
  'call calls called calling label labels labeled labelled labeling labelling dub dubs dubbed dubbing brand brands branded branding term terms termed'.split(
    ' ',
  ),
);

/** Objects between a naming verb and the word ("calling it a coup", "called them terrorists", "calling someone an illegal alien"). */
const NAMED_OBJECTS: ReadonlySet<string> = new Set(
  'it them this that him her these those someone somebody anyone anybody everyone'.split(' '),
);

/** Nouns after the word that make it a charge or a tag ("the amnesty charge", "the racist label"). */
const META_AFTER: ReadonlySet<string> = new Set(
  'charge charges label labels tag tags slur slurs epithet epithets accusation accusations'.split(' '),
);

/** Words before "of" that make what follows a charge, an echo or a fear ("cries of amnesty", "smacks of amnesty"). */
const META_OF: ReadonlySet<string> = new Set(
  'charge charges accusation accusations cry cries smack smacks smacked smacking whiff hint specter spectre taint'.split(
    ' ',
  ),
);

/** Marks that open a quoted complement (`` is two marks, read by its first). */
const QUOTE_OPENERS: ReadonlySet<string> = new Set(['"', '“', '`', "'", '‘', '«']);

/** Words that name the word itself before it ("the word coup", "the term amnesty"). */
const WORD_NOUNS: ReadonlySet<string> = new Set(['word', 'term', 'label']);

/** The word token at `i` in sentence `s`, lower-case, or undefined. */
function wordAt(d: Doc, i: number, s: number): string | undefined {
  const t = d.tokens[i];
  return t && t.sentence === s && t.kind === 'word' ? t.norm : undefined;
}

/**
 * True when the label whose words run from token `i` to `end` (exclusive; one word by default) is mentioned, not
 * used: after a naming verb with at most an object and an article between ("calling it a coup"), after "so-called",
 * after "the word" / "the term", before a noun that makes it a charge ("the amnesty charge"), after "cries of" /
 * "smacks of", or the complement of "as" after a verb of calling ("dismissed as amnesty", reportedLabel).
 */
export function mentionedLabel(d: Doc, i: number, end = i + 1): boolean {
  if (d.tokens[i].norm === 'so-called') return true;
  const s = d.tokens[i].sentence;
  let j = i - 1;
  let w = wordAt(d, j, s);
  if (w === 'a' || w === 'an') w = wordAt(d, --j, s);
  if (w === undefined) return metaAfter(d, end, s);
  if (w === 'so-called' || WORD_NOUNS.has(w)) return true;
  if (w === 'of' && META_OF.has(wordAt(d, j - 1, s) ?? '')) return true;
  if (NAMED_OBJECTS.has(w))
    return NAMING_VERBS.has(wordAt(d, j - 1, s) ?? '') || metaAfter(d, end, s) || reportedLabel(d, i);
  // "called illegal immigrants “rapists”": the words are the object, named by the complement after them
  if (w !== undefined && NAMING_VERBS.has(w) && !complementAfter(d, end, s)) return true;
  return metaAfter(d, end, s) || reportedLabel(d, i);
}

/** A noun after the label that makes it a charge or a tag ("the amnesty charge"). */
function metaAfter(d: Doc, end: number, s: number): boolean {
  return META_AFTER.has(wordAt(d, end, s) ?? '');
}

/** A complement after the words, in quote marks or after "as": they are a naming verb's object, not its complement. */
function complementAfter(d: Doc, end: number, s: number): boolean {
  const t = d.tokens[end];
  if (!t || t.sentence !== s) return false;
  return t.norm === 'as' || (t.kind !== 'word' && QUOTE_OPENERS.has(d.text[t.start]));
}
