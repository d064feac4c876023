// `presslens entities <corpus>`: people, organisations, places and groups per outlet, spellings merged.
import type { Command } from 'commander';
import { entityFrequencyByOutlet, entityRows, mentionRows } from '../entities/frequency.js';
import { analyse, intAtLeast, load, printJson, say, withDataOptions, writeCsv } from './common.js';
import type { DataOptions } from './types.js';

/** Add the entities command. */
export function register(cli: Command): void {
  withDataOptions(
    cli
      .command('entities')
      .description('people, organisations, places and groups per outlet, spellings merged (see data/aliases.json)')
      .argument('<corpus>', 'folder of articles, or a records file')
      .option('--json', 'print {entities, definitions} as JSON on stdout')
      .option('--csv <dir>', 'write entities.csv, entity-mentions.csv and entities-by-outlet.csv into dir')
      .option('--rollup-demonyms', 'merge demonyms into their country (Iraqi -> Iraq)')
      .option('--top <k>', 'entities listed on stderr (a whole number >= 1)', intAtLeast(1), 20),
  ).action(
    async (path: string, o: DataOptions & { json?: boolean; csv?: string; rollupDemonyms?: boolean; top: number }) => {
      const corpus = await load(path);
      const result = (await analyse(corpus, o, { entities: o.rollupDemonyms ? { rollupDemonyms: true } : undefined }))
        .entities;
      if (o.csv) {
        say('wrote ' + writeCsv(o.csv, 'entities.csv', entityRows(result)));
        say('wrote ' + writeCsv(o.csv, 'entity-mentions.csv', mentionRows(result)));
        say('wrote ' + writeCsv(o.csv, 'entities-by-outlet.csv', entityFrequencyByOutlet(result)));
      }
      if (o.json) return printJson({ entities: result.entities, definitions: result.definitions });
      for (const e of result.entities.filter((x) => x.type !== 'demonym').slice(0, o.top))
        say(
          `${e.mentions.length}\t${e.type}\t${e.name}\t${e.aliases.length > 1 ? '(' + e.aliases.join(' | ') + ')' : ''}`,
        );
    },
  );
}
