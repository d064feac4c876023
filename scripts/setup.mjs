#!/usr/bin/env node
// One-step setup: installs whatever this machine lacks, then returns fast on later runs.
// Uses Node built-ins only (node_modules may not exist yet).
//   node scripts/setup.mjs             node packages + Jupyter + Chromium + presslens kernelspec
//   node scripts/setup.mjs --node-only node packages only
// Env: PRESSLENS_NO_APT=1 pretends apt-get is unavailable (to test the "cannot install" path).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const NODE_ONLY = process.argv.includes('--node-only');
const STAMP = join(ROOT, '.cache', 'setup', 'system-ok');
const APT_PACKAGES = ['jupyter-nbconvert', 'python3-nbclient', 'jupyter-client', 'jupyter-notebook', 'chromium'];
const SYSTEM_FILES = ['/usr/bin/jupyter-nbconvert', '/usr/bin/jupyter-notebook', '/usr/bin/chromium'];
const PY_CHECK = 'import nbconvert, nbclient, jupyter_client, notebook';

const log = (msg) => process.stderr.write(`setup: ${msg}\n`);

/** Print one clear message and exit non-zero (no stack trace). */
function fail(msg) {
  process.stderr.write(`\npresslens setup failed: ${msg}\n\n`);
  process.exit(1);
}

/**
 * Which packages of package.json are missing or not at the version package-lock.json pins (top level: what the
 * code imports). A package counts only when its folder has a readable package.json: a half-installed
 * node_modules (one package missing) is found here, not by a crash of the CLI.
 */
function missingPackages(modules) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  let lock = {};
  try {
    lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')).packages ?? {};
  } catch {
    /* no lock: names only */
  }
  const missing = [];
  for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
    let version;
    try {
      version = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
    } catch {
      missing.push(name);
      continue;
    }
    const want = lock[`node_modules/${name}`]?.version;
    if (want && version !== want) missing.push(`${name} (${version}, lock says ${want})`);
  }
  return missing;
}

/**
 * Install node packages without ever making a working install worse: `npm ci` runs in a temporary folder and its
 * node_modules is swapped in only when it succeeded and every package resolves. On failure the current
 * node_modules stays as it was; if that one works, setup goes on with a warning, else it stops with one message.
 * A node_modules that is a link (a shared install) is never changed.
 */
function ensureNodeModules() {
  const modules = join(ROOT, 'node_modules');
  const missing = missingPackages(modules);
  if (missing.length === 0) return;
  const works = missing.every((m) => m.includes(' (')); // every package there, some at other versions
  if (lstatSync(modules, { throwIfNoEntry: false })?.isSymbolicLink()) {
    if (works)
      return log(
        `node_modules is a link (a shared install), not updated; it differs from the lock: ${missing.join(', ')}`,
      );
    fail(
      `node_modules is a link to a shared install that lacks: ${missing.join(', ')}. Install them there; setup never changes a shared install.`,
    );
  }
  log(
    `installing node packages (npm ci into a temporary folder, ~20 s); missing or outdated: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', ...' : ''}`,
  );
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  const tmp = mkdtempSync(join(ROOT, '.cache', 'npm-ci-'));
  const fallback = (why) => {
    rmSync(tmp, { recursive: true, force: true });
    if (works) return log(`${why}\nkeeping the working node_modules as it is`);
    fail(
      `${why}\nnode_modules was left as it was; it lacks: ${missing.join(', ')}. When the registry is reachable, run: node scripts/setup.mjs`,
    );
  };
  for (const f of ['package.json', 'package-lock.json', '.npmrc'])
    if (existsSync(join(ROOT, f))) copyFileSync(join(ROOT, f), join(tmp, f));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
    cwd: tmp,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 << 20,
  });
  if (r.error) return fallback(`could not run npm (${r.error.message}); install Node.js 20+ with npm`);
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-6).join('\n');
    return fallback(`"npm ci" failed (exit ${r.status}; is the registry reachable?):\n${tail}`);
  }
  const still = missingPackages(join(tmp, 'node_modules'));
  if (still.length) return fallback(`"npm ci" finished, but these do not resolve: ${still.join(', ')}`);
  const old = join(ROOT, '.cache', `node_modules-old-${process.pid}`);
  if (lstatSync(modules, { throwIfNoEntry: false })) renameSync(modules, old);
  renameSync(join(tmp, 'node_modules'), modules);
  rmSync(old, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
}

function canApt() {
  if (process.env.PRESSLENS_NO_APT === '1') return false;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return false;
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function ensureSystemPackages() {
  if (existsSync(STAMP) && SYSTEM_FILES.every(existsSync)) return;
  const pyOk = () => spawnSync('/usr/bin/python3', ['-c', PY_CHECK], { stdio: 'ignore' }).status === 0;
  const haveChromium = () => existsSync('/usr/bin/chromium');
  if (!(pyOk() && haveChromium() && SYSTEM_FILES.every(existsSync))) {
    const cmd = `apt-get update && apt-get install -y ${APT_PACKAGES.join(' ')}`;
    if (!canApt()) {
      fail(
        'Jupyter (from Debian packages) and/or Chromium are missing, and this setup cannot install them\n' +
          '(it needs to run as root with apt-get). Install them yourself, then run the command again:\n\n' +
          `  sudo sh -c '${cmd}'\n\n` +
          '(Or use: npm run bench / node scripts/setup.mjs --node-only, which need neither.)',
      );
    }
    log('installing Jupyter and Chromium from Debian packages (apt-get, ~1 min)...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-q'],
      ['install', '-y', '-q', ...APT_PACKAGES],
    ]) {
      const r = spawnSync('apt-get', args, { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
      if (r.status !== 0) {
        const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
        fail(
          `"apt-get ${args.join(' ')}" failed (exit ${r.status}):\n${tail}\n\nRun this yourself to fix it:\n  ${cmd}`,
        );
      }
    }
    if (!pyOk()) fail(`Jupyter still cannot be imported by /usr/bin/python3 ("${PY_CHECK}"). Try: ${cmd}`);
    if (!haveChromium()) fail(`/usr/bin/chromium is still missing. Try: apt-get install -y chromium`);
  }
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

/** The project's own kernelspec (scripts/kernel-spec.mjs): cd to the repo root, then start tslab (rootDir = repo root). */
async function ensureKernelspec() {
  const dir = join(ROOT, '.jupyter', 'kernels', 'presslens');
  const { kernelSpec } = await import('./kernel-spec.mjs');
  const spec = kernelSpec(ROOT, process.execPath);
  const text = `${JSON.stringify(spec, null, 2)}\n`;
  const file = join(dir, 'kernel.json');
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, text);
  log(`wrote Jupyter kernelspec ${file}`);
}

const t0 = Date.now();
ensureNodeModules();
if (!NODE_ONLY) {
  ensureSystemPackages();
  await ensureKernelspec();
  // the notebooks import presslens prebuilt: tslab would type-check all of lib/ before the first cell
  const { buildKernel } = await import('./kernel-build.mjs');
  try {
    if (buildKernel()) log("built the notebooks' presslens (.cache/kernel)");
  } catch (e) {
    fail(`could not build the notebooks' presslens: ${e.message}`);
  }
}
if (!NODE_ONLY) {
  // the report and the chart export load plotly: minified once, they parse half as much (derived, in .cache)
  try {
    const { buildPlotlyMin } = await import('./plotly-min.mjs');
    if (buildPlotlyMin().length) log('minified the plotly bundles (.cache/plotly)');
  } catch (e) {
    log(`could not minify the plotly bundle, the full one is used: ${e.message}`);
  }
}
if (Date.now() - t0 > 3000) log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
