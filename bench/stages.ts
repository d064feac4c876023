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
  /** other per-stage measurements for the results file (e.g. overlap candidate counts) */
  extra: Record<string, Record<string, number>>;
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
    if (err.code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module/.test(err.message))
      throw new Unavailable(`${path} not available yet`);
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
    return {
      id,
      outlet,
      date,
      title: '',
      url: null,
      language: 'en',
      text,
      paragraphs: [],
      provenance: {
        file,
        encoding: 'utf-8',
        encodingGuessed: false,
        fields: {
          id: 'manifest',
          outlet: 'manifest',
          date: 'manifest',
          title: 'missing',
          url: 'missing',
          language: 'missing',
        },
        removed: [],
        warnings: [],
      },
    };
  });
  return { root: dir, articles, skipped: [] };
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
      const { countTerms } = await import('../lib/text/counts.js');
      const t0 = performance.now();
      const docs = analyseAll(ctx.corpus!.articles);
      ctx.docs = docs;
      const t1 = performance.now();
      const counts = countTerms(docs);
      ctx.results.counts = counts;
      // no tf-idf: no stage, the report and lib/pipeline.ts do not read it (only `presslens terms` and the table export)
      return `analyse ${((t1 - t0) / 1000).toFixed(2)} s, counts ${((performance.now() - t1) / 1000).toFixed(2)} s`;
    },
  },
  {
    name: 'overlap',
    async run(ctx) {
      const m = await lib<typeof import('../lib/overlap/overlap.js')>('../lib/overlap/overlap.js', 'overlap');
      const res = m.overlap(ctx.docs!);
      ctx.results.overlap = res;
      const found: FoundPassage[] = [];
      // only reuse passages claim reuse: common-source and stock passages are not scored as found
      for (const p of res.pairs)
        for (const q of p.passages)
          if ((q.kind ?? 'reuse') === 'reuse')
            found.push({ a: { doc: p.a, start: q.a[0], end: q.a[1] }, b: { doc: p.b, start: q.b[0], end: q.b[1] } });
      const pairs = res.pairs.map((p) => ({
        a: p.a,
        b: p.b,
        credit: p.credit,
        grade: (p as { grade?: string }).grade,
      }));
      const s = scoreReuse(ctx.truth.reuse, found, ctx.truth.confounders ?? [], pairs);
      ctx.accuracy.reuse_recall = s.recall;
      ctx.accuracy.reuse_precision = s.precision;
      ctx.accuracy.rewrite_recall = s.rewriteRecall;
      ctx.accuracy.paraphrase_recall = s.paraphraseRecall;
      ctx.accuracy.confounder_false_positives = s.confounderHits;
      ctx.accuracy.false_accusations = s.falseAccusations;
      const cites: FoundCitation[] = res.citations
        .filter((c) => c.kind === 'outlet')
        .map((c) => ({ doc: c.doc, outlet: c.cited, start: c.name.start, end: c.name.end }));
      const cs = scoreCitations(ctx.truth.citations, cites);
      ctx.accuracy.citation_recall = cs.recall;
      ctx.accuracy.citation_precision = cs.precision;
      const st = res.stats;
      ctx.extra.overlap = {
        candidates: st.candidates,
        shingles: st.shingles,
        pairs: st.pairs,
        passages: found.length,
        formulas: st.formulas,
        index_s: st.ms.index / 1000,
        candidates_s: st.ms.candidates / 1000,
        align_s: st.ms.align / 1000,
      };
      return `index ${(st.ms.index / 1000).toFixed(2)} s, candidates ${(st.ms.candidates / 1000).toFixed(2)} s (${st.candidates} pairs), align ${(st.ms.align / 1000).toFixed(2)} s; ${found.length} passages, ${st.formulas} attribution formulas dropped`;
    },
  },
  {
    name: 'entities',
    async run(ctx) {
      const m = await lib<typeof import('../lib/entities/entities.js')>(
        '../lib/entities/entities.js',
        'extractEntities',
      );
      const res = m.extractEntities(ctx.docs!);
      ctx.results.entities = res;
      // mention recall: planted mentions whose span is covered by a found mention
      const found = new Map<string, [number, number][]>();
      res.mentions.forEach((ms, i) =>
        found.set(
          res.docs[i].id,
          ms.map((x) => [x.start, x.end]),
        ),
      );
      let hit = 0;
      for (const p of ctx.truth.mentions)
        if ((found.get(p.doc) ?? []).some(([a, b]) => a <= p.span[0] && b >= p.span[1])) hit++;
      ctx.accuracy.mention_recall = ctx.truth.mentions.length ? hit / ctx.truth.mentions.length : 1;
      return `${res.entities.length} entities`;
    },
  },
  {
    name: 'framing',
    async run(ctx) {
      const f = await lib<typeof import('../lib/framing/framing.js')>('../lib/framing/framing.js', 'analyseFraming');
      const r = await lib<typeof import('../lib/framing/run.js')>(
        '../lib/framing/run.js',
        'reusedSpans',
        'actorEntities',
      );
      const d = await lib<typeof import('../lib/framing/data.js')>(
        '../lib/framing/data.js',
        'readFrames',
        'readLexicon',
      );
      const ov = ctx.results.overlap as import('../lib/overlap/overlap.js').OverlapResult | undefined;
      const en = ctx.results.entities as import('../lib/entities/entities.js').EntityResult | undefined;
      const titles: Record<string, string> = {};
      for (const a of ctx.corpus!.articles) if (a.title) titles[a.id] = a.title;
      ctx.results.framing = f.analyseFraming({
        docs: ctx.docs!,
        titles,
        reused: ov ? r.reusedSpans(ov) : [],
        entities: en ? r.actorEntities(en.entities) : [],
        frames: d.readFrames(),
        lexicon: d.readLexicon(),
      });
    },
  },
  {
    name: 'report',
    async run(ctx) {
      const m = await lib<typeof import('../lib/report/report.js')>(
        '../lib/report/report.js',
        'buildReport',
        'writeReport',
      );
      const { mkdtempSync, rmSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const out = mkdtempSync(join(tmpdir(), 'presslens-bench-report-'));
      try {
        // the report reads the results of the stages above; it does not analyse again
        const analysis = {
          corpus: ctx.corpus!,
          docs: ctx.docs!,
          counts: ctx.results.counts as import('../lib/text/types.js').TermCounts,
          overlap: ctx.results.overlap as import('../lib/overlap/overlap.js').OverlapResult,
          entities: ctx.results.entities as import('../lib/entities/entities.js').EntityResult,
          framing: ctx.results.framing as import('../lib/framing/framing.js').Framing,
          reused: [],
          ms: {},
        };
        const input = await m.buildReport(ctx.corpus!, ctx.docs!, { analysis });
        const r = await m.writeReport(input, out, { images: false });
        return `HTML + CSV, no PNG/SVG; ${r.files.length} files`;
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  },
];
