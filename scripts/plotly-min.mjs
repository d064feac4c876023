// A minified copy of the plotly.js-dist bundle: `.cache/plotly/plotly-<version>.min.js`.
//
// Why: plotly.js-dist (the design card's package) ships only its 10 MB unminified bundle. The report inlines it and
// the chart export loads it into a headless page, where parsing it is most of the time of exporting a dozen charts.
// esbuild's minifier (it comes with tsx) halves it; the licence header is kept. The file is derived and regenerable:
// named by plotly's version, rebuilt when missing. lib/paths.ts uses it when it is there, the full bundle otherwise.
//   node scripts/plotly-min.mjs
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** Build the minified bundle if it is missing; returns its path when it was built, undefined when it was there. */
export function buildPlotlyMin(root = ROOT) {
  const dist = join(root, 'node_modules', 'plotly.js-dist');
  const { version } = JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8'));
  const out = join(root, '.cache', 'plotly', `plotly-${version}.min.js`);
  if (existsSync(out)) return undefined;
  const src = readFileSync(join(dist, 'plotly.js'), 'utf8');
  const header = /^\/\*\*[\s\S]*?\*\//.exec(src)?.[0] ?? `/* plotly.js v${version}, MIT licence */`;
  const esbuild = createRequire(import.meta.url)('esbuild');
  const { code } = esbuild.transformSync(src, { minify: true, legalComments: 'inline', charset: 'utf8' });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out + '.tmp', `${header}\n${code}`);
  renameSync(out + '.tmp', out);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = buildPlotlyMin();
  process.stderr.write(built ? `built ${built}\n` : 'the minified plotly bundle is up to date\n');
}
