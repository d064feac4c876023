// "insist" as a demand, not a doubted assertion: "insisted on a vote", "insisting on diversity visa reform", "the
// issues the White House has insisted be included", "insisted that the bill be amended". The lexicon lists
// "insisted"/"insisting" among the doubt-casting verbs for "insisted that the plan was working", where the writer
// hints the speaker protests too much; with "on" and what is demanded, or with a clause in the mandative subjunctive
// (a bare "be" after its subject), the verb says what someone asked for, as "demanded" would.
import type { Doc } from '../types.js';
import { wordAt } from '../text/word-at.js';

/** Words before "be" that make it no subjunctive: modals and "to" ("insisted it would be fine", "it was to be"). */
const NOT_SUBJUNCTIVE = new Set(
  'will would could should can may might must shall to also always still just ever only'.split(' '),
);
/** A contracted modal or negation ending the word before "be" ("won't be", "it'll be", "they'd be"). */
const CONTRACTED = /(?:n['\u2019]t|['\u2019]ll|['\u2019]d)$/u;

const NEGATIONS = new Set(['not', 'never']);

/** How many words after the verb a subjunctive "be" may stand ("insisted that the final bill be amended"). */
const REACH = 7;

/**
 * True when "insisted"/"insisting" at token i demands: "on" right after it ("insisted on a vote", "insisting on
 * ramming it through"), or a bare "be" within REACH words of the same clause with no modal, "to" or negation before it
 * ("has insisted be included", "insisted that the bill be amended").
 */
export function insistAsDemand(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  if (wordAt(d, i + 1, s) === 'on' || wordAt(d, i + 1, s) === 'upon') return true;
  for (let k = 1; k <= REACH; k++) {
    const w = wordAt(d, i + k, s);
    if (w === undefined) return false;
    if (w !== 'be') continue;
    // "insisted that he not be charged" is a demand too: look past the negation
    const p = NEGATIONS.has(wordAt(d, i + k - 1, s) ?? '') ? k - 2 : k - 1;
    const before = d.tokens[i + p]?.norm ?? '';
    return p === 0 || !(NOT_SUBJUNCTIVE.has(before) || CONTRACTED.test(before));
  }
  return false;
}
