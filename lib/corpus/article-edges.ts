// Cleaning steps 3 to 5, at the edges of an article: an outlet signature opening the first line ("Shafaq News/ "),
// the title line (headline-shaped, equal to the given title, or a caption and the outlet's printed headline), and headline-shaped lines after the last body line
// (related links). Each recorded with its verbatim text.

import { foldTitle, isHeadlineLike, matchSignaturePrefix } from './lines.js';
import { cutSegs } from './char-normalize.js';
import { isPrintedHeadlineLine } from './printed-headline.js';
import { lineLead, removeLine, type Cleaning } from './line-reading.js';
import type { CleanOptions } from './types.js';

/** Step 3: cut an outlet signature prefix from the first non-empty line. */
export function cutSignature(c: Cleaning): void {
  const first = c.lines.find((l) => l.norm.length > 0);
  if (!first) return;
  const sig = matchSignaturePrefix(first.norm);
  if (sig && first.norm.length > sig.prefix.length + 20) {
    c.removed.push({ kind: 'signature', text: sig.prefix, rawStart: lineLead(first) });
    first.norm = first.norm.slice(sig.prefix.length);
    first.segs = cutSegs(first.segs, sig.prefix.length);
  }
}

/** Steps 4 and 5: the title line, and headline-shaped lines after the last body line. */
export function removeTitleAndLinks(c: Cleaning, opts: CleanOptions): void {
  const kept = c.lines.filter((l) => l.norm && !l.kind);
  if (kept.length >= 2) {
    const t = kept[0];
    const equalsGiven = opts.title ? foldTitle(opts.title) === foldTitle(t.norm) : false;
    const printed = !!opts.printedHeadline && isPrintedHeadlineLine(t.norm, opts.title);
    if (equalsGiven || printed || (!opts.keepFirstLine && isHeadlineLike(t.norm))) {
      removeLine(c, t, 'title');
      kept.shift();
    }
  }
  let lastBody = -1;
  for (let i = kept.length - 1; i >= 0; i--)
    if (!isHeadlineLike(kept[i].norm)) {
      lastBody = i;
      break;
    }
  if (lastBody >= 0) for (let i = lastBody + 1; i < kept.length; i++) removeLine(c, kept[i], 'related-link');
}
