// The grouped entity bars draw the outlets with the most text; the entities on the axis were the corpus's most
// mentioned, so one that only a left-out outlet names (a one-article outlet's subject: "George Soros", 32 mentions in
// one Washington Times piece) stood on the axis with no bar. The entities are now those the drawn outlets name most.
// Invented outlets and names.
import { describe, expect, it } from 'vitest';
import { topEntitiesByOutletFigure } from '../lib/figures/entities.js';

const outlets = ['Arden Daily', 'Brook Herald', 'Cove Times', 'Dale Post', 'Elm Star', 'Fen Courier', 'Glen Wire'];
const row = (outlet: string, entity: string, name: string, mentions: number) => ({
  outlet,
  entity,
  name,
  mentions,
  share: 0.2,
});
const freq = [
  ...outlets.flatMap((o, i) => [row(o, 'corvale', 'Corvale', 10 + i), row(o, 'mara-telling', 'Mara Telling', 3)]),
  row('Arden Daily', 'harbour-board', 'Harbour Board', 2),
  // one short piece about a financier: the corpus's second most named entity, in an outlet the chart leaves out
  row('Hollow Gazette', 'osric-vane', 'Osric Vane', 40),
];
const words = Object.fromEntries([...outlets.map((o) => [o, 5_000]), ['Hollow Gazette', 600]]);

describe('entity bars name what the drawn outlets name', () => {
  const bars = topEntitiesByOutletFigure(freq, { words, maxOutlets: 7, k: 3 });

  it('leaves out an entity only an outlet not drawn names', () => {
    expect(bars.data.map((t) => t.name)).not.toContain('Hollow Gazette');
    expect(bars.data[0].x).toEqual(['Corvale', 'Mara Telling', 'Harbour Board']);
  });

  it('gives every entity on the axis a bar', () => {
    const xs = bars.data[0].x as string[];
    xs.forEach((_, i) => expect(Math.max(...bars.data.map((t) => (t.y as number[])[i]))).toBeGreaterThan(0));
  });
});
