import { describe, expect, it } from 'vitest';
import { matchNames, nameMatcher } from '../../lib/overlap/known-names.js';

/** What the plain global alternation regex finds: the behaviour matchNames must keep. */
function byRegex(names: string[], flags: 'u' | 'iu', text: string): [number, number][] {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'g' + flags);
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

// invented outlet names, with the shapes that matter: spaces, short ones, punctuation, non-ASCII and case folds
const NAMES = [
  'The Brindle Courier',
  'Brindle Courier',
  'Harrowgate Wire',
  'Velm Agency',
  'Nordhaven Post-Dispatch',
  'St. Orrin Ledger',
  '(Quill) Report',
  'Qx',
  'z',
  'Öster Kurier',
  '\u212Aestrel Daily',
  'Lantern\u00a0Radio',
  '\u{1F4F0}Paper',
];

describe('matchNames', () => {
  it('finds names case-insensitively, longest listed first, across any white space', () => {
    const text = 'As the brindle  courier said, THE BRINDLE\nCOURIER and Velm Agency\u2019s desk; Velm Agencyx no.';
    const m = nameMatcher(NAMES, 'iu')!;
    expect(matchNames(m, text)).toEqual(byRegex(NAMES, 'iu', text));
    expect(matchNames(m, text).map(([s, e]) => text.slice(s, e))).toEqual([
      'the brindle  courier',
      'THE BRINDLE\nCOURIER',
      'Velm Agency',
    ]);
  });

  it('matches the Kelvin sign to k and k to the Kelvin sign, as the regex does', () => {
    const text = 'kestrel daily, \u212Aestrel Daily and Kestrel daily';
    const m = nameMatcher(NAMES, 'iu')!;
    expect(matchNames(m, text)).toEqual(byRegex(NAMES, 'iu', text));
    expect(matchNames(m, text)).toHaveLength(3);
  });

  it('agrees with the global regex on random texts of name pieces, cases, spaces and surrogates', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
    const bits = [
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      'x',
      '9',
      '-',
      '.',
      'K',
      '\u212A',
      'ſ',
      '\u{1F4F0}',
      '\uDC00',
      'é',
    ];
    for (const flags of ['u', 'iu'] as const) {
      const m = nameMatcher(NAMES, flags)!;
      for (let i = 0; i < 3000; i++) {
        let text = '';
        for (let j = 0, k = 1 + Math.floor(rnd() * 10); j < k; j++) {
          let f = rnd() < 0.5 ? pick(NAMES) : pick(bits);
          if (rnd() < 0.3) f = rnd() < 0.5 ? f.toUpperCase() : f.toLowerCase();
          if (rnd() < 0.2) f = f.replace(/ /g, pick(['  ', '\n', '\u00a0']));
          if (rnd() < 0.1) f = f.slice(0, -1);
          text += f;
        }
        expect(matchNames(m, text), JSON.stringify(text)).toEqual(byRegex(NAMES, flags, text));
      }
    }
  });

  it('has no matcher for no names', () => {
    expect(nameMatcher([], 'iu')).toBeNull();
  });
});
