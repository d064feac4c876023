#!/usr/bin/env node
// `npm run notebook`: Jupyter Notebook (Debian's, on /usr/bin/python3) at the repo root, with the presslens kernel available.
// Extra arguments go to Jupyter, e.g. `npm run notebook -- --no-browser --port 8899`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
if (!existsSync(join(ROOT, '.jupyter', 'kernels', 'presslens', 'kernel.json'))) {
  process.stderr.write('The presslens kernel is not set up yet: run `node scripts/setup.mjs` first.\n');
  process.exit(1);
}
const env = {
  ...process.env,
  JUPYTER_PATH: [join(ROOT, '.jupyter'), process.env.JUPYTER_PATH].filter(Boolean).join(':'),
  JUPYTER_PLATFORM_DIRS: '1',
  DOTENV_CONFIG_QUIET: 'true',
};
const args = ['-m', 'notebook', `--notebook-dir=${ROOT}`, ...process.argv.slice(2)];
if (process.getuid?.() === 0) args.push('--allow-root');

process.stderr.write(
  'Starting Jupyter Notebook at the repo root. Open notebooks/*.ipynb; they use the kernel "presslens (TypeScript)"\n' +
    '(for a new notebook: New > presslens (TypeScript), or Kernel > Change kernel). Cells import from the repo root,\n' +
    "e.g. import { tokenize } from './lib/text/tokenize.js'. Stop with Ctrl-C.\n",
);
const child = spawn('/usr/bin/python3', args, { cwd: ROOT, env, stdio: 'inherit' });
process.on('SIGINT', () => {}); // Jupyter handles Ctrl-C itself (it asks to confirm)
for (const sig of ['SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
child.on('error', (e) => {
  process.stderr.write(`Could not start Jupyter (${e.message}): run \`node scripts/setup.mjs\`.\n`);
  process.exit(1);
});
