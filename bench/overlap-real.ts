// Source overlap on a real multi-outlet corpus, for a person to read: how many cross-outlet pairs are credited,
// uncredited or need no credit, the passage kinds, and the uncredited pairs with their passages, strongest first.
// There is no gold: read each uncredited pair as a journalist would (would you publish it?).
// Usage: tsx bench/overlap-real.ts [corpus=../shared/dev/multi-outlet-allsides/articles.jsonl] [pairs to show=20]
import { join } from 'node:path';
import { loadCorpus } from '../lib/corpus/load.js';
import { analyseAll } from '../lib/text/analyse.js';
import { overlap, type OverlapPair } from '../lib/overlap/overlap.js';
import { projectRoot } from '../lib/paths.js';

// Piped into `head`, stop quietly when the reader closes the pipe.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const path = process.argv[2] ?? join(projectRoot(), '..', 'shared', 'dev', 'multi-outlet-allsides', 'articles.jsonl');
const show = Number(process.argv[3] ?? 20);
const corpus = await loadCorpus(path);
const docs = analyseAll(corpus.articles);
const r = overlap(docs);
const count = (xs: readonly string[]) => {
  const m: Record<string, number> = {};
  for (const x of xs) m[x] = (m[x] ?? 0) + 1;
  return m;
};
const cross = r.pairs.filter((p) => p.kind === 'cross-outlet');
console.log(
  JSON.stringify({
    articles: docs.length,
    pairs: r.pairs.length,
    crossOutletCredit: count(cross.map((p) => p.credit)),
    passageKinds: count(r.pairs.flatMap((p) => p.passages.map((x) => x.kind))),
  }),
);
const byId = new Map(docs.map((d) => [d.id, d]));
const reuseShare = (p: OverlapPair) => Math.max(p.reuse_a_in_b, p.reuse_b_in_a);
const uncredited = cross
  .filter((p) => p.credit === 'uncredited')
  .sort((p, q) => q.evidence - p.evidence || reuseShare(q) - reuseShare(p) || (p.a + p.b < q.a + q.b ? -1 : 1));
for (const p of uncredited.slice(0, show)) {
  const A = byId.get(p.a)!,
    B = byId.get(p.b)!;
  console.log(
    `\n${p.outlet_a} ${p.a} (${A.date ?? 'no date'}) | ${p.outlet_b} ${p.b} (${B.date ?? 'no date'})` +
      ` | evidence ${p.evidence}, grade ${p.grade} | ${p.credit_because}`,
  );
  for (const x of p.passages)
    console.log(
      `  [${x.kind}] ${x.text.slice(0, 200).replace(/\s+/g, ' ')}${x.kind === 'reuse' ? '' : `  <${x.kind_because}>`}`,
    );
  if (!p.passages.some((x) => x.kind === 'reuse'))
    for (const s of p.alignedSentences.slice(0, 3))
      console.log(`  ~ ${A.text.slice(s.a.start, s.a.end)}\n    ${B.text.slice(s.b.start, s.b.end)}`);
}
