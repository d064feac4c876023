import { describe, expect, it } from 'vitest';
import { readingCase, transcriptTurns } from '../lib/text/transcript.js';
import { paragraphsOf } from '../lib/text/paragraphs.js';
import { analyseAll } from '../lib/text/analyse.js';
import { docVoice } from '../lib/framing/voice.js';
import { boilerplateMasks } from '../lib/framing/boilerplate.js';
import { extractEntities } from '../lib/entities/entities.js';
import { article } from './report-helpers.js';
import { runFraming } from '../lib/framing/run.js';

const turnsOf = (text: string) => transcriptTurns(text, paragraphsOf(text));

const INTERVIEW = [
  'This is a rough transcript of the programme.',
  'NORA BELLWETHER: Welcome back. We turn now to the harbour strike. Tom, what happened on Friday?',
  'TOM OYELARAN-HART : The dockers walked out at dawn, and the port stopped.',
  'NORA BELLWETHER: And the owners?',
  'TOM OYELARAN-HART : They called it illegal. It is not.',
  'SEN. ÉLODIE MARCHAND: I will add one thing.',
].join('\n\n');

describe('transcript turns: a paragraph opened by a speaker label is that speaker talking', () => {
  it('finds every labelled paragraph, with the speech after the label and the name in reading case', () => {
    const turns = turnsOf(INTERVIEW);
    expect(turns.map((t) => t.speaker)).toEqual([
      'Nora Bellwether',
      'Tom Oyelaran-Hart',
      'Nora Bellwether',
      'Tom Oyelaran-Hart',
      'Sen. Élodie Marchand',
    ]);
    expect(INTERVIEW.slice(turns[1].start, turns[1].end)).toBe('The dockers walked out at dawn, and the port stopped.');
    expect(INTERVIEW.slice(turns[1].labelStart, turns[1].labelEnd)).toBe('TOM OYELARAN-HART :');
    expect(INTERVIEW.slice(turns[4].labelStart, turns[4].labelEnd)).toBe('SEN. ÉLODIE MARCHAND:');
  });

  it('finds none in an article whose capitalised colon lines are furniture or a single exchange', () => {
    const furniture = [
      'RELATED: Port strike spreads to the north',
      'The dockers walked out at dawn.',
      'UPDATE: The owners have replied.',
      'RELATED: What the strike means for prices',
      'UPDATE: Talks resume on Monday.',
    ].join('\n\n');
    expect(turnsOf(furniture)).toEqual([]);
    const once = ['NORA BELLWETHER: Is it over?', 'TOM OYELARAN-HART: Not yet.', 'The talks go on.'].join('\n\n');
    expect(turnsOf(once)).toEqual([]);
  });

  it('keeps particles and hyphens readable', () => {
    expect(readingCase('JUDGE ANA DE LA CRUZ-OBI')).toBe('Judge Ana De La Cruz-Obi');
  });
});

describe('a transcript in the analyses: turns are quotes of their speakers, labels are not mentions', () => {
  const [d] = analyseAll([article('t1', 'Harbour Radio', '2026-05-01', 'Strike talk', INTERVIEW)]);

  it('credits each turn to its speaker as a quote, so the outlet narrates only its opening line', () => {
    const v = docVoice(d);
    const turns = v.quotes.filter((q) => q.via === 'transcript');
    expect(turns.map((q) => q.speaker)).toContain('Tom Oyelaran-Hart');
    expect(turns).toHaveLength(5);
    expect(v.shares.own).toBeLessThan(0.2);
    expect(v.shares.quoted).toBeGreaterThan(0.7);
  });

  it('leaves the speaker labels out of entity counts, and keeps the names written in the speech', () => {
    const masks = boilerplateMasks([d]);
    const er = extractEntities([d], { furniture: masks });
    const nora = er.entities.find((e) => /nora/i.test(e.name));
    expect(nora).toBeUndefined();
    const withLabels = extractEntities([d]).entities.find((e) => /nora/i.test(e.name));
    expect(withLabels?.mentions.length).toBe(2);
  });

  it("names each turn's speaker in the sources table, titles dropped", () => {
    const { framing } = runFraming([article('t1', 'Harbour Radio', '2026-05-01', 'Strike talk', INTERVIEW)], {
      withOverlap: false,
    });
    const named = framing.sources.filter((r) => r.kind === 'named').map((r) => [r.name, r.count]);
    expect(named).toEqual(
      expect.arrayContaining([
        ['Nora Bellwether', 2],
        ['Tom Oyelaran-Hart', 2],
        ['Élodie Marchand', 1],
      ]),
    );
  });
});
