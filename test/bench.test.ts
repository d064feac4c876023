// The benchmark's generated corpora: deterministic, loadable unchanged, planted truth at the right offsets, scoring rules.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusPaths, generateCorpus, readTruth, writeCorpus } from '../bench/generate.js';
import { scoreCitations, scoreReuse } from '../bench/accuracy.js';
import { loadCorpus } from '../lib/corpus/load.js';

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

describe('bench generator', () => {
  it('is deterministic: same seed, same bytes; another seed, other text', async () => {
    const a = mkdtempSync(join(tmpdir(), 'pl-gen-'));
    const b = mkdtempSync(join(tmpdir(), 'pl-gen-'));
    try {
      await writeCorpus(a, { articles: 40, seed: 7 });
      await writeCorpus(b, { articles: 40, seed: 7 });
      const files = readdirSync(join(corpusPaths(a).corpus, 'texts')).sort();
      expect(files).toHaveLength(40);
      for (const f of files)
        expect(readFileSync(join(corpusPaths(b).corpus, 'texts', f), 'utf8')).toBe(
          readFileSync(join(corpusPaths(a).corpus, 'texts', f), 'utf8'),
        );
      expect(readFileSync(join(corpusPaths(b).corpus, 'corpus.csv'), 'utf8')).toBe(
        readFileSync(join(corpusPaths(a).corpus, 'corpus.csv'), 'utf8'),
      );
      expect(readFileSync(corpusPaths(b).truth, 'utf8')).toBe(readFileSync(corpusPaths(a).truth, 'utf8'));
      const other = generateCorpus({ articles: 40, seed: 8 });
      expect(other.articles[0].text).not.toBe(
        readFileSync(join(corpusPaths(a).corpus, 'texts', files[0]), 'utf8').trimEnd(),
      );
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });

  it('loads unchanged, so every planted offset is valid in the loaded text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-gen-'));
    try {
      await writeCorpus(dir, { articles: 150, seed: 3 });
      const { articles } = generateCorpus({ articles: 150, seed: 3 });
      const truth = readTruth(dir);
      const corpus = await loadCorpus(corpusPaths(dir).corpus);
      expect(corpus.skipped).toEqual([]);
      const byId = new Map(corpus.articles.map((x) => [x.id, x]));
      for (const g of articles) {
        const a = byId.get(g.id)!;
        expect({ id: a.id, outlet: a.outlet, date: a.date, title: a.title, text: a.text }).toEqual({
          id: g.id,
          outlet: g.outlet,
          date: g.date,
          title: g.title,
          text: g.text,
        });
      }
      const text = (id: string) => byId.get(id)!.text;
      const copies = truth.reuse.filter((r) => r.kind === 'copy');
      expect(copies.length).toBeGreaterThan(50);
      expect(truth.reuse.some((r) => r.kind === 'paraphrase')).toBe(true);
      for (const r of copies) {
        const s = words(text(r.source).slice(...r.sourceSpan));
        const t = words(text(r.target).slice(...r.targetSpan));
        expect(s.length).toBeGreaterThanOrEqual(25);
        // light edits: the two sides share almost all their words, in order (shared word bigrams)
        const bigrams = new Set(s.slice(1).map((w, i) => s[i] + ' ' + w));
        const shared = t.slice(1).filter((w, i) => bigrams.has(t[i] + ' ' + w)).length;
        expect(shared / (s.length - 1)).toBeGreaterThan(0.7);
        expect(r.edits).toBeLessThan(s.length * 0.2);
      }
      const ents = new Map(truth.entities.map((e) => [e.id, e]));
      for (const m of truth.mentions) expect(ents.get(m.entity)!.variants).toContain(text(m.doc).slice(...m.span));
      for (const q of truth.quotes) {
        const s = text(q.doc).slice(...q.span);
        expect(s.startsWith('\u201C') && s.endsWith('\u201D')).toBe(true);
        expect(ents.get(q.speaker)!.variants).toContain(text(q.doc).slice(...q.speakerSpan));
      }
      expect(truth.citations.length).toBeGreaterThan(20);
      for (const c of truth.citations) {
        expect(text(c.doc).slice(...c.span)).toBe(c.outlet);
        expect(truth.outlets).toContain(c.outlet);
        expect(byId.get(c.doc)!.outlet).not.toBe(c.outlet);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('plants no accidental reuse: articles not linked by planted reuse share no 8-word run outside the confounders', () => {
    const { articles, truth } = generateCorpus({ articles: 250, seed: 5 });
    const planted = new Set(truth.reuse.map((r) => [r.source, r.target].sort().join(' ')));
    // confounders (quotes and statements of third parties, stock and event phrases) are shared on purpose
    expect(new Set((truth.confounders ?? []).map((c) => c.kind))).toEqual(
      new Set(['third-party-quote', 'official-text', 'stock-phrase', 'event-phrase']),
    );
    const masked = (id: string, text: string) => {
      let t = text;
      const cs = (truth.confounders ?? []).filter((c) => c.doc === id).sort((x, y) => y.span[0] - x.span[0]);
      cs.forEach((c, k) => {
        t = t.slice(0, c.span[0]) + ` masked${id}x${k} ` + t.slice(c.span[1]);
      });
      return t;
    };
    const first = new Map<string, number>();
    const bad: string[] = [];
    articles.forEach((a, i) => {
      const w = words(masked(a.id, a.text));
      const seen = new Set<string>();
      for (let k = 0; k + 8 <= w.length; k++) {
        const g = w.slice(k, k + 8).join(' ');
        if (seen.has(g)) continue;
        seen.add(g);
        const j = first.get(g);
        if (j === undefined) first.set(g, i);
        else if (!planted.has([articles[j].id, a.id].sort().join(' '))) bad.push(`${articles[j].id} ${a.id}: ${g}`);
      }
    });
    expect(bad.length).toBeLessThanOrEqual(2);
  });

  it('has news-like size and many outlets', () => {
    const { articles, truth } = generateCorpus({ articles: 200, seed: 1 });
    const n = articles.reduce((s, a) => s + words(a.text).length, 0) / articles.length;
    expect(n).toBeGreaterThan(400);
    expect(n).toBeLessThan(650);
    expect(new Set(articles.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(8);
    expect(truth.entities.some((e) => e.variants.length >= 3)).toBe(true);
  });
});

describe('bench scoring', () => {
  const planted = [
    {
      kind: 'copy' as const,
      source: 'A',
      target: 'B',
      sourceSpan: [100, 400] as [number, number],
      targetSpan: [50, 340] as [number, number],
      edits: 2,
      words: 50,
    },
    {
      kind: 'copy' as const,
      source: 'A',
      target: 'C',
      sourceSpan: [0, 200] as [number, number],
      targetSpan: [0, 200] as [number, number],
      edits: 0,
      words: 30,
    },
  ];
  it('counts a planted passage found when a passage between the pair covers half of it on both sides, in either order', () => {
    const s = scoreReuse(planted, [
      { a: { doc: 'B', start: 60, end: 300 }, b: { doc: 'A', start: 110, end: 360 } }, // reversed order, covers most
      { a: { doc: 'A', start: 0, end: 60 }, b: { doc: 'C', start: 0, end: 60 } }, // too short: 30% of the planted passage
      { a: { doc: 'B', start: 900, end: 1000 }, b: { doc: 'C', start: 500, end: 600 } }, // not planted
    ]);
    expect(s.recall).toBe(0.5);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.misses.map((m) => m.target)).toEqual(['C']);
  });
  it('scores citations by citing article and cited outlet, case-insensitively', () => {
    const c = scoreCitations(
      [
        { doc: 'A', outlet: 'Foo News', span: [0, 8], form: 'told' },
        { doc: 'B', outlet: 'Bar24', span: [0, 5], form: 'reported' },
      ],
      [
        { doc: 'A', outlet: 'foo news' },
        { doc: 'A', outlet: 'Baz' },
      ],
    );
    expect(c.recall).toBe(0.5);
    expect(c.precision).toBe(0.5);
  });
});
