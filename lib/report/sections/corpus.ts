// The report's corpus section: the articles, what cleaning removed, what was skipped, and the top terms per outlet.
import type { Corpus, Doc } from '../../types.js';
import { topTermsFigure } from '../../figures/terms.js';
import { corpusFindings } from '../corpus-findings.js';
import { termFindings } from '../term-findings.js';
import { termSpreads, type TermSpread } from '../spread.js';
import { shownTermRows, termTableRow, type ShownTermRow } from '../term-rows.js';
import { wordCounts } from '../../text/words.js';
import type { ReportSection } from '../types.js';
import type { TermCounts } from '../../text/types.js';
import type { PersonMentions } from '../given-names.js';

/** The caption of the top-terms table: how its terms are counted. */
const TOP_TERMS_CAPTION =
  'Most frequent terms per outlet (stopwords removed; a name such as "White House", "Department of Justice" or ' +
  '"Kate\'s Law" and a pair of words written only together ("bona fide") counted as one term; ' +
  'a word and its plural counted as one, under the form the corpus writes more, both named in the forms column; ' +
  "an outlet's own name and the wire agencies, staff and authors its credits and bios name, its sourcing, left out of its own list; " +
  'a person named with a given name counted under the surname)';

/**
 * The corpus section: article table, cleaning and skip logs, top terms chart, with findings. `docs` (the analysed
 * articles, in corpus order) give the word counts without tokenizing every article again; `people` (the entity
 * stage's result) counts a person named in full under the surname alone.
 */
export function corpusSection(
  corpus: Corpus,
  counts: TermCounts,
  opts: { topTerms?: number } = {},
  docs: readonly Doc[] = [],
  people?: PersonMentions,
): ReportSection {
  const wordsOf = wordCounts(corpus.articles, docs);
  const articles = corpus.articles.map((a, i) => ({
    id: a.id,
    outlet: a.outlet,
    date: a.date,
    title: a.title,
    words: wordsOf[i],
    paragraphs: a.paragraphs.length,
    removed: a.provenance.removed.length,
    encoding: a.provenance.encoding,
    file: a.provenance.file + (a.provenance.record ? '#' + a.provenance.record : ''),
    warnings: a.provenance.warnings.join('; '),
  }));
  const cleaning = corpus.articles.flatMap((a) =>
    a.provenance.removed.map((r) => ({
      article: a.id,
      outlet: a.outlet,
      kind: r.kind,
      text: r.text,
      count: r.count ?? 1,
      raw_offset: r.rawStart ?? null,
    })),
  );
  const skipped = corpus.skipped.map((s) => ({ file: s.file, record: s.record ?? null, reason: s.reason }));
  const { termRows, termTable, spread } = topTermRows(counts, opts.topTerms ?? 12, docs, people);
  const articlesOf = new Map<string, number>();
  for (const a of corpus.articles) articlesOf.set(a.outlet, (articlesOf.get(a.outlet) ?? 0) + 1);
  const words: Record<string, number> = Object.create(null); // per outlet: the denominator of the chart's rates
  for (const a of articles) words[a.outlet] = (words[a.outlet] ?? 0) + a.words;
  return {
    id: 'corpus',
    title: 'The corpus',
    intro:
      `What was loaded from ${corpus.root || 'the corpus'}, what cleaning removed from each article before analysis, and which inputs were skipped. ` +
      `Every other section reads only the cleaned article text listed here.`,
    findings: [
      ...corpusFindings(corpus.articles, corpus.skipped, wordsOf),
      ...termFindings(termRows, { spread, articles: articlesOf, words }),
    ],
    figures: termRows.length ? [termsFigure(termRows, articlesOf.size, words, articlesOf)] : [],
    tables: [
      {
        name: 'articles',
        caption: 'Articles as loaded (words after cleaning; removed = items cleaning took out)',
        rows: articles,
        show: 100,
      },
      {
        name: 'cleaning-log',
        caption: 'Cleaning log: everything removed from the raw input, per article',
        rows: cleaning,
        columns: ['article', 'outlet', 'kind', 'text', 'count', 'raw_offset'],
        show: 40,
      },
      {
        name: 'skipped',
        caption: 'Skip log: inputs that did not load, and why',
        rows: skipped,
        columns: ['file', 'record', 'reason'],
      },
      {
        name: 'top-terms-by-outlet',
        caption: TOP_TERMS_CAPTION,
        rows: termTable,
        show: 0,
      },
    ],
  };
}

/**
 * The top-terms rows shown (a word and its plural as one row, an outlet's own name out of its own list: display only,
 * the counts events read stay as they are), as the table lists them, and each row's spread over its outlet's articles.
 */
function topTermRows(
  counts: TermCounts,
  k: number,
  docs: readonly Doc[],
  people?: PersonMentions,
): { termRows: ShownTermRow[]; termTable: Record<string, string | number>[]; spread?: Map<string, TermSpread> } {
  const shown = shownTermRows(counts, k, docs.length ? docs : undefined, people);
  return {
    termRows: shown,
    // term: the folded key counted; display: as the corpus writes it ("Assad"); forms: the word and its plural
    // counted under the term ("immigrant + immigrants"), else empty
    termTable: shown.map(termTableRow),
    spread: docs.length ? termSpreads(docs, shown) : undefined,
  };
}

/** The top-terms chart: rates per 1,000 words, an outlet of one article named so beside outlets of several. */
function termsFigure(
  rows: Parameters<typeof topTermsFigure>[0],
  outlets: number,
  words: Record<string, number>,
  articles: ReadonlyMap<string, number>,
): ReturnType<typeof topTermsFigure> {
  return topTermsFigure(rows, { columns: Math.min(3, outlets), words, articles: Object.fromEntries(articles) });
}
