// Three kinds of shared text, told apart: reuse between the two outlets, text of a common third-party source, and stock
// phrases. Only reuse can make a pair "uncredited"; common-source and stock text never accuses anyone.
//
// Rules, in order (the first that holds decides a passage's kind):
//  00. stock: a rights notice on the last line of both articles, after a copyright mark (rights-notice.ts).
//  0. reuse: one article credits the other's outlet beside the passage (it took the text from it, quoted or not).
//  1. common-source: quote marks cover (QUOTED_SOURCE of) the passage on either side; or a speaker or document is
//     attributed right next to it ("... via Gawker:", "the amendment reads:", "said in a statement"); or it sits on
//     the line of an embedded social-media post ("... — Donald J. Trump (@realDonaldTrump) June 18, 2018"); or it lies
//     in a block quote (the paragraph after a colon lead-in with a speech cue, or in the first person); or it is a short
//     part of reported speech ("the memo said that ..."); or both articles credit the same third outlet (wire copy
//     credited to an agency on both sides).
//  2. stock: a short passage (<= STOCK_MAX_WORDS matched words) whose words recur in at least STOCK_DOCS articles that
//     share nothing else with each other: the document frequency of the phrase among unrelated pairs, measured on the
//     corpus itself, not looked up in a list. Between two articles of one outlet, a passage of any length that recurs
//     so in FURNITURE_DOCS articles is stock too: the outlet's site furniture (a sign-up box, a scraped name card); in
//     STOCK_DOCS when it is off the subject of both articles (lib/overlap/furniture.ts), as a box is in a small corpus.
//  2b. common-source, by reported speech in the looser forms, for a passage neither stock nor a name: a short part of
//     what "<speaker> said" reports without "that", or of a clause before ", <speaker> said (on Friday)."; or a whole
//     clause both articles report, each attributing it its own way (one statement retold by two outlets). After rule 2,
//     so a formula that recurs across unrelated articles stays stock.
//  3. common-source: the same passage is carried by articles of three or more outlets.
//  4. reuse: everything else.
// A pair is `uncredited` only when its reuse passages alone carry strong evidence (STRONG_WORDS matched words and
// STRONG_EVIDENCE evidence), and neither article's citations credit the other where credit is due.
//
// One module per rule: credit-beside.ts (0), quoted-share.ts, embedded-post.ts, block-quote.ts, reported-content.ts
// and third-party.ts (1, passage by passage), common-credit.ts (1, pair by pair), stock.ts and name-phrase.ts (2),
// reported-content.ts (2b), spread.ts (3); reuse-strength.ts holds the evidence floor of the verdict. This module combines them in that order.
import type { Passage } from './types.js';
import { NARRATION_BECAUSE, setKind, type KindContext, type KindPair } from './kind-pair.js';
import { creditBeside } from './credit-beside.js';
import { RIGHTS_NOTICE_BECAUSE, rightsNotice } from './rights-notice.js';
import { thirdPartyReason } from './third-party.js';
import { commonCredit } from './common-credit.js';
import { reuseBlock } from './block-quote.js';
import { markStock } from './stock.js';
import { markCommonPieces } from './common-pieces.js';
import { markNames } from './name-phrase.js';
import { markSpread, outletIds } from './spread.js';
import { markReported } from './reported-content.js';

export type { KindContext, KindPair, SharedKind } from './kind-pair.js';
export { STRONG_EVIDENCE, STRONG_WORDS, differentEvents, reuseEvidence, reuseWords } from './reuse-strength.js';
export { LEAD_IN_WORDS, QUOTED_SOURCE } from './quoted-share.js';
export { embeddedPost } from './embedded-post.js';
export { blockQuote } from './block-quote.js';
export { REPORTED_GAP, REPORTED_PART, reportedContent } from './reported-content.js';
export { FURNITURE_DOCS, STOCK_DOCS, STOCK_MAX_WORDS } from './stock.js';
export { NAME_SHARE, namePhrase } from './name-phrase.js';
export { COMMON_OUTLETS, thirdPartyText } from './spread.js';

/** Set `kind` and `kind_because` on every passage of every pair (in place). */
export function classifyPassages(pairs: readonly KindPair[], ctx: KindContext): void {
  const outletId = outletIds(ctx.docs);
  // rules 0 and 1 first: they read only the two texts
  for (const p of pairs) {
    const third = commonCredit(p, ctx);
    for (const x of p.passages) classifyOwn(p, x, third, ctx);
  }
  markStock(pairs, ctx, outletId);
  markNames(pairs);
  markReported(pairs, ctx);
  markSpread(pairs, ctx, outletId);
  // last: only narration no other rule explains is read as a formula of common phrases
  markCommonPieces(pairs, ctx, outletId);
}

/**
 * Rules 00, 0 and 1 for one passage: a rights notice, credited reuse, a third party's text (by the passage or by the pair's common credit
 * `third`), a block quote of an outlet outside the pair; else reuse, for the later rules to read.
 */
function classifyOwn(p: KindPair, x: Passage, third: string | null, ctx: KindContext): void {
  if (rightsNotice(ctx.docs[p.ia].text, ctx.docs[p.ib].text, x)) return setKind(x, 'stock', RIGHTS_NOTICE_BECAUSE);
  const credit = creditBeside(p, x, ctx);
  if (credit) return setKind(x, 'reuse', credit);
  const why = thirdPartyReason(p, x, ctx) ?? third;
  if (why) return setKind(x, 'common-source', why);
  const block = reuseBlock(p, x, ctx);
  if (block?.cited)
    return setKind(
      x,
      'common-source',
      `printed as a block quote of ${block.cited} (after \u201C${block.lead}\u201D), an outlet outside the pair`,
    );
  setKind(x, 'reuse', NARRATION_BECAUSE);
  if (block) x.block = { side: block.side, lead: block.lead };
}
