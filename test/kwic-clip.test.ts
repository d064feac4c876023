// Keyword-in-context lines fold white space (tabs, line breaks, no-break and other Unicode spaces, runs of spaces) to
// one space and cut the context at a word boundary with an ellipsis. The clip reads character codes instead of three
// regex replaces per line; the lines must be those the regex form gives. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../lib/pipeline.js';
import { kwic } from '../lib/explore/kwic.js';
import type { Corpus } from '../lib/types.js';
import { article } from './report-helpers.js';

/** The regex form of the clip: the reference the lines are checked against. */
function regexClip(s: string, width: number, side: 'left' | 'right'): string {
  const flat = s.replace(/\s+/g, ' ');
  if (flat.length < width) return flat;
  if (side === 'left') return '…' + flat.replace(/^\S*\s/, '');
  return flat.replace(/\s\S*$/, '') + '…';
}

const texts = [
  'The  council\tdelayed the\nharbour vote again.\u00a0Fishermen\u2009protested at the harbour gates on Friday night.',
  'Nobody expected it:harbour-side traders closed early,\r\n\r\nand the\u3000harbour\ufeffmaster said nothing at all.',
  'harbour',
  'Supercalifragilisticexpialidociousword harbour Supercalifragilisticexpialidociousword',
  '   harbour   \u2028   harbour\u00a0\u00a0 \t next words follow here in a long enough line',
];

const corpus: Corpus = {
  root: 'fixture',
  skipped: [],
  articles: texts.map((t, i) => article(`k${i}`, i % 2 ? 'Harbour Post' : 'North Ledger', '2024-03-01', 'Vote', t)),
};

describe('keyword-in-context lines', () => {
  const analysis = analyseCorpus(corpus);
  for (const width of [6, 12, 20, 60]) {
    it(`fold white space and cut at words as the regex form does (width ${width})`, () => {
      const rows = kwic(analysis, 'harbour', { width });
      expect(rows.length).toBeGreaterThanOrEqual(7);
      for (const r of rows) {
        const text = corpus.articles.find((a) => a.id === r.doc)!.text;
        expect(r.left).toBe(regexClip(text.slice(Math.max(0, r.start - width), r.start), width, 'left'));
        expect(r.right).toBe(regexClip(text.slice(r.end, r.end + width), width, 'right'));
        for (const side of [r.left, r.right]) expect(side).not.toMatch(/[\t\n\r\u00a0\u2009\u3000\u2028\ufeff]|  /);
      }
    });
  }
});
