// Small analysed docs for framing tests: one outlet, no date, paragraphs from blank lines.
import { analyse, paragraphsOf } from '../../lib/text/analyse.js';
import type { Doc, Span } from '../../lib/types.js';

/** An analysed doc of one outlet ("Harbor Daily" unless given). */
export const fixtureDoc = (id: string, text: string, outlet = 'Harbor Daily'): Doc =>
  analyse({ id, outlet, date: null, text, paragraphs: paragraphsOf(text) });

/** Every occurrence of `s` in the doc as a span (entity mentions for a fixture). */
export const spansOf = (d: Doc, s: string): Span[] => {
  const out: Span[] = [];
  for (let i = d.text.indexOf(s); i >= 0; i = d.text.indexOf(s, i + 1))
    out.push({ doc: d.id, start: i, end: i + s.length });
  return out;
};
