// reader21: "Most of the sources Vox quotes or reports are unnamed (1 of 2)" (AllSides, Middle East 2014) and the same line
// for a columnist's one article in 2019: half is not most, and two statements say nothing of an outlet's habit. The
// finding needs more than half of at least ten attributed statements, and gives the other outlets' share beside it.
import { describe, expect, it } from 'vitest';
import { framingFindings } from '../lib/report/findings.js';

type Source = { outlet: string; kind: string; name: string; count: number };

const rows = (outlet: string, anonymous: number, named: number): Source[] => [
  ...Array.from({ length: anonymous }, (_, i) => ({ outlet, kind: 'anonymous', name: `officials ${i}`, count: 1 })),
  ...Array.from({ length: named }, (_, i) => ({ outlet, kind: 'named', name: `Person ${i}`, count: 1 })),
];

const unnamedLines = (sources: Source[]) =>
  framingFindings({ voice: [], distinctive: [], loaded: [], sources }, {})
    .map((f) => f.text)
    .filter((t) => t.includes('unnamed'));

describe('the unnamed-sources finding', () => {
  it('says nothing of one unnamed source in two', () => {
    expect(unnamedLines([...rows('Weekly Column', 1, 1), ...rows('Metro Signal', 10, 60)])).toEqual([]);
  });

  it('says nothing of half, however many statements', () => {
    expect(unnamedLines([...rows('Border Wire', 10, 10), ...rows('Metro Signal', 10, 60)])).toEqual([]);
  });

  it('names an outlet most of whose many statements are unnamed, with the other outlets beside it', () => {
    expect(unnamedLines([...rows('Border Wire', 9, 8), ...rows('Metro Signal', 12, 88)])).toEqual([
      'Most of the sources Border Wire quotes or reports are unnamed (9 of 17 attributed statements; 12% in the other outlets).',
    ]);
  });
});
