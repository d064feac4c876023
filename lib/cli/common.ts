// What every command shares (input/output module): messages, loading, the data-file options and the cached
// analysis, CSV output, and the option parsers that turn bad usage into exit code 2.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { mkdirSync } from 'node:fs';
import { writeFileAtomicSync } from '../io/safe-paths.js';
import { loadCorpus } from '../corpus/load.js';
import { toCsv } from '../io/csv.js';
import { progress } from '../progress.js';
import { insideDir } from '../io/file-names.js';
import type { Corpus } from '../types.js';
import type { Analysis, PipelineOptions } from '../pipeline.js';
import type { DataOptions } from './types.js';

/** A mistake in how the command was called (exit code 2), as opposed to a failure while running (exit code 1). */
export class UsageError extends Error {}

/** Messages for people go to stderr, so stdout stays clean for --json. */
export function say(msg: string): void {
  process.stderr.write(terminalSafe(msg) + '\n');
}

/** A line of the command's own output (stdout). */
export function out(line: string): void {
  process.stdout.write(terminalSafe(line) + '\n');
}

/**
 * Control and bidi-override characters from input (file names, titles) shown as \u{..}, so they cannot drive the
 * terminal; tabs stay.
 */
export function terminalSafe(s: string): string {
  return s.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => '\\u{' + c.codePointAt(0)!.toString(16) + '}',
  );
}

/** Deterministic JSON for stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** The --map option of this run (which column holds which field), set before every command. */
let columnMap: string | undefined;

/** Remember the global --map option (called from the root command's preAction hook). */
export function setColumnMap(map: string | undefined): void {
  columnMap = map;
}

/** Load a corpus with a progress line, and say which inputs were skipped. */
export async function load(path: string): Promise<Corpus> {
  const bar = progress('loading', 0);
  const corpus = await loadCorpus(path, { map: columnMap, onProgress: (done, total) => bar.tick(done, total) });
  // the corpus-wide warnings that say which --map to give (the per-article ones are in `load`'s listing)
  for (const w of corpus.warnings ?? []) if (/ loaded as "unknown"|--map date=/.test(w)) say(w);
  bar.end();
  if (corpus.skipped.length)
    say(
      `${corpus.skipped.length} input(s) skipped: ` +
        corpus.skipped
          .slice(0, 5)
          .map((s) => `${s.file}${s.record ? '#' + s.record : ''} (${s.reason})`)
          .join('; ') +
        (corpus.skipped.length > 5 ? '; …' : ''),
    );
  return corpus;
}

/** Add --outlets, --aliases, --frames, --lexicon and --no-cache to a command. */
export function withDataOptions(cmd: Command): Command {
  return cmd
    .option('--outlets <file>', 'outlet alias table (JSON {outlets: [{name, aliases}]}), default data/outlets.json')
    .option('--aliases <file>', 'entity alias rules, default data/aliases.json')
    .option('--frames <file>', 'framing concepts and title words, default data/frames.json')
    .option('--lexicon <file>', 'loaded-language lexicon, default data/loaded-lexicon.json')
    .option(
      '--no-cache',
      'analyse afresh instead of reusing a cached analysis of the same corpus, data files and version',
    );
}

/**
 * Run every analysis once through analyseCorpus (read from the cache when nothing changed), saying how long each stage
 * took.
 */
export async function analyse(
  corpus: Corpus,
  o: DataOptions,
  extra: Omit<PipelineOptions, 'outletsPath' | 'aliasesPath' | 'framesPath' | 'lexiconPath'> = {},
): Promise<Analysis> {
  const { analyseCorpus } = await import('../pipeline.js');
  const { cachedAnalysis } = await import('../cache/analysis.js');
  const parts: string[] = [];
  const opts: PipelineOptions = {
    ...extra,
    outletsPath: o.outlets,
    aliasesPath: o.aliases,
    framesPath: o.frames,
    lexiconPath: o.lexicon,
    onStage: (stage, ms) => parts.push(`${stage} ${ms} ms`),
  };
  const t0 = Date.now();
  if (!o.cache) {
    const a = analyseCorpus(corpus, opts);
    say(`analysed ${corpus.articles.length} article(s): ${parts.join(', ')}`);
    return a;
  }
  const r = cachedAnalysis(corpus, opts);
  say(
    r.hit
      ? `analysis of ${corpus.articles.length} article(s) read from the cache in ${Date.now() - t0} ms`
      : `analysed ${corpus.articles.length} article(s): ${parts.join(', ')}`,
  );
  return r.analysis;
}

/** Write a CSV file under dir, creating it; returns the path. */
export function writeCsv(dir: string, name: string, rows: readonly object[], columns?: string[]): string {
  mkdirSync(dir, { recursive: true });
  // a new file renamed into place: never written through a symlink or hard link planted in the folder
  return writeFileAtomicSync(insideDir(dir, name), toCsv(rows, columns));
}

/** Parser for an integer option of at least `min` (commander reports a bad value and exits 2). */
export function intAtLeast(min: number): (v: string) => number {
  return (v: string) => {
    if (!/^-?\d+$/.test(v.trim())) throw new InvalidArgumentError(`must be a whole number (got "${v}")`);
    const n = Number(v);
    if (n < min) throw new InvalidArgumentError(`must be at least ${min} (got ${n})`);
    return n;
  };
}

/** Parser for a positive number. */
export function positiveNumber(v: string): number {
  const n = Number(v);
  if (!v.trim() || !Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError(`must be a positive number (got "${v}")`);
  return n;
}

/** Parser for an n-gram range "a-b" or "n", 1 <= a <= b <= 5. */
export function ngramRange(v: string): [number, number] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(v.trim());
  if (!m) throw new InvalidArgumentError(`must be n or a-b, e.g. 1-3 (got "${v}")`);
  const a = Number(m[1]),
    b = Number(m[2] ?? m[1]);
  if (a < 1 || b > 5 || a > b) throw new InvalidArgumentError(`must run from low to high within 1-5 (got "${v}")`);
  return [a, b];
}

/** The voices a comparison can include. */
export const VOICE_CHOICES = ['own', 'quoted', 'reported', 'reused'] as const;
export type VoiceChoice = (typeof VOICE_CHOICES)[number];

/** Parser for a comma-separated list of voices. */
export function voiceList(v: string): VoiceChoice[] {
  const list = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = list.filter((x) => !(VOICE_CHOICES as readonly string[]).includes(x));
  if (!list.length || bad.length)
    throw new InvalidArgumentError(
      `unknown voice(s) ${bad.join(', ') || '(none given)'}; use ${VOICE_CHOICES.join(', ')}`,
    );
  return list as VoiceChoice[];
}

/** An option with a fixed set of values (commander checks it). */
export function choiceOption(flags: string, description: string, choices: readonly string[], def: string): Option {
  return new Option(flags, description).choices(choices).default(def);
}
