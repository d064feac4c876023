// The walk of a corpus folder: inputs in sorted path order, hidden entries left out, symlinks followed only inside the
// folder and each real folder visited once; what cannot be an input is skipped with a reason.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Skip } from '../types.js';
import { errReason, inside, toPosix } from './file-access.js';

export interface Input {
  /** relative POSIX path from the root */
  rel: string;
  abs: string;
}

/** Walk the folder: sorted inputs, plus skips for symlinks leaving the root. */
export async function walk(
  root: string,
  realRoot: string,
  exclude: Set<string>,
): Promise<{ inputs: Input[]; skips: Skip[]; warnings: string[] }> {
  const inputs: Input[] = [];
  const skips: Skip[] = [];
  const warnings: string[] = [];
  const visited = new Set<string>([realRoot]);
  async function visit(dir: string): Promise<void> {
    let entries;
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch (e) {
      skips.push({ file: toPosix(path.relative(root, dir)) || '.', reason: `folder ${errReason(e)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      if (ent.name.startsWith('.')) continue;
      const abs = path.join(dir, ent.name);
      const rel = toPosix(path.relative(root, abs));
      if (exclude.has(abs)) continue;
      let isDir = ent.isDirectory();
      let isFile = ent.isFile();
      if (ent.isSymbolicLink()) {
        let real: string;
        try {
          real = await fsp.realpath(abs);
        } catch {
          skips.push({ file: rel, reason: 'broken symlink' });
          continue;
        }
        if (!inside(realRoot, real)) {
          skips.push({ file: rel, reason: 'symlink points outside the corpus folder' });
          continue;
        }
        const st = await fsp.stat(real);
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) {
        const real = await fsp.realpath(abs);
        if (visited.has(real)) {
          warnings.push(`${rel}: folder already visited (symlink loop or duplicate link), not walked again`);
          continue;
        }
        visited.add(real);
        await visit(abs);
      } else if (isFile) inputs.push({ rel, abs });
      else skips.push({ file: rel, reason: 'not a regular file' });
    }
  }
  await visit(root);
  return { inputs, skips, warnings };
}
