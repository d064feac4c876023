// A party tag glued to the name by a hyphen ("Lindsey Graham-R-S.C."), a district's tag in brackets whose town is two
// words ("( D-Santa Clarita )"), and an undotted military title before a name the lists lack ("Gen Qasem Soleimani",
// "Brig Gen ..."): each left a junk name in the entity table. Fixtures invented, modelled on the failure patterns.
import { describe, expect, it } from 'vitest';
import { expectTypes, idOf, run, typeOf } from './helpers/entities.js';

describe('tags beside a name', () => {
  it('ends the name before a party tag glued to it by a hyphen', () => {
    const r = run('Sen. Lindsey Grahm-R-S.C. spoke on Monday . Grahm said the bill was dead .');
    expect(idOf(r, 'Lindsey Grahm-R-S')).toBeUndefined();
    expect(typeOf(r, 'Lindsey Grahm')).toBe('person');
  });

  it("reads a district's tag in brackets as no name of its own", () => {
    const r = run('State Senator Ivo Brand ( R-Santa Clarita ) and Rep. Ana Lund ( D-Los Angeles ) spoke .');
    expect(idOf(r, 'R-Santa Clarita')).toBeUndefined();
    expect(idOf(r, 'D-Los Angeles')).toBeUndefined();
  });
});

describe('an undotted military title before a name the lists lack', () => {
  const r = run(
    'Gen Qaran Vashti led the force , and Brig Gen Hadar Zoltan spoke for it , and then Gen Zoltan said more .',
  );

  it('keeps the title out of the name', () => {
    expect(idOf(r, 'Gen Qaran Vashti')).toBeUndefined();
    expect(idOf(r, 'Brig Gen Hadar Zoltan')).toBeUndefined();
    expectTypes(r, { 'Qaran Vashti': 'person', 'Hadar Zoltan': 'person', Zoltan: 'person' });
  });

  it('leaves a title before a letter or a word of the corpus', () => {
    const t = run('Gen Z voters and Gen X voters turned out , and the power of the vote grew . Rep Power rose .');
    expect(idOf(t, 'Z')).toBeUndefined();
    expect(idOf(t, 'Power')).toBeUndefined();
  });
});
