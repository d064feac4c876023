// A name whose first word is an ordinary word ("Ban", "Moon") loses that word when it opens a sentence, unless the
// article writes the same words inside a sentence as a name. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectTypes, run, texts } from './helpers/entities.js';

describe('a name opening a sentence with an ordinary word', () => {
  it('keeps the first word the article writes inside a name', () => {
    const r = run(
      'The envoy met Secretary-General Bell Ko-wan in Geneva on Monday . Bell Ko-wan said the ceasefire would hold . ' +
        'The bell rang twice .',
    );
    const t = texts(r);
    expect(t.filter((x) => x === 'Bell Ko-wan').length).toBe(2);
    expect(t).not.toContain('Ko-wan');
  });

  it('keeps the lone first word before "said" at a clause start', () => {
    const r = run(
      'The envoy met Secretary-General Bell Ko-wan in Geneva on Monday , and Bell Ko-wan spoke . The bell rang . ' +
        "`` More talks will follow , '' Bell said . `` We are close , '' Bell said . The bell rang again .",
    );
    expect(texts(r)).toContain('Bell');
  });

  it('keeps a body whose first word is an ordinary word', () => {
    const r = run('Boats of the Harbor Watch came at dawn . Harbor Watch agents said the harbor was calm .');
    expect(texts(r).filter((x) => x === 'Harbor Watch').length).toBe(2);
  });

  it('still drops an ordinary word the article never writes as a name', () => {
    const r = run('Ban Ki-wol praised the deal . The ban on imports ended .');
    expectTypes(r, { 'Ban Ki-wol': undefined });
  });
});
