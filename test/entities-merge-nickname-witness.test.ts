// A nickname and its formal name of one surname that other holders outweigh ("Ted" and "Edward" beside a family of
// other given names): joined when one article names both forms and no other holder, or when both are written after
// a title no other holder has (ents59). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { run, entityWith } from './helpers/entities.js';

/** Articles naming the other holders of the surname, often. */
const family = (name: string) =>
  [1, 2, 3, 4]
    .map((k) => `President John Orwell spoke on Monday . John Orwell said the plan was ready ${k} .`)
    .concat(
      [1, 2, 3].map((k) => `Justice Anthony Orwell wrote the ruling . Anthony Orwell joined the majority ${k} .`),
      [`${name} was not there .`],
    );

describe('a nickname beside the formal name, a family of other holders named more', () => {
  const r = run(
    ...family('Maria Orwell'),
    'The bill was crafted with the office of the late Sen. Ted Orwell ( D-MA ) in 2007 .',
    'The plan was pushed by the late Sen. Edward Orwell , who led the effort .',
    "Lawmakers paid tribute to Ted Orwell . `` Hailing Teddy Orwell as the bill 's spirit , '' a pundit wrote .",
  );

  it('joins the two forms one article names with no other holder', () => {
    expect(entityWith(r, 'Teddy Orwell')?.id).toBe(entityWith(r, 'Ted Orwell')?.id);
  });

  it('joins the two forms written after the one title no other holder has', () => {
    expect(entityWith(r, 'Edward Orwell')?.id).toBe(entityWith(r, 'Ted Orwell')?.id);
  });

  it('keeps the other holders apart (guard)', () => {
    expect(entityWith(r, 'John Orwell')?.id).not.toBe(entityWith(r, 'Ted Orwell')?.id);
  });
});

describe('a nickname and a formal name written after a title another holder shares (guard)', () => {
  const r = run(
    ...family('Maria Orwell'),
    'Sen. Ted Orwell spoke first .',
    'Sen. Edward Orwell spoke next .',
    'Sen. Anthony Orwell spoke last .',
  );

  it('leaves them apart', () => {
    expect(entityWith(r, 'Edward Orwell')?.id).not.toBe(entityWith(r, 'Ted Orwell')?.id);
  });
});
