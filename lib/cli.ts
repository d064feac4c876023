// The presslens command line: `presslens <command> <corpus> [options]`; JSON on stdout, messages on stderr.
import { Command, CommanderError } from 'commander';
import { mkdirSync } from 'node:fs';
import { assertOutsideCorpus, writeFileAtomicSync } from './io/safe-paths.js';
import { join, resolve } from 'node:path';
import { loadCorpus } from './corpus/load.js';
import { analyseAll } from './text/analyse.js';
import { articleWords } from './text/words.js';
import { countTerms, docTermRows, outletTermRows } from './text/counts.js';
import { toCsv } from './io/csv.js';
import { progress } from './progress.js';
import { insideDir } from './io/file-names.js';
import type { Corpus } from './types.js';

/** Messages for people go to stderr, so stdout stays clean for --json. */
function say(msg: string): void {
  process.stderr.write(terminalSafe(msg) + '\n');
}

/** A line of the command's own output (stdout). */
function out(line: string): void {
  process.stdout.write(terminalSafe(line) + '\n');
}

/** Control and bidi-override characters from input (file names, titles) shown as \u{..}, so they cannot drive the terminal; tabs stay. */
function terminalSafe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => '\\u{' + c.codePointAt(0)!.toString(16) + '}');
}

/** Deterministic JSON for stdout. */
function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** The --map option of this run (which column holds which field), set before every command. */
let columnMap: string | undefined;

async function load(path: string): Promise<Corpus> {
  const bar = progress('loading', 0);
  const corpus = await loadCorpus(path, { map: columnMap, onProgress: (done, total) => bar.tick(done, total) });
  for (const w of corpus.warnings ?? []) if (/ loaded as "unknown"/.test(w)) say(w);
  bar.end();
  if (corpus.skipped.length) say(`${corpus.skipped.length} input(s) skipped: ` + corpus.skipped.slice(0, 5).map((s) => `${s.file}${s.record ? '#' + s.record : ''} (${s.reason})`).join('; ') + (corpus.skipped.length > 5 ? '; …' : ''));
  return corpus;
}

/** Run every analysis once (lib/pipeline.ts), saying on stderr how long each stage took. */
async function analyseWithProgress(corpus: Corpus) {
  const { analyseCorpus } = await import('./pipeline.js');
  const parts: string[] = [];
  const a = analyseCorpus(corpus, { onStage: (stage, ms) => parts.push(`${stage} ${ms} ms`) });
  say(`analysed ${corpus.articles.length} article(s): ${parts.join(', ')}`);
  return a;
}

/** Write a CSV file under dir, creating it; returns the path. */
function writeCsv(dir: string, name: string, rows: readonly object[], columns?: string[]): string {
  mkdirSync(dir, { recursive: true });
  // a new file renamed into place: never written through a symlink or hard link planted in the folder
  return writeFileAtomicSync(insideDir(dir, name), toCsv(rows, columns));
}

