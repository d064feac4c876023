// Notebook 04's table of distinctive terms (pure): each outlet's top terms, the outlets of two articles or more first,
// then those of one article, named "X (one article)" (lib/explore/one-article.ts), with the sentence that says why. A
// one-article outlet's terms are that piece's words: mixed among the others by name, a columnist's one op-ed read as a
// newsroom's vocabulary.
import type { DistinctiveRow } from '../framing/types.js';
import { oneArticleNote, outletMark, severalFirst } from './one-article.js';
import { CLEAR_Z } from '../report/leaning-findings.js';

/** A row of the table: the outlet (marked when it has one article), the term and its numbers. */
export interface DistinctiveTableRow {
  outlet: string;
  /** the folded key the counts use ("assad") */
  term: string;
  /** the term as the corpus writes it most often inside sentences ("Assad") */
  display: string;
  z: number;
  count: number;
  count_rest: number;
  per_1000: number;
  /** events in which the outlet uses the term against other outlets; 0: contrasted with the whole corpus */
  events: number;
  /**
   * why a term above 1.96 is not counted as the outlet's wording ("one article's topic", "house spelling of program"),
   * '' for none; only when the caller gives the reader (termAside), which the report and the chart ask too
   */
  aside?: string;
}

/**
 * The top `perOutlet` distinctive rows of each of `outlets` (in that order, those of two articles or more first), and
 * the note on the outlets of one article ('' when none is listed). With `aside` (termAside), each row says why a term
 * above 1.96 is not counted as the outlet's wording, as the report's table, the findings and the charts say.
 */
export function distinctiveTableRows(
  rows: readonly DistinctiveRow[],
  articles: Readonly<Record<string, number>>,
  outlets: readonly string[],
  perOutlet = 10,
  aside?: (outlet: string, term: string) => string | undefined,
): { rows: DistinctiveTableRow[]; note: string } {
  const listed = severalFirst(outlets, (o) => o, articles).filter((o) => rows.some((r) => r.outlet === o));
  const out = listed.flatMap((o) =>
    rows
      .filter((r) => r.outlet === o)
      .slice(0, perOutlet)
      .map((r) => ({
        outlet: outletMark(o, articles),
        term: r.term,
        display: r.display ?? r.term,
        z: r.z,
        count: r.count,
        count_rest: r.count_rest,
        per_1000: r.per_1000,
        events: r.events ?? 0,
        ...(aside ? { aside: (r.z > CLEAR_Z && aside(o, r.term)) || '' } : {}),
      })),
  );
  return { rows: out, note: oneArticleNote(listed, articles) };
}
