// `presslens framing <corpus>`: voices, distinctive own-voice terms, labels, loaded language, sources, tone.
import type { Command } from 'commander';
import { framingJson, type FramingOptions } from '../framing/framing.js';
import { agencyCopyNote } from '../framing/agency-copy.js';
import {
  analyse,
  choiceOption,
  intAtLeast,
  load,
  positiveNumber,
  printJson,
  say,
  voiceList,
  withDataOptions,
  writeCsv,
  type VoiceChoice,
} from './common.js';
import type { DataOptions } from './types.js';

interface FramingCliOptions extends DataOptions {
  json?: boolean;
  csv?: string;
  include: VoiceChoice[];
  top: number;
  minCount: number;
  method: 'logodds' | 'dunning';
  alpha0?: number;
  overlap: boolean;
}

/** The framing settings that differ from the defaults (so a default run shares its cached analysis with `start`). */
function framingSettings(o: FramingCliOptions): (FramingOptions & { withOverlap?: boolean }) | undefined {
  const s: FramingOptions & { withOverlap?: boolean } = {};
  if (o.include.join(',') !== 'own') s.include = o.include;
  if (o.top > 0) s.top = o.top;
  if (o.minCount !== 1) s.minCount = o.minCount;
  if (o.method !== 'logodds') s.method = o.method;
  if (o.alpha0 !== undefined) s.alpha0 = o.alpha0;
  if (!o.overlap) s.withOverlap = false;
  return Object.keys(s).length ? s : undefined;
}

/** Write the six framing tables as CSV files into dir. */
function writeFramingCsv(dir: string, t: ReturnType<typeof framingJson>): void {
  say('wrote ' + writeCsv(dir, 'framing-voice.csv', t.voice));
  say('wrote ' + writeCsv(dir, 'framing-distinctive.csv', t.distinctive));
  say(
    'wrote ' +
      writeCsv(dir, 'framing-labels.csv', t.labels, ['entity', 'outlet', 'label', 'kind', 'count', 'own', 'examples']),
  );
  say('wrote ' + writeCsv(dir, 'framing-loaded.csv', t.loaded));
  say('wrote ' + writeCsv(dir, 'framing-sources.csv', t.sources, ['outlet', 'kind', 'name', 'count']));
  say('wrote ' + writeCsv(dir, 'framing-tone.csv', t.tone));
}

/** Add the framing command. */
export function register(cli: Command): void {
  withDataOptions(
    cli
      .command('framing')
      .description(
        'framing per outlet: voice shares, distinctive own-voice terms, labels of actors and events, loaded language, sources, tone',
      )
      .argument('<corpus>', 'folder of articles, or a records file')
      .option('--json', 'print {voice, distinctive, labels, loaded, sources, tone} as JSON on stdout')
      .option(
        '--csv <dir>',
        'write framing-voice.csv, framing-distinctive.csv, framing-labels.csv, framing-loaded.csv, framing-sources.csv, framing-tone.csv into dir',
      )
      .option(
        '--include <voices>',
        'voices counted for distinctive terms and tone: own,quoted,reported,reused',
        voiceList,
        ['own'] as VoiceChoice[],
      )
      .option('--top <k>', 'distinctive terms per outlet in the JSON and CSV (0 = all with z > 0)', intAtLeast(0), 0)
      .option('--min-count <n>', 'minimum count of a term in the outlet (>= 1)', intAtLeast(1), 1)
      .addOption(
        choiceOption(
          '--method <m>',
          'distinctive-term ranking: logodds (z) or dunning (G2)',
          ['logodds', 'dunning'],
          'logodds',
        ),
      )
      .option(
        '--alpha0 <n>',
        'Dirichlet prior strength, a positive number (default: corpus term total)',
        positiveNumber,
      )
      .option('--no-overlap', 'do not mark text reused from other articles'),
  ).action(async (path: string, o: FramingCliOptions) => {
    const corpus = await load(path);
    const f = (await analyse(corpus, o, { framing: framingSettings(o) })).framing;
    const t = framingJson(f);
    if (f.detail?.agencyCopy?.length) say(agencyCopyNote(f.detail.agencyCopy));
    if (o.csv) writeFramingCsv(o.csv, t);
    if (o.json) return printJson(t);
    for (const v of t.voice)
      say(
        `${v.doc}\town ${(v.own * 100).toFixed(0)}%\tquoted ${(v.quoted * 100).toFixed(0)}%\treported ${(v.reported * 100).toFixed(0)}%\treused ${(v.reused * 100).toFixed(0)}%`,
      );
    const outlets = [...new Set(t.distinctive.map((r) => r.outlet))];
    for (const ol of outlets)
      say(
        `${ol}: ` +
          t.distinctive
            .filter((r) => r.outlet === ol)
            .slice(0, 12)
            .map((r) => `${r.term} (${r.count}/${r.count_rest}, z=${r.z.toFixed(2)})`)
            .join(', '),
      );
    for (const r of t.labels.filter((x) => x.kind !== 'name')) say(`${r.entity}\t${r.outlet}\t${r.label}\t${r.count}`);
  });
}
