// A loaded label that a verb of calling puts on someone ("denounced them as racist", "portrayed the country as
// racist", "seen as a betrayal") is the label of that verb's subject, reported, not the writer's own word choice:
// loadedTokens leaves it unmarked, for lexicon terms and general-vocabulary words alike. On BABE's tuning topics 2 of
// 12 such marks were words the annotators chose, against 0.56 for the other marks.
import type { Doc } from '../types.js';
import { wordAt } from '../text/word-at.js';

/** Verbs of calling, branding and portraying: "X <verb> Y as Z" puts the label Z on Y. Stems match any form. */
const CALLING_STEMS =
  'label brand describ portray depict characteri paint dismiss denounc decri decry attack berat demoniz demonis smear accus regard'.split(
    ' ',
  );

/** Short verbs of calling and seeing, matched with -s, -ed and -ing only (a stem as short as "tar" would match "target"). */
const CALLING_WORDS = 'call cast view see seen saw tar tarred deem'.split(' ');

/** True when `w` is a form of a verb of calling or portraying ("denounced", "portrays", "seen"). */
function isCalling(w: string): boolean {
  if (CALLING_STEMS.some((stem) => w.startsWith(stem))) return true;
  return CALLING_WORDS.some((v) => w === v || w === v + 's' || w === v + 'ed' || w === v + 'ing');
}

/**
 * True when the label at token i is the complement of "as" after a verb of calling within the four words before "as"
 * ("berated as racist", "portray America as racist", "denounced it as anti-Semitic"), over an article or one adverb
 * between "as" and the label ("as a terrorist group", "as irredeemably racist").
 */
export function reportedLabel(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  let j = i - 1;
  let w = wordAt(d, j, s);
  if (w === 'a' || w === 'an' || w?.endsWith('ly')) w = wordAt(d, --j, s);
  if (w !== 'as') return false;
  for (let k = j - 1; k >= j - 4; k--) {
    const v = wordAt(d, k, s);
    if (v === undefined) return false;
    if (isCalling(v)) return true;
  }
  return false;
}
