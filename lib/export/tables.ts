// Long tables as CSV for DuckDB or Spark SQL: articles, terms per article, and any other row tables (entities).
// Written in chunks, so a corpus of millions of term rows never becomes one string.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { basename, join, resolve } from 'node:path';
import { writeOutputDir } from '../io/output-dir.js';
import type { Article, Row } from '../types.js';
import { tfidf } from '../text/counts.js';
import { articleWords } from '../text/words.js';
import { csvRecord, neutraliseCell } from '../io/csv.js';
import { insideDir } from '../io/file-names.js';
import type { TermCounts } from '../text/types.js';

/** A row of articles.csv: one article. */
export type ArticleRow = {
  id: string;
  outlet: string;
  date: string | null;
  title: string;
  url: string | null;
  /** word and number tokens in the text */
  words: number;
};

/** A row of terms.csv: one (article, term). */
export type TermRow = {
  doc: string;
  outlet: string;
  term: string;
  count: number;
  /** tf-idf of the term in the article, to 6 decimals */
  tfidf: number;
};

/** One row per article: {id, outlet, date, title, url, words}. */
export function articleRows(articles: readonly Article[]): ArticleRow[] {
  return articles.map((a) => {
    return { id: a.id, outlet: a.outlet, date: a.date, title: a.title, url: a.url, words: articleWords(a) };
  });
}

/**
 * Term rows of one doc: {doc, outlet, term, count, tfidf} in the doc's first-seen term order (a generator: rows are
 * made as written).
 */
export function* termRows(counts: TermCounts): Generator<TermRow> {
  const w = tfidf(counts);
  for (let i = 0; i < counts.docs.length; i++) {
    const wi = w[i];
    for (const [term, count] of counts.byDoc[i])
      yield {
        doc: counts.docs[i],
        outlet: counts.outlets[i],
        term,
        count,
        tfidf: Math.round(wi.get(term)! * 1e6) / 1e6,
      };
  }
}

/**
 * Write rows as CSV (header from `columns`), streamed in chunks; returns the row count. Cells are neutralised as in
 * lib/io/csv.ts.
 */
export async function writeCsvRows(path: string, columns: readonly string[], rows: Iterable<object>): Promise<number> {
  const out = createWriteStream(path);
  const put = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await put(csvRecord(columns.map(neutraliseCell)));
  let n = 0;
  let chunk = '';
  const cells: string[] = new Array<string>(columns.length);
  for (const r of rows) {
    for (let c = 0; c < columns.length; c++) cells[c] = neutraliseCell((r as Record<string, unknown>)[columns[c]]);
    chunk += csvRecord(cells);
    // written in chunks of about 64 K characters: a table of 100,000s of rows never exists as one string
    if (++n % 500 === 0 || chunk.length > 1 << 16) {
      await put(chunk);
      chunk = '';
    }
  }
  if (chunk) await put(chunk);
  out.end();
  await once(out, 'finish');
  return n;
}

/** What writeTables writes: the file name of each table and its row count. */
export type TablesWritten = { file: string; rows: number }[];

/**
 * Write articles.csv, terms.csv (one row per article and term) and any `extra` tables (name -> rows, e.g. entities)
 * into dir. Every table is long (tidy): one observation per row, joinable on `doc` = articles.id.
 */
export async function writeTables(
  dir: string,
  input: { articles: readonly Article[]; counts?: TermCounts; extra?: Record<string, readonly Row[]> },
): Promise<TablesWritten> {
  const written: TablesWritten = [];
  // all at once, locked, only presslens' own files replaced (lib/io/output-dir.ts)
  await writeOutputDir(dir, async (stage) => {
    const put = async (name: string, columns: readonly string[], rows: Iterable<Row>) => {
      const file = insideDir(stage, name);
      written.push({ file: join(resolve(dir), basename(file)), rows: await writeCsvRows(file, columns, rows) });
    };
    await putAll(put, input);
  });
  return written;
}

async function putAll(
  put: (name: string, columns: readonly string[], rows: Iterable<Row>) => Promise<void>,
  input: { articles: readonly Article[]; counts?: TermCounts; extra?: Record<string, readonly Row[]> },
): Promise<void> {
  await put('articles.csv', ['id', 'outlet', 'date', 'title', 'url', 'words'], articleRows(input.articles));
  if (input.counts) await put('terms.csv', ['doc', 'outlet', 'term', 'count', 'tfidf'], termRows(input.counts));
  for (const [name, rows] of Object.entries(input.extra ?? {})) {
    const columns = rows.length ? Object.keys(rows[0]) : [];
    await put(name.endsWith('.csv') ? name : name + '.csv', columns, rows);
  }
}
