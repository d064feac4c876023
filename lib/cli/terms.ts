// `presslens terms <corpus>`: term counts per outlet and per article, with tf-idf.
// The per-outlet rows are the report's top-terms rows (lib/report/term-rows.ts): a word and its plural counted as one
// under the form the corpus writes more, both named in `forms`, and an outlet's own name (its sourcing) left out of
// its own list, so the command and the report's table give one user one answer. `--raw` gives the counts as stored
// (each form apart, every term kept); the per-article rows are always as stored, as the export's terms.csv.
import type { Command } from 'commander';
import { docTermRows, outletTermRows } from '../text/counts.js';
import { furnitureFreeCounts } from '../pipeline.js';
import { shownTermRows, termTableRow, type TermTableRow } from '../report/term-rows.js';
import type { TermCounts } from '../text/types.js';
import type { PersonMentions } from '../report/given-names.js';
import type { Doc } from '../types.js';
import { analyse, intAtLeast, load, ngramRange, out, printJson, say, withDataOptions, writeCsv } from './common.js';
import type { DataOptions } from './types.js';

/** A per-outlet row of the command, the report's table row: `term` the folded key counted ("assad", stable for
 * scripts), `display` as the corpus writes it ("Assad"; with `raw`, the key), `forms` the word and its plural counted
 * under the term, else empty. */
export type OutletTermLine = TermTableRow;

/** The per-outlet rows: as the report shows them, or with `raw` as the counts store them (`forms` always empty). */
export function outletTermLines(
  counts: TermCounts,
  k: number,
  docs: readonly Doc[],
  raw = false,
  people?: PersonMentions,
): OutletTermLine[] {
  if (raw)
    return outletTermRows(counts, k).map((r) => ({
      outlet: r.outlet,
      term: r.term,
      display: r.term,
      count: r.count,
      share: r.share,
      forms: '',
    }));
  return shownTermRows(counts, k, docs.length ? docs : undefined, people).map(termTableRow);
}

/** Add the terms command. */
export function register(cli: Command): void {
  withDataOptions(
    cli
      .command('terms')
      .description(
        'term counts per outlet and per article (stopwords removed), with tf-idf; the per-outlet rows are the ' +
          "report's top terms (a word and its plural as one term, named in forms; an outlet's own name and its credits' " +
          'agencies and staff left out of ' +
          'its list) unless --raw; `term` is the folded key counted ("assad"), `display` the form the corpus writes ' +
          'most inside sentences ("Assad"), which the text output prints',
      )
      .argument('<corpus>', 'folder of articles, or a records file')
      .option('--json', 'print {outlets, docs} rows as JSON on stdout')
      .option('--top <k>', 'terms per outlet (a whole number >= 1)', intAtLeast(1), 20)
      .option('--ngrams <range>', 'n-gram lengths, e.g. 1-3 (within 1-5)', ngramRange, [1, 1] as [number, number])
      .option('--stem', 'Porter-stem words')
      .option('--raw', "per-outlet rows as counted: a word's forms apart, the outlet's own name kept")
      .option('--csv <dir>', 'write terms-by-outlet.csv and terms-by-article.csv into dir'),
  ).action(
    async (
      path: string,
      o: DataOptions & {
        json?: boolean;
        top: number;
        ngrams: [number, number];
        stem?: boolean;
        raw?: boolean;
        csv?: string;
      },
    ) => {
      const corpus = await load(path);
      const a = await analyse(corpus, o);
      const counts =
        o.ngrams[0] === 1 && o.ngrams[1] === 1 && !o.stem
          ? a.counts
          : furnitureFreeCounts(a.docs, { ngrams: o.ngrams, stem: !!o.stem }, a);
      const outlets = outletTermLines(counts, o.top, a.docs, o.raw, a.entities);
      const docs = docTermRows(counts, o.top);
      if (o.csv) {
        say(
          'wrote ' +
            writeCsv(o.csv, 'terms-by-outlet.csv', outlets, ['outlet', 'term', 'display', 'count', 'share', 'forms']),
        );
        say('wrote ' + writeCsv(o.csv, 'terms-by-article.csv', docs));
      }
      if (o.json) return printJson({ outlets, docs });
      // the text is read by a person: the term as the corpus writes it ("Assad"); --json and --csv keep the key too
      for (const r of outlets) out(`${r.outlet}\t${r.display}\t${r.count}` + (r.forms ? `\t${r.forms}` : ''));
    },
  );
}
