// Entity classes of ents23: abbreviated heads of place names ("Mt . Sinjar" is Mount Sinjar), two capitals before a
// number that are no bill ("MI 5 and 6"), an ordinary word before "-based" at a sentence start ("Merit-based"), a
// dateline's glued dash ("WASHINGTON—Top ..."), a group named by a phrase its acronym spells ("Kids in Need of Defense").
// Own fixtures.
import { describe, expect, it } from 'vitest';
import { entityWith, expectSameEntity, run, texts } from './helpers/entities.js';

describe('abbreviated heads of place names', () => {
  it('merges "Mt . X", "Mt. X" and "Mount X", and "Ft."/"Fort", "St."/"Saint"', () => {
    const r = run(
      'Families are under siege on Mt . Korvala in the north . Aid was dropped on Mount Korvala on Friday .',
      'Planes reached Mt. Korvala . Troops left Ft. Brandle for Fort Brandle . He flew to St. Orran , then Saint Orran .',
    );
    const mount = entityWith(r, 'Mt . Korvala');
    expect(mount?.type).toBe('place');
    expect(entityWith(r, 'Mount Korvala')?.id).toBe(mount?.id);
    expect(entityWith(r, 'Mt. Korvala')?.id).toBe(mount?.id);
    expectSameEntity(r, 'Ft. Brandle', 'Fort Brandle');
    expectSameEntity(r, 'St. Orran', 'Saint Orran');
  });
});

describe('two capitals before a number', () => {
  it('reads a bill letter pair as a citation and other pairs as no citation', () => {
    const r = run('The CIA , FBI , MI 5 and 6 will look at it . Critics of SB 1070 and HR 15 marched .');
    expect(texts(r)).not.toContain('MI 5');
    expect(texts(r)).toContain('SB 1070');
    expect(texts(r)).toContain('HR 15');
  });
});

describe('an ordinary word before "-based" at a sentence start', () => {
  it('is no place; a town before "-based" still is', () => {
    const r = run(
      'Merit-based immigration is the plan . Skills-based hiring works . Dravenport-based firms agree .',
      'They judge on merit and skills , on merit and on skills , and merit wins .',
    );
    expect(texts(r)).not.toContain('Merit');
    expect(texts(r)).not.toContain('Skills');
    expect(entityWith(r, 'Dravenport')?.type).toBe('place');
  });
});

describe("a dateline's glued dash", () => {
  it('leaves the next word sentence-initial, so an ordinary word there is no name', () => {
    const r = run(
      'VELDA CITY—Top officials met on Monday . VELDA CITY—Businesses won a victory . VELDA CITY—Calder Vane said no .',
      'The top officials and the businesses agreed with top aides of businesses .',
    );
    expect(texts(r)).not.toContain('Top');
    expect(texts(r)).not.toContain('Businesses');
    expect(texts(r)).toContain('Calder Vane');
  });
});

describe('a body named by a phrase its acronym spells', () => {
  it('is one name when the article writes the acronym, typed as a body (or as the group before "in")', () => {
    const r = run(
      'Ann Vale , director at Tots in Need of Shelter ( TINS ) , spoke . TINS helps children .',
      'Fighters of Al Qaeda in the Dune Coast , or AQDC , struck . AQDC is strong .',
      'Analysts at the Center on Budget and Tax Studies said so . The CBTS report came out .',
    );
    expect(texts(r)).toContain('Tots in Need of Shelter');
    expect(entityWith(r, 'Tots in Need of Shelter')?.type).toBe('org');
    expectSameEntity(r, 'TINS', 'Tots in Need of Shelter');
    expect(texts(r)).toContain('Al Qaeda in the Dune Coast');
    expect(entityWith(r, 'Al Qaeda in the Dune Coast')?.type).toBe('group');
    expect(texts(r)).toContain('Center on Budget and Tax Studies');
  });

  it('joins nothing for a short acronym or one the article does not write', () => {
    const r = run(
      'We met Democrats in the House and Senate . The DHS said so .',
      'Tots in Need of Shelter spoke . Reporters in New Dorvale Harbor wrote . NDH is a code .',
    );
    expect(texts(r).some((t) => t.startsWith('Democrats in'))).toBe(false);
    expect(texts(r)).toContain('House');
    expect(texts(r)).not.toContain('Tots in Need of Shelter');
    expect(texts(r).some((t) => t.startsWith('Reporters'))).toBe(false);
  });
});

describe('numbered roads', () => {
  it('reads a road word and its number as one place, and the plural second number as a road', () => {
    const r = run(
      'Trucks drove along Interstate 95 , Interstates 80 and 90 and Highway 46 near Route 98 in Dorvale .',
      'Ann Route said so . The Highway 4-2 score stood .',
    );
    for (const t of ['Interstate 95', 'Interstates 80', '90', 'Highway 46', 'Route 98'])
      expect(entityWith(r, t)?.type).toBe('place');
    expect(texts(r)).not.toContain('Highway 4');
  });
});

describe('a programme named by a phrase its acronym spells', () => {
  it('is not joined into a body', () => {
    const r = run('The Deferred Action on Youth Arrivals ( DAYA ) program ended . DAYA was popular .');
    expect(texts(r)).not.toContain('Deferred Action on Youth Arrivals');
  });
});
