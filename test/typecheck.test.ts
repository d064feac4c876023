// The whole project (lib, bench, test, scripts) type-checks under the strict tsconfig; tsx and vitest strip types without checking them.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

describe('types', () => {
  it('tsc --noEmit reports no errors', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', ROOT], { cwd: ROOT, encoding: 'utf8' });
    // on failure the assertion shows tsc's error lines
    expect({ status: r.status, errors: (r.stdout + r.stderr).trim() }).toEqual({ status: 0, errors: '' });
  }, 180_000);
});
