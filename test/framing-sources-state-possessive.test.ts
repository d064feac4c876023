// Who speaks: a country's office written with its possessive or its name ("Peru's leader", "the Peru president"),
// or with "PM", is the one holder the article titled with the country's adjective, name or possessive before.
// Fixtures written for these tests (invented people; real country names).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

describe("a country's possessive or name before a title", () => {
  it('is the one holder the article titled with the adjective or the possessive', () => {
    const d = fixtureDoc(
      'sp1',
      'Peruvian President Ivo Brenn met Chile’s Prime Minister Kira Loft in Lima on Monday.\n\n' +
        'Peru’s leader said that the border would stay open.\n\n' +
        'The Chilean PM said that talks would go on.',
    );
    const r = rows(d, [person(d, 'Ivo Brenn'), person(d, 'Kira Loft')]);
    expect(r).toContainEqual(['Peru’s leader', 'named', 'Ivo Brenn']);
    expect(r).toContainEqual(['The Chilean PM', 'named', 'Kira Loft']);
  });

  it('stays an unnamed holder when the article titles no one so', () => {
    const d = fixtureDoc(
      'sp2',
      'President Ivo Brenn met envoys in Lima on Monday.\n\nBolivia’s foreign minister said that talks would go on.',
    );
    const r = rows(d, [person(d, 'Ivo Brenn')]);
    expect(r.find((x) => x[0] === 'Bolivia’s foreign minister')?.[1]).toBe('anonymous');
  });
});
