// The corpus a notebook session works on, and its analysis computed once per kernel (input/output module:
// reads PRESSLENS_CORPUS, loads the corpus, and uses the disk cache of analyses).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../corpus/load.js';
import { cachedAnalysis } from '../cache/analysis.js';
import type { Analysis, PipelineOptions } from '../pipeline.js';
import { projectRoot } from '../paths.js';

/** The corpus notebooks work on: PRESSLENS_CORPUS (a folder or a records file), else `seeds`. */
export function corpusPath(): string {
  return process.env.PRESSLENS_CORPUS || 'seeds';
}

/** True when `path` is the project's seed corpus (seed-specific commentary is shown only then). */
export function isSeedCorpus(path: string = corpusPath()): boolean {
  return resolve(projectRoot(), path) === resolve(projectRoot(), 'seeds');
}

const sessions = new Map<string, Promise<Analysis>>();

/** Load and analyse a corpus once per process (kernel): later calls with the same path and options share the result. */
export function openAnalysis(
  path: string = corpusPath(),
  opts: Omit<PipelineOptions, 'onStage' | 'docs'> = {},
): Promise<Analysis> {
  const key = resolve(projectRoot(), path) + '\0' + JSON.stringify(opts);
  let p = sessions.get(key);
  if (!p) {
    p = loadCorpus(resolve(projectRoot(), path)).then((corpus) => cachedAnalysis(corpus, opts).analysis);
    p.catch(() => sessions.delete(key)); // a failed load can be retried
    sessions.set(key, p);
  }
  return p;
}

let notes: Record<string, string> | undefined;

/**
 * Commentary written for the seed articles (notebooks/seed-notes.json), by key; notebooks show it only when
 * isSeedCorpus().
 */
export function seedNote(key: string): string {
  notes ??= JSON.parse(readFileSync(join(projectRoot(), 'notebooks', 'seed-notes.json'), 'utf8')) as Record<
    string,
    string
  >;
  return notes[key] ?? '';
}
