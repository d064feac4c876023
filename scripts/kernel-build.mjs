// The notebooks' prebuilt presslens: `.cache/kernel/presslens.js` (lib/index.ts bundled to CommonJS by esbuild, node
// packages left outside) and `.cache/kernel/presslens.d.ts` (its declarations, emitted by tsc).
//
// Why: tslab type-checks every TypeScript file a cell imports, with its own compiler, each time a kernel starts.
// `import * as pl from './lib/index.js'` made it check ~120 files of lib (about 10 s of CPU) before the first cell
// ran. Importing the prebuilt bundle, tslab reads only declarations (which it does not check) and Node loads one
// CommonJS file: the first cell takes about a second.
//
// Rebuilt only when lib/**/*.ts, package.json or this script change (a content hash kept in .cache/kernel/stamp).
// Run by scripts/setup.mjs (npm start, npm run notebook, npm test) and before presslens executes notebooks.
//   node scripts/kernel-build.mjs [--force]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const OUT = join(ROOT, '.cache', 'kernel');

/** Every .ts file under dir, sorted (so the hash does not depend on directory order). */
function tsFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

/** The content hash the build depends on. */
export function kernelSourceHash(root = ROOT) {
  const h = createHash('sha256');
  const files = [...tsFiles(join(root, 'lib')), join(root, 'package.json'), join(root, 'scripts', 'kernel-build.mjs')];
  for (const f of files) h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

// Loaded first in the bundle: a notebook user who edited lib/ after the build is told to rebuild (cheap: file times).
const STALE_CHECK = `(function(){try{var fs=require('fs'),p=require('path'),k=p.join(process.cwd(),'.cache','kernel','stamp');
var t=fs.statSync(k).mtimeMs,stale=false;(function walk(d){fs.readdirSync(d,{withFileTypes:true}).forEach(function(e){
var f=p.join(d,e.name);if(e.isDirectory())walk(f);else if(/\\.ts$/.test(e.name)&&fs.statSync(f).mtimeMs>t)stale=true;});})(p.join(process.cwd(),'lib'));
if(stale)console.warn('presslens: lib/ changed since the notebooks were built; run npm run setup, then restart the kernel');}catch(e){}})();`;

// Packages whose types only the report's internals mention (the browser session): 52,000 lines of declarations a
// kernel would parse for nothing. In the notebooks' declarations their types read `any`.
const HEAVY_TYPES = ['playwright-core'];

/** Replace `import('pkg').Name` types of HEAVY_TYPES packages in every emitted declaration file with `any`. */
function lightenDeclarations(dir) {
  for (const f of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, f.name);
    if (f.isDirectory()) lightenDeclarations(p);
    else if (f.name.endsWith('.d.ts')) {
      const text = readFileSync(p, 'utf8');
      let out = text;
      for (const pkg of HEAVY_TYPES) {
        out = out.split(`import('${pkg}').`).join('__HEAVY__.');
        out = out.replace(/__HEAVY__\.[A-Za-z_$][\w$]*/g, `any /* ${pkg} */`);
        if (new RegExp(`from '${pkg}'`).test(out)) throw new Error(`${p}: import from ${pkg} left in the declarations`);
      }
      if (out !== text) writeFileSync(p, out);
    }
  }
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0 && !(r.stdout ?? '').includes('error TS'))
    throw new Error(
      `${[cmd, ...args].join(' ')} failed (exit ${r.status}):\n${(r.stderr || r.stdout || '').slice(-2000)}`,
    );
  return r;
}

/** Build into a fresh folder and move it into place, so a kernel never sees half a build. */
export function buildKernel({ force = false } = {}) {
  const hash = kernelSourceHash();
  const stamp = join(OUT, 'stamp');
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return false;
  const tmp = `${OUT}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  // esbuild comes with tsx (a dependency); its JS API runs the native binary the package ships
  const esbuild = createRequire(join(ROOT, 'package.json'))('esbuild');
  esbuild.buildSync({
    entryPoints: [join(ROOT, 'lib', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    target: 'node20',
    outfile: join(tmp, 'presslens.js'),
    logLevel: 'error',
    banner: { js: STALE_CHECK },
  });
  // declarations only; type errors are the typecheck's business (npm run typecheck), not a reason to stop here
  run(process.execPath, [
    join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
    join(ROOT, 'lib', 'index.ts'),
    join(ROOT, 'lib', 'text', 'natural.d.ts'),
    '--declaration',
    '--emitDeclarationOnly',
    '--outDir',
    join(tmp, 'types'),
    '--rootDir',
    join(ROOT, 'lib'),
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    '--target',
    'es2022',
    '--lib',
    'es2022',
    '--types',
    'node',
    '--strict',
    '--esModuleInterop',
    '--resolveJsonModule',
    '--skipLibCheck',
  ]);
  if (!existsSync(join(tmp, 'types', 'index.d.ts'))) throw new Error('tsc wrote no declarations for lib/index.ts');
  lightenDeclarations(join(tmp, 'types'));
  writeFileSync(join(tmp, 'package.json'), '{"type":"commonjs"}\n');
  writeFileSync(
    join(tmp, 'presslens.d.ts'),
    "// The public API of presslens (lib/index.ts), prebuilt for notebooks by scripts/kernel-build.mjs.\nexport * from './types/index.js';\n",
  );
  writeFileSync(join(tmp, 'stamp'), hash);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(dirname(OUT), { recursive: true });
  try {
    renameSync(tmp, OUT);
  } catch (e) {
    // another process built the same sources at the same moment: its build is as good as ours
    rmSync(tmp, { recursive: true, force: true });
    if (!(existsSync(stamp) && readFileSync(stamp, 'utf8') === hash)) throw e;
  }
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = Date.now();
  try {
    const built = buildKernel({ force: process.argv.includes('--force') });
    if (built)
      process.stderr.write(`kernel-build: built .cache/kernel in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  } catch (e) {
    process.stderr.write(`kernel-build: ${e.message}\n`);
    process.exit(1);
  }
}
