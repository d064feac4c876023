// The presslens kernel keeps compiling cells when files change on disk while it runs: tslab's watch program has a
// one-slot timer, and a disk change it saw (the analysis cache written under .cache, a kernel build, an npm install)
// made the next cell fail with "Unexpected pending rebuildTimer". Runs tslab's cell compiler the way the kernelspec
// starts it (the node options of scripts/kernel-spec.mjs), in a scratch folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without declarations
import { kernelSpec } from '../scripts/kernel-spec.mjs';

const REPO = join(import.meta.dirname, '..');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

// Two cells compiled by tslab, with files written between them where its watch program looks: the module the first
// cell imported, and a new file in a folder beside it (as the analysis cache is written under .cache).
const DRIVER = `
const fs = require('fs');
const { createConverter } = require(${JSON.stringify(join(REPO, 'node_modules/tslab/dist/converter.js'))});
const c = createConverter({ isJS: false, isBrowser: false });
const one = c.convert('', "import { n } from './.cache/lib/mod';\\nconst x: number = n + 1;\\n");
fs.mkdirSync('.cache/analyses', { recursive: true });
fs.writeFileSync('.cache/analyses/key.json', '{}');
fs.writeFileSync('.cache/lib/mod.ts', "import type { Word } from 'words';\\nexport const n: Word = 2;\\n");
setTimeout(() => {
  try {
    const two = c.convert(one.declOutput || '', 'const y: number = x * 2;\\n');
    console.log(JSON.stringify({ one: one.diagnostics.length, two: two.diagnostics.length, output: two.output }));
  } catch (e) {
    console.log(JSON.stringify({ error: String(e && e.message) }));
  }
  process.exit(0);
}, 1500);
`;

it('a file written on disk while the kernel runs does not fail the next cell', () => {
  const dir = mkdtempSync(join(tmpdir(), 'presslens-kernel-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.cache', 'lib'), { recursive: true });
  // the module imports a package found in node_modules after failed lookups beside it, as the prebuilt presslens does
  writeFileSync(
    join(dir, '.cache', 'lib', 'mod.ts'),
    "import type { Word } from 'words';\nexport const n: Word = 1;\n",
  );
  mkdirSync(join(dir, 'node_modules', 'words'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'words', 'package.json'), '{"name":"words","types":"index.d.ts"}');
  writeFileSync(join(dir, 'node_modules', 'words', 'index.d.ts'), 'export type Word = number;\n');
  writeFileSync(join(dir, 'driver.cjs'), DRIVER);
  const spec = kernelSpec(REPO, process.execPath) as { argv: string[] };
  // the node options the kernel starts with: every script it loads before tslab
  const preloads = spec.argv
    .filter((a) => /\.[cm]js$/.test(a))
    .flatMap((p) => [p.endsWith('.mjs') ? '--import' : '--require', p]);
  const r = spawnSync(process.execPath, [...preloads, 'driver.cjs'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  // tslab's error is thrown either by the second cell or by the watcher's own callback (the process then dies)
  const last = r.stdout.trim().split('\n').pop();
  const out = (last ? JSON.parse(last) : { error: r.stderr.trim().split('\n').slice(0, 8).join('\n') }) as Record<
    string,
    unknown
  >;
  expect(out.error).toBeUndefined();
  expect(out).toMatchObject({ one: 0, two: 0 });
  expect(String(out.output)).toContain('x * 2');
});
