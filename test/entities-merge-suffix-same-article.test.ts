// A suffixed name beside the plain one in one article: one man written two ways ("Arthur Lee Whitcombe Jr." and
// "Arthur Lee Whitcombe" in a speech's story), unless a kin noun tells a son and his father apart (ents57).
// Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { entityWith, run } from './helpers/entities.js';

describe('a suffixed name and the plain one in one article', () => {
  const r = run(
    'The march recalled the words of Arthur Lee Whitcombe , who spoke at the bridge in 1965 . Marchers sang ' +
      'on Sunday . The crowd read a letter Arthur Lee Whitcombe Jr. wrote from jail .',
    'Schools closed on Monday to honor Arthur Lee Whitcombe Jr. , the civil rights leader .',
  );

  it('is one person when no kin noun tells two apart', () => {
    expect(entityWith(r, 'Arthur Lee Whitcombe')?.id).toBe(entityWith(r, 'Arthur Lee Whitcombe Jr.')?.id);
  });
});

describe('a son and his father in one article (guard)', () => {
  const r = run(
    'Tobin Marsh Jr. spoke at the hearing on Monday . His father Tobin Marsh listened from the gallery .',
    'Tobin Marsh Jr. runs the family firm in Ohio .',
  );

  it('keeps them apart', () => {
    expect(entityWith(r, 'Tobin Marsh')?.id).not.toBe(entityWith(r, 'Tobin Marsh Jr.')?.id);
  });
});
