// An editor's insertion in square brackets inside a quoted name ("[Mohammed Shia al-] Sudani"): the mention shows the
// bracket pair, never half of it, and joins the person named in full. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectSameEntity, run } from './helpers/entities.js';

describe("an editor's bracket inside a name", () => {
  const r = run(
    'Prime Minister Ivo Karel al-Dorri met the envoy . “ We thank [Ivo Karel al-] Dorri for his help , ” the envoy said .',
  );

  it('keeps the opening bracket with the closing one', () => {
    const texts = r.mentions.flat().map((m) => m.text);
    expect(texts).toContain('[Ivo Karel al-] Dorri');
    expect(texts).not.toContain('Ivo Karel al-] Dorri');
  });

  it('is the person named in full', () => {
    expectSameEntity(r, '[Ivo Karel al-] Dorri', 'Ivo Karel al-Dorri');
  });
});
