// Rule 1 of the passage kinds, by quote marks: a passage mostly inside quote marks on either side, or a partial quote
// with only a short lead-in around it, is a third party's words that both articles print.
import { QUOTED } from './passages.js';
import type { Passage } from './types.js';
import { CLOSE_MARK, OPEN_MARK, quotedBeyondAttribution } from './attribution.js';

/**
 * A passage reads as a quote when this share of it, on either side, is inside quote marks. Higher than QUOTED: a shared
 * run that also holds a fair stretch of shared narration around the quote is copied text that happens to hold a quote.
 */
export const QUOTED_SOURCE = 0.8;

/** Why a passage reads as a quote on one side or both (QUOTED_SOURCE of it inside quote marks), or null. */
export function quoteReason(x: Passage): string | null {
  const qa = quotedBeyondAttribution(x.text, x.quoted_a) >= QUOTED_SOURCE,
    qb = quotedBeyondAttribution(x.b_text, x.quoted_b) >= QUOTED_SOURCE;
  if (qa && qb) return 'inside quote marks in both articles: a quote of a third party';
  if (qa || qb) return 'inside quote marks in one article: a quote of a third party printed by both';
  return null;
}

/** Narration shorter than this many words beside a quote is a lead-in ("X said the plan was"), not copied text. */
export const LEAD_IN_WORDS = 7;

/**
 * A passage that is mostly a quote (QUOTED on one side) whose unquoted rest, on that side, is under LEAD_IN_WORDS
 * words: a partial quote with its lead-in ("officials said separating families was ``certainly not ...''"), or the end
 * of a quote with its speaker ("... break on Syria,'' a former official" when the passage starts inside the quote).
 */
export function quoteWithLeadIn(x: Passage): string | null {
  const count = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  for (const [text, q] of [
    [x.text, x.quoted_a],
    [x.b_text, x.quoted_b],
  ] as const) {
    const open = text.search(OPEN_MARK);
    // the passage opens inside a quote when it has a closing mark and no opening one
    const inside = open < 0 ? CLOSE_MARK.exec(text) : null;
    if (q < QUOTED || (open < 0 && !inside)) continue;
    // the words before the first opening mark and after the last closing mark (if it closes inside the passage)
    const close = inside ?? CLOSE_MARK.exec(text.slice(open + 1));
    const from = inside ? 0 : open + 1;
    const rest =
      (inside ? 0 : count(text.slice(0, open))) + (close ? count(text.slice(from + close.index + close[0].length)) : 0);
    if (rest < LEAD_IN_WORDS)
      return `mostly a quote of a third party; the ${rest} words around it are too few to be copied narration`;
  }
  return null;
}
