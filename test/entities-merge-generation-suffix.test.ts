// A formal name with middle initials and a generation suffix ("Eric H. Holder Jr.", a paper's first reference) is the
// person the corpus names by given and family name (ents53); a suffix that tells a son from his father, or a name
// the corpus also writes with the initials and no suffix, stays apart. Fixtures written for these tests.
import { describe, it } from 'vitest';
import { expectApart, expectSameEntity, run } from './helpers/entities.js';

describe('a formal name with initials and a suffix', () => {
  const r = run(
    'Attorney General Corwin Haleby said on Monday that the review would continue . Corwin Haleby spoke in Ohio .',
    'Corwin Haleby , the attorney general , defended the policy .',
    'Attorney General Corwin T. Haleby Jr. said the department would appeal . Mr. Haleby declined to comment .',
  );

  it('is the person named by given and family name', () => {
    expectSameEntity(r, 'Corwin T. Haleby Jr.', 'Corwin Haleby');
  });
});

describe('a suffix that tells a son from his father', () => {
  const r = run(
    'President Wendell Marrow said on Monday that he would sign the bill . Wendell Marrow spoke in Ohio .',
    'Wendell Marrow , the president , defended the policy .',
    'His son Wendell Marrow Jr. met the donors on Friday .',
    'Wendell K. Marrow Sr. founded the firm , and his son Wendell K. Marrow Jr. runs it .',
  );

  it('keeps the son apart without initials', () => {
    expectApart(r, 'Wendell Marrow Jr.', 'Wendell Marrow');
  });

  it('keeps the son apart when the father is named with the other suffix', () => {
    expectApart(r, 'Wendell K. Marrow Jr.', 'Wendell Marrow');
  });
});

describe('a formal name whose initials the corpus writes without the suffix', () => {
  const r = run(
    'Senator Rupert Vance said on Monday that he would run . Rupert Vance spoke in Ohio .',
    'Rupert Vance , the senator , defended the policy .',
    'Rupert L. Vance , his late father , served two terms . Rupert L. Vance Jr. was sworn in on Friday .',
  );

  it('stays apart: the initials name the father', () => {
    expectApart(r, 'Rupert L. Vance Jr.', 'Rupert Vance');
  });
});
