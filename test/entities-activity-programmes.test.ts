// A programme named after an activity its body carries out ("Priority Enforcement Program", "Border Protection
// Program") is a programme (typed as laws and programmes are, 'event'), though "enforcement" or "protection" heads a
// body's name elsewhere. Fixtures written for this test.
import { describe, expect, it } from 'vitest';
import { run, typeOf } from './helpers/entities.js';

describe('a programme named after an activity', () => {
  const r = run(
    'The Priority Enforcement Program ( PEP ) replaced the old scheme . Under PEP , agents asked jails for transfers .',
    'The Coastal Protection Program ended in May .',
    'Officers of Immigration and Customs Enforcement made the arrests .',
  );

  it('is a programme, and so is its acronym', () => {
    expect(typeOf(r, 'Priority Enforcement Program')).toBe('event');
    expect(typeOf(r, 'PEP')).toBe('event');
    expect(typeOf(r, 'Coastal Protection Program')).toBe('event');
  });

  it('leaves the body the activity word heads an organisation', () => {
    expect(typeOf(r, 'Immigration and Customs Enforcement')).toBe('org');
  });
});
