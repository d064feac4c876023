// "X said it" is an organisation's cue ("Tarnowind said it would cut jobs") that a person's clause has too ("Michael
// Quarrey said it was curious"): a name opening with a given name is not typed by it. Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('"X said it" before a clause', () => {
  it('types no person named with a given name an organisation', () => {
    const r = run('Party strategist Michael Quarrey said it was curious. Later, Anna Brevik said it would pass.');
    expectTypes(r, { 'Michael Quarrey': 'person', 'Anna Brevik': 'person' });
  });

  it('still types a body an organisation', () => {
    const r = run('Tarnowind said it would cut 300 jobs, and Kestrel Vantage said it had no comment.');
    expectTypes(r, { Tarnowind: 'org', 'Kestrel Vantage': 'org' });
  });
});
