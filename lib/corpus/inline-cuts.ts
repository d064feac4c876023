// Cuts inside a line, in both cleaning modes: a web page's link cards glued into a sentence
// (lib/corpus/link-cards.ts), a video player's close label opening its caption's line
// (lib/corpus/player-labels.ts) and the page's markup left in the text (lib/corpus/markup-remnants.ts), each recorded
// with its verbatim text and raw offset. The raw text keeps them: only the cleaned text and its offset map leave them out.

import { cutSpans, linkCards } from './link-cards.js';
import { rawOffset } from './provenance.js';
import { playerLabel } from './player-labels.js';
import { markupRemnants } from './markup-remnants.js';
import { clip } from './clean-log.js';
import type { Removal } from '../types.js';

/** The spans cut from a line, in order: the close label, the link cards after it and the markup remnants. */
function inlineSpans(line: string): { spans: [number, number][]; kinds: Map<number, string> } {
  const label = playerLabel(line);
  const cards = label ? linkCards(line).filter(([a]) => a >= label[1]) : linkCards(line);
  const kinds = new Map<number, string>();
  if (label) kinds.set(label[0], 'player-label');
  for (const [a] of cards) kinds.set(a, 'link-card');
  const marks = markupRemnants(line).filter(([a, b]) => ![...kinds.keys()].some((k) => k < b && a <= k));
  for (const [a] of marks) if (!kinds.has(a)) kinds.set(a, 'markup-remnant');
  const spans = [...(label ? [label] : []), ...cards, ...marks].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { spans, kinds };
}

/**
 * A line without its link cards (lib/corpus/link-cards.ts), the close label of a video player opening it
 * (lib/corpus/player-labels.ts) and its markup remnants (lib/corpus/markup-remnants.ts), each pushed to `cards` with
 * its verbatim text.
 */
export function cutInline(n: { text: string; segs: number[] }, cards: Removal[]): { text: string; segs: number[] } {
  const { spans, kinds } = inlineSpans(n.text);
  if (!spans.length) return n;
  for (const [a, b] of spans) {
    const kind = kinds.get(a) ?? 'link-card';
    const lead = kind === 'link-card' && n.text[a] === ' ' ? 1 : 0;
    const text = n.text.slice(a + lead, b);
    cards.push({
      kind,
      text: clip(kind === 'link-card' ? text : text.trim()),
      rawStart: rawOffset({ offsets: n.segs }, a + lead),
    });
  }
  return cutSpans(n.text, n.segs, spans);
}
