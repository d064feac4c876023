// The entity bars' legend named a one-article outlet as an outlet ("Vox", 10 mentions of Julián Castro per 1,000
// words from one piece about his plan), while the term chart says "(one article)". With the articles per outlet the
// bars of such an outlet come last and say so, as the term chart and the tone heatmap do. Invented outlets.
import { describe, expect, it } from 'vitest';
import { topEntitiesByOutletFigure } from '../lib/figures/entities.js';

const row = (outlet: string, entity: string, mentions: number) => ({
  outlet,
  entity,
  name: entity,
  mentions,
  share: 0.2,
});

describe('entity bars of a one-article outlet', () => {
  it('are named "(one article)" and drawn last', () => {
    const bars = topEntitiesByOutletFigure(
      [row('Arden Daily', 'Corvale', 12), row('Brook Herald', 'Corvale', 9), row('Arden Daily', 'Ivo Dorr', 4)],
      { words: { 'Arden Daily': 3000, 'Brook Herald': 900 }, articles: { 'Arden Daily': 1, 'Brook Herald': 3 } },
    );
    expect(bars.data.map((t) => t.name)).toEqual(['Brook Herald', 'Arden Daily (one article)']);
  });
});
