#!/usr/bin/env node
// presslens command line: runs lib/cli/index.ts through tsx (no build step).
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../lib/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
