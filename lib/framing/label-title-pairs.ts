// Two titles joined by "and" before one person's name: "Journalist and activist Jose Vargas included …", "political
// analyst and special correspondent Mark Dowd". The first title's noun is the person's title, like the second, and
// no head of a group of journalists or analysts. Pure over the doc's tokens.
import type { Doc } from '../types.js';
import { STARTS_LOWER } from '../util/letters.js';
import { setBeforeName } from './adherents.js';
import { lexiconTag } from './wordclass.js';

/**
 * Agent nouns' endings ("correspondent", "columnist", "commentator"): a title's noun though the corpus never heads a
 * group with it, unless compromise's lexicon lists the word as another class ("former", "latter": adjectives).
 */
const AGENT_END = /^[a-z]{4,}(?:ent|ist|ian|er|or|ant)$/;
const AGENT_TAGS: ReadonlySet<string | undefined> = new Set([undefined, 'Actor', 'Singular']);

/** Whether a lower-case word is an agent noun by its shape ("correspondent"; not "former", an adjective). */
function agentShaped(norm: string): boolean {
  return AGENT_END.test(norm) && AGENT_TAGS.has(lexiconTag(norm));
}

/** Words read after "and" for the second title's noun ("and special correspondent X"). */
const SECOND_TITLE_REACH = 3;

/**
 * Whether the singular head at token i is the first of two titles of the person named after the second: "and" follows
 * it, then up to SECOND_TITLE_REACH lower-case words of which one is a singular noun of people (`isTitleNoun`: a head
 * of people or a title, or an agent noun by its shape: "and special correspondent X") right before a capitalised name
 * (adherents.ts setBeforeName). "his officer and two former Navy SEALs" is no title: no noun of people stands before
 * the name.
 */
export function firstOfTitles(d: Doc, i: number, isTitleNoun: (norm: string) => boolean): boolean {
  const toks = d.tokens;
  const and = toks[i + 1];
  if (!and || and.norm !== 'and' || and.sentence !== toks[i].sentence) return false;
  for (let k = i + 2; k <= i + 1 + SECOND_TITLE_REACH && k < toks.length; k++) {
    const t = toks[k];
    if (t.sentence !== toks[i].sentence || t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start])) return false;
    if ((isTitleNoun(t.norm) || agentShaped(t.norm)) && setBeforeName(d, k)) return true;
  }
  return false;
}
