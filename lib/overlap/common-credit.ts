// Rule 1 of the passage kinds, pair by pair: both articles carry a third outlet's copy, told from their credits: both
// credit the same third outlet, one is an agency's wire copy by its dateline, or the shared text names an agency on
// both sides. Every passage of such a pair not credited to the other outlet is common-source.
import type { Paragraph } from '../types.js';
import { outletKey } from './outlets.js';
import type { Citation } from './types.js';
import { squash } from './attribution.js';
import { fromDateline } from './citations.js';
import type { KindContext, KindPair } from './kind-pair.js';

/** Why the pair's shared text is a third outlet's copy carried by both, or null. */
export function commonCredit(p: KindPair, ctx: KindContext): string | null {
  return sharedThirdCredit(p, ctx) ?? wireDateline(p, ctx) ?? agencyInShared(p, ctx);
}

/**
 * A third outlet that both articles credit as a source of text (not "told X", an interview) outside their shared
 * passages, each in a paragraph holding a shared passage or in its first paragraph (a dateline such as "(Agency) -").
 */
function sharedThirdCredit(p: KindPair, ctx: KindContext): string | null {
  const A = ctx.docs[p.ia],
    B = ctx.docs[p.ib];
  const ca = ctx.citesOf.get(A.id),
    cb = ctx.citesOf.get(B.id);
  if (!ca?.length || !cb?.length) return null;
  const own = [outletKey(A.outlet), outletKey(B.outlet)];
  const inA = thirdCredits(
    ca,
    own,
    ctx.paras(p.ia),
    p.passages.map((x) => x.a),
  );
  if (!inA.size) return null;
  const inB = thirdCredits(
    cb,
    own,
    ctx.paras(p.ib),
    p.passages.map((x) => x.b),
  );
  const both = [...inA.keys()]
    .filter((k) => inB.has(k))
    .map((k) => inA.get(k)!)
    .sort();
  return both[0] ? `both articles credit ${both[0]}, so both carry its copy` : null;
}

/**
 * One article is a third outlet's wire copy by its dateline ("BEIRUT (AP) —"): the text it shares with the other is
 * that agency's, carried by both, unless the other article is the agency itself.
 */
function wireDateline(p: KindPair, ctx: KindContext): string | null {
  const A = ctx.docs[p.ia],
    B = ctx.docs[p.ib];
  const own = [outletKey(A.outlet), outletKey(B.outlet)];
  for (const d of [A, B])
    for (const c of ctx.citesOf.get(d.id) ?? [])
      if (c.kind === 'outlet' && fromDateline(c) && !own.includes(outletKey(c.cited)))
        return `${d.outlet}'s article is ${c.cited} wire copy ("${squash(c.text)}"), so both carry the agency's text`;
  return null;
}

/**
 * The shared text itself names a news agency that neither article is ("… told The Associated Press that …", "…,
 * Reuters reported" on both sides): both carry that agency's reporting, its copy, not one outlet's text taken by the
 * other.
 */
function agencyInShared(p: KindPair, ctx: KindContext): string | null {
  if (!ctx.isAgency) return null;
  const A = ctx.docs[p.ia],
    B = ctx.docs[p.ib];
  const own = [outletKey(A.outlet), outletKey(B.outlet)];
  const named = (doc: string, spans: readonly [number, number][]) => {
    const out = new Map<string, Citation>();
    for (const c of ctx.citesOf.get(doc) ?? []) {
      const key = outletKey(c.cited);
      if (c.kind !== 'outlet' || own.includes(key) || !ctx.isAgency!(c.cited)) continue;
      if (spans.some(([s, e]) => s <= c.name.start && c.name.end <= e) && !out.has(key)) out.set(key, c);
    }
    return out;
  };
  const inA = named(
    A.id,
    p.passages.map((x) => x.a),
  );
  if (!inA.size) return null;
  const inB = named(
    B.id,
    p.passages.map((x) => x.b),
  );
  const key = [...inA.keys()].sort().find((k) => inB.has(k));
  if (key === undefined) return null;
  const c = inA.get(key)!;
  return `the shared text names ${c.cited} on both sides ("${squash(c.text)}"), so both carry the agency's reporting`;
}

/** Third outlets (by key) a doc credits as a source of text, outside the hull of its shared passages. */
function thirdCredits(
  cites: readonly Citation[],
  own: readonly string[],
  paras: readonly Paragraph[],
  spans: readonly [number, number][],
): Map<string, string> {
  // the hull of the shared passages: a credit between two of them is part of the shared text, edited
  let lo = Infinity,
    hi = -Infinity;
  for (const [s, e] of spans) {
    lo = Math.min(lo, s);
    hi = Math.max(hi, e);
  }
  const out = new Map<string, string>();
  for (const c of cites) {
    if (c.kind !== 'outlet' || (c.start < hi && lo < c.end) || /^told\b/i.test(c.text)) continue;
    const key = outletKey(c.cited);
    if (own.includes(key) || out.has(key)) continue;
    const inPara = (q: Paragraph) => c.start < q.end && q.start < c.end;
    const near =
      !paras.length ||
      inPara(paras[0]) ||
      paras.some((q) => inPara(q) && spans.some(([s, e]) => q.start < e && s < q.end));
    if (near) out.set(key, c.cited);
  }
  return out;
}
