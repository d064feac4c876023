// Block quotes: the paragraph after a lead-in ending in a colon. Rule 1 of the passage kinds when the lead-in names
// speech or a document (a third party's text); a reuse passage one side sets off after a lead-in that points at a
// report is reuse, but quoted (or common-source when that lead-in cites an outlet outside the pair).
import type { Paragraph } from '../types.js';
import { outletKey } from './outlets.js';
import type { Passage } from './types.js';
import { blockQuoteShare, reportBlockLead, squash } from './attribution.js';
import { QUOTED_SOURCE } from './quoted-share.js';
import { colonLead } from '../text/block-lead.js';
import type { KindContext, KindPair } from './kind-pair.js';

/** A lead-in's spaces squashed, or null. */
const squashed = (lead: string | null) => (lead === null ? null : squash(lead));

/** The last ten words of a block quote's lead-in, with an ellipsis when it is longer. */
function lastWords(lead: string): string {
  const words = lead.split(' ');
  return (words.length > 10 ? '\u2026 ' : '') + words.slice(-10).join(' ');
}

/**
 * One side prints the passage (QUOTED_SOURCE of it) as a block quote: in the paragraph after a lead-in ending in a
 * colon that names speech or a document ("Trump continued:", "The memo reads:"), or that speaks in the first person.
 * Columns and transcripts set long quotes off this way, without quote marks.
 */
export function blockQuote(text: string, paras: readonly Paragraph[], span: readonly [number, number]): string | null {
  const { share, lead } = blockQuoteShare(text, paras, span);
  if (share < QUOTED_SOURCE) return null;
  return `a block quote after \u201C${lastWords(lead)}\u201D`;
}

/**
 * The side that prints a reuse passage (QUOTED_SOURCE of it) as a block quote after a lead-in ending in a colon that
 * points at a report (reportBlockLead), while the other side narrates it, with that lead-in's last ten words;
 * undefined when neither or both do. One article
 * quoting another's narration, as blogs do ("Democrats are reportedly pleased with the bill:"), is still reuse between
 * the two (the other article is where the text comes from), but quoted, not passed off as its own.
 */
export function reuseBlock(
  p: KindPair,
  x: Passage,
  ctx: KindContext,
): (Passage['block'] & { cited?: string }) | undefined {
  // a lead-in ending in a colon that cites an outlet outside the pair hands the block to it ("Eliana Johnson of
  // Politico has more :", "More from Fox News :"), whatever its verb
  const citedLead = (i: number) => (text: string, paras: readonly Paragraph[], k: number) =>
    reportBlockLead(text, paras, k) ??
    (k >= 1 && leadCites(p, i, k, ctx) !== undefined
      ? squashed(colonLead(text, paras[k - 1].start, paras[k - 1].end))
      : null);
  const on = (i: number, span: readonly [number, number]) =>
    blockQuoteShare(ctx.docs[i].text, ctx.paras(i), span, citedLead(i));
  const a = on(p.ia, x.a),
    b = on(p.ib, x.b);
  const inA = a.share >= QUOTED_SOURCE,
    inB = b.share >= QUOTED_SOURCE;
  if (inA === inB) return undefined;
  const block = inA ? a : b;
  return { side: inA ? 'a' : 'b', lead: lastWords(block.lead), cited: leadCites(p, inA ? p.ia : p.ib, block.at, ctx) };
}

/**
 * The outlet outside the pair that the lead-in paragraph of block `at` of doc i cites ("... were reported Tuesday by
 * the Wall Street Journal:"), or undefined: the block is that outlet's text, which the other article may carry too.
 */
function leadCites(p: KindPair, i: number, at: number, ctx: KindContext): string | undefined {
  const lead = ctx.paras(i)[at - 1];
  const own = [outletKey(ctx.docs[p.ia].outlet), outletKey(ctx.docs[p.ib].outlet)];
  return ctx.citesOf
    .get(ctx.docs[i].id)
    ?.find(
      (c) => c.kind === 'outlet' && c.start >= lead.start && c.start < lead.end && !own.includes(outletKey(c.cited)),
    )?.cited;
}
