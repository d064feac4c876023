// Citations linked to articles: each outlet citation points to the cited outlet's article that shares most text with
// the citing one (in the citation's paragraph first, then anywhere), else its first article by id dated no later than
// the citing one, else its first by id.
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

/** Link each outlet citation to the corpus article of that outlet it most likely points to (sets `article` in place). */
export function linkCitations(docs: readonly Doc[], citations: Citation[], pairs: readonly OverlapPair[]): void {
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
    const best = linkedArticle(c, docOf(c.doc), outletDocs, partners.get(c.doc), docOf);
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

/** The article of the cited outlet (outletDocs, by id) that citation c of the citing article most likely points to. */
function linkedArticle(
  c: Citation,
  citing: Doc,
  outletDocs: readonly Doc[],
  mine: ReadonlyMap<string, Shared[]> | undefined,
  docOf: (id: string) => Doc,
): Doc | null {
  const key = outletKey(c.cited);
  const before = (d: Doc) => (!d.date || !citing.date || d.date <= citing.date ? 1 : 0);
  // without shared text: the first article by id dated no later than the citing one, else the first by id
  let best: Ranked | null = null;
  for (const d of outletDocs) {
    if (d.id === c.doc) continue;
    if (!best) best = { d, s: [0, 0], before: before(d) };
    if (before(d)) {
      best = { d, s: [0, 0], before: 1 };
      break;
    }
  }
  if (!best) return null;
  if (mine) {
    const p = citing.paragraphs.find((x) => x.start <= c.start && c.start < x.end);
    const para = p ? [p.start, p.end] : [c.start, c.end];
    for (const [id, list] of mine) {
      const d = docOf(id);
      if (outletKey(d.outlet) !== key) continue;
      const r: Ranked = { d, s: sharedNear(list, para), before: before(d) };
      if (better(r, best) < 0) best = r;
    }
  }
  return best.d;
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
