// Exports an existing engine reads: passim JSON Lines and CSV tables for DuckDB / Spark SQL.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parsePassimJsonl, passimRecord, toPassimJsonl, writePassim } from '../lib/export/passim.js';
import { writeTables } from '../lib/export/tables.js';
import { analyseAll } from '../lib/text/analyse.js';
import { countTerms } from '../lib/text/counts.js';
import type { Article } from '../lib/types.js';
import { main } from '../lib/cli/index.js';
import { loadCorpus } from '../lib/corpus/load.js';
import { article as makeArticle } from './report-helpers.js';

/** A constructed article (the shared builder takes the title before the text). */
const article = (id: string, outlet: string, date: string | null, text: string, title = ''): Article =>
  makeArticle(id, outlet, date, title, text);

// awkward text on purpose: newlines, quotes, commas, a formula-looking line, Arabic, curly quotes
const ARTICLES = [
  article(
    'a1',
    'Shafaq News',
    '2024-12-26',
    'Al-Shatri met al-Sharaa in Damascus.\n\n\u201CWe will not interfere,\u201D he said, "firmly".',
    'Iraq, Syria',
  ),
  article(
    'a2',
    '964media',
    null,
    '=SUM(A1) is not a formula here.\n\nBaghdad \u0628\u063A\u062F\u0627\u062F reacted; Al-Shatri left.',
  ),
  article('a3', 'The Cradle', '2024-12-27', 'Damascus talks: Al-Shatri, al-Sharaa and the Iraqi delegation.'),
];

describe('passim export', () => {
  it('writes one JSON record per line with id, series (the outlet), date and the exact text, and reads back the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-passim-'));
    try {
      const path = join(dir, 'corpus.jsonl');
      expect(await writePassim(path, ARTICLES)).toBe(3);
      const body = readFileSync(path, 'utf8');
      expect(body).toBe(toPassimJsonl(ARTICLES));
      const lines = body.trimEnd().split('\n');
      expect(lines).toHaveLength(3);
      const first = JSON.parse(lines[0]);
      expect(Object.keys(first).slice(0, 4)).toEqual(['id', 'series', 'date', 'text']);
      expect(first).toMatchObject({ id: 'a1', series: 'Shafaq News', date: '2024-12-26', text: ARTICLES[0].text });
      // unknown date: no date field (passim treats it as missing), not "null"
      expect('date' in JSON.parse(lines[1])).toBe(false);
      const back = parsePassimJsonl(body);
      expect(back.map((r) => [r.id, r.series, r.date ?? null, r.text])).toEqual(
        ARTICLES.map((a) => [a.id, a.outlet, a.date, a.text]),
      );
      // offsets survive: a span into Article.text is the same slice of the exported text
      expect(back[0].text.slice(0, 9)).toBe('Al-Shatri');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects records without id, series or text', () => {
    expect(() => parsePassimJsonl('{"id":"x","text":"t"}\n')).toThrow(/line 1/);
    expect(passimRecord(ARTICLES[2])).toEqual({
      id: 'a3',
      series: 'The Cradle',
      date: '2024-12-27',
      text: ARTICLES[2].text,
    });
  });
});

describe('table export', () => {
  it('writes articles.csv, terms.csv and extra tables that re-parse with csv-parse to the same values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-tables-'));
    try {
      const counts = countTerms(analyseAll(ARTICLES));
      const entities = [{ doc: 'a1', entity: 'Hamid Al-Shatri', type: 'person', start: 0, end: 9, text: 'Al-Shatri' }];
      const written = await writeTables(dir, { articles: ARTICLES, counts, extra: { entities } });
      expect(written.map((w) => w.file.slice(dir.length + 1))).toEqual(['articles.csv', 'terms.csv', 'entities.csv']);

      const arts = parse(readFileSync(join(dir, 'articles.csv'), 'utf8'), { columns: true }) as Record<
        string,
        string
      >[];
      expect(arts.map((r) => [r.id, r.outlet, r.date, r.title])).toEqual([
        ['a1', 'Shafaq News', '2024-12-26', 'Iraq, Syria'],
        ['a2', '964media', '', ''],
        ['a3', 'The Cradle', '2024-12-27', ''],
      ]);
      expect(Number(arts[2].words)).toBe(8);

      const terms = parse(readFileSync(join(dir, 'terms.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
      expect(Object.keys(terms[0])).toEqual(['doc', 'outlet', 'term', 'count', 'tfidf']);
      let rows = 0;
      counts.byDoc.forEach((m) => (rows += m.size));
      expect(terms).toHaveLength(rows);
      expect(written[1].rows).toBe(rows);
      // every count re-parses to what countTerms gave, and "al-shatri" is one term counted in all three articles
      for (const r of terms) expect(Number(r.count)).toBe(counts.byDoc[counts.docs.indexOf(r.doc)].get(r.term));
      expect(terms.filter((r) => r.term === 'al-shatri').map((r) => r.doc)).toEqual(['a1', 'a2', 'a3']);
      expect(terms.every((r) => Number.isFinite(Number(r.tfidf)))).toBe(true);

      const ents = parse(readFileSync(join(dir, 'entities.csv'), 'utf8'), { columns: true }) as Record<
        string,
        string
      >[];
      expect(ents).toEqual([
        { doc: 'a1', entity: 'Hamid Al-Shatri', type: 'person', start: '0', end: '9', text: 'Al-Shatri' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('presslens export', () => {
  it('writes the seeds as passim records whose text is the loaded text, and tables that re-parse', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-export-cli-'));
    try {
      const code = await main([
        'export',
        'seeds',
        '--passim',
        join(dir, 'p', 'seeds.jsonl'),
        '--tables',
        join(dir, 't'),
      ]);
      expect(code).toBe(0);
      const corpus = await loadCorpus('seeds');
      const recs = parsePassimJsonl(readFileSync(join(dir, 'p', 'seeds.jsonl'), 'utf8'));
      expect(recs.map((r) => [r.id, r.series, r.date, r.text])).toEqual(
        corpus.articles.map((a) => [a.id, a.outlet, a.date, a.text]),
      );
      const ents = parse(readFileSync(join(dir, 't', 'entity-mentions.csv'), 'utf8'), { columns: true }) as Record<
        string,
        string
      >[];
      expect(ents.length).toBeGreaterThan(20);
      const byId = new Map(corpus.articles.map((a) => [a.id, a.text]));
      for (const m of ents)
        expect(byId.get(m.doc)!.slice(Number(m.start), Number(m.end))).toBe(m.text.replace(/^'/, ''));
      expect(await main(['export', 'seeds'])).toBe(2); // bad usage: nothing to export
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
