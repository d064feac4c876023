// "King 's College London": the title "King" was cut off as a title and "College London" left an organisation of its
// own. A title that owns what follows ('s) is no title of a name after it; a spaced 's joins a body's name as a glued
// one does; a body's head then its seat's place ends the name. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, texts, typeOf } from './helpers/entities.js';

describe("a body's name with a possessive and a seat", () => {
  it('keeps "King \'s College Bristol" whole, spaced or glued, an organisation', () => {
    const r = run(
      "Ann Roggen , a scholar at King 's College Bristol , notes that the king ruled long .",
      'Piet Neuman , a professor at King’s College Bristol , told me so .',
    );
    expect(texts(r)).not.toContain('College Bristol');
    expect(typeOf(r, "King 's College Bristol")).toBe('org');
    expect(typeOf(r, 'King’s College Bristol')).toBe('org');
  });

  it('types a college and its seat an organisation, not a person', () => {
    const r = run('She studied at Fenwick College Dublin , then moved .');
    expect(typeOf(r, 'Fenwick College Dublin')).toBe('org');
  });

  it('reads no seat in a place that modifies the noun after it (guard)', () => {
    const r = run('Critics faulted the Harwell Council Iran policy on Monday .');
    expect(typeOf(r, 'Harwell Council Iran')).not.toBe('org');
  });

  it("leaves a person's possessive before a body two names (guard)", () => {
    const r = run("President Varga 's National Security Council met on Monday .");
    expect(texts(r)).toContain('National Security Council');
  });
});