/** Build the command tree. */
export function program(): Command {
  const cli = new Command('presslens')
    .description('Compare how news outlets covered the same event: source overlap, entities, framing.')
    .showHelpAfterError()
    .exitOverride()
    .option('--map <field=column,...>', 'which column of your records holds which field, e.g. outlet=media_name,date=publish_date')
    .hook('preAction', (root) => { columnMap = root.opts().map as string | undefined; });

  cli
    .command('load')
    .description('load a corpus (folder or records file) and list its articles and skipped inputs')
    .argument('<corpus>', 'folder of articles, or a .jsonl/.json/.csv file of records')
    .option('--json', 'print {articles, skipped} as JSON on stdout')
    .action(async (path: string, o: { json?: boolean }) => {
      const corpus = await load(path);
      if (o.json) return printJson({ articles: corpus.articles, skipped: corpus.skipped });
      for (const a of corpus.articles) {
        out(`${a.id}\t${a.outlet}\t${a.date ?? '????-??-??'}\t${articleWords(a)} words\t${a.title}` + (a.provenance.removed.length ? `\t(cleaning removed ${a.provenance.removed.length} item(s))` : ''));
      }
      for (const s of corpus.skipped) say(`skipped ${s.file}${s.record ? '#' + s.record : ''}: ${s.reason}`);
      say(`${corpus.articles.length} article(s) loaded, ${corpus.skipped.length} skipped`);
    });

  cli
    .command('terms')
    .description('term counts per outlet and per article (stopwords removed), with tf-idf')
    .argument('<corpus>', 'folder of articles, or a records file')
    .option('--json', 'print {outlets, docs} rows as JSON on stdout')
    .option('--top <k>', 'terms per outlet', '20')
    .option('--ngrams <range>', 'n-gram lengths, e.g. 1-3', '1-1')
    .option('--stem', 'Porter-stem words')
    .option('--csv <dir>', 'write terms-by-outlet.csv and terms-by-article.csv into dir')
    .action(async (path: string, o: { json?: boolean; top: string; ngrams: string; stem?: boolean; csv?: string }) => {
      const corpus = await load(path);
      const [a, b] = o.ngrams.split('-').map(Number);
      const counts = countTerms(analyseAll(corpus.articles), { ngrams: [a, b ?? a], stem: !!o.stem });
      const k = Number(o.top);
      const outlets = outletTermRows(counts, k);
      const docs = docTermRows(counts, k);
      if (o.csv) {
        say('wrote ' + writeCsv(o.csv, 'terms-by-outlet.csv', outlets));
        say('wrote ' + writeCsv(o.csv, 'terms-by-article.csv', docs));
      }
      if (o.json) return printJson({ outlets, docs });
      for (const r of outlets) out(`${r.outlet}\t${r.term}\t${r.count}`);
    });

  cli
    .command('start')
    .description('the main job: the report for a corpus (index.html, PNG/SVG charts, CSV tables) and every notebook executed to HTML, under --out')
    .argument('[corpus]', 'corpus folder', 'seeds')
    .option('--out <dir>', 'output folder', 'reports')
    .option('--no-notebooks', 'skip executing the notebooks')
    .option('--no-images', 'skip the PNG/SVG export')
    .action(async (path: string, o: { out: string; notebooks: boolean; images: boolean }) => {
      const { buildReport, writeReport } = await import('./report/report.js');
      const { projectRoot } = await import('./paths.js');
      const { readdirSync, existsSync } = await import('node:fs');
      const { relative, isAbsolute } = await import('node:path');
      const out = resolve(o.out);
      const nbDir = join(projectRoot(), 'notebooks');
      const notebooks = o.notebooks && existsSync(nbDir) ? readdirSync(nbDir).filter((f) => f.endsWith('.ipynb')).sort() : [];
      assertOutsideCorpus(out, path); // before the analysis, not after it
      const corpus = await load(path);
      const input = await buildReport(corpus, [], { analysis: await analyseWithProgress(corpus) });
      input.links = notebooks.map((f) => ({ href: `notebooks/${f.replace(/\.ipynb$/, '.html')}`, label: `notebook ${f.replace(/\.ipynb$/, '')}` }));
      let failed = 0;
      // the notebooks are written in the same all-at-once step as the report (lib/io/output-dir.ts)
      const extra = async (dir: string) => {
        if (!notebooks.length) return;
        const { executeAll } = await import('./report/notebooks.js');
        const results = await executeAll(nbDir, join(dir, 'notebooks'));
        failed = results.filter((x) => !x.ok).length;
        for (const x of results) say(`${x.ok ? 'executed' : 'FAILED  '} ${(x.htmlPath ?? x.path).replace(dir, out)}${x.error ? `: cell ${x.error.cell}: ${x.error.message}` : ''}`);
      };
      const r = await writeReport(input, out, { images: o.images, corpus: path, extra });
      if (r.imagesSkipped) say(r.imagesSkipped);
      for (const e of r.imageErrors) say(`image export failed for ${e.name}: ${e.message}`);
      say(`wrote the report: ${r.files.length} file(s) in ${out} (page ${r.ms.html} ms, images ${r.ms.images} ms)`);
      const rel = relative(process.cwd(), r.index);
      const where = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : r.index;
      if (failed) throw new Error(`${failed} notebook(s) failed; the report is at ${where}`);
      say(`Open ${where}`);
    });

  cli
    .command('report')
    .description('write one offline HTML report (index.html) with findings, every chart (also as PNG and SVG) and every table as CSV')
    .argument('<corpus>', 'folder of articles, or a records file')
    .option('--out <dir>', 'output folder', 'reports')
    .option('--no-images', 'skip the PNG/SVG export (no browser needed)')
    .option('--title <text>', 'report title')
    .option('--json', 'print {index, files, imagesSkipped} as JSON on stdout')
    .action(async (path: string, o: { out: string; images: boolean; title?: string; json?: boolean }) => {
      const { buildReport, writeReport } = await import('./report/report.js');
      assertOutsideCorpus(resolve(o.out), path); // before the analysis, not after it
      const corpus = await load(path);
      const input = await buildReport(corpus, [], { title: o.title, analysis: await analyseWithProgress(corpus) });
      const r = await writeReport(input, resolve(o.out), { images: o.images, corpus: path });
      if (r.imagesSkipped) say(r.imagesSkipped);
      for (const e of r.imageErrors) say(`image export failed for ${e.name}: ${e.message}`);
      if (o.json) return printJson({ index: r.index, files: r.files, imagesSkipped: r.imagesSkipped ?? null });
      say(`wrote ${r.files.length} file(s) in ${resolve(o.out)} (page ${r.ms.html} ms, images ${r.ms.images} ms)`);
      say(`Open ${r.index}`);
    });

  cli
    .command('overlap')
    .description('shared passages between articles, direction of reuse, citations of outlets and credit')
    .argument('<corpus>', 'folder of articles, or a records file')
    .option('--json', 'print {pairs, citations} as JSON on stdout (offsets index the text `presslens load --json` returns)')
    .option('--csv <dir>', 'write overlap-pairs.csv, overlap-passages.csv and citations.csv into dir')
    .option('--outlets <file>', 'outlet alias table (JSON {outlets: [{name, aliases}]}), default data/outlets.json')
    .option('--min-words <n>', 'words a passage must match exactly', '7')
    .action(async (path: string, o: { json?: boolean; csv?: string; outlets?: string; minWords: string }) => {
      const ov = await import('./overlap/overlap.js');
      const { readOutletTable } = await import('./overlap/outlets.js');
      const corpus = await load(path);
      const res = ov.overlap(analyseAll(corpus.articles), { outlets: readOutletTable(o.outlets), minWords: Number(o.minWords) });
      say(`${res.stats.docs} articles, ${res.stats.candidates} candidate pairs, ${res.pairs.length} pairs with shared passages, ${res.citations.length} citations (${res.stats.ms.total} ms)`);
      if (o.csv) {
        say('wrote ' + writeCsv(o.csv, 'overlap-pairs.csv', ov.pairRows(res)));
        say('wrote ' + writeCsv(o.csv, 'overlap-passages.csv', ov.passageRows(res), ['a', 'b', 'passage', 'kind', 'passage_kind', 'a_start', 'a_end', 'b_start', 'b_end', 'words_a', 'words_b', 'matched', 'quoted_a', 'quoted_b', 'direction', 'because', 'text', 'b_text']));
        say('wrote ' + writeCsv(o.csv, 'citations.csv', ov.citationRows(res), ['doc', 'cited', 'kind', 'text', 'start', 'end', 'article']));
      }
      if (o.json) return printJson({ pairs: res.pairs, citations: res.citations, boilerplate: res.boilerplate });
      for (const p of res.pairs) say(`${p.a}\t${p.b}\t${p.kind}\ta_in_b=${p.a_in_b}\tb_in_a=${p.b_in_a}\t${p.direction}\t${p.credit}\t${p.passages.length} passage(s)`);
    });

  cli
    .command('entities')
    .description('people, organisations, places and groups per outlet, spellings merged (see data/aliases.json)')
    .argument('<corpus>', 'folder of articles, or a records file')
    .option('--json', 'print {entities, definitions} as JSON on stdout')
    .option('--csv <dir>', 'write entities.csv, entity-mentions.csv and entities-by-outlet.csv into dir')
    .option('--aliases <file>', 'alias rules (default data/aliases.json)')
    .option('--rollup-demonyms', 'merge demonyms into their country (Iraqi -> Iraq)')
    .option('--top <k>', 'entities listed on stderr', '20')
    .action(async (path: string, o: { json?: boolean; csv?: string; aliases?: string; rollupDemonyms?: boolean; top: string }) => {
      const { extractEntities } = await import('./entities/entities.js');
      const { readAliasRules } = await import('./entities/files.js');
      const { entityFrequencyByOutlet, entityRows, mentionRows } = await import('./entities/frequency.js');
      const corpus = await load(path);
      const result = extractEntities(analyseAll(corpus.articles), { aliases: readAliasRules(o.aliases), rollupDemonyms: !!o.rollupDemonyms });
      if (o.csv) {
        say('wrote ' + writeCsv(o.csv, 'entities.csv', entityRows(result)));
        say('wrote ' + writeCsv(o.csv, 'entity-mentions.csv', mentionRows(result)));
        say('wrote ' + writeCsv(o.csv, 'entities-by-outlet.csv', entityFrequencyByOutlet(result)));
      }
      if (o.json) return printJson({ entities: result.entities, definitions: result.definitions });
      for (const e of result.entities.filter((x) => x.type !== 'demonym').slice(0, Number(o.top))) say(`${e.mentions.length}\t${e.type}\t${e.name}\t${e.aliases.length > 1 ? '(' + e.aliases.join(' | ') + ')' : ''}`);
    });

  cli
    .command('framing')
    .description('framing per outlet: voice shares, distinctive own-voice terms, labels of actors and events, loaded language, sources, tone')
    .argument('<corpus>', 'folder of articles, or a records file')
    .option('--json', 'print {voice, distinctive, labels, loaded, sources, tone} as JSON on stdout')
    .option('--csv <dir>', 'write framing-voice.csv, framing-distinctive.csv, framing-labels.csv, framing-loaded.csv, framing-sources.csv, framing-tone.csv into dir')
    .option('--include <voices>', 'voices counted for distinctive terms and tone: own,quoted,reported,reused', 'own')
    .option('--top <k>', 'distinctive terms per outlet in the JSON and CSV (0 = all with z > 0)', '0')
    .option('--min-count <n>', 'minimum count of a term in the outlet', '1')
    .option('--method <m>', 'distinctive-term ranking: logodds (z) or dunning (G2)', 'logodds')
    .option('--alpha0 <n>', 'Dirichlet prior strength (default: corpus term total)')
    .option('--no-overlap', 'do not mark text reused from other articles')
    .option('--frames <file>', 'concepts and title words (default data/frames.json)')
    .option('--lexicon <file>', 'loaded-language lexicon (default data/loaded-lexicon.json)')
    .action(async (path: string, o: { json?: boolean; csv?: string; include: string; top: string; minCount: string; method: string; alpha0?: string; overlap: boolean; frames?: string; lexicon?: string }) => {
      const { runFraming } = await import('./framing/run.js');
      const { framingJson } = await import('./framing/framing.js');
      const include = o.include.split(',').map((s) => s.trim()).filter(Boolean);
      const bad = include.filter((v) => !['own', 'quoted', 'reported', 'reused'].includes(v));
      if (bad.length) throw new Error(`--include: unknown voice(s) ${bad.join(', ')} (use own, quoted, reported, reused)`);
      if (o.method !== 'logodds' && o.method !== 'dunning') throw new Error('--method must be logodds or dunning');
      const corpus = await load(path);
      const top = Number(o.top);
      const { framing } = runFraming(corpus.articles, {
        include: include as ('own' | 'quoted' | 'reported' | 'reused')[], top: top > 0 ? top : undefined, minCount: Number(o.minCount), method: o.method,
        alpha0: o.alpha0 !== undefined ? Number(o.alpha0) : undefined, withOverlap: o.overlap, framesPath: o.frames, lexiconPath: o.lexicon,
      });
      const out = framingJson(framing);
      if (o.csv) {
        say('wrote ' + writeCsv(o.csv, 'framing-voice.csv', out.voice));
        say('wrote ' + writeCsv(o.csv, 'framing-distinctive.csv', out.distinctive));
        say('wrote ' + writeCsv(o.csv, 'framing-labels.csv', out.labels, ['entity', 'outlet', 'label', 'kind', 'count', 'own', 'examples']));
        say('wrote ' + writeCsv(o.csv, 'framing-loaded.csv', out.loaded));
        say('wrote ' + writeCsv(o.csv, 'framing-sources.csv', out.sources, ['outlet', 'kind', 'name', 'count']));
        say('wrote ' + writeCsv(o.csv, 'framing-tone.csv', out.tone));
      }
      if (o.json) return printJson(out);
      for (const v of out.voice) say(`${v.doc}	own ${(v.own * 100).toFixed(0)}%	quoted ${(v.quoted * 100).toFixed(0)}%	reported ${(v.reported * 100).toFixed(0)}%	reused ${(v.reused * 100).toFixed(0)}%`);
      const outlets = [...new Set(out.distinctive.map((r) => r.outlet))];
      for (const ol of outlets) say(`${ol}: ` + out.distinctive.filter((r) => r.outlet === ol).slice(0, 12).map((r) => `${r.term} (${r.count}/${r.count_rest}, z=${r.z.toFixed(2)})`).join(', '));
      for (const r of out.labels.filter((x) => x.kind !== 'name')) say(`${r.entity}\t${r.outlet}\t${r.label}\t${r.count}`);
    });

  cli
    .command('export')
    .description('export a corpus for engines beyond one machine: passim JSON Lines (reuse on Spark), CSV tables (DuckDB, Spark SQL)')
    .argument('<corpus>', 'folder of articles, or a records file')
    .option('--passim <file>', 'write one JSON record per article: {id, series (outlet), date, text, title, url}')
    .option('--tables <dir>', 'write articles.csv, terms.csv, entities.csv and entity-mentions.csv into dir')
    .action(async (path: string, o: { passim?: string; tables?: string }) => {
      if (!o.passim && !o.tables) throw new Error('nothing to export: give --passim <file> and/or --tables <dir>');
      const corpus = await load(path);
      if (o.passim) {
        const { writePassim } = await import('./export/passim.js');
        say(`wrote ${await writePassim(o.passim, corpus.articles)} record(s) to ${o.passim}`);
      }
      if (o.tables) {
        const { writeTables } = await import('./export/tables.js');
        const { extractEntities } = await import('./entities/entities.js');
        const { entityRows, mentionRows } = await import('./entities/frequency.js');
        const docs = analyseAll(corpus.articles);
        const ents = extractEntities(docs);
        const written = await writeTables(o.tables, { articles: corpus.articles, counts: countTerms(docs), extra: { entities: entityRows(ents), 'entity-mentions': mentionRows(ents) } });
        for (const w of written) say(`wrote ${w.file} (${w.rows} rows)`);
      }
    });

  return cli;
}

/** Run the CLI with arguments (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : e.exitCode || 2;
    say(`presslens: ${(e as Error).message.slice(0, 2000)}`);
    if ((e as { exitCode?: unknown }).exitCode === 2) return 2; // refused output folder (lib/io/safe-paths.ts)
    return 1;
  }
}
