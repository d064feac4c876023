// The notebooks import presslens prebuilt (.cache/kernel, scripts/kernel-build.mjs): tslab would otherwise type-check
// all of lib/ before the first cell runs. This makes sure the build matches lib/ before notebooks are executed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';

/** Build .cache/kernel if lib/ changed since the last build (a no-op taking well under a second otherwise); returns why it failed, if it did. */
export function ensureKernelBuild(root = projectRoot()): string | undefined {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'kernel-build.mjs')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  if (r.status === 0) return undefined;
  return `could not build the notebooks' presslens (node scripts/kernel-build.mjs): ${(r.stderr || String(r.error ?? '')).trim().slice(-1500)}`;
}
