// Where the project lives on disk, found the same way from the CLI, vitest and a tslab kernel.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

let cached: string | undefined;

/** The presslens project root: the nearest folder upwards (from the cwd, then the running script) whose package.json is named presslens. */
export function projectRoot(): string {
  if (cached) return cached;
  const starts = [process.cwd(), process.argv[1] ? dirname(resolve(process.argv[1])) : process.cwd()];
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      const pkg = join(dir, 'package.json');
      if (existsSync(pkg) && /"name":\s*"presslens"/.test(readFileSync(pkg, 'utf8'))) return (cached = dir);
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(
    'presslens: cannot find the project root (a folder with package.json named "presslens") above ' + process.cwd(),
  );
}

let rootRequire: ReturnType<typeof createRequire> | undefined;

/**
 * `require` a package from the project's node_modules (a data file of natural, compromise's lexicon, a word list),
 * resolved from the project root on first use. Not import.meta and not a local named `require`: tslab compiles lib to
 * CommonJS, where either makes Node read the file as an ES module and every notebook fails at its first cell.
 */
export function requireFromRoot(id: string): unknown {
  rootRequire ??= createRequire(join(projectRoot(), 'package.json'));
  return rootRequire(id);
}

/**
 * Path of the plotly bundle (plotly.js-dist, as the design card names it): its minified copy, which
 * scripts/plotly-min.mjs (run by setup) writes to .cache/plotly, when it is there; the shipped bundle otherwise.
 * `export` is the copy that registers only scatter, bar and heatmap, for the headless page that renders images; it
 * falls back to the whole bundle too.
 */
export function plotlyBundlePath(variant: 'full' | 'export' = 'full'): string {
  const dist = join(projectRoot(), 'node_modules', 'plotly.js-dist');
  try {
    const { version } = JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8')) as { version: string };
    const dir = join(projectRoot(), '.cache', 'plotly');
    const names = variant === 'export' ? [`plotly-${version}.export.min.js`] : [];
    for (const name of [...names, `plotly-${version}.min.js`]) if (existsSync(join(dir, name))) return join(dir, name);
  } catch {
    // no readable package.json: the shipped bundle below
  }
  return join(dist, 'plotly.js');
}
