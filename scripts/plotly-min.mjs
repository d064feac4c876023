// Minified copies of the plotly.js-dist bundle, in `.cache/plotly/`:
// - `plotly-<version>.min.js`: the whole bundle, for the report and the notebooks;
// - `plotly-<version>.export.min.js`: the same bundle registering only the trace types presslens draws (scatter, bar,
//   heatmap), for the headless page that exports PNG and SVG.
//
// Why: plotly.js-dist (the design card's package) ships only its 10 MB unminified bundle. The report inlines it and
// the chart export loads it into a headless page, where loading it was most of the time of exporting a dozen charts.
// esbuild's minifier (it comes with tsx) halves it; the licence header is kept. The bundle's modules are lazy
// (`__commonJS` wrappers) and run when registered, so registering three trace types instead of 46 skips most of the
// start-up work: loading the export page went from 3.5 s to 2.2 s on 2 cores. The files are derived and regenerable:
// named by plotly's version, rebuilt when missing. lib/paths.ts uses them when they are there, the full bundle otherwise.
//   node scripts/plotly-min.mjs
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** The trace types the export bundle registers besides scatter (which plotly's core always registers). */
export const EXPORT_TRACES = ['bar', 'heatmap'];

// plotly's lib/index.js: `Plotly.register([ // traces require_bar2(), … // components require_calendars3() ]);`
const REGISTER = /Plotly\.register\(\[\s*\/\/ traces\s*([\s\S]*?)\/\/ components\s*(require_calendars\d*\(\))\s*\]\);/;

/** The bundle source with only EXPORT_TRACES registered, or undefined when this plotly's layout is not recognised. */
export function exportSource(src) {
  const m = REGISTER.exec(src);
  if (!m) return undefined;
  const names = EXPORT_TRACES.map((t) => new RegExp(`require_${t}\\d*\\(\\)`).exec(m[1])?.[0]);
  if (names.some((n) => !n)) return undefined;
  return src.replace(REGISTER, `Plotly.register([${names.join(', ')}, ${m[2]}]);`);
}

function minifyTo(out, src, header) {
  const esbuild = createRequire(import.meta.url)('esbuild');
  const { code } = esbuild.transformSync(src, { minify: true, legalComments: 'inline', charset: 'utf8' });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out + '.tmp', `${header}\n${code}`);
  renameSync(out + '.tmp', out);
}

/** Build the minified bundles that are missing; returns the paths it built (empty when all were there). */
export function buildPlotlyMin(root = ROOT) {
  const dist = join(root, 'node_modules', 'plotly.js-dist');
  const { version } = JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8'));
  const full = join(root, '.cache', 'plotly', `plotly-${version}.min.js`);
  const exp = join(root, '.cache', 'plotly', `plotly-${version}.export.min.js`);
  if (existsSync(full) && existsSync(exp)) return [];
  const src = readFileSync(join(dist, 'plotly.js'), 'utf8');
  const header = /^\/\*\*[\s\S]*?\*\//.exec(src)?.[0] ?? `/* plotly.js v${version}, MIT licence */`;
  const built = [];
  if (!existsSync(full)) {
    minifyTo(full, src, header);
    built.push(full);
  }
  const partial = existsSync(exp) ? undefined : exportSource(src);
  if (partial) {
    minifyTo(exp, partial, header);
    built.push(exp);
  }
  return built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = buildPlotlyMin();
  process.stderr.write(built.length ? `built ${built.join(', ')}\n` : 'the minified plotly bundles are up to date\n');
}
