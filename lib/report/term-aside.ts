// Which clear terms (z above 1.96) of an outlet are not its wording, and why: one of its articles holds most uses (that
// story's topic), or the other outlets spell the same word another way (house spelling: "programme" against
// "program"), at least as often as they write it the outlet's way. Notebook 04's sentence and chart, the report's term charts and its distinctive-term finding all ask here,
// so they set aside the same terms.
import type { OutletTermTable } from '../framing/types.js';
import { houseSpelling } from '../explore/house-spelling.js';
import { defaultSpellings } from '../explore/spelling-file.js';
import { oneArticleTopic, spreadKey, type TermSpread } from './spread.js';
import { CLEAR_Z } from './leaning-findings.js';

/** Why an outlet's term is not counted as its wording ("one article's topic", "house spelling of program"), or undefined. */
export type AsideReason = (outlet: string, term: string) => string | undefined;

/** Terms written as a single concept across spellings: "house spelling of …" reasons start so. */
export const HOUSE = 'house spelling of ';

/**
 * The reason a term above 1.96 is not an outlet's wording: a word the other outlets of `table` spell another way
 * (data/spelling-variants.json), or, for an outlet of two articles or more, a term one of its articles holds most
 * uses of (`spread`, termSpreads; without it no term is one article's).
 */
export function asideReason(
  table: OutletTermTable,
  spread: ReadonlyMap<string, TermSpread> | undefined,
  articles: ReadonlyMap<string, number>,
): AsideReason {
  const ix = defaultSpellings();
  return (o, term) => {
    const others = (w: string) =>
      table.outlets.reduce((n, x, i) => (x === o ? n : n + (table.counts[i]?.get(w) ?? 0)), 0);
    // a spelling only when the others write the other spelling at least as often as this one: Vox's "unauthorized"
    // against one "unauthorised" (The Guardian) and four "unauthorized" (Reason) is Vox's word, not its spelling
    const spelt = houseSpelling(term, ix, (other, word) => others(other) > 0 && others(other) >= others(word));
    if (spelt) return HOUSE + spelt;
    return oneArticleTopic(spread?.get(spreadKey(o, term)), articles.get(o) ?? 0) ? "one article's topic" : undefined;
  };
}

/**
 * The terms of an outlet's term chart not counted as clear, with why: its own clear terms `reason` sets aside, and on
 * the others' side the words they spell another way than the outlet does ("program" more in the others because the
 * outlet writes "programme").
 */
export function chartAside(
  table: OutletTermTable,
  outlet: string,
  rows: readonly { term: string; z: number }[],
  reason: AsideReason,
): Map<string, string> {
  const own = table.counts[table.outlets.indexOf(outlet)];
  const ix = defaultSpellings();
  const aside = new Map<string, string>();
  for (const r of rows) {
    const why =
      r.z > CLEAR_Z
        ? reason(outlet, r.term)
        : r.z < -CLEAR_Z
          ? houseSpelling(
              r.term,
              ix,
              (w, word) => (own?.get(w) ?? 0) > 0 && (own?.get(w) ?? 0) >= (own?.get(word) ?? 0),
            )
          : undefined;
    if (why) aside.set(r.term, r.z > 0 ? why : HOUSE + why);
  }
  return aside;
}
