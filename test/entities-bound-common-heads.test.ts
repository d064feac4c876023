// "the Obama Administration", "Under my Administration": a body's head word capitalised out of respect, where the
// corpus writes the same words in lower case ("the Obama administration"), named a body of its own. After a name the
// name stands alone; after a possessive nothing is named. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, texts, typeOf } from './helpers/entities.js';

/** Copy that writes "the Varga administration" in lower case, as most outlets do. */
const LOWER = Array.from(
  { length: 6 },
  (_, k) => `Officials in the Varga administration said on day ${k + 1} that the administration would act .`,
);

describe('a common noun capitalised after a name', () => {
  it('reads "the Varga Administration" as Varga, as "the Varga administration" is read', () => {
    const r = run(...LOWER, 'Critics of the Varga Administration said the plan would fail .');
    expect(r.mentions[LOWER.length].map((m) => m.text)).toEqual(['Varga']);
  });

  it('names nothing in "Under my Administration"', () => {
    const r = run(...LOWER, 'Under my Administration , anyone who crosses will be caught , Varga said .');
    expect(texts(r)).not.toContain('Administration');
  });

  it('keeps a body whose head the corpus capitalises after its name (guard)', () => {
    const r = run(...LOWER, 'The Kestler Foundation and the Social Security Administration gave money .');
    expect(typeOf(r, 'Kestler Foundation')).toBe('org');
    expect(typeOf(r, 'Social Security Administration')).toBe('org');
  });
});
