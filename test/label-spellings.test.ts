// An actor's labels as the competing-labels and label-shares findings list them: one label written with a curly or a
// straight apostrophe ("Varnia ’ s regime", "Varnia 's regime"), or with an article a sentence's start capitalised
// ("The regime", "the regime"), is one label, counted once with its uses added. Rows written for this test.
import { describe, expect, it } from 'vitest';
import { labelShares } from '../lib/framing/label-shares.js';
import { oneSpelling, type ContrastRow } from '../lib/framing/label-contrast.js';

const row = (outlet: string, label: string, variant: string, own: number): ContrastRow => ({
  entity: 'Varnia (government)',
  outlet,
  label,
  kind: 'actor',
  own,
  event: 'e1',
  variant,
  evaluative: variant === 'regime' ? 0.8 : 0,
});

describe('an actor label in two spellings', () => {
  const rows = [
    row('Ledger', 'Varnia ’ s regime', 'regime', 4),
    row('Ledger', "Varnia 's regime", 'regime', 3),
    row('Ledger', 'The regime', 'regime', 2),
    row('Ledger', 'the regime', 'regime', 1),
    row('Ledger', 'Varnian government', 'government', 1),
    row('Tribune', "Varnia 's regime", 'regime', 1),
    row('Tribune', 'Varnian government', 'government', 8),
    row('Courier', 'Varnian government', 'government', 9),
  ];

  it('is one label, its uses added', () => {
    const [s] = labelShares(rows);
    expect(s.judging.labels).toEqual(["Varnia 's regime", 'the regime']);
    expect(s.describing.labels).toEqual(['Varnian government']);
    expect(oneSpelling('The regime of Varnia ’ s ruler')).toBe("the regime of Varnia 's ruler");
  });
});
