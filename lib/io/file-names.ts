// Places of output files: paths that cannot leave their folder (names from lib/util/names.ts).
import { existsSync, lstatSync, realpathSync, unlinkSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { safeName, slug } from '../util/names.js';

export { safeName, slug };

/**
 * Resolve `name` inside `dir`, throwing if the result would leave dir; a symlink already at that path is removed, never
 * written through.
 */
export function insideDir(dir: string, name: string): string {
  const root = resolve(dir);
  const p = resolve(root, name);
  const rel = relative(root, p);
  if (rel === '' || isAbsolute(rel) || rel.split(sep)[0] === '..')
    throw new Error(`refusing to write outside ${root}: ${name}`);
  if (lstatSync(p, { throwIfNoEntry: false })?.isSymbolicLink()) unlinkSync(p);
  return p;
}

/**
 * The path `out/sub`, refusing when it already exists as a link leading outside `out` (e.g. planted in an unpacked
 * archive).
 */
export function subDir(out: string, sub: string): string {
  const p = join(resolve(out), sub);
  if (!existsSync(p)) return p;
  const rel = relative(realpathSync(out), realpathSync(p));
  if (rel === '' || isAbsolute(rel) || rel.split(sep)[0] === '..')
    throw new Error(`refusing to write into ${p}: it leads outside ${resolve(out)}`);
  return p;
}
