// Two classes of the CoNLL errors in general news. A company named in full with its legal form is then called by its
// first words ("Norvale Bancorp Inc. ... grab Norvale"): the short form is the company, not an untyped name or a
// person. A name right before a lowercase noun of a site ("the al-Wadi checkpoint", "Ostrava Berglund airport") is
// the site's place, over the shape of a person's name. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectTypes, run, typeOf, typesOf } from './helpers/entities.js';

describe('a company called by the first words of its full name', () => {
  it('types the short form an organisation in the article naming the company in full', () => {
    const r = run(
      'Quarnell Bancorp Inc. and Tessaly Bancshares Inc. drew bids on Monday. ' +
        '"Whoever wants the Midwest has to grab Quarnell or Tessaly," an analyst said. ' +
        'Quarnell and Tessaly did not return calls.',
    );
    expect(typesOf(r, 'Quarnell')).toEqual(['org', 'org']);
    expect(typesOf(r, 'Tessaly')).toEqual(['org', 'org']);
  });

  it('types a short form that looked like a given name', () => {
    const r = run('Cars made by Lina Motor Corp arrived on Thursday. They will be sold by Lina and a local firm.');
    expect(typeOf(r, 'Lina')).toBe('org');
  });

  it('leaves a person named in full with the same surname a person', () => {
    const r = run('Dalvey Group Inc hired Martin Dalvey last year. Dalvey said the deal was fair.');
    expect(typeOf(r, 'Dalvey')).toBe('person');
  });

  it('types nothing without the full name in the article', () => {
    const r = run('Analysts said Quarnell was the prize of the region.', 'Quarnell Bancorp Inc. rose 2 percent.');
    expect(r.mentions[0].find((m) => m.text === 'Quarnell')?.type).not.toBe('person');
    expect(r.mentions[0].find((m) => m.text === 'Quarnell')?.cue ?? '').not.toMatch(/short form/);
  });

  it('reads SA and SpA as a legal form', () => {
    const r = run('A consortium bid for the distributor Wolnar SA on Friday, and Tresco SpA stayed out.');
    expectTypes(r, { 'Wolnar SA': 'org', 'Tresco SpA': 'org' });
  });
});

describe('a name before a noun of a site', () => {
  it('is a place, whatever the shape of the name', () => {
    const r = run(
      'Soldiers at the al-Wadi checkpoint turned him back. A fire broke out in al-Karim village. ' +
        'Flights left Johan Berglund airport on time, and he prayed at the al-Nour mosque.',
    );
    expectTypes(r, { 'al-Wadi': 'place', 'al-Karim': 'place', 'Johan Berglund': 'place', 'al-Nour': 'place' });
  });

  it('does not read a campaign or a base as a place', () => {
    const r = run('Jonas Weller spoke on Monday. Aides in the Weller camp said the Weller base was calm.');
    expect(typesOf(r, 'Weller')).not.toContain('place');
  });
});
