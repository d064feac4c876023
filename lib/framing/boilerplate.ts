// Site furniture: sentences an outlet prints again and again on unrelated stories ("Get the Monitor Stories you care
// about delivered to your inbox.", "By signing up, you agree to our Privacy Policy."). They are house style, not
// framing, so distinctive terms leave them out.
import type { Doc } from '../types.js';

/** Options for boilerplateMasks. */
export interface BoilerplateOptions {
  /** doc id -> event; without it every doc counts as its own event */
  events?: ReadonlyMap<string, string>;
  /** a sentence is furniture when one outlet prints it in at least this many events (default 3) … */
  minEvents?: number;
  /** … or, without events, in at least this many articles (default 5) */
  minDocs?: number;
  /** sentences longer than this many words are never furniture (default 40) */
  maxWords?: number;
}

/** FNV-1a over the word norms of tokens [from, to), or 0 when the sentence has fewer than 3 or more than `max` words. */
function sentenceHash(d: Doc, from: number, to: number, max: number): number {
  let h = 0x811c9dc5,
    words = 0;
  for (let i = from; i < to; i++) {
    const t = d.tokens[i];
    if (t.kind !== 'word') continue;
    if (++words > max) return 0;
    for (let k = 0; k < t.norm.length; k++) h = Math.imul(h ^ t.norm.charCodeAt(k), 0x01000193);
    h = Math.imul(h ^ 32, 0x01000193);
  }
  return words >= 3 ? h >>> 0 || 1 : 0;
}

/**
 * Keep-masks (1 = keep) for the docs that hold furniture: sentences of 3-40 words that one outlet repeats word for
 * word in `minEvents` events (or `minDocs` articles without events). Docs without furniture get no entry.
 */
export function boilerplateMasks(docs: readonly Doc[], opts: BoilerplateOptions = {}): Map<string, Uint8Array> {
  const max = opts.maxWords ?? 40;
  const need = opts.events ? (opts.minEvents ?? 3) : (opts.minDocs ?? 5);
  const seen = new Map<string, Map<number, Set<string>>>(); // outlet -> sentence hash -> events (or docs)
  const hashes = docs.map((d) => {
    let byHash = seen.get(d.outlet);
    if (!byHash) seen.set(d.outlet, (byHash = new Map()));
    const where = opts.events ? (opts.events.get(d.id) ?? d.id) : d.id;
    return d.sentences.map((s) => {
      const h = sentenceHash(d, s.tokenStart, s.tokenEnd, max);
      if (h) {
        let at = byHash.get(h);
        if (!at) byHash.set(h, (at = new Set()));
        if (at.size < need) at.add(where);
      }
      return h;
    });
  });
  const out = new Map<string, Uint8Array>();
  docs.forEach((d, k) => {
    const byHash = seen.get(d.outlet)!;
    d.sentences.forEach((s, j) => {
      const h = hashes[k][j];
      if (!h || byHash.get(h)!.size < need) return;
      let m = out.get(d.id);
      if (!m) out.set(d.id, (m = new Uint8Array(d.tokens.length).fill(1)));
      m.fill(0, s.tokenStart, s.tokenEnd);
    });
  });
  return out;
}
