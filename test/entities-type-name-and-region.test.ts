// A name word then a first-level region (a state, a province) names an outlet's or a firm's regional branch, an
// organisation ("Vexa Texas reported"); a person named by a given name and a town keeps the person. Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('a name word and a region', () => {
  it('types a name word then a state or a province an organisation', () => {
    const r = run(
      'Officials met on Monday. Earlier this year , Vexa Texas reported on the arrests , and the governor told ' +
        'Quorvo Ontario that the rule was wrong.',
    );
    expectTypes(r, { 'Vexa Texas': 'org', 'Quorvo Ontario': 'org' });
  });

  it('keeps a person whose family name is a town', () => {
    const r = run('Officials met on Monday. Kellan Conway said the rule was wrong , and Tamsin Medina agreed.');
    expectTypes(r, { 'Kellan Conway': 'person', 'Tamsin Medina': 'person' });
  });
});
