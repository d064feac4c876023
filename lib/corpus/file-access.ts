// How the loader touches the file system: regular files only, opened without blocking (a FIFO never hangs it), a size
// limit, error codes as skip reasons, and paths kept inside the corpus folder.
import { closeSync, constants as fsc, fstatSync, openSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** Default size limit for one input file. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Open for reading without blocking on a FIFO; returns the bytes, or a skip reason for anything but a regular file.
 * Synchronous calls: a corpus is thousands of small files, and the promise file API cost more CPU per file (a thread
 * hand-off per open, stat, read and close) than reading it.
 */
export function readRegular(abs: string, maxBytes: number): Buffer | string {
  let fd: number | undefined;
  try {
    fd = openSync(abs, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return 'not a regular file (FIFO, socket or device)';
    if (st.size > maxBytes) {
      return `file too large (${(st.size / 1048576).toFixed(1)} MB; limit ${(maxBytes / 1048576).toFixed(0)} MB)`;
    }
    return readFileSync(fd);
  } catch (e) {
    return errReason(e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export const toPosix = (p: string) => p.split(path.sep).join('/');

export function inside(root: string, p: string): boolean {
  const r = path.relative(root, p);
  return r === '' || (!r.startsWith('..') && !path.isAbsolute(r));
}

export function errReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable: permission denied';
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a folder';
  return `unreadable: ${code ?? (e as Error).message}`;
}
