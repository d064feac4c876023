// `presslens terms <corpus>`: term counts per outlet and per article, with tf-idf.
import type { Command } from 'commander';
import { docTermRows, outletTermRows } from '../text/counts.js';
import { furnitureFreeCounts } from '../pipeline.js';
import { analyse, intAtLeast, load, ngramRange, out, printJson, say, withDataOptions, writeCsv } from './common.js';
import type { DataOptions } from './types.js';

/** Add the terms command. */
export function register(cli: Command): void {
  withDataOptions(
    cli
      .command('terms')
      .description('term counts per outlet and per article (stopwords removed), with tf-idf')
      .argument('<corpus>', 'folder of articles, or a records file')
      .option('--json', 'print {outlets, docs} rows as JSON on stdout')
      .option('--top <k>', 'terms per outlet (a whole number >= 1)', intAtLeast(1), 20)
      .option('--ngrams <range>', 'n-gram lengths, e.g. 1-3 (within 1-5)', ngramRange, [1, 1] as [number, number])
      .option('--stem', 'Porter-stem words')
      .option('--csv <dir>', 'write terms-by-outlet.csv and terms-by-article.csv into dir'),
  ).action(
    async (
      path: string,
      o: DataOptions & { json?: boolean; top: number; ngrams: [number, number]; stem?: boolean; csv?: string },
    ) => {
      const corpus = await load(path);
      const a = await analyse(corpus, o);
      const counts =
        o.ngrams[0] === 1 && o.ngrams[1] === 1 && !o.stem
          ? a.counts
          : furnitureFreeCounts(a.docs, { ngrams: o.ngrams, stem: !!o.stem }, a);
      const outlets = outletTermRows(counts, o.top);
      const docs = docTermRows(counts, o.top);
      if (o.csv) {
        say('wrote ' + writeCsv(o.csv, 'terms-by-outlet.csv', outlets));
        say('wrote ' + writeCsv(o.csv, 'terms-by-article.csv', docs));
      }
      if (o.json) return printJson({ outlets, docs });
      for (const r of outlets) out(`${r.outlet}\t${r.term}\t${r.count}`);
    },
  );
}
