// Fixtures for the failure patterns of distinctive terms, loaded language and tone on real coverage (issue 17).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { loadedTokens, outletContrast, sentenceLoadedness } from '../lib/framing/loaded.js';
import { readLexicon } from '../lib/framing/data.js';
import { toneRows, type SentenceTone } from '../lib/framing/tone.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string): Doc => analyse({ id, outlet, date: null, text, paragraphs: [] });
const marked = (d: Doc, opts: Parameters<typeof loadedTokens>[1] = {}) =>
  loadedTokens(d, { lexicon: readLexicon(), ...opts }).map((m) => d.tokens[m.index].norm);

describe('loaded language in context', () => {
  it('marks evaluative words of any beat: bizarre adjectives, attacking speech verbs, labels', () => {
    const d = doc('a', 'X', 'The senator slammed the bizarre and radical plan as a disastrous scheme.');
    expect(marked(d)).toEqual(expect.arrayContaining(['slammed', 'bizarre', 'radical', 'disastrous', 'scheme']));
    expect(marked(d)).not.toContain('senator');
    expect(marked(d)).not.toContain('plan');
  });

  it('does not mark neutral officialese: administration, diplomatic, officials', () => {
    const d = doc('b', 'X', 'Administration officials held diplomatic talks with the new government on Tuesday.');
    expect(marked(d)).toEqual([]);
  });

  it('marks officialese only when one outlet stands out for it against the others on the same event', () => {
    const texts: [string, string, string][] = [];
    for (let i = 0; i < 6; i++) {
      texts.push(['a' + i, 'A', 'The administration said the regime of the administration would talk. The administration agreed.']);
      texts.push(['b' + i, 'B', 'The government said the government would talk. The government agreed to new talks soon.']);
      texts.push(['c' + i, 'C', 'The government said officials would talk. The government agreed to talks in March.']);
    }
    const docs = texts.map(([id, o, t]) => doc(id, o, t));
    const events = new Map(docs.map((d) => [d.id, 'e1']));
    const z = outletContrast(docs, events);
    const a = docs[0];
    expect(marked(a, { contrast: z.get('e1')!.get('A') })).toContain('administration');
    // the same outlet, on an event where everybody says "administration": not loaded
    const same = texts.filter(([, o]) => o !== 'A').map(([id, o, t]) => doc(id, o, t.replace(/government/g, 'administration')));
    const z2 = outletContrast([a, ...same], new Map([a, ...same].map((d) => [d.id, 'e2'])));
    expect(marked(a, { contrast: z2.get('e2')!.get('A') })).not.toContain('administration');
    // contrast is computed within events: one outlet alone on an event has no contrast
    expect(outletContrast([a], new Map([[a.id, 'solo']])).get('solo')).toBeUndefined();
  });

  it('never lets a wildcard term match a name ("bash*" is not Bashar)', () => {
    const d = doc('c', 'X', 'Supporters of Bashar al-Assad gathered.');
    expect(marked(d)).toEqual([]);
  });

  it('scores a sentence of loaded words above a factual one', () => {
    const loaded = doc('d', 'X', 'The radical senator slammed the outrageous, disgraceful scheme.');
    const plain = doc('e', 'X', 'The senator voted against the bill on Tuesday afternoon.');
    const score = (d: Doc) => sentenceLoadedness(d, loadedTokens(d, { lexicon: readLexicon() }));
    expect(score(loaded)).toBeGreaterThan(score(plain));
    expect(score(plain)).toBe(0);
  });
});

describe('tone with its sample size', () => {
  const tone = (outlet: string, score: number, n: number, doc0 = 0): SentenceTone[] =>
    Array.from({ length: n }, (_, i) => ({ doc: `${outlet}${doc0 + i}`, outlet, start: 0, end: 1, score, words: 5 }));

  it('a tone cell of one sentence carries n = 1, is shrunk toward zero and is not read as a tone', () => {
    const rows = toneRows([...tone('A', -0.19, 1), ...tone('B', -0.19, 40)], []);
    const a = rows.find((r) => r.outlet === 'A')!, b = rows.find((r) => r.outlet === 'B')!;
    expect(a.sentences).toBe(1);
    expect(a.mean).toBe(-0.19);
    expect(Math.abs(a.shrunk)).toBeLessThan(Math.abs(a.mean) / 4);
    expect(a.enough).toBe(false);
    expect(b.enough).toBe(true);
    expect(Math.abs(b.shrunk)).toBeGreaterThan(Math.abs(a.shrunk) * 4);
  });
});
