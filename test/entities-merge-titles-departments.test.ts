// One row per entity on real news (ents43): one ministry named three ways; a surname after a title the vote's person
// never carries; a judge's title or a place noun after a surname; a surname in the plural after "the"; and one
// surname spelled two ways in one article. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { namesFamilyPlural, singularsOf } from '../lib/entities/kin-plurals.js';
import { departmentField } from '../lib/entities/merge/department-forms.js';
import { entityWith, expectApart, expectSameEntity, idsIn, run } from './helpers/entities.js';

describe('one ministry named three ways', () => {
  const r = run(
    'The Labor Department said on Friday that jobs grew . A Justice Dept spokesman declined to comment .',
    'The Department of Labor released figures . The Department of Justice sued the state .',
    'The Department of the Interior leased the land , and the Interior Department defended the sale .',
    'Labor Dept. officials met the union .',
  );

  it('joins "X Department", "Department of X" and "X Dept."', () => {
    expectSameEntity(r, 'Labor Department', 'Department of Labor');
    expectSameEntity(r, 'Labor Department', 'Labor Dept.');
    expectSameEntity(r, 'Justice Dept', 'Department of Justice');
    expectSameEntity(r, 'Department of the Interior', 'Interior Department');
  });

  it('reads the field of a department name, not of a body inside it', () => {
    expect(departmentField(['u.s.', 'justice', 'department'], ['u.s.'])).toBe('justice');
    expect(departmentField(['department', 'of', 'the', 'interior'])).toBe('interior');
    expect(departmentField(['department', 'of', 'justice', 'office', 'of', 'legal', 'counsel'])).toBe('');
    expect(departmentField(['justice'])).toBe('');
    expect(departmentField(['dept.', 'of', 'labor'])).toBe('labor');
  });
});

describe('a surname after a title the voted person never carries', () => {
  const r = run(
    'Secretary of State Marla Hendry flew to Cairo . Hendry met the foreign minister .',
    'Marla Hendry spoke in Ohio . Hendry said the plan would work .',
    'Former Secretary of State Marla Hendry criticized the bill . Hendry called it weak .',
    'Former President Tom Hendry signed the 1996 law . Critics said the law was harsh .',
    'The policy dates back to President Hendry , who signed it in 1996 . Hendry later regretted it .',
  );

  it('goes to the one the corpus names in full with that title', () => {
    const tom = entityWith(r, 'Tom Hendry')?.id;
    expect(idsIn(r, 'd4', 'Hendry')).toEqual([tom, tom]);
    expect(idsIn(r, 'd1', 'Hendry')).toEqual([entityWith(r, 'Marla Hendry')?.id]);
  });
});

describe("a judge's title or a place noun after a surname", () => {
  const r = run(
    'In a footnote , Justice Corvell wrote that the right was settled . Harold Dunmore disagreed .',
    'CIA Director Sam Corvell testified on Tuesday . Corvell said the agency acted lawfully .',
    'Sam Corvell , the agency chief , spoke . Corvell denied the report .',
    'Prime Minister Ned Larrow spoke . Larrow said the vote would pass .',
    'Federal agents seized land in Hidalgo and Larrow counties on Monday .',
    'Larrow told reporters the deal was done .',
  );

  it('keeps "Justice Corvell" off a CIA director never titled a judge', () => {
    const sam = entityWith(r, 'Sam Corvell')?.id;
    expect(idsIn(r, 'd0', 'Corvell')[0]).not.toBe(sam);
    expect(idsIn(r, 'd1', 'Corvell')).toEqual([sam]);
  });

  it('keeps "Larrow counties" off the prime minister', () => {
    const ned = entityWith(r, 'Ned Larrow')?.id;
    expect(idsIn(r, 'd4', 'Larrow')[0]).not.toBe(ned);
    expect(idsIn(r, 'd5', 'Larrow')).toEqual([ned]);
  });
});

describe('a surname in the plural after "the"', () => {
  const r = run(
    'Former Senator Dana Whitcombes spoke on Monday about the deal .',
    'Senator Dana Whitcombe spoke . Dana Whitcombe left . The Whitcombes have a fortune of $ 10 million .',
    'With the Whitcombes , nothing is ever as it seems . The charity the Whitcombes set up grew .',
    'The Clemens report came out . Senator Ray Clemens said the Clemens plan would pass .',
  );

  it('names a family, not the one name ending in it', () => {
    const id = entityWith(r, 'Dana Whitcombes')?.id;
    expect(idsIn(r, 'd1', 'Whitcombes')[0]).not.toBe(id);
    expect(idsIn(r, 'd2', 'Whitcombes')).not.toContain(id);
  });

  it('leaves a surname ending in -s to its person', () => {
    const id = entityWith(r, 'Ray Clemens')?.id;
    expect(idsIn(r, 'd3', 'Clemens')).toEqual([id, id]);
  });

  it('leaves a plural to its person when the singular is only a slip', () => {
    const q = run(
      'Police found Nora Pellets on Monday . Pellets , 20 , had been missing . Nora Pellets was a student .',
      'Nora Pellet was buried on Friday .',
      'The senator spoke of the Pellets case at a rally .',
    );
    expect(idsIn(q, 'd2', 'Pellets')).toEqual([entityWith(q, 'Nora Pellets')?.id]);
  });

  it('reads the singular of a plural name', () => {
    expect(singularsOf('Clintons')).toEqual(['clinton']);
    expect(singularsOf('Bushes')).toEqual(['bush', 'bushe']);
    expect(namesFamilyPlural('and the Clintons , who', 8, 'Clintons')).toBe(true);
    expect(namesFamilyPlural('Clintons said', 0, 'Clintons')).toBe(false);
  });
});

describe('one surname spelled two ways in one article', () => {
  const r = run(
    'Rebels fought Colonel Muammar Qaddafi for months . Qaddafi fled the capital .',
    'We helped topple Qaddafi in 2011 . After Qadaffi fell , the country split . We overthrew Qadaffi , they said .',
    'The weapons hang beneath the wings of small Qadaffi turboprop planes .',
  );

  it('joins the look-alike spelling where the article writes the family name alone', () => {
    const id = entityWith(r, 'Muammar Qaddafi')?.id;
    expect(idsIn(r, 'd1', 'Qadaffi')).toEqual([id, id]);
    expect(idsIn(r, 'd2', 'Qadaffi')[0]).not.toBe(id);
  });
});

describe('a slip that is a given name of its own, after a shared office', () => {
  const held = Array.from(
    { length: 10 },
    (_, k) => `Attorney General Jeff Hollis spoke on day ${k + 1} of the session .`,
  );

  it('joins the spelling the office holder is named by', () => {
    const r = run(...held, 'The group wrote a letter that informed Attorney General Jess Hollis it would sue .');
    expectSameEntity(r, 'Jess Hollis', 'Jeff Hollis');
  });

  it('keeps apart a namesake named in two articles', () => {
    const r = run(
      ...held,
      'The group wrote a letter that informed Attorney General Jess Hollis it would sue .',
      'Jess Hollis , a nurse , said she was worried .',
    );
    expectApart(r, 'Jess Hollis', 'Jeff Hollis');
  });
});
