#!/usr/bin/env node
// One-step setup: installs whatever this machine lacks, then returns fast on later runs.
// Uses Node built-ins only (node_modules may not exist yet).
//   node scripts/setup.mjs             node packages + Jupyter + Chromium + presslens kernelspec
//   node scripts/setup.mjs --node-only node packages only
// Env: PRESSLENS_NO_APT=1 pretends apt-get is unavailable (to test the "cannot install" path).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

function ensureNodeModules() {
  const lock = join(ROOT, 'package-lock.json');
  const installed = join(ROOT, 'node_modules', '.package-lock.json'); // written by npm ci/install
  if (existsSync(installed) && mtime(installed) >= mtime(lock)) return;
  log('installing node packages from package-lock.json (npm ci, ~20 s)...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.error) fail(`could not run npm (${r.error.message}). Install Node.js 20+ with npm, then run: npm ci`);
  if (r.status !== 0) fail(`"npm ci" exited with code ${r.status} (see its output above). Fix that, then run: npm ci`);
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
    for (const args of [['update', '-q'], ['install', '-y', '-q', ...APT_PACKAGES]]) {
      const r = spawnSync('apt-get', args, { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
      if (r.status !== 0) {
        const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
        fail(`"apt-get ${args.join(' ')}" failed (exit ${r.status}):\n${tail}\n\nRun this yourself to fix it:\n  ${cmd}`);
      }
    }
    if (!pyOk()) fail(`Jupyter still cannot be imported by /usr/bin/python3 ("${PY_CHECK}"). Try: ${cmd}`);
    if (!haveChromium()) fail(`/usr/bin/chromium is still missing. Try: apt-get install -y chromium`);
  }
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

/** The project's own kernelspec: cd to the repo root, then start tslab (rootDir = repo root). */
function ensureKernelspec() {
  const dir = join(ROOT, '.jupyter', 'kernels', 'presslens');
  const spec = {
    argv: [
      '/bin/sh',
      '-c',
      'cd "$0" && exec "$1" node_modules/.bin/tslab kernel --config-path "$2"',
      ROOT,
      process.execPath,
      '{connection_file}',
    ],
    display_name: 'presslens (TypeScript)',
    language: 'typescript',
    env: { DOTENV_CONFIG_QUIET: 'true' },
  };
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
  ensureKernelspec();
}
if (Date.now() - t0 > 3000) log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
