// Notebook 04's table of distinctive terms (pure): each outlet's top terms, the outlets of two articles or more first,
// then those of one article, named "X (one article)" (lib/explore/one-article.ts), with the sentence that says why. A
// one-article outlet's terms are that piece's words: mixed among the others by name, a columnist's one op-ed read as a
// newsroom's vocabulary.
import type { DistinctiveRow } from '../framing/types.js';
import { oneArticleNote, outletMark, severalFirst } from './one-article.js';

/** A row of the table: the outlet (marked when it has one article), the term and its numbers. */
export interface DistinctiveTableRow {
  outlet: string;
  term: string;
  z: number;
  count: number;
  count_rest: number;
  per_1000: number;
  /** events in which the outlet uses the term against other outlets; 0: contrasted with the whole corpus */
  events: number;
}

/**
 * The top `perOutlet` distinctive rows of each of `outlets` (in that order, those of two articles or more first), and
 * the note on the outlets of one article ('' when none is listed).
 */
export function distinctiveTableRows(
  rows: readonly DistinctiveRow[],
  articles: Readonly<Record<string, number>>,
  outlets: readonly string[],
  perOutlet = 10,
): { rows: DistinctiveTableRow[]; note: string } {
  const listed = severalFirst(outlets, (o) => o, articles).filter((o) => rows.some((r) => r.outlet === o));
  const out = listed.flatMap((o) =>
    rows
      .filter((r) => r.outlet === o)
      .slice(0, perOutlet)
      .map((r) => ({
        outlet: outletMark(o, articles),
        term: r.term,
        z: r.z,
        count: r.count,
        count_rest: r.count_rest,
        per_1000: r.per_1000,
        events: r.events ?? 0,
      })),
  );
  return { rows: out, note: oneArticleNote(listed, articles) };
}
