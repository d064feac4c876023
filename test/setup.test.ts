// Set-up never makes things worse. Every case runs setup.mjs in a scratch copy under the temp folder, with its own
// stub node_modules (a package.json per package) and an unreachable registry: never the project's own install.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A scratch project: setup.mjs, package.json, package-lock.json and a stub node_modules at the lock's versions. */
function scratch(): { root: string; names: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'presslens-setup-'));
  dirs.push(root);
  mkdirSync(join(root, 'scripts'));
  copyFileSync(join(REPO, 'scripts/setup.mjs'), join(root, 'scripts/setup.mjs'));
  copyFileSync(join(REPO, 'package.json'), join(root, 'package.json'));
  copyFileSync(join(REPO, 'package-lock.json'), join(root, 'package-lock.json'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages;
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  for (const n of names) {
    mkdirSync(join(root, 'node_modules', n), { recursive: true });
    writeFileSync(
      join(root, 'node_modules', n, 'package.json'),
      JSON.stringify({
        name: n,
        version: lock[`node_modules/${n}`]?.version ?? '0.0.0',
      }),
    );
  }
  writeFileSync(join(root, 'node_modules', '.package-lock.json'), '{}');
  utimesSync(join(root, 'node_modules', '.package-lock.json'), new Date(2000, 0, 1), new Date(2000, 0, 1));
  return { root, names };
}

/** Run setup --node-only with the registry unreachable (a closed local port, no retries, an empty cache). */
function setup(root: string): { status: number | null; stderr: string } {
  const env = {
    ...process.env,
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_fetch_retries: '0',
    npm_config_cache: join(root, '.npm-cache'),
    npm_config_update_notifier: 'false',
  };
  const r = spawnSync(process.execPath, [join(root, 'scripts/setup.mjs'), '--node-only'], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stderr: r.stderr };
}

describe('7. set-up never makes things worse', () => {
  it('a lock newer than node_modules, with every package at its version, is a working install: nothing runs', () => {
    const { root, names } = scratch();
    const r = setup(root);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(names.every((n) => existsSync(join(root, 'node_modules', n, 'package.json')))).toBe(true);
  });

  it('an outdated package and an unreachable registry: the working node_modules is kept, with one warning', () => {
    const { root, names } = scratch();
    writeFileSync(
      join(root, 'node_modules', 'commander', 'package.json'),
      JSON.stringify({ name: 'commander', version: '1.0.0' }),
    );
    const r = setup(root);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/"npm ci" failed[\s\S]*keeping the working node_modules/);
    expect(names.every((n) => existsSync(join(root, 'node_modules', n, 'package.json')))).toBe(true);
    expect(readdirSync(join(root, '.cache')).filter((f) => f.startsWith('npm-ci-'))).toEqual([]);
  }, 150_000);

  it('a half-installed node_modules (csv-parse missing) is found; a failed install leaves it as it was, in one message', () => {
    const { root, names } = scratch();
    rmSync(join(root, 'node_modules', 'csv-parse'), { recursive: true });
    const r = setup(root);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/presslens setup failed: "npm ci" failed[\s\S]*lacks: csv-parse\b/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(
      names.filter((n) => n !== 'csv-parse').every((n) => existsSync(join(root, 'node_modules', n, 'package.json'))),
    ).toBe(true);
  }, 150_000);
});
