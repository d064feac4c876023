// Event finding on a generated corpus with planted events: the articles' `event` fields are dropped, events are
// clustered as the pipeline clusters them (entities, content words, shared passages, dates), and the clusters are
// scored against the planted events. Purity: share of articles in their cluster's majority planted event (falls
// when stories merge); completeness (inverse purity): share of articles in their planted event's largest cluster
// (falls when a story is split); pairwise precision and recall over article pairs.
// Usage: tsx bench/events-purity.ts [articles=2000] [dir=/tmp/presslens-events-<n>]
// EVENT_OPTS='{"termWeight":0}' passes EventOptions (termWeight 0: entities alone, the clustering before events3).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus, writeCorpus } from './generate.js';
import { loadCorpus } from '../lib/corpus/load.js';
import { analyseAll } from '../lib/text/analyse.js';
import { countTerms } from '../lib/text/counts.js';
import { boilerplateMasks } from '../lib/framing/boilerplate.js';
import { overlap } from '../lib/overlap/overlap.js';
import { extractEntities } from '../lib/entities/entities.js';
import { entityTypes, eventDocs, findEvents, passageLinks } from '../lib/events/events.js';

const n = Number(process.argv[2] ?? 2000);
const dir = process.argv[3] ?? `/tmp/presslens-events-${n}`;
if (!existsSync(join(dir, 'corpus'))) await writeCorpus(dir, { articles: n, seed: 1 });
const corpus = await loadCorpus(join(dir, 'corpus'));
const plantedOf = new Map(generateCorpus({ articles: n, seed: 1 }).articles.map((a) => [a.id, String(a.event)]));
const planted = corpus.articles.map((a) => plantedOf.get(a.id) ?? '?');
const articles = corpus.articles.map((a) => ({ ...a, event: undefined }));
const docs = analyseAll(articles);
const furniture = boilerplateMasks(docs);
const counts = countTerms(docs, {}, furniture);
const er = extractEntities(docs, { furniture });
const ov = overlap(docs);
const t0 = performance.now();
const r = findEvents(eventDocs(articles, er.mentions, counts.byDoc), {
  links: passageLinks(ov.pairs),
  types: entityTypes(er.entities),
  ...(JSON.parse(process.env.EVENT_OPTS ?? '{}') as object),
});
const ms = Math.round(performance.now() - t0);
const found = r.assignments.map((a) => a.event);
console.log(
  JSON.stringify({
    articles: articles.length,
    planted: new Set(planted).size,
    found: r.events.length,
    purity: round(majorityShare(found, planted)),
    completeness: round(majorityShare(planted, found)),
    ...pairwise(found, planted),
    ms,
  }),
);

/** Share of items whose label in `truth` is the most common one within their group in `groups`. */
function majorityShare(groups: readonly string[], truth: readonly string[]): number {
  const by = new Map<string, Map<string, number>>();
  groups.forEach((g, i) => {
    const m = by.get(g) ?? by.set(g, new Map()).get(g)!;
    m.set(truth[i], (m.get(truth[i]) ?? 0) + 1);
  });
  let s = 0;
  for (const m of by.values()) s += Math.max(...m.values());
  return s / groups.length;
}

/** Pairwise precision and recall of `found` against `truth` (pairs in one group), from the contingency counts. */
function pairwise(found: readonly string[], truth: readonly string[]): { precision: number; recall: number } {
  const pairs = (xs: Iterable<number>) => [...xs].reduce((s, c) => s + (c * (c - 1)) / 2, 0);
  const tally = (keys: readonly string[]) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return m.values();
  };
  const both = pairs(tally(found.map((f, i) => f + '\u0000' + truth[i])));
  return { precision: round(both / (pairs(tally(found)) || 1)), recall: round(both / (pairs(tally(truth)) || 1)) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
