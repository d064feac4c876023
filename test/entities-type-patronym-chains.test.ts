// A title's word after "bin" or "ibn" is the father's name in a patronym chain ("Prince Faris bin Sultan al-Rashid"):
// one person, not a name cut at a title. Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run, expectSameEntity } from './helpers/entities.js';

describe('a patronym chain', () => {
  it('keeps a title word after bin inside the name', () => {
    const r = run(
      'Prince Faris bin Sultan al-Rashid , the envoy , arrived on Monday . Faris is a familiar figure in Cardale .',
    );
    expectTypes(r, { 'Faris bin Sultan al-Rashid': 'person', 'al-Rashid': undefined });
    expectSameEntity(r, 'Faris bin Sultan al-Rashid', 'Faris');
  });
});
