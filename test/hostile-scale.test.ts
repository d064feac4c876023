// Inputs real corpora contain that used to crash a stage: bounded work per field, no spread of unbounded arrays,
// no regex from unbounded user text, anchors and labels unique for any ids, a 49 MB article in bounded memory.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseAll } from '../lib/text/analyse.js';
import { extractEntities } from '../lib/entities/entities.js';
import { overlap } from '../lib/overlap/overlap.js';
import { coverageHeatmap } from '../lib/figures/overlap.js';
import { pairAnchor } from '../lib/report/findings.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { buildReport, renderReport } from '../lib/report/report.js';
import type { Article } from '../lib/types.js';
import { runStages } from './helpers/stages.js';
import { article as makeArticle } from './report-helpers.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'presslens-scale-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const article = (id: string, outlet: string, text: string): Article => makeArticle(id, outlet, null, '', text);

const SHARED =
  'The delegation arrived in Damascus on Thursday for talks with the new administration about border security and trade.';

describe('4. every crash becomes a passing test', () => {
  it('one entity with 200,000 mentions', () => {
    const text = 'Iraq and Iraq. '.repeat(2000);
    const docs = analyseAll(Array.from({ length: 50 }, (_, i) => article(`d${i}`, `Outlet ${i % 3}`, text)));
    const r = extractEntities(docs);
    expect(r.entities.find((e) => e.name === 'Iraq')?.mentions.length).toBe(200_000);
  }, 120_000);

  it('an outlet name of 15 KB: overlap, framing and the report run, and no message carries the name whole', async () => {
    const huge = 'Outlet '.repeat(2200);
    const arts = [
      article('a', huge, `${SHARED} Officials told ${huge.slice(0, 50)} that all was calm.`),
      article('b', 'Other News', `${SHARED} Officials spoke.`),
    ];
    const analysis = analyseCorpus({
      root: 'none',
      articles: arts,
      skipped: [],
    });
    expect(analysis.overlap.pairs.length).toBe(1);
    const html = renderReport(await buildReport(analysis.corpus, analysis.docs, { analysis }));
    expect(html).toContain('Other News');
  }, 60_000);

  it('40 articles with 200 KB ids: the heatmap stays small, and its labels and the pair anchors are unique', () => {
    const arts = Array.from({ length: 40 }, (_, i) =>
      article(`${'x'.repeat(200_000)}-${i}`, 'Same Outlet', `${SHARED} Report ${i}.`),
    );
    const res = overlap(analyseAll(arts));
    const fig = coverageHeatmap(res);
    expect(JSON.stringify(fig).length).toBeLessThan(3_000_000);
    const labels = fig.data[0].x as string[];
    expect(new Set(labels).size).toBe(labels.length);
    const anchors = res.pairs.map((p) => pairAnchor(p.a, p.b));
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(Math.max(...anchors.map((a) => a.length))).toBeLessThan(120);
  }, 60_000);

  it('non-Latin ids give distinct, readable pair anchors', () => {
    const ids = ['خبر-١', 'خبر-٢', 'خبر-٣'];
    const anchors = [pairAnchor(ids[0], ids[1]), pairAnchor(ids[0], ids[2]), pairAnchor(ids[1], ids[2])];
    expect(new Set(anchors).size).toBe(3);
    expect(anchors[0]).toContain('خبر');
    expect(pairAnchor('أ', 'ب')).toBe('pair-أ-ب');
  });

  // Child process, as the 20 MB test: 171,000 mentions of one place in one 49 MB article (under the 50 MB limit).
  it('a 49 MB article: every stage completes in a 1.5 GB heap', async () => {
    const dir = tempDir();
    const parts: string[] = [];
    let n = 0;
    for (let i = 0; n < 49 * 1024 * 1024 - 2000; i++) {
      const p = `Officials in Baghdad met ${`w${i}`.padEnd(260, 'x')} on Thursday. ${i % 20 === 19 ? '\n\n' : ''}`;
      parts.push(p);
      n += p.length;
    }
    writeFileSync(join(dir, 'big.txt'), parts.join(''));
    writeFileSync(
      join(dir, 'small.txt'),
      'Hamid al-Shatri said the border with Syria is safe, officials told Shafaq News on Thursday.\n',
    );
    const out = join(tmpdir(), `presslens-scale-out-${process.pid}`);
    const { code, lines, err } = await runStages(dir, out);
    rmSync(out, { recursive: true, force: true });
    expect(code, `${JSON.stringify(lines)}\n${err.slice(-1500)}`).toBe(0);
    const done = lines[lines.length - 1];
    expect(done.stage).toBe('done');
    expect(Number(done.chars)).toBeGreaterThan(48 * 1024 * 1024);
  }, 900_000);
});
