// `presslens overlap <corpus>`: shared passages, direction of reuse, citations and credit.
import type { Command } from 'commander';
import { citationRows, pairRows, passageRows } from '../overlap/overlap.js';
import { analyse, intAtLeast, load, printJson, say, withDataOptions, writeCsv } from './common.js';
import type { DataOptions } from './types.js';

const PASSAGE_COLUMNS = [
  'a',
  'b',
  'passage',
  'kind',
  'passage_kind',
  'a_start',
  'a_end',
  'b_start',
  'b_end',
  'words_a',
  'words_b',
  'matched',
  'quoted_a',
  'quoted_b',
  'quote',
  'kind_because',
  'direction',
  'because',
  'direction_by',
  'text',
  'b_text',
];

/** Add the overlap command. */
export function register(cli: Command): void {
  withDataOptions(
    cli
      .command('overlap')
      .description('shared passages between articles, direction of reuse, citations of outlets and credit')
      .argument('<corpus>', 'folder of articles, or a records file')
      .option(
        '--json',
        'print {pairs, citations} as JSON on stdout (offsets index the text `presslens load --json` returns)',
      )
      .option('--csv <dir>', 'write overlap-pairs.csv, overlap-passages.csv and citations.csv into dir')
      .option('--min-words <n>', 'words a passage must match exactly (a whole number >= 1)', intAtLeast(1), 7),
  ).action(async (path: string, o: DataOptions & { json?: boolean; csv?: string; minWords: number }) => {
    const corpus = await load(path);
    const res = (await analyse(corpus, o, { overlap: o.minWords === 7 ? undefined : { minWords: o.minWords } }))
      .overlap;
    say(
      `${res.stats.docs} articles, ${res.stats.candidates} candidate pairs, ${res.pairs.length} pairs with shared passages, ${res.citations.length} citations (${res.stats.ms.total} ms)`,
    );
    if (o.csv) {
      say('wrote ' + writeCsv(o.csv, 'overlap-pairs.csv', pairRows(res)));
      say('wrote ' + writeCsv(o.csv, 'overlap-passages.csv', passageRows(res), PASSAGE_COLUMNS));
      say(
        'wrote ' +
          writeCsv(o.csv, 'citations.csv', citationRows(res), [
            'doc',
            'cited',
            'kind',
            'text',
            'start',
            'end',
            'article',
          ]),
      );
    }
    if (o.json) return printJson({ pairs: res.pairs, citations: res.citations, boilerplate: res.boilerplate });
    for (const p of res.pairs)
      say(
        `${p.a}\t${p.b}\t${p.kind}\ta_in_b=${p.a_in_b}\tb_in_a=${p.b_in_a}\t${p.direction}\t${p.credit}\t${p.passages.length} passage(s)`,
      );
  });
}
