// Which words outlet contrast may mark loaded. Outlet contrast (outletContrast in lib/framing/loaded.ts) finds the
// words one outlet writes where the others on the same story do not: its vocabulary, shown among its distinctive
// terms. Such a word is loaded language only when it also judges. On AllSides (2,384 articles) the contrast marked
// 68 outlet × word rows (820 own-voice uses) before this rule, nearly all words of the story one outlet leans on:
// "asylum", "families", "seekers", "military", "political", "leadership", words AFINN alone rates negative because
// they name a harm or a conflict ("ban", "deportation", "threat", "detention", "died", "arrested"), and nouns that
// Pattern's adjective lexicon lists in another sense ("Trump's base"; Pattern's "base" = ignoble).
import type { Doc } from '../types.js';
import { evaluative } from './evaluative.js';
import { evaluativeUse } from './wordclass.js';

/**
 * True when word token i judges enough for outlet contrast to mark it: both general vocabularies call it blame
 * (Pattern lists it as subjective, AFINN gives it a negative valence: "illegal", "criminal", "cruel"), the rule the
 * vocabularies' own weight follows (either alone marks mostly factual words), and it stands where a judging word
 * stands (evaluativeUse).
 */
export function contrastJudges(d: Doc, i: number): boolean {
  const e = evaluative(d.tokens[i].norm);
  return e.subjectivity > 0 && e.valence < 0 && evaluativeUse(d, i);
}
