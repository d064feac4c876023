// Rule 0 of the passage kinds: one article credits the other's outlet beside the passage, so it took the text from it
// (quoted or not): reuse, credited.
import { outletKey } from './outlets.js';
import { creditNear } from './credit.js';
import type { Passage } from './types.js';
import { squash } from './attribution.js';
import type { KindContext, KindPair } from './kind-pair.js';

/** One article credits the other's outlet beside the passage: it took (and perhaps quoted) the other's text. */
export function creditBeside(p: KindPair, x: Passage, ctx: KindContext): string | null {
  const A = ctx.docs[p.ia],
    B = ctx.docs[p.ib];
  if (outletKey(A.outlet) === outletKey(B.outlet)) return null;
  const byB = creditNear(ctx.citesOf.get(B.id) ?? [], A.outlet, ctx.paras(p.ib), x.b[0], x.b[1]);
  const byA = byB ? null : creditNear(ctx.citesOf.get(A.id) ?? [], B.outlet, ctx.paras(p.ia), x.a[0], x.a[1]);
  const c = byB ?? byA;
  return c ? `taken from the other outlet, which is credited beside it ("${squash(c.text)}")` : null;
}
