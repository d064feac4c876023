// IO: where presslens may write, and writing one file so that nothing is ever written through a link.
//
// A file is written to a fresh temporary name beside its target and renamed over it: a symlink or hard link at
// the target is replaced as a directory entry, never followed, and a failed write (ENOSPC, a kill) leaves the
// old file or nothing, never half a file. The output folder may not be inside the corpus, nor hold it.

import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** An output path presslens refuses to use; the CLI exits with code 2. */
export class OutputRefused extends Error {
  /** the process exit code for this refusal */
  readonly exitCode = 2;
}

/** True when `p` is `root` or inside it (plain path comparison; resolve links first). */
export function isInside(root: string, p: string): boolean {
  const r = relative(root, p);
  return r === '' || (!isAbsolute(r) && r.split(sep)[0] !== '..');
}

/** The real path of `p`, also for a path that does not exist yet (its nearest existing ancestor resolved). */
export function realPathOf(p: string): string {
  let cur = resolve(p);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(cur), ...rest.reverse());
    } catch {
      const up = dirname(cur);
      if (up === cur) return resolve(p);
      rest.push(basename(cur));
      cur = up;
    }
  }
}

/** Refuse (OutputRefused) an output folder inside the corpus or holding it: the next load would read the report. */
export function assertOutsideCorpus(out: string, corpus: string): void {
  if (!existsSync(corpus)) return; // an in-memory corpus: nothing on disk to protect
  const o = realPathOf(out);
  const c = realPathOf(corpus);
  if (isInside(c, o)) {
    throw new OutputRefused(
      `refusing to write the output into the corpus: ${o} is inside ${c}. Choose an --out folder outside the corpus.`,
    );
  }
  if (isInside(o, c)) {
    throw new OutputRefused(
      `refusing to write the output into ${o}: the corpus ${c} is inside it. Choose an --out folder that does not contain the corpus.`,
    );
  }
}

/** A temporary name beside `target` (same folder, so a rename onto `target` is atomic). */
export function tempBeside(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.presslens-${process.pid}-${Math.random().toString(36).slice(2, 10)}`,
  );
}

/** Write one file atomically: a fresh temporary file beside it, flushed, then renamed over `target`. */
export async function writeFileAtomic(
  target: string,
  write: (tmp: string) => Promise<unknown> | unknown,
): Promise<string> {
  const path = resolve(target);
  if (lstatSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new OutputRefused(`refusing to write ${path}: it is a folder`);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempBeside(path);
  try {
    await write(tmp);
    const fd = openSync(tmp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return path;
}

/** writeFileAtomic for data in memory, synchronously (the folder is created when missing). */
export function writeFileAtomicSync(target: string, data: string | Uint8Array): string {
  const path = resolve(target);
  mkdirSync(dirname(path), { recursive: true });
  if (lstatSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new OutputRefused(`refusing to write ${path}: it is a folder`);
  const tmp = tempBeside(path);
  try {
    writeNewFile(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return path;
}

/** Write a string or bytes to a new file that must not exist yet (exclusive create: never through a planted link). */
export function writeNewFile(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, 'wx');
  try {
    const buf = typeof data === 'string' ? Buffer.from(data) : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
  } finally {
    closeSync(fd);
  }
}

/** True when something (file, folder or link) exists at `p`, without following a link. */
export function entryExists(p: string): boolean {
  return existsSync(p) || !!lstatSync(p, { throwIfNoEntry: false });
}
