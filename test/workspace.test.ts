// The workspace API a user handles in notebooks and scripts: keyword in context, two-outlet comparison, DataFrames,
// the analysis cache, chart checks, and the CLI's usage errors.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../lib/corpus/load.js';
import { analyseCorpus, type Analysis } from '../lib/pipeline.js';
import { cachedAnalysis, analysisKey } from '../lib/cache/analysis.js';
import { kwic, kwicDigest, kwicEntity, kwicSummary } from '../lib/explore/kwic.js';
import { compareOutlets } from '../lib/explore/compare.js';
import { kwicHtml } from '../lib/explore/html.js';
import { wordsPerOutlet } from '../lib/explore/rates.js';
import { frame, rowsOf, asRows } from '../lib/tables/frame.js';
import { figurePoints } from '../lib/notebook.js';
import { entityOutletHeatmap } from '../lib/figures/entities.js';
import { entityFrequencyByOutlet } from '../lib/entities/frequency.js';
import { explorerSection } from '../lib/report/sections/explorer.js';
import { main } from '../lib/cli/index.js';
import type { Corpus } from '../lib/types.js';
import { article } from './report-helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'presslens-ws-'));
let corpus: Corpus;
let a: Analysis;
beforeAll(async () => {
  corpus = await loadCorpus('seeds');
  a = analyseCorpus(corpus);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Capture stderr while running the CLI. */
async function cli(args: string[]): Promise<{ code: number; err: string }> {
  const write = process.stderr.write.bind(process.stderr);
  let err = '';
  (process.stderr as { write: unknown }).write = (s: string) => ((err += s), true);
  try {
    return { code: await main(args), err };
  } finally {
    (process.stderr as { write: unknown }).write = write;
  }
}

describe('kwic', () => {
  it('finds a word in every outlet that uses it, with its context and voice, offsets into the text', () => {
    const rows = kwic(a, 'Damascus');
    expect(new Set(rows.map((r) => r.outlet)).size).toBeGreaterThan(1);
    for (const r of rows.filter((x) => x.part === 'text')) {
      const text = corpus.articles.find((x) => x.id === r.doc)!.text;
      expect(text.slice(r.start, r.end).toLowerCase()).toBe('damascus');
      expect(['own', 'quoted', 'reported', 'reused']).toContain(r.voice);
    }
    const outlets = rows.map((r) => r.outlet);
    expect(outlets).toEqual([...outlets].sort()); // grouped by outlet
  });

  it('finds a word that only occurs in a headline, marked as such', () => {
    const title = corpus.articles.find((x) => /coup/i.test(x.title) && !/coup/i.test(x.text));
    if (!title) return;
    const rows = kwic(a, 'coup');
    expect(rows.some((r) => r.part === 'title' && r.doc === title.id)).toBe(true);
  });

  it('matches phrases word by word and finds nothing for an absent term', () => {
    expect(kwic(a, 'zzzz-not-a-word')).toEqual([]);
    const phrase = kwic(a, 'Iraqi National Intelligence Service');
    for (const r of phrase) expect(r.match.toLowerCase().replace(/\s+/g, ' ')).toContain('intelligence service');
  });

  it('lists every mention of an entity, and summarises occurrences by outlet and voice', () => {
    const e = a.entities.entities.find((x) => x.aliases.length > 1)!;
    const rows = kwicEntity(a, e.id);
    expect(rows.length).toBe(e.mentions.length);
    const sum = kwicSummary(rows);
    expect(sum.reduce((s, r) => s + r.total, 0)).toBe(rows.length);
    for (const r of sum) expect(r.own + r.quoted + r.reported + r.reused).toBe(r.total);
    expect(kwicHtml(rows)).toContain('<mark>');
    // lines name their article by headline, the id in the tooltip
    expect(kwicHtml(rows)).toContain(`title="${rows[0].doc}">${rows[0].title.slice(0, 20)}`);
    expect(kwicHtml([])).toContain('No occurrence');
  });

  it('digests a term or an entity: every occurrence counted, only the first lines of each outlet built', () => {
    const text = (n: number) => `The storm hit the coast. ${'Minister Ana Lopez said the storm was over. '.repeat(n)}`;
    const small = analyseCorpus({
      root: 'memory',
      skipped: [],
      articles: [
        article('a1', 'Valley Post', '2026-03-01', 'Storm warning', text(2)),
        article('b1', 'Coast Daily', '2026-03-01', 'After the storm', text(1)),
        article('a2', 'Valley Post', '2026-03-02', 'Calm', text(1)),
      ],
    });
    const e = small.entities.entities.find((x) => x.name.includes('Lopez'))!;
    for (const [rows, d] of [
      [kwic(small, 'storm'), kwicDigest(small, { term: 'storm' }, 2)],
      [kwicEntity(small, e.id), kwicDigest(small, { entity: e.id }, 2)],
    ] as const) {
      expect(rows.length).toBeGreaterThan(d.rows.length); // lines were cut
      expect(d.n).toBe(rows.length);
      expect(d.by).toEqual(kwicSummary(rows));
      const firstTwo = rows.filter((r, i) => rows.slice(0, i).filter((x) => x.outlet === r.outlet).length < 2);
      expect(d.rows).toEqual(firstTwo);
    }
    expect(kwicDigest(small, { term: 'zzzz-not-a-word' }, 2)).toEqual({ n: 0, by: [], rows: [] });
  });
});

describe('compareOutlets', () => {
  it('ranks terms of a against b in opposite directions when swapped, with a chart', () => {
    const [x, y] = a.framing.detail.termTable.outlets;
    const ab = compareOutlets(a, x, y);
    const ba = compareOutlets(a, y, x);
    const top = ab.terms[0];
    expect(top.z).toBeGreaterThan(0);
    expect(top.count_a).toBeGreaterThan(top.count_b);
    expect(ba.terms.find((t) => t.term === top.term)!.z).toBeCloseTo(-top.z, 2);
    expect(figurePoints(ab.figure)).toBeGreaterThan(0);
    for (const l of ab.labels) expect([x, y]).toContain(l.outlet);
  });

  it('refuses an outlet that is not in the corpus', () => {
    expect(() => compareOutlets(a, 'No Such Outlet', a.framing.detail.termTable.outlets[0])).toThrow(/no outlet named/);
  });
});

describe('tables and charts', () => {
  it('round-trips typed rows through a danfo DataFrame and accepts either in showTable', () => {
    const rows = [
      { outlet: 'A', mentions: 3 },
      { outlet: 'B', mentions: 5 },
    ];
    const df = frame(rows);
    const back = rowsOf(df);
    expect(back).toEqual(rows);
    expect(back[1].mentions + 1).toBe(6);
    expect(asRows(df)).toEqual(rows);
    expect(rowsOf(frame([]))).toEqual([]);
  });

  it('rates per 1,000 words: the heatmap plots mentions over words, zero is the lightest colour', () => {
    const words = wordsPerOutlet(a.docs);
    const fig = entityOutletHeatmap(entityFrequencyByOutlet(a.entities), { words });
    const t = fig.data[0] as { z: number[][]; colorscale: [number, string][] };
    expect(t.colorscale[0]).toEqual([0, '#ffffff']); // never named: white, the lightest colour
    const e = a.entities.entities.find((x) => x.type !== 'demonym')!;
    const outlet = Object.keys(e.by_outlet)[0];
    const row = (fig.data[0] as { y: string[] }).y.indexOf(e.name);
    const col = (fig.data[0] as { x: string[] }).x.indexOf(outlet);
    if (row >= 0 && col >= 0) expect(t.z[row][col]).toBeCloseTo((1000 * e.by_outlet[outlet]) / words[outlet], 2);
  });

  it('counts no points in an empty figure', () => {
    expect(figurePoints({ data: [{ type: 'bar', x: [], y: [] }], layout: {} })).toBe(0);
    expect(figurePoints({ data: [{ type: 'bar', x: ['a'], y: [1] }], layout: {} })).toBe(1);
  });

  it('the report explorer embeds contexts for entities and terms, and deep links to them', () => {
    const s = explorerSection(a)!;
    const e = a.entities.entities.find((x) => x.type !== 'demonym')!;
    expect(s.html).toContain(`href="#entity=${encodeURIComponent(e.id)}"`);
    expect(s.html).toMatch(/href="#term=/);
    expect(s.script).toContain('hashchange');
  });

  it('the explorer carries every label the label table links, counts per outlet and voice, and the articles', () => {
    const data = (html: string) =>
      JSON.parse(/id="explorer-data">(.*?)<\/script>/s.exec(html)![1].replace(/\\u003c/g, '<'));
    const d = data(explorerSection(a)!.html!);
    for (const r of a.framing.labels.filter((x) => x.kind !== 'name')) {
      const e = d.terms[r.label.toLowerCase()];
      if (!kwic(a, r.label).length) continue; // a label found only across a line break is not a kwic phrase
      expect(e, r.label).toBeDefined();
    }
    for (const e of Object.values(d.terms) as { n: number; by: [string, ...number[]][] }[]) {
      expect(e.by.reduce((s, b) => s + b[5], 0)).toBe(e.n);
      for (const b of e.by) expect(b[1] + b[2] + b[3] + b[4]).toBe(b[5]);
    }
    // every line points to an article the page carries, with offsets into its text that give the match
    for (const e of Object.values(d.entities) as {
      lines: [string, string, string, string, string, string, number, number, number][];
    }[])
      for (const l of e.lines) {
        const art = d.articles[l[1]];
        expect(art).toBeDefined();
        if (!l[8]) expect(art[4].slice(l[6], l[7])).toBe(l[4]);
      }
    // with no room for article text, lines link to the article's URL (or to nothing) instead
    const bare = data(explorerSection(a, { maxArticleChars: 0 })!.html!);
    expect(Object.keys(bare.articles)).toEqual([]);
    expect(Object.keys(bare.urls).length).toBeGreaterThan(0);
    // few lines per outlet when keys x outlets is large, never under 2
    const tight = data(explorerSection(a, { maxLines: 10 })!.html!);
    for (const e of Object.values(tight.terms) as { lines: [string][] }[]) {
      const per = new Map<string, number>();
      for (const l of e.lines) per.set(l[0], (per.get(l[0]) ?? 0) + 1);
      for (const n of per.values()) expect(n).toBeLessThanOrEqual(2);
    }
  });
});

describe('the analysis cache', () => {
  it('gives the same results from the cache, and a new key when a data file or an option changes', () => {
    process.env.PRESSLENS_CACHE_DIR = join(tmp, 'cache');
    try {
      const first = cachedAnalysis(corpus);
      const second = cachedAnalysis(corpus);
      expect(first.hit).toBe(false);
      expect(second.hit).toBe(true);
      expect(second.analysis.overlap.pairs).toEqual(first.analysis.overlap.pairs);
      expect(second.analysis.framing.distinctive).toEqual(first.analysis.framing.distinctive);
      expect(second.analysis.counts.byDoc?.length ?? 0).toBe(first.analysis.counts.byDoc?.length ?? 0);
      expect(analysisKey(corpus, { overlap: { minWords: 9 } })).not.toBe(first.key);
      const edited = {
        ...corpus,
        articles: corpus.articles.map((x, i) => (i ? x : { ...x, text: x.text + ' More.' })),
      };
      expect(analysisKey(edited)).not.toBe(first.key);
    } finally {
      delete process.env.PRESSLENS_CACHE_DIR;
    }
  });
});

describe('the command line', () => {
  it('prints its version', async () => {
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    (process.stdout as { write: unknown }).write = (s: string) => (out.push(s), true);
    try {
      expect(await main(['--version'])).toBe(0);
    } finally {
      (process.stdout as { write: unknown }).write = write;
    }
    expect(out.join('')).toMatch(/^\d+\.\d+\.\d+/);
  });

  for (const args of [
    ['terms', 'seeds', '--top', 'abc'],
    ['terms', 'seeds', '--ngrams', '5-1'],
    ['overlap', 'seeds', '--min-words', '-5'],
    ['framing', 'seeds', '--method', 'magic'],
    ['nonsense'],
  ]) {
    it(`exits 2 with a one-line message: ${args.join(' ')}`, async () => {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n').length).toBe(1);
    });
  }
});
