// Text decoded with the wrong encoding before it reached us ("Ã¢â‚¬â„¢" for "’") is repaired, reported, and mapped back:
// the article reads right, its spans still point at the garbled characters of the raw input, and text in its right
// encoding is never touched.
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../lib/corpus/mojibake.js';
import { cleanPlain, cleanText } from '../lib/corpus/clean.js';
import { rawSpan } from '../lib/corpus/provenance.js';

// UTF-8 read as Windows-1252 once ("â€™") and twice ("Ã¢â‚¬â„¢"), as scraped archives often hold it
const once = (s: string) =>
  Buffer.from(s, 'utf8')
    .toString('latin1')
    .replace(/\u0080/g, '€')
    .replace(/\u0099/g, '™');
const RAW = `Romney calls reform Ã¢â‚¬Ëœa moral imperativeÃ¢â‚¬â„¢ in Iowa.\nThe caf${once('é')} in S${'ã'}o Paulo costs Â£5.`;

describe('repairMojibake', () => {
  it('repairs once- and twice-garbled characters and leaves correctly encoded accents alone', () => {
    expect(repairMojibake('naÃ¯ve â€œquotedâ€™ Â£5')!.text).toBe('naïve “quoted’ £5');
    expect(repairMojibake('Ã¢â‚¬Ëœmoral imperativeÃ¢â‚¬â„¢')!.text).toBe('‘moral imperative’');
    expect(repairMojibake('São Paulo, déjà vu, Café, naïve, Ürümqi')).toBeNull();
    expect(repairMojibake('plain ASCII text')).toBeNull();
  });

  it('counts each repaired character once, however deep the garbling', () => {
    expect(repairMojibake('Ã¢â‚¬Ëœmoral imperativeÃ¢â‚¬â„¢')!.repaired).toBe(2);
  });
});

describe('cleaning repairs mojibake and keeps the map to the raw text', () => {
  for (const [name, clean] of [
    ['cleanText', (s: string) => cleanText(s, { keepFirstLine: true })],
    ['cleanPlain', cleanPlain],
  ] as const)
    it(`${name}: the text reads right, the removal log says what was repaired, spans map back`, () => {
      const c = clean(RAW);
      expect(c.text).toContain('Romney calls reform ‘a moral imperative’ in Iowa.');
      expect(c.text).toContain('The café in São Paulo costs £5.');
      const log = c.removed.find((r) => r.kind === 'mojibake')!;
      expect(log.count).toBe(4);
      expect(RAW.slice(log.rawStart!)).toMatch(/^Ã¢â‚¬Ëœ/);
      expect(c.warnings.join(' ')).toMatch(/4 character\(s\) garbled by a wrong decoding/);
      const prov = { offsets: c.offsets };
      const span = (word: string) => {
        const at = c.text.indexOf(word);
        const [s, e] = rawSpan(prov, at, at + word.length);
        return RAW.slice(s, e);
      };
      expect(span('‘a moral imperative’')).toBe('Ã¢â‚¬Ëœa moral imperativeÃ¢â‚¬â„¢');
      expect(span('Iowa')).toBe('Iowa');
      expect(span('café')).toBe(`caf${once('é')}`);
      expect(span('São Paulo')).toBe('São Paulo');
      expect(span('£5')).toBe('Â£5');
    });
});
