// `npm run eval -- <what> [path]`: score an analysis on an annotated development set.
// Each scorer is bench/eval/<what>.ts exporting `run(path?: string): Promise<void>`; the data's
// path is an argument (each scorer documents its default under ../shared/dev/). Nothing here is
// copied from the data sets: they are read at run time.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const scorers = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .map((f) => f.slice(0, -3))
  .sort();

const [what, path] = process.argv.slice(2);
if (!what || what === '--help' || !scorers.includes(what)) {
  process.stderr.write(`usage: npm run eval -- <${scorers.join('|')}> [path]\n`);
  process.exit(what === '--help' ? 0 : 2);
}
const mod = (await import(join(here, `${what}.ts`))) as { run: (path?: string) => void | Promise<void> };
try {
  await mod.run(path);
} catch (e) {
  // a missing or malformed data set is the user's to fix: say what is wrong, not where in the scorer it broke
  process.stderr.write(`eval ${what}: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
