// Cuts inside a line, in both cleaning modes: a web page's link cards glued into a sentence
// (lib/corpus/link-cards.ts) and a video player's close label opening its caption's line
// (lib/corpus/player-labels.ts), each recorded with its verbatim text and raw offset.

import { cutSpans, linkCards } from './link-cards.js';
import { rawOffset } from './provenance.js';
import { playerLabel } from './player-labels.js';
import { clip } from './clean-log.js';
import type { Removal } from '../types.js';

/**
 * A line without its link cards (lib/corpus/link-cards.ts) and the close label of a video player opening it
 * (lib/corpus/player-labels.ts), each pushed to `cards` with its verbatim text.
 */
export function cutInline(n: { text: string; segs: number[] }, cards: Removal[]): { text: string; segs: number[] } {
  const label = playerLabel(n.text);
  const spans = label ? [label, ...linkCards(n.text).filter(([a]) => a >= label[1])] : linkCards(n.text);
  if (!spans.length) return n;
  for (const [a, b] of spans) {
    const kind = label && a === label[0] ? 'player-label' : 'link-card';
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
