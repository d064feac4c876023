// IO: an output folder presslens owns, written all at once.
//
// writeOutputDir(out, write) runs `write` into a fresh staging folder beside `out` and, when it completes, moves
// the new entries into `out` in one short step (the old ones moved aside first, index.html last, then deleted).
// - A killed or failed run (ENOSPC, an exception) leaves the previous report intact, never a mix; its staging
//   folder (".<out>.presslens-<pid>-...") is removed, or, when the process was killed, removed by the next run.
// - A lock file (out/.presslens.lock, holding the pid) refuses a second concurrent run; a lock left by a process
//   that no longer runs is taken over.
// - out/.presslens-manifest.json lists every file written. Only the entries listed there (or a report written
//   before manifests existed, recognised by its index.html) are replaced or removed; any other file in the way is a
//   refusal naming it. A symlink in the way is moved aside as a link, never followed; files are never opened for
//   writing in `out`, so hard links there are never written through. Entries of `out` presslens did not write are
//   left alone.
// - `corpus` given: an `out` inside the corpus, or holding it, is refused (OutputRefused, exit code 2).

import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { assertOutsideCorpus, entryExists, OutputRefused, writeNewFile } from './safe-paths.js';

/** The lock file inside an output folder. */
export const LOCK_NAME = '.presslens.lock';
/** The list of files presslens wrote, inside an output folder. */
export const MANIFEST_NAME = '.presslens-manifest.json';

/** Options for writeOutputDir. */
export interface OutputDirOptions {
  /** the corpus being reported on: an output folder inside it, or holding it, is refused */
  corpus?: string;
}

/** What writeOutputDir did. */
export interface OutputDirResult {
  /** the output folder */
  dir: string;
  /** every file written, as paths inside `dir`, sorted */
  files: string[];
  /** entries of an earlier report that are gone now (orphans removed) */
  removed: string[];
}

function listFiles(root: string, dir = root, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) listFiles(root, p, out);
    else out.push(relative(root, p).split(sep).join('/'));
  }
  return out;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Take the lock in `out`; throws OutputRefused when another live run holds it. Returns the release function. */
export function takeLock(out: string): () => void {
  const lock = join(out, LOCK_NAME);
  const body = `${process.pid}\n`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeNewFile(lock, body);
      return () => {
        try {
          if (readFileSync(lock, 'utf8') === body) unlinkSync(lock);
        } catch {
          /* gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const st = lstatSync(lock);
      const pid = st.isFile() && st.size < 64 ? Number.parseInt(readFileSync(lock, 'utf8'), 10) : NaN;
      if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
        throw new OutputRefused(
          `another presslens run (pid ${pid}) is writing to ${out}. Wait for it to finish, or, if no run is active, delete ${lock}.`,
        );
      }
      unlinkSync(lock); // left by a run that no longer exists
    }
  }
  throw new OutputRefused(`could not take the lock ${lock}`);
}

/** Files of an earlier report in `out`: from its manifest; null for a report written before manifests (all of it). */
function previousFiles(out: string): Set<string> | null {
  const m = join(out, MANIFEST_NAME);
  const st = lstatSync(m, { throwIfNoEntry: false });
  if (st?.isFile()) {
    try {
      const v = JSON.parse(readFileSync(m, 'utf8')) as { files?: unknown };
      if (Array.isArray(v.files)) return new Set(v.files.filter((f): f is string => typeof f === 'string'));
    } catch {
      /* unreadable manifest: owns nothing */
    }
    return new Set();
  }
  const index = join(out, 'index.html');
  if (lstatSync(index, { throwIfNoEntry: false })?.isFile() && /Written by presslens/.test(readFileSync(index, 'utf8')))
    return null;
  return new Set();
}

/** Check every entry the new output replaces is ours (or a link); returns the top-level entries to move aside. */
function entriesToReplace(out: string, names: string[], owned: Set<string> | null): string[] {
  const aside: string[] = [];
  for (const name of names) {
    const p = join(out, name);
    const st = lstatSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isSymbolicLink() || owned === null || name === MANIFEST_NAME) {
      aside.push(name);
      continue;
    }
    const files = st.isDirectory() ? listFiles(out, p) : [name];
    const foreign = files.filter((f) => !owned.has(f));
    if (foreign.length) {
      throw new OutputRefused(
        `refusing to replace files presslens did not write in ${out}: ${foreign.slice(0, 3).join(', ')}` +
          `${foreign.length > 3 ? ` and ${foreign.length - 3} more` : ''}. Move them, or choose another --out folder.`,
      );
    }
    aside.push(name);
  }
  return aside;
}

/** Orphans: entries of the previous report that the new one does not have (e.g. images of other outlets). */
function orphans(out: string, names: Set<string>, owned: Set<string> | null): string[] {
  if (owned === null)
    return ['index.html', 'tables', 'images', 'notebooks'].filter((n) => !names.has(n) && entryExists(join(out, n)));
  const tops = new Set([...owned].map((f) => f.split('/')[0]));
  return [...tops]
    .filter((n) => !names.has(n) && n !== MANIFEST_NAME && entryExists(join(out, n)))
    .filter((n) => {
      const p = join(out, n);
      const st = lstatSync(p);
      return st.isSymbolicLink() || !st.isDirectory() || listFiles(out, p).every((f) => owned.has(f));
    });
}

/** Move the staged entries into `out`: old entries aside into `trash`, new ones in (index.html last), manifest last. */
function swapIn(stage: string, out: string, trash: string, names: string[], aside: string[]): void {
  for (const n of aside.sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : 0)))
    renameSync(join(out, n), join(trash, n));
  for (const n of names.filter((x) => x !== 'index.html' && x !== MANIFEST_NAME))
    renameSync(join(stage, n), join(out, n));
  if (names.includes('index.html')) renameSync(join(stage, 'index.html'), join(out, 'index.html'));
  renameSync(join(stage, MANIFEST_NAME), join(out, MANIFEST_NAME));
}

