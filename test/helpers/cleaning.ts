// What the tests of removals at loading share: both cleaning modes (records keep their text, files are cleaned),
// the check that every character of a cleaned text maps back to itself in the raw text, and the reuse passages an
// outlet's articles would show if the same furniture were left in each.
import { expect } from 'vitest';
import { cleanPlain, cleanText } from '../../lib/corpus/clean.js';
import { rawOffset } from '../../lib/corpus/provenance.js';
import { corpusFromRecords } from '../../lib/corpus/load.js';
import { analyseAll } from '../../lib/text/analyse.js';
import { overlap } from '../../lib/overlap/overlap.js';
import type { Corpus } from '../../lib/types.js';
import type { CleanResult } from '../../lib/corpus/types.js';

/** Both cleaning modes, by name: cleanPlain (records) and cleanText keeping the first line (files). */
export const BOTH_MODES: readonly (readonly [string, (raw: string) => CleanResult])[] = [
  ['cleanPlain', cleanPlain],
  ['cleanText', (s: string) => cleanText(s, { keepFirstLine: true })],
];

/** Every character of the cleaned text but the line breaks the cleaning writes maps back to itself in `raw`. */
export function expectOffsetsBack(raw: string, c: CleanResult): void {
  for (let o = 0; o < c.text.length; o++) if (c.text[o] !== '\n') expect(raw[rawOffset(c, o)]).toBe(c.text[o]);
}

/**
 * One outlet's articles, loaded as records (one a day from 1 March 2026), and the reuse passages overlap() finds
 * among them.
 */
export function ownReuse(texts: readonly string[]): { corpus: Corpus; reuse: unknown[] } {
  const corpus = corpusFromRecords(
    texts.map((text, i) => ({
      id: `g${i + 1}`,
      outlet: 'Harbour Gazette',
      title: `Story ${i + 1}`,
      date: `2026-03-0${i + 1}`,
      text,
    })),
  );
  const r = overlap(analyseAll(corpus.articles), { outlets: [] });
  return { corpus, reuse: r.pairs.flatMap((p) => p.passages.filter((x) => x.kind === 'reuse')) };
}
