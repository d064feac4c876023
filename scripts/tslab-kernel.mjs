// Loaded by the presslens kernel before tslab (`node --import scripts/tslab-kernel.mjs node_modules/.bin/tslab kernel`,
// the kernelspec written by scripts/setup.mjs).
//
// Why: tslab compiles each cell with a TypeScript watch program whose timer is a single slot (tslab's converter.js
// `sys.setTimeout`): a second timer while one is pending throws "Unexpected pending rebuildTimer" and the cell fails.
// The watch program also watches the real disk (every imported .d.ts, and node_modules, node_modules/@types and .cache
// recursively), and each change it sees schedules a timer. So any file written there while a kernel runs (the
// analysis cache in .cache/analyses, another notebook's kernel, a kernel build, an npm install) made the next cell
// fail (the same trace as DonJayamanne/typescript-notebook#3, which reinstalled node_modules under a running kernel).
//
// Cells are compiled from memory (tslab feeds each cell to the watch program itself), so the disk watchers are inert
// here: after editing a file a notebook imports, restart the kernel (as after `npm run setup`).
import { createRequire } from 'node:module';

// the TypeScript tslab itself loads (resolved from tslab's folder): one module instance, so its `sys` is the one patched
const fromTslab = createRequire(createRequire(import.meta.url).resolve('tslab/package.json'));
const ts = fromTslab('@tslab/typescript-for-tslab');
const inert = () => ({ close() {} });
ts.sys.watchFile = inert;
ts.sys.watchDirectory = inert;
