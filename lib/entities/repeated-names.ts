// A sentence's first word that the same article writes again inside a sentence as the first word of a name: "Ban
// Ki-moon said ..." opening a sentence is the name the article wrote as "Secretary-General Ban Ki-moon". An ordinary
// word ("ban") capitalised only by the sentence's start would otherwise be dropped from the name.
import type { Doc } from '../types.js';
import { UPPER_FIRST } from './word-shapes.js';
import { lineKind, LineKind } from './lines.js';

/** Per article: the capitalised pairs written inside sentences ("ban ki-moon"), and the first words of those pairs. */
interface NamePairs {
  pairs: Set<string>;
  firsts: Set<string>;
}

const cache = new WeakMap<Doc, NamePairs>();

/**
 * Token k is a capitalised word inside a sentence of running text: a word or a comma comes before it there ("the
 * Border Patrol", "Secretary-General Ban Ki-moon"), and the line is no headline, whose title case capitalises every
 * word ("Shows Big Money Does").
 */
function capitalisedInside(d: Doc, k: number, headline: Map<number, boolean>): boolean {
  const t = d.tokens[k];
  const p = d.tokens[k - 1];
  if (t.kind !== 'word' || !UPPER_FIRST.test(d.text.slice(t.start, t.end))) return false;
  if (p === undefined || p.sentence !== t.sentence || (p.kind !== 'word' && p.norm !== ',')) return false;
  let h = headline.get(t.sentence);
  if (h === undefined) headline.set(t.sentence, (h = lineKind(d, t.sentence) === LineKind.Headline));
  return !h;
}

/** The article's capitalised pairs written inside running text, once per article. */
function namePairs(d: Doc): NamePairs {
  const hit = cache.get(d);
  if (hit) return hit;
  const pairs = new Set<string>();
  const firsts = new Set<string>();
  const toks = d.tokens;
  const headline = new Map<number, boolean>();
  for (let k = 1; k + 1 < toks.length; k++) {
    const next = toks[k + 1];
    if (next.sentence !== toks[k].sentence || next.kind !== 'word') continue;
    if (!UPPER_FIRST.test(d.text.slice(next.start, next.end)) || !capitalisedInside(d, k, headline)) continue;
    pairs.add(toks[k].norm + ' ' + next.norm);
    firsts.add(toks[k].norm);
  }
  const made = { pairs, firsts };
  cache.set(d, made);
  return made;
}

/** The first two words of a run opening a sentence at token i are written as the same pair inside a sentence of the
 * article ("Ban Ki-moon said" after "Secretary-General Ban Ki-moon"). */
export function pairWrittenInside(d: Doc, i: number): boolean {
  const next = d.tokens[i + 1];
  return next !== undefined && namePairs(d).pairs.has(d.tokens[i].norm + ' ' + next.norm);
}

/** The word at i, alone before a verb of saying at a clause's start ("'' Ban said"), opens a name the article writes
 * inside a sentence ("Secretary-General Ban Ki-moon"). */
export function nameOpenerInside(d: Doc, i: number): boolean {
  return namePairs(d).firsts.has(d.tokens[i].norm);
}
