// Citations linked to articles: each outlet citation points to the cited outlet's article that shares most text with
// the citing one (in the citation's paragraph first, then anywhere), else to its article on the same event when the
// input names each article's event (the nearest dated no later), else to none: "told CNN" in a corpus of many CNN
// stories names no one of them, and an article picked by date or id alone was another story in nearly every case
// (AllSides: 1,004 of 1,139 links; on a corpus without dates every one).
import type { Doc } from '../types.js';
import { outletKey } from './outlets.js';
import { byString } from '../util/compare.js';
import { pushTo } from '../util/maps.js';
import type { Citation } from './types.js';
import type { OverlapPair } from './overlap-types.js';

/** An article the citing one shares a pair with, from which side of the pair. */
type Shared = { side: 'a' | 'b'; pair: OverlapPair };
/** A candidate article: its shared words [near the citation, all] and 1 when dated no later than the citing article. */
type Ranked = { d: Doc; s: [number, number]; before: number };

/** Each article's event as the input gives it (records' `event`), or undefined. */
export type EventOfDoc = (d: Doc) => string | undefined;

/**
 * Link each outlet citation to the corpus article of that outlet it points to (sets `article` in place): one that shares
 * text with the citing article, or one of the same given event; else `article` stays null (not linked).
 */
export function linkCitations(
  docs: readonly Doc[],
  citations: Citation[],
  pairs: readonly OverlapPair[],
  events?: Readonly<Record<string, string>>,
): void {
  // a doc's own `event` field counts as in pair-verdict.ts (docs made from records may carry it)
  const eventOf: EventOfDoc = (d) => {
    const e = events && Object.hasOwn(events, d.id) ? events[d.id] : (d as { event?: unknown }).event;
    return typeof e === 'string' && e ? e : undefined;
  };
  // the cited outlet's articles, by id; only those sharing a pair with the citing article can score above zero
  const byOutlet = new Map<string, Doc[]>();
  for (const d of docs) pushTo(byOutlet, outletKey(d.outlet), d);
  for (const list of byOutlet.values()) list.sort((x, y) => byString(x.id, y.id));
  const docIndex = new Map(docs.map((d, i) => [d.id, i]));
  const docOf = (id: string) => docs[docIndex.get(id)!];
  const partners = pairPartners(pairs);
  for (const c of citations) {
    if (c.kind !== 'outlet') continue;
    const outletDocs = byOutlet.get(outletKey(c.cited));
    if (!outletDocs) continue;
    const best = linkedArticle(c, docOf(c.doc), outletDocs, partners.get(c.doc), docOf, eventOf);
    if (best) c.article = best.id;
  }
}

/** Per article: each other article it shares a pair with, and from which side. */
function pairPartners(pairs: readonly OverlapPair[]): Map<string, Map<string, Shared[]>> {
  const partners = new Map<string, Map<string, Shared[]>>();
  const partner = (x: string, y: string, side: 'a' | 'b', pair: OverlapPair) => {
    const m = partners.get(x) ?? partners.set(x, new Map()).get(x)!;
    pushTo(m, y, { side, pair });
  };
  for (const p of pairs) {
    partner(p.a, p.b, 'a', p);
    partner(p.b, p.a, 'b', p);
  }
  return partners;
}

/** Ranked order: more shared words near the citation, then in all, then dated no later, then by id. */
function better(x: Ranked, y: Ranked): number {
  return y.s[0] - x.s[0] || y.s[1] - x.s[1] || y.before - x.before || byString(x.d.id, y.d.id);
}

/**
 * The article of the cited outlet (outletDocs, by id) that citation c of the citing article points to: the one sharing
 * the most text with it (near the citation first), else the one of the same given event (sameEvent), else null.
 */
function linkedArticle(
  c: Citation,
  citing: Doc,
  outletDocs: readonly Doc[],
  mine: ReadonlyMap<string, Shared[]> | undefined,
  docOf: (id: string) => Doc,
  eventOf: EventOfDoc,
): Doc | null {
  const key = outletKey(c.cited);
  const before = (d: Doc) => (!d.date || !citing.date || d.date <= citing.date ? 1 : 0);
  let best: Ranked | null = null;
  if (mine) {
    const p = citing.paragraphs.find((x) => x.start <= c.start && c.start < x.end);
    const para = p ? [p.start, p.end] : [c.start, c.end];
    for (const [id, list] of mine) {
      const d = docOf(id);
      if (outletKey(d.outlet) !== key) continue;
      const r: Ranked = { d, s: sharedNear(list, para), before: before(d) };
      if (!best || better(r, best) < 0) best = r;
    }
  }
  return best?.d ?? sameEvent(citing, outletDocs, eventOf);
}

/**
 * The cited outlet's article of the citing article's given event: the latest dated no later than the citing one, else
 * the earliest, else the first by id; null when the input names no event or the outlet has no article of it.
 */
function sameEvent(citing: Doc, outletDocs: readonly Doc[], eventOf: EventOfDoc): Doc | null {
  const ev = eventOf(citing);
  if (!ev) return null;
  const same = outletDocs.filter((d) => d.id !== citing.id && eventOf(d) === ev);
  const date = (d: Doc) => d.date ?? '';
  const earlier = same.filter((d) => citing.date && d.date && d.date <= citing.date);
  if (earlier.length) return earlier.reduce((x, y) => (date(y) > date(x) ? y : x));
  return same.reduce<Doc | null>((x, y) => (!x || (y.date && (!x.date || y.date < x.date)) ? y : x), null);
}

/** Words of the citing side inside the pairs' passages: [those in the citation's paragraph, all of them]. */
function sharedNear(list: readonly Shared[], para: readonly number[]): [number, number] {
  let near = 0,
    all = 0;
  for (const { side, pair } of list)
    for (const x of pair.passages) {
      const [s, e] = side === 'a' ? x.a : x.b;
      const w = side === 'a' ? x.words_a : x.words_b;
      all += w;
      if (s < para[1] && para[0] < e) near += w;
    }
  return [near, all];
}
