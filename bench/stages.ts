// The benchmarked pipeline as a list of stages. Adding a stage is one entry: {name, run(ctx)}.
// Stages import lib modules dynamically, so a module that does not exist yet is reported, not fatal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Corpus, Doc } from '../lib/types.js';
import type { Truth } from './generate.js';
import { scoreCitations, scoreReuse, type FoundCitation, type FoundPassage } from './accuracy.js';

/** What stages share: the corpus folder, the truth, and each stage's result. */
export interface Ctx {
  /** the corpus folder the loader reads (generated dir + /corpus) */
  dir: string;
  truth: Truth;
  corpus?: Corpus;
  docs?: Doc[];
  results: Record<string, unknown>;
  /** accuracy numbers filled by stages that can be scored */
  accuracy: Record<string, number>;
}

/** One benchmarked stage; run returns an optional note for the table. */
export interface Stage {
  name: string;
  run(ctx: Ctx): Promise<string | void>;
}

/** Thrown when a stage's module is not in lib yet. */
export class Unavailable extends Error {}

/** Import a lib module by path relative to this file; a missing module or export becomes Unavailable. */
async function lib<T>(path: string, ...names: string[]): Promise<T> {
  let m: Record<string, unknown>;
  try {
    m = (await import(path)) as Record<string, unknown>;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module/.test(err.message)) throw new Unavailable(`${path} not available yet`);
    throw e;
  }
  for (const n of names) if (typeof m[n] !== 'function') throw new Unavailable(`${path} has no ${n}() yet`);
  return m as T;
}

/** Minimal reader used only when lib/corpus/load.ts is missing: manifest + files, no cleaning. */
function fallbackLoad(dir: string): Corpus {
  const lines = readFileSync(join(dir, 'corpus.csv'), 'utf8').trim().split('\n').slice(1);
  const articles: Article[] = lines.map((l) => {
    const [file, id, outlet, date] = l.split(',');
    const text = readFileSync(join(dir, file), 'utf8').trimEnd();
    return { id, outlet, date, title: '', url: null, language: 'en', text, paragraphs: [], provenance: { file, encoding: 'utf-8', encodingGuessed: false, fields: { id: 'manifest', outlet: 'manifest', date: 'manifest', title: 'missing', url: 'missing', language: 'missing' }, removed: [], warnings: [] } };
  });
  return { root: dir, articles, skipped: [] };
}

/** Passages from whatever shape the overlap module returns: [{a: Span, b: Span}] or [{source, target}] or {passages}. */
function passagesOf(result: unknown): FoundPassage[] {
  const r = result as Record<string, unknown>;
  const list = (Array.isArray(result) ? result : r.passages) as Record<string, { doc: string; start: number; end: number }>[] | undefined;
  if (!Array.isArray(list)) return [];
  return list.map((p) => ({ a: p.a ?? p.source ?? p.left, b: p.b ?? p.target ?? p.right })).filter((p) => p.a && p.b);
}

/** Citations from whatever shape a citations result has: [{doc, outlet}] or {citations}. */
function citationsOf(result: unknown): FoundCitation[] | null {
  const r = result as Record<string, unknown>;
  const list = (Array.isArray(result) ? result : r?.citations) as Record<string, unknown>[] | undefined;
  if (!Array.isArray(list)) return null;
  return list.map((c) => {
    const span = (c.span ?? c) as { doc?: string; start?: number; end?: number };
    return { doc: String(c.doc ?? span.doc), outlet: String(c.outlet ?? c.cited ?? c.target ?? c.name ?? ''), start: span.start, end: span.end };
  });
}

/** The stages, in pipeline order. */
export const STAGES: Stage[] = [
  {
    name: 'load',
    async run(ctx) {
      try {
        const m = await lib<{ loadCorpus(p: string): Promise<Corpus> }>('../lib/corpus/load.js', 'loadCorpus');
        ctx.corpus = await m.loadCorpus(ctx.dir);
      } catch (e) {
        if (!(e instanceof Unavailable)) throw e;
        ctx.corpus = fallbackLoad(ctx.dir);
        return 'lib/corpus/load.ts missing: plain file reader used';
      }
    },
  },
  {
    name: 'tokenize+count',
    async run(ctx) {
      // one thread: a worker pool does not pay here, because sending Docs back costs more than making them
      // (structured clone of half the Docs of 10,000 articles took longer than analysing them; see README "Scale")
      const { analyseAll } = await import('../lib/text/analyse.js');
      const { countTerms, tfidf } = await import('../lib/text/counts.js');
      const t0 = performance.now();
      const docs = analyseAll(ctx.corpus!.articles);
      ctx.docs = docs;
      const t1 = performance.now();
      const counts = countTerms(docs);
      ctx.results.counts = counts;
      ctx.results.tfidf = tfidf(counts);
      return `analyse ${((t1 - t0) / 1000).toFixed(2)} s, counts + tf-idf ${((performance.now() - t1) / 1000).toFixed(2)} s`;
    },
  },
  {
    name: 'overlap',
    async run(ctx) {
      const m = await lib<{ overlap(docs: Doc[], opts?: object): unknown }>('../lib/overlap/index.js', 'overlap');
      const res = m.overlap(ctx.docs!);
      ctx.results.overlap = res;
      const found = passagesOf(res);
      const s = scoreReuse(ctx.truth.reuse, found);
      ctx.accuracy.reuse_recall = s.recall;
      ctx.accuracy.reuse_precision = s.precision;
      ctx.accuracy.paraphrase_recall = s.paraphraseRecall;
      const cites = citationsOf(res);
      if (cites) ctx.accuracy.citation_recall = scoreCitations(ctx.truth.citations, cites).recall;
      return `${found.length} passages`;
    },
  },
  {
    name: 'entities',
    async run(ctx) {
      const m = await lib<{ extractEntities(docs: Doc[]): unknown }>('../lib/entities/index.js', 'extractEntities');
      ctx.results.entities = m.extractEntities(ctx.docs!);
    },
  },
  {
    name: 'framing',
    async run(ctx) {
      const m = await lib<{ framing(docs: Doc[], opts?: object): unknown }>('../lib/framing/index.js', 'framing');
      ctx.results.framing = m.framing(ctx.docs!);
    },
  },
  {
    name: 'report',
    async run() {
      await lib('../lib/report/report.js', 'buildReport');
      throw new Unavailable('report entry point not wired yet');
    },
  },
];
