// Rule 1 of the passage kinds, passage by passage: a third party's text told from what either article prints around
// the passage: quote marks, a lead-in, an attribution, a post's signature, a block quote, reported speech.
import type { Passage } from './types.js';
import { attributionReason, openingAttribution } from './attribution.js';
import { quoteReason, quoteWithLeadIn } from './quoted-share.js';
import { embeddedPost } from './embedded-post.js';
import { blockQuote } from './block-quote.js';
import { reportedContent } from './reported-content.js';
import { documentRunIn } from './document-run-in.js';
import type { KindContext, KindPair } from './kind-pair.js';

/** Why a passage is a third party's text, by its quote marks or what is written beside it on either side, or null. */
export function thirdPartyReason(p: KindPair, x: Passage, ctx: KindContext): string | null {
  const ta = ctx.docs[p.ia].text,
    tb = ctx.docs[p.ib].text;
  const ca = ctx.citesOf.get(ctx.docs[p.ia].id) ?? [],
    cb = ctx.citesOf.get(ctx.docs[p.ib].id) ?? [];
  return (
    quoteReason(x) ??
    quoteWithLeadIn(x) ??
    openingAttribution(x.text) ??
    documentRunIn(ta, x.a) ??
    documentRunIn(tb, x.b) ??
    attributionReason(ta, x.a) ??
    attributionReason(tb, x.b) ??
    embeddedPost(ta, x.a, x.quoted_a) ??
    embeddedPost(tb, x.b, x.quoted_b) ??
    blockQuote(ta, ctx.paras(p.ia), x.a) ??
    blockQuote(tb, ctx.paras(p.ib), x.b) ??
    reportedContent(ta, x.a, ca) ??
    reportedContent(tb, x.b, cb)
  );
}
