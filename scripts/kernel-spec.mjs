// The project's Jupyter kernelspec, "presslens (TypeScript)": tslab started from the repository root, with
// scripts/tslab-kernel.mjs loaded first (it keeps files written on disk from failing the next cell; see that file).
import { join } from 'node:path';

/** The kernel.json for a repository at `root`, run by the node at `node`. */
export function kernelSpec(root, node) {
  return {
    argv: [
      '/bin/sh',
      '-c',
      'cd "$0" && exec "$1" --import "$2" node_modules/.bin/tslab kernel --config-path "$3"',
      root,
      node,
      join(root, 'scripts', 'tslab-kernel.mjs'),
      '{connection_file}',
    ],
    display_name: 'presslens (TypeScript)',
    language: 'typescript',
    env: { DOTENV_CONFIG_QUIET: 'true' },
  };
}