/** Remove staging and trash folders beside `out` left by runs that were killed (their pid no longer runs). */
function removeStale(out: string): void {
  const prefix = `.${basename(out)}.presslens-`;
  for (const name of readdirSync(dirname(out))) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(?:old-)?(\d+)-/.exec(name.slice(prefix.length));
    if (m && !processAlive(Number(m[1]))) rmSync(join(dirname(out), name), { recursive: true, force: true });
  }
}

/** Write an output folder all at once (see the header): `write` fills the staging folder it is given. */
export async function writeOutputDir(
  outDir: string,
  write: (stage: string) => Promise<void>,
  opts: OutputDirOptions = {},
): Promise<OutputDirResult> {
  const out = resolve(outDir);
  if (opts.corpus) assertOutsideCorpus(out, opts.corpus);
  const st = lstatSync(out, { throwIfNoEntry: false });
  if (st && !st.isDirectory())
    throw new OutputRefused(
      `refusing to write into ${out}: it is ${st.isSymbolicLink() ? 'a symlink' : 'not a folder'}`,
    );
  mkdirSync(out, { recursive: true });
  const release = takeLock(out);
  removeStale(out);
  const stage = mkdtempSync(join(dirname(out), `.${basename(out)}.presslens-${process.pid}-`));
  try {
    await write(stage);
    const files = listFiles(stage).sort();
    writeNewFile(join(stage, MANIFEST_NAME), JSON.stringify({ writtenBy: 'presslens', files }, null, 2) + '\n');
    const names = readdirSync(stage).sort();
    const owned = previousFiles(out);
    const aside = entriesToReplace(out, names, owned);
    const gone = orphans(out, new Set(names), owned);
    const trash = mkdtempSync(join(dirname(out), `.${basename(out)}.presslens-old-${process.pid}-`));
    swapIn(stage, out, trash, names, aside);
    for (const n of gone) renameSync(join(out, n), join(trash, n));
    rmSync(trash, { recursive: true, force: true }); // unlinks links and files; never follows a link
    return { dir: out, files, removed: gone };
  } finally {
    rmSync(stage, { recursive: true, force: true });
    release();
  }
}
