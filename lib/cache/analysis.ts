// Analyses cached on disk by a content hash (input/output module): the loaded corpus, every data file the
// analyses read, the options, and the presslens version (package version plus a hash of lib's source), so a
// repeat run on an unchanged corpus skips the analysis, and any change to text, data files or code re-runs it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Corpus } from '../types.js';
import { analyseCorpus, type Analysis, type PipelineOptions } from '../pipeline.js';
import { projectRoot } from '../paths.js';

/** Where cached analyses live (PRESSLENS_CACHE_DIR, else .cache/analyses under the project root). */
export function cacheDir(): string {
  return process.env.PRESSLENS_CACHE_DIR || join(projectRoot(), '.cache', 'analyses');
}

/** Where rendered chart images are cached (beside the analyses), or undefined when caching is off. */
export function imageCacheDir(): string | undefined {
  return cacheEnabled() ? join(cacheDir(), '..', 'images') : undefined;
}

/** False when PRESSLENS_CACHE=0 (every run analyses afresh). */
export function cacheEnabled(): boolean {
  return process.env.PRESSLENS_CACHE !== '0';
}

let versionCache: string | undefined;

/** The presslens version a cache entry is valid for: package.json version plus a hash of every lib/ source file. */
export function presslensVersion(): string {
  if (versionCache) return versionCache;
  const root = projectRoot();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  const h = createHash('sha256');
  for (const f of listFiles(join(root, 'lib')))
    h.update(f.slice(root.length)).update('\0').update(readFileSync(f)).update('\0');
  return (versionCache = `${pkg.version ?? '0'}+${h.digest('hex').slice(0, 12)}`);
}

/** Every .ts file under dir, sorted (deterministic hash order). */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** The data files an analysis reads: every JSON file under data/ plus the files named in the options. */
function dataFiles(opts: PipelineOptions): string[] {
  const dir = join(projectRoot(), 'data');
  const defaults = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(dir, f))
    : [];
  const named = [opts.outletsPath, opts.aliasesPath, opts.framesPath, opts.lexiconPath]
    .filter((p): p is string => !!p)
    .map((p) => resolve(p));
  return [...defaults, ...named];
}

/** The content hash of one analysis: corpus articles, data files, options and version. */
export function analysisKey(corpus: Corpus, opts: PipelineOptions = {}): string {
  const h = createHash('sha256');
  h.update(presslensVersion()).update('\0');
  const settings = { overlap: opts.overlap, entities: opts.entities, framing: opts.framing };
  h.update(JSON.stringify(settings)).update('\0');
  for (const f of dataFiles(opts))
    h.update(f)
      .update('\0')
      .update(existsSync(f) ? readFileSync(f) : '')
      .update('\0');
  for (const a of corpus.articles) h.update(JSON.stringify(a)).update('\0');
  h.update(JSON.stringify(corpus.skipped));
  return h.digest('hex');
}

/** What cachedAnalysis did: the analysis, whether it came from the cache, and its key. */
export interface CachedAnalysis {
  analysis: Analysis;
  hit: boolean;
  key: string;
}

/** analyseCorpus, read from the disk cache when the same corpus, data files, options and version were analysed before. */
export function cachedAnalysis(corpus: Corpus, opts: PipelineOptions = {}): CachedAnalysis {
  const key = analysisKey(corpus, opts);
  const file = join(cacheDir(), `${key}.v8`);
  if (cacheEnabled() && existsSync(file) && statSync(file).size > 0) {
    try {
      const cached = deserialize(readFileSync(file)) as Analysis;
      for (const [stage, ms] of Object.entries(cached.ms)) opts.onStage?.(`${stage} (cached)`, ms);
      return { analysis: { ...cached, corpus }, hit: true, key };
    } catch {
      // unreadable entry (e.g. written by another Node version): analyse again and overwrite it
    }
  }
  const analysis = analyseCorpus(corpus, opts);
  if (cacheEnabled()) {
    mkdirSync(cacheDir(), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize({ ...analysis, corpus: { root: '', articles: [], skipped: [] } }));
    renameSync(tmp, file); // atomic: a reader never sees half a file
  }
  return { analysis, hit: false, key };
}
