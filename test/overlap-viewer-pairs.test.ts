// The report's passage viewer must reach every pair a reader is sent to. It showed the 30 most overlapping pairs, so on
// a corpus of many pairs a rewritten pair without a shared passage (coverage 0, its evidence aligned sentences) never
// reached it, nor an uncredited pair or a pair a finding links to below the top 30. The viewer now shows those first,
// and the pair table says where each pair's evidence is. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseAll } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { overlapSection } from '../lib/report/sections/overlap.js';
import { viewerPairs } from '../lib/report/viewer-pairs.js';
import { fillerProse } from './helpers/prose.js';
import { ferryRecords, RETOLD } from './helpers/ferry-story.js';

// 40 pairs of articles of one outlet each, each pair printing a short paragraph of its own: 40 pairs more overlapping
// than the retelling, none uncredited or graded rewritten
const PAIRS = 40;
const analysis = () => {
  const records = [
    ...ferryRecords(RETOLD),
    ...Array.from({ length: 2 * PAIRS }, (_, i) => ({
      id: `g${i}`,
      outlet: `Grid Weekly ${i >> 1}`,
      date: '2026-02-01',
      title: `Grid ${i}`,
      text: `${fillerProse(200 + i, 80)}\n\n${fillerProse(100 + (i >> 1), 12)}\n\n${fillerProse(300 + i, 80)}`,
    })),
  ];
  const corpus = corpusFromRecords(records);
  const docs = analyseAll(corpus.articles);
  return { overlap: overlap(docs), docs, corpus };
};

describe('the passage viewer reaches the pairs a reader is sent to', () => {
  it('shows a rewritten pair without passage on a corpus of more pairs than the viewer holds', () => {
    const a = analysis();
    const pair = a.overlap.pairs.find((p) => p.a === 'hp' && p.b === 'vh')!;
    expect(pair.grade).toBe('rewritten');
    expect(pair.passages).toEqual([]);
    expect(a.overlap.pairs.indexOf(pair)).toBeGreaterThanOrEqual(30);
    const s = overlapSection(a);
    expect(s.html).toContain('id="pair-hp-vh"');
    expect(s.html).toContain('those the findings name, every uncredited pair');
    const rows = s.tables.find((t) => t.name === 'overlap-pairs')!.rows as {
      a: string;
      b: string;
      evidence_at: string;
    }[];
    expect(rows.find((r) => r.a === 'hp' && r.b === 'vh')?.evidence_at).toBe('passage viewer #pair-hp-vh');
    // a pair outside the viewer is sent to the passages table
    expect(rows.filter((r) => r.evidence_at.startsWith('passages table')).length).toBeGreaterThan(0);
  });

  it('orders the pairs: named by findings, uncredited, rewritten without passage, strongest rewritten, most overlapping; each once', () => {
    const p = (a: string, credit: string, grade: string, rewriteScore: number, evidence: number) => ({
      a,
      b: 'z',
      credit: credit as 'none-needed',
      grade: grade as 'independent',
      rewriteScore,
      evidence,
      passages: [1],
    });
    const pairs = [
      p('top', 'none-needed', 'independent', 0.9, 5),
      ...Array.from({ length: 40 }, (_, i) => p(`x${i}`, 'none-needed', 'independent', 0.1, 1)),
      p('weak', 'uncredited', 'independent', 0.2, 12),
      p('strong', 'uncredited', 'independent', 0.2, 30),
      p('rw', 'none-needed', 'rewritten', 0.5, 0),
      p('named', 'none-needed', 'independent', 0.1, 0),
    ];
    pairs.push({ ...p('bare', 'none-needed', 'rewritten', 0.2, 0), passages: [] });
    const shown = viewerPairs(pairs, ['#pair-named-z']).map((x) => x.a);
    expect(shown.slice(0, 6)).toEqual(['named', 'strong', 'weak', 'bare', 'rw', 'top']);
    expect(shown).toHaveLength(35);
    expect(new Set(shown).size).toBe(shown.length);
  });
});
