// A word set aside as house spelling though the other outlets write it the same way: Vox's "unauthorized" (14) against
// Reason's "unauthorized" (4) and one "unauthorised" (The Guardian) read as "Vox's 'unauthorized' (the others'
// 'unauthorised')", and Vox's clear choice of words ("unauthorized immigrants") went out of the finding. A spelling is
// a house spelling only when the others write the other spelling at least as often as the outlet's. Invented outlets.
import { describe, expect, it } from 'vitest';
import { asideReason } from '../lib/report/term-aside.js';
import type { OutletTermTable } from '../lib/framing/types.js';

const table = (counts: Record<string, Record<string, number>>): OutletTermTable => {
  const outlets = Object.keys(counts).sort();
  return {
    outlets,
    counts: outlets.map((o) => new Map(Object.entries(counts[o]))),
    totals: outlets.map((o) => Object.values(counts[o]).reduce((a, b) => a + b, 0)),
  };
};
const articles = new Map([
  ['Harbour Times', 5],
  ['Fenwick Star', 3],
  ['Quayside Post', 3],
]);

describe('a house spelling', () => {
  it('is not read where the others mostly write the outlet’s spelling', () => {
    const t = table({
      'Harbour Times': { unauthorized: 14, immigrants: 20 },
      'Fenwick Star': { unauthorized: 4, immigrants: 9 },
      'Quayside Post': { unauthorised: 1, immigrants: 7 },
    });
    expect(asideReason(t, undefined, articles)('Harbour Times', 'unauthorized')).toBeUndefined();
    expect(asideReason(t, undefined, articles)('Harbour Times', 'unauthorized immigrants')).toBeUndefined();
  });

  it('is read where the others write the other spelling', () => {
    const t = table({
      'Harbour Times': { organise: 9, council: 20 },
      'Fenwick Star': { organize: 6, council: 9 },
      'Quayside Post': { organize: 3, organise: 1, council: 7 },
    });
    expect(asideReason(t, undefined, articles)('Harbour Times', 'organise')).toBe('house spelling of organize');
  });
});
