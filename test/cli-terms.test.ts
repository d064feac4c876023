// `presslens terms` printed the raw term counts while the report's top-terms table folded a word and its plural into
// one row and left an outlet's own name out of its list: one user, two answers for "Kestrel's most frequent words".
// The command's per-outlet rows (text, --json and --csv) are now the report's rows; --raw keeps the stored counts.
// Invented outlets, towns and wording.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliOutput, writeStory } from './helpers/cli-run.js';
import { loadCorpus } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { corpusSection } from '../lib/report/sections/corpus.js';

const tmp = mkdtempSync(join(tmpdir(), 'presslens-cli-terms-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const KESTREL = [
  'The farmers of Ashbury marched on the mill, and one farmer said the levy would ruin every farmer in the valley.',
  'Farmers want the levy cut, a farmer told Kestrel on Tuesday, and the farmers union backs them, Kestrel learned.',
  'The levy on the mill rose twice this year, and the farmers say the valley cannot pay it, a farmer said to Kestrel.',
];
const GAZETTE = [
  'The mill owners defended the levy at the council, saying the valley roads need it, and the council agreed.',
  'The council voted on the levy late on Tuesday; the mill owners and the council clerk spoke for the roads.',
  'Roads in the valley are failing, the council clerk said, and the levy pays for the roads the mill trucks use.',
];

const corpusFile = () =>
  writeStory(tmp, 'levy.jsonl', '2031-03', 'Levy day', { Kestrel: KESTREL, 'Millbrook Gazette': GAZETTE });

const cli = cliOutput;

type Row = { outlet: string; term: string; count: number; forms: string };
const pick = (rows: Row[], outlet: string) => rows.filter((r) => r.outlet === outlet).map((r) => [r.term, r.count]);

describe('presslens terms gives the report table’s rows', () => {
  const file = corpusFile();

  it('lists a word and its plural as one term, as the report does, in --json, --csv and text', async () => {
    const json = JSON.parse(await cli(['terms', file, '--json', '--no-cache', '--top', '12'])) as { outlets: Row[] };
    const corpus = await loadCorpus(file);
    const a = analyseCorpus(corpus);
    const report = corpusSection(corpus, a.counts, {}, a.docs).tables.find((t) => t.name === 'top-terms-by-outlet')!
      .rows as unknown as Row[];
    expect(pick(json.outlets, 'Kestrel')).toEqual(pick(report, 'Kestrel'));
    expect(pick(json.outlets, 'Millbrook Gazette')).toEqual(pick(report, 'Millbrook Gazette'));
    const farmer = json.outlets.filter((r) => r.outlet === 'Kestrel' && /^farmers?$/.test(r.term));
    expect(farmer).toEqual([expect.objectContaining({ term: 'farmer', count: 8, forms: 'farmer + farmers' })]);
    // the outlet's own name, its sourcing in its own copy, is not among its words
    expect(json.outlets.some((r) => r.outlet === 'Kestrel' && r.term === 'kestrel')).toBe(false);

    const dir = join(tmp, 'csv');
    await cli(['terms', file, '--csv', dir, '--no-cache']);
    const csv = readFileSync(join(dir, 'terms-by-outlet.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('outlet,term,display,count,share,forms');
    expect(csv).toMatch(/^Kestrel,farmer,farmer,8,[\d.]+,farmer \+ farmers$/m);

    const text = await cli(['terms', file, '--no-cache']);
    expect(text).toContain('Kestrel\tfarmer\t8\tfarmer + farmers\n');
    expect(text).not.toMatch(/^Kestrel\tfarmers\t/m);
  });

  it('keeps the stored counts with --raw: each form apart, the own name kept', async () => {
    const json = JSON.parse(await cli(['terms', file, '--json', '--raw', '--no-cache'])) as { outlets: Row[] };
    const k = pick(json.outlets, 'Kestrel');
    expect(k).toEqual(
      expect.arrayContaining([
        ['farmer', 4],
        ['farmers', 4],
        ['kestrel', 3],
      ]),
    );
  });
});
