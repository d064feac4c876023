// Terms were shown as counted, in lower case: a chart bar "marlow", a finding "“hesketh” (9)", "u.s.". They are now shown
// as the corpus writes them most often inside sentences ("Marlow", "U.S."), while the key (`term`) stays folded for
// scripts and the counts do not move; a word the corpus also writes in lower case a good share of the time stays a
// word ("state" beside "State"). "anti-U.S." is one term, no longer cut into "anti-u" and "s".
// Invented outlets, people, towns and wording.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliOutput, writeStory } from './helpers/cli-run.js';
import { loadCorpus } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { corpusSection } from '../lib/report/sections/corpus.js';
import { displayForms } from '../lib/framing/term-display.js';
import { analyse } from '../lib/text/analyse.js';
import { tokenize } from '../lib/text/tokenize.js';

const tmp = mkdtempSync(join(tmpdir(), 'presslens-term-display-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HERALD = [
  'Residents said that Governor Marlow had closed the ferry, and that Marlow would not meet the asylum families.',
  'On Friday the ferry stayed shut while Marlow spoke, and the asylum office told families that Marlow had no plan.',
  'Critics say Marlow ignored the ferry workers; the asylum hearings go on, and Marlow says the state pays nothing.',
];
const LEDGER = [
  'The ferry workers met the council on Friday, and the council said the ferry would reopen within a month or two.',
  'Workers on the ferry want back pay, the council clerk said, and the State Treasury will decide by the spring.',
  'The council clerk said the ferry pays its workers late; the state auditor and the State Treasury will look.',
];

const corpusFile = () =>
  writeStory(tmp, 'ferry.jsonl', '2031-05', 'Ferry day', { 'Bayside Herald': HERALD, Ledger: LEDGER });

const cli = cliOutput;

const doc = (id: string, text: string) => analyse({ id, outlet: 'X', date: null, text, paragraphs: [] });

type Row = { outlet: string; term: string; display: string; count: number };

describe('terms are shown as the corpus writes them', () => {
  const file = corpusFile();

  it('the report’s top-terms table keeps the key and adds the display form; the chart draws the display form', async () => {
    const corpus = await loadCorpus(file);
    const a = analyseCorpus(corpus);
    const section = corpusSection(corpus, a.counts, {}, a.docs);
    const rows = section.tables.find((t) => t.name === 'top-terms-by-outlet')!.rows as unknown as Row[];
    const marlow = rows.find((r) => r.outlet === 'Bayside Herald' && r.term === 'marlow')!;
    expect(marlow).toMatchObject({ term: 'marlow', display: 'Marlow', count: 6 });
    expect(rows.find((r) => r.outlet === 'Bayside Herald' && r.term === 'asylum')).toMatchObject({ display: 'asylum' });
    const chart = section.figures.find((f) => f.name === 'top-terms-by-outlet')!;
    const labels = chart.data.flatMap((t) => (t.y as string[]) ?? []);
    expect(labels).toContain('Marlow');
    expect(labels).not.toContain('marlow');
  });

  it('presslens terms: --json rows carry term (the key) and display; the text prints the display form', async () => {
    const json = JSON.parse(await cli(['terms', file, '--json', '--no-cache'])) as { outlets: Row[] };
    expect(json.outlets.find((r) => r.outlet === 'Bayside Herald' && r.term === 'marlow')).toMatchObject({
      display: 'Marlow',
      count: 6,
    });
    const text = await cli(['terms', file, '--no-cache']);
    expect(text).toContain('Bayside Herald\tMarlow\t6\n');
  });

  it('a word written in lower case a third of the time or more stays in lower case; a spaced contraction is no display', () => {
    const docs = [
      doc('a', 'The state pays, the State Treasury says, and the state will wait for the State Treasury.'),
      doc('b', 'They said they wo n’t go, and the Harbour Board agreed that the Harbour Board would pay.'),
    ];
    const shown = displayForms(docs, ['state', "won't go", 'harbour board']);
    expect(shown.state).toBeUndefined();
    expect(shown["won't go"]).toBeUndefined();
    expect(shown['harbour board']).toBe('Harbour Board');
  });

  it('keeps “anti-U.S.” whole, one word as “anti-American” is, shown with its capitals', () => {
    const words = tokenize('Hundreds joined an anti-U.S. march and a pro-U.S. rally.').map((t) => t.norm);
    expect(words).toContain('anti-u.s.');
    expect(words).toContain('pro-u.s.');
    expect(words).not.toContain('anti-u');
    const d = doc('c', 'The anti-U.S. protests grew, and an anti-U.S. cleric spoke.');
    expect(displayForms([d], ['anti-u.s.'])['anti-u.s.']).toBe('anti-U.S.');
  });
});
