// `presslens export <corpus>`: passim JSON Lines and CSV tables for engines beyond one machine.
import type { Command } from 'commander';
import { analyse, load, say, UsageError, withDataOptions } from './common.js';
import type { DataOptions } from './types.js';

/** Add the export command. */
export function register(cli: Command): void {
  withDataOptions(
    cli
      .command('export')
      .description(
        'export a corpus for engines beyond one machine: passim JSON Lines (reuse on Spark), CSV tables (DuckDB, Spark SQL)',
      )
      .argument('<corpus>', 'folder of articles, or a records file')
      .option('--passim <file>', 'write one JSON record per article: {id, series (outlet), date, text, title, url}')
      .option('--tables <dir>', 'write articles.csv, terms.csv, entities.csv and entity-mentions.csv into dir'),
  ).action(async (path: string, o: DataOptions & { passim?: string; tables?: string }) => {
    if (!o.passim && !o.tables) throw new UsageError('nothing to export: give --passim <file> and/or --tables <dir>');
    const corpus = await load(path);
    if (o.passim) {
      const { writePassim } = await import('../export/passim.js');
      say(`wrote ${await writePassim(o.passim, corpus.articles)} record(s) to ${o.passim}`);
    }
    if (o.tables) {
      const { writeTables } = await import('../export/tables.js');
      const { entityRows, mentionRows } = await import('../entities/frequency.js');
      const a = await analyse(corpus, o); // entities with the alias rules of data/aliases.json (or --aliases)
      const extra = { entities: entityRows(a.entities), 'entity-mentions': mentionRows(a.entities) };
      const written = await writeTables(o.tables, { articles: corpus.articles, counts: a.counts, extra });
      for (const w of written) say(`wrote ${w.file} (${w.rows} rows)`);
    }
  });
}
