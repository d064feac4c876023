// An entity with more than five spellings was listed "… “United States” and “USA” and more": two "and"s and no count.
// The finding now lists five and counts the rest ("“USA” and 1 more"). Invented entity and spellings.
import { describe, expect, it } from 'vitest';
import { entityFindings } from '../lib/report/findings.js';

describe('an entity’s spellings in a finding', () => {
  it('lists five spellings and counts the rest', () => {
    const mentions = Array.from({ length: 12 }, () => ({}));
    const e = {
      id: 'rv',
      name: 'Republic of Varna',
      type: 'place',
      aliases: ['Varna', 'R.V.', 'RV', 'Republic of Varna', 'Varnan Republic', 'the Republic'],
      mentions,
      by_outlet: { A: 12 },
    };
    const t = entityFindings([e], ['A']).map((f) => f.text);
    const f = t.find((x) => x.includes('spellings'))!;
    expect(f).toContain('and 1 more; they are counted as one.');
    expect(f).not.toMatch(/” and “[^”]+” and more/);
  });
});
