// `presslens load <corpus>`: list the articles loaded and the inputs skipped.
import type { Command } from 'commander';
import { articleWords } from '../text/words.js';
import { load, out, printJson, say } from './common.js';

/** Add the load command. */
export function register(cli: Command): void {
  cli
    .command('load')
    .description('load a corpus (folder or records file) and list its articles and skipped inputs')
    .argument('<corpus>', 'folder of articles, or a .jsonl/.json/.csv file of records')
    .option('--json', 'print {articles, skipped} as JSON on stdout')
    .action(async (path: string, o: { json?: boolean }) => {
      const corpus = await load(path);
      if (o.json) return printJson({ articles: corpus.articles, skipped: corpus.skipped });
      for (const a of corpus.articles) {
        out(
          `${a.id}\t${a.outlet}\t${a.date ?? '????-??-??'}\t${articleWords(a)} words\t${a.title}` +
            (a.provenance.removed.length ? `\t(cleaning removed ${a.provenance.removed.length} item(s))` : ''),
        );
      }
      for (const s of corpus.skipped) say(`skipped ${s.file}${s.record ? '#' + s.record : ''}: ${s.reason}`);
      say(`${corpus.articles.length} article(s) loaded, ${corpus.skipped.length} skipped`);
    });
}
