// Outlet contrast within events: which lower-case words an outlet writes more than the other outlets on the same
// event (log-odds with an informative Dirichlet prior).
import type { Doc } from '../types.js';
import { isStopword } from '../text/stopwords.js';
import { logOddsDirichlet } from './distinctive.js';
import { isNameToken } from './name-tokens.js';

/**
 * Outlet contrast within events: for each event covered by two or more outlets, the log-odds z (informative
 * Dirichlet prior from the event's own counts) of each outlet's lower-case content words against the other outlets
 * on the same event. Names, stopwords, numbers and words used fewer than `minCount` times by the outlet are left out.
 * Returns event -> outlet -> word -> z (z > 0 only). `events` maps doc id to event; docs without one form one event.
 */
export function outletContrast(
  docs: readonly Doc[],
  events: ReadonlyMap<string, string> = new Map(),
  masks: ReadonlyMap<string, Uint8Array> = new Map(),
  minCount = 2,
): Map<string, Map<string, Map<string, number>>> {
  const counts = new Map<string, Map<string, Map<string, number>>>(); // event -> outlet -> word -> count
  for (const d of docs) {
    const ev = events.get(d.id) ?? '';
    let byOutlet = counts.get(ev);
    if (!byOutlet) counts.set(ev, (byOutlet = new Map()));
    let m = byOutlet.get(d.outlet);
    if (!m) byOutlet.set(d.outlet, (m = new Map()));
    const mask = masks.get(d.id);
    d.tokens.forEach((t, i) => {
      if (t.kind !== 'word' || (mask && !mask[i]) || t.norm.length < 3 || isStopword(t.norm) || isNameToken(d, i))
        return;
      m.set(t.norm, (m.get(t.norm) ?? 0) + 1);
    });
  }
  const out = new Map<string, Map<string, Map<string, number>>>();
  for (const [ev, byOutlet] of counts) {
    if (byOutlet.size < 2) continue;
    const all = new Map<string, number>();
    const totals = new Map<string, number>();
    let nAll = 0;
    for (const [o, m] of byOutlet) {
      let n = 0;
      for (const [w, c] of m) {
        all.set(w, (all.get(w) ?? 0) + c);
        n += c;
      }
      totals.set(o, n);
      nAll += n;
    }
    const evOut = new Map<string, Map<string, number>>();
    for (const [o, m] of byOutlet) {
      const ni = totals.get(o)!,
        nj = nAll - ni,
        zs = new Map<string, number>();
      for (const [w, yi] of m) {
        if (yi < minCount) continue;
        const yAll = all.get(w)!;
        const z = logOddsDirichlet(yi, ni, yAll - yi, nj, yAll, nAll).z;
        if (z > 0) zs.set(w, Math.round(z * 1e4) / 1e4);
      }
      evOut.set(o, zs);
    }
    out.set(ev, evOut);
  }
  return out;
}
