// Benchmark of presslens overlap at scale: synthetic corpora of ~500-word articles with planted reuse and boilerplate.
// Run: npx tsx bench/overlap-scale.ts [sizes...]   (default 1000 10000). Prints timings; not a test.
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import type { Doc } from '../lib/types.js';
import { mulberry32 as rng } from './generate.js';

/** A synthetic corpus: Zipf words in sentences; 10% of articles copy a 60-150 word passage of another with a few edits; a signature line in 30%. */
export function syntheticCorpus(
  n: number,
  words = 500,
  seed = 1,
): { docs: Doc[]; planted: { from: number; to: number }[] } {
  const r = rng(seed);
  const V = 30000;
  const vocab = Array.from({ length: V }, (_, i) => 'w' + i.toString(36));
  // Zipf by inverse-CDF over a precomputed cumulative table
  const cum = new Float64Array(V);
  let s = 0;
  for (let i = 0; i < V; i++) cum[i] = s += 1 / (i + 1);
  const word = () => {
    const x = r() * s;
    let lo = 0,
      hi = V - 1;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (cum[m] < x) lo = m + 1;
      else hi = m;
    }
    return vocab[lo];
  };
  const texts: string[][] = [];
  for (let d = 0; d < n; d++) {
    const w: string[] = [];
    for (let i = 0; i < words; i++) w.push(word());
    texts.push(w);
  }
  const planted: { from: number; to: number }[] = [];
  for (let d = 1; d < n; d++) {
    if (r() >= 0.1) continue;
    const from = Math.floor(r() * d);
    const len = 60 + Math.floor(r() * 90);
    const s0 = Math.floor(r() * (words - len)),
      t0 = Math.floor(r() * (words - len));
    const piece = texts[from].slice(s0, s0 + len);
    for (let e = 0; e < 3; e++) piece[Math.floor(r() * len)] = word();
    texts[d].splice(t0, len, ...piece);
    planted.push({ from, to: d });
  }
  const sig = 'Follow our coverage of the region on our website and social media channels every day';
  const docs = texts.map((w, d) => {
    let text = '';
    for (let i = 0; i < w.length; i++) text += w[i] + ((i + 1) % 20 === 0 ? '. ' : ' ');
    if (r() < 0.3) text += '\n\n' + sig + '.';
    return analyse({ id: String(d).padStart(5, '0'), outlet: 'outlet' + (d % 50), date: null, text, paragraphs: [] });
  });
  return { docs, planted };
}

const main = /overlap-scale\.[tj]s$/.test(process.argv[1] ?? '');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((x) => x > 0);
for (const n of !main ? [] : sizes.length ? sizes : [1000, 10000]) {
  const t0 = performance.now();
  const { docs, planted } = syntheticCorpus(n);
  const t1 = performance.now();
  const res = overlap(docs, { outlets: [] });
  const t2 = performance.now();
  const found = new Set(res.pairs.map((p) => p.a + '-' + p.b));
  const recall =
    planted.filter((p) => found.has(String(p.from).padStart(5, '0') + '-' + String(p.to).padStart(5, '0'))).length /
    Math.max(1, planted.length);
  const mem = process.memoryUsage().rss / 2 ** 20;
  console.log(
    JSON.stringify({
      articles: n,
      words: res.stats.words,
      shingles: res.stats.shingles,
      candidates: res.stats.candidates,
      pairs: res.pairs.length,
      planted: planted.length,
      recall: Math.round(recall * 1000) / 1000,
      boilerplateShingles: res.boilerplate.shingles,
      ms: { generate_and_tokenize: Math.round(t1 - t0), overlap: Math.round(t2 - t1), ...res.stats.ms },
      rssMB: Math.round(mem),
    }),
  );
}
