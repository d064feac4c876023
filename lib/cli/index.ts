// The presslens command line: `presslens <command> <corpus> [options]`; JSON on stdout, messages on stderr.
// One file per command in this folder; bad usage exits 2 with a one-line message, a failure while running exits 1.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import { say, setColumnMap, UsageError } from './common.js';
import { register as loadCommand } from './load.js';
import { register as termsCommand } from './terms.js';
import { register as startCommand } from './start.js';
import { register as reportCommand } from './report.js';
import { register as overlapCommand } from './overlap.js';
import { register as entitiesCommand } from './entities.js';
import { register as framingCommand } from './framing.js';
import { register as exportCommand } from './export.js';

/** The version in package.json. */
export function version(): string {
  return (
    (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0'
  );
}

/** Build the command tree. */
export function program(): Command {
  const cli = new Command('presslens')
    .description('Compare how news outlets covered the same event: source overlap, entities, framing.')
    .version(version(), '-V, --version', 'print the presslens version')
    .showSuggestionAfterError()
    .exitOverride()
    .option(
      '--map <field=column,...>',
      'which column of your records holds which field, e.g. outlet=media_name,date=publish_date',
    )
    .hook('preAction', (root) => setColumnMap(root.opts().map as string | undefined));
  for (const add of [
    loadCommand,
    termsCommand,
    startCommand,
    reportCommand,
    overlapCommand,
    entitiesCommand,
    framingCommand,
    exportCommand,
  ])
    add(cli);
  for (const c of cli.commands) c.exitOverride();
  return cli;
}

/**
 * Run the CLI with arguments (without node and script); resolves to the exit code: 0 ok, 1 failed while running, 2 bad
 * usage.
 */
export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2; // commander has printed its one-line message
    if (e instanceof UsageError) {
      say(`presslens: ${e.message}`);
      return 2;
    }
    say(`presslens: ${(e as Error).message.slice(0, 2000)}`);
    if ((e as { exitCode?: unknown }).exitCode === 2) return 2; // refused output folder (lib/io/safe-paths.ts)
    return 1;
  }
}
