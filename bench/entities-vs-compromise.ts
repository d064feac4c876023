// Benchmark: presslens entities vs compromise 14 on the same gold (precision/recall) and the same text (tokens per second).
// Run: npx tsx bench/entities-vs-compromise.ts   (writes bench/results/entities.json)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../lib/corpus/load.js';
import { analyse } from '../lib/text/analyse.js';
import { extractEntities } from '../lib/entities/entities.js';
import { mergeAccuracy, scoreMentions, type ScoredMention } from '../lib/entities/evaluate.js';
import type { Doc } from '../lib/types.js';
import { heldOutGold, seedGold, type GoldSet } from './entities-gold.js';
import { compromiseSpans } from './eval/entities.js';

const root = process.cwd();

function ours(docs: Doc[]): ScoredMention[] {
  return extractEntities(docs)
    .mentions.flat()
    .map((m) => ({ doc: m.doc, start: m.start, end: m.end, type: m.type, entity: m.entity }));
}

/** compromise's people/places/organizations as scored mentions (spans trimmed as in the CoNLL eval). */
function theirs(docs: Doc[]): ScoredMention[] {
  return docs.flatMap((d) =>
    compromiseSpans(d.text).map((c) => ({
      doc: d.id,
      start: c.start,
      end: c.end,
      type: c.kind,
      entity: d.text.slice(c.start, c.end).toLowerCase(),
    })),
  );
}

function evaluate(set: GoldSet) {
  const g = set.gold.filter((m) => m.type !== 'demonym');
  const res: Record<string, unknown> = { gold_mentions: g.length };
  for (const [name, fn] of [
    ['presslens', ours],
    ['compromise', theirs],
  ] as const) {
    const p = fn(set.docs).filter((m) => m.type !== 'demonym');
    const s = scoreMentions(g, p);
    res[name] = { ...s, merge: name === 'presslens' ? mergeAccuracy(g, p) : undefined };
  }
  return res;
}

function tokensPerSecond(
  label: string,
  docs: Doc[],
  texts: { id: string; outlet: string; text: string }[],
  run: () => void,
): { label: string; tokens: number; seconds: number; tokensPerSecond: number } {
  run(); // warm up
  const tokens = docs.reduce((n, d) => n + d.tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length, 0);
  const t0 = process.hrtime.bigint();
  run();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  void texts;
  return { label, tokens, seconds, tokensPerSecond: Math.round(tokens / seconds) };
}

const corpus = await loadCorpus(join(root, 'seeds'));
const seeds = seedGold(root, corpus.articles);
const held = heldOutGold(root);
const quality = { seeds: evaluate(seeds), heldOut: evaluate(held) };

// speed: the seed articles repeated as separate articles (~100k word tokens); both tools read raw text (ours tokenizes too)
const reps = Number(process.env.REPS ?? 30);
const texts = Array.from({ length: reps }, (_, r) =>
  corpus.articles.map((a) => ({ id: `${a.id}#${r}`, outlet: a.outlet, text: a.text })),
).flat();
const docs = texts.map((t) => analyse({ ...t, date: null, paragraphs: [] }));
const speed = [
  tokensPerSecond('presslens (tokenize + entities)', docs, texts, () => {
    extractEntities(texts.map((t) => analyse({ ...t, date: null, paragraphs: [] })));
  }),
  tokensPerSecond('compromise people/places/organizations', docs, texts, () => {
    theirs(docs);
  }),
];
const result = {
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  quality,
  speed,
  speedup: +(speed[0].tokensPerSecond / speed[1].tokensPerSecond).toFixed(1),
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/entities.json'), JSON.stringify(result, null, 2) + '\n');
const pct = (x: number) => (100 * x).toFixed(1);
for (const [set, q] of Object.entries(quality) as [string, Record<string, any>][]) {
  for (const tool of ['presslens', 'compromise']) {
    const s = q[tool];
    console.log(
      `${set.padEnd(8)} ${tool.padEnd(10)} exact typed P ${pct(s.exactTyped.precision)} R ${pct(s.exactTyped.recall)} | exact untyped P ${pct(s.exactUntyped.precision)} R ${pct(s.exactUntyped.recall)} | overlap untyped P ${pct(s.overlapUntyped.precision)} R ${pct(s.overlapUntyped.recall)}` +
        (s.merge
          ? ` | merge pairP ${pct(s.merge.pairPrecision)} pairR ${pct(s.merge.pairRecall)} B3 F1 ${pct(s.merge.bcubedF1)}`
          : ''),
    );
  }
}
for (const s of speed)
  console.log(`${s.label}: ${s.tokens} tokens in ${s.seconds.toFixed(2)} s = ${s.tokensPerSecond} tokens/s`);
console.log(`speed-up ${result.speedup}x`);
