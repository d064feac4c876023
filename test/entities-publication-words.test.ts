// A one-word publication whose name is a plain word ("Fortune", "Time") is kept beside a publication cue ("Fortune
// magazine", "told Fortune"), while the same word alone at a sentence start is still no name. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/entities.js';

const plain = Array.from(
  { length: 40 },
  (_, k) => `The family spent a fortune on repairs in year ${k + 1} , and luck and fortune came and went .`,
).join(' ');

describe('a plain word that names a publication', () => {
  const r = run(
    plain,
    'The chief executive told Fortune in an interview that sales rose . The board spoke to Fortune magazine on Monday .',
    'Fortune favours the bold , the coach said before the match .',
  );
  const texts = (k: number) => r.mentions[k].map((m) => m.text);

  it('is kept before its kind and after "told"', () => {
    expect(texts(1).filter((t) => t === 'Fortune').length).toBe(2);
  });

  it('is still no name alone at a sentence start', () => {
    expect(texts(2)).not.toContain('Fortune');
  });
});
