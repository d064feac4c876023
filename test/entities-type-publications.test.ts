// A magazine named by a common phrase ("Foreign Policy") is cited where a publication is ("a column for X", "writes in
// X", "X magazine"): an organisation, kept though the corpus writes the phrase in lower case far more often.
// Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, typeOf } from './helpers/entities.js';

const lower = [
  'The council debated coastal defence this year .',
  'Critics said coastal defence had been ignored .',
  'A report on coastal defence is due .',
  'Spending on coastal defence rose again .',
];

describe('publications named by a common phrase', () => {
  it('types a magazine after "a column for" as an organisation', () => {
    const r = run(...lower, 'The minister urged in a column for Coastal Defence that the ports act now .');
    expect(typeOf(r, 'Coastal Defence')).toBe('org');
  });

  it('types a magazine after "writes in" as an organisation, not a place', () => {
    const r = run(...lower, 'Ivo Brandt writes in Coastal Defence that the plan could fail .');
    expect(typeOf(r, 'Coastal Defence')).toBe('org');
  });

  it('does not read "X reported" after a person as a publication', () => {
    const r = run("The gas attack killed dozens , the station 's Marta Quillen reported earlier today .");
    expect(typeOf(r, 'Marta Quillen')).not.toBe('org');
  });
});
