// A generation suffix with no middle initials ("Joe Manchin III", "Donald Verrilli Jr."): the way some papers write a
// person every time, so it joins the same name without the suffix, unless that name is a figure of his own named in
// many more articles (the father of "Donald Trump Jr."); "Jr" and "Jr." are one suffix (ents55). Fixtures written
// for these tests.
import { describe, it } from 'vitest';
import { expectApart, expectSameEntity, run } from './helpers/entities.js';

describe('a suffix with no initials beside the plain name', () => {
  const r = run(
    'Sen. Orville Banning III , West Virginia Democrat , said the talks would resume on Monday .',
    'Sen. Orville Banning said on Tuesday that the bill had the votes . Mr. Banning spoke in Charleston .',
    'Orville Banning , the senator , defended the deal .',
    'The civil rights leader Carver Ellis Whitby Jr. marched in Selma in 1965 .',
    'Schools closed to honour Carver Ellis Whitby , who led the march .',
  );

  it('is the person named without the suffix', () => {
    expectSameEntity(r, 'Orville Banning III', 'Orville Banning');
  });

  it('is so with a middle name too', () => {
    expectSameEntity(r, 'Carver Ellis Whitby Jr.', 'Carver Ellis Whitby');
  });
});

describe('a suffix written with and without its period', () => {
  const r = run(
    'Police Chief Edwin R. Talbot Jr. said officers would not ask about status .',
    'Police Chief Edwin Talbot Jr. said the department had been criticised .',
    'Critics said Police Chief Edwin Talbot Jr is an embarrassment to the badge .',
  );

  it('is one suffix, with or without the initial', () => {
    expectSameEntity(r, 'Edwin Talbot Jr', 'Edwin Talbot Jr.');
    expectSameEntity(r, 'Edwin Talbot Jr', 'Edwin R. Talbot Jr.');
  });
});

describe('a son named like a figure of the corpus', () => {
  const figure = (k: number) =>
    `President Wendell Marrow signed order number ${k} on Monday . Wendell Marrow spoke in Ohio .`;
  const r = run(
    ...Array.from({ length: 24 }, (_, k) => figure(k + 1)),
    'Cornyn , Cruz and Wendell Marrow Jr spoke before the rally .',
    'A spokesman for Wendell Marrow Jr. declined to comment .',
  );

  it('stays apart from the figure (guard on the base: the son was never joined)', () => {
    expectApart(r, 'Wendell Marrow Jr.', 'Wendell Marrow');
  });

  it('is one row however the suffix is written', () => {
    expectSameEntity(r, 'Wendell Marrow Jr', 'Wendell Marrow Jr.');
  });
});
