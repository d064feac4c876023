// Distinctive terms are an outlet's framing, not plain or counting words, and the finding names only words of
// judgement: the pattern of a one-story corpus where nothing evaluative stood out and the finding picked "first".
// Invented outlets and wording.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { readLexicon } from '../lib/framing/data.js';
import { analyseFraming, termChartRows } from '../lib/framing/framing.js';
import { termChartFigure } from '../lib/figures/framing.js';
import { isCountingWord, isPlainTerm } from '../lib/framing/plain-terms.js';
import { boilerplateMasks } from '../lib/framing/boilerplate.js';
import { distinctiveTable, framingFindings } from '../lib/report/findings.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string): Doc =>
  analyse({ id, outlet, date: null, text, paragraphs: [] });

describe('plain and counting words', () => {
  it('tells counting and common words from content and judgement', () => {
    for (const w of ['first', 'second', 'twentieth', '21st', 'dozens', 'thousands', 'twice', 'half', 'percent'])
      expect(isCountingWord(w)).toBe(true);
    for (const w of ['firstly', 'score-settling', 'council']) expect(isCountingWord(w)).toBe(false);
    const weigh = (t: string) => (t === 'great' ? 0.8 : 0);
    expect(isPlainTerm('first', weigh)).toBe(true);
    expect(isPlainTerm('really', weigh)).toBe(true);
    expect(isPlainTerm('the first', weigh)).toBe(true);
    expect(isPlainTerm('almost certainly', weigh)).toBe(false);
    expect(isPlainTerm('great', weigh)).toBe(false); // common, but a word of judgement
    expect(isPlainTerm('harbour', weigh)).toBe(false);
    expect(isPlainTerm('first harbour', weigh)).toBe(false);
  });

  it('leaves plain and counting words out of an outlet’s distinctive terms', () => {
    const docs: Doc[] = [];
    const events: Record<string, string> = {};
    const places = ['harbour', 'canal', 'bridge', 'tunnel'];
    for (let i = 0; i < 4; i++) {
      const p = places[i];
      docs.push(
        doc('n' + i, 'North Star', `For the first time, the reckless ${p} plan really went first to the board twice.`),
      );
      docs.push(doc('s' + i, 'South Wire', `The ${p} plan went to the board on Tuesday.`));
      events['n' + i] = events['s' + i] = 'e' + i;
    }
    const f = analyseFraming({ docs, lexicon: readLexicon(), events });
    const north = f.distinctive.filter((r) => r.outlet === 'North Star').map((r) => r.term);
    expect(north).toContain('reckless');
    for (const plain of ['first', 'really', 'twice']) expect(north).not.toContain(plain);
    // the term chart draws every term but marks the plain ones, and labels only what the table could name
    const rows = termChartRows(f, 'North Star');
    const plainOf = new Map(rows.map((r) => [r.term, r.plain]));
    expect(plainOf.get('first')).toBe(true);
    expect(plainOf.get('reckless')).toBe(false);
    const spread = ['dozens', 'reckless', 'harbour', 'ferry', 'really'].map((term, k) => ({
      term,
      z: [3, 2, 1, -0.5, -1][k],
      count: 40 - 8 * k,
      count_rest: 1 + 10 * k,
      n: 1000,
      n_rest: 1000,
      plain: term === 'dozens' || term === 'really',
    }));
    const annotations = termChartFigure(spread, 'North Star', { labels: 5 }).layout.annotations as { text: string }[];
    const labels = annotations.map((a) => a.text);
    expect(labels).toEqual(expect.arrayContaining(['reckless', 'harbour', 'ferry']));
    expect(labels).not.toContain('dozens');
    expect(labels).not.toContain('really');
    expect(new Set(labels).size).toBe(labels.length); // a term over- and under-used lists is labelled once
    // each chart row is a distinctive row with `plain` added last, new on every call (marking one never marks another)
    const again = termChartRows(f, 'North Star');
    expect(again).toEqual(rows);
    expect(again[0]).not.toBe(rows[0]);
    expect(Object.keys(rows[0]).at(-1)).toBe('plain');
    expect(Object.keys(rows[0]).slice(0, 3)).toEqual(['outlet', 'term', 'z']);
  });
});

describe('the distinctive-term finding', () => {
  const outletOf = { a1: 'North Star', a2: 'North Star', b1: 'South Wire', b2: 'South Wire' };
  const voice = Object.keys(outletOf).map((doc) => ({ doc, own: 1, quoted: 0, reported: 0, reused: 0, words: 100 }));
  const find = (distinctive: Parameters<typeof framingFindings>[0]['distinctive']) =>
    framingFindings({ voice, distinctive, loaded: [], sources: [] }, outletOf).map((x) => x.text);

  it('names words of judgement and passes over topics an outlet covers more', () => {
    const t = find([
      { outlet: 'North Star', term: 'ferries', z: 4.1, count: 30, evaluative: 0 },
      { outlet: 'North Star', term: 'reckless', z: 2.5, count: 6, evaluative: 1 },
      { outlet: 'South Wire', term: 'harbour', z: 3.0, count: 12, evaluative: 0 },
    ]).join('\n');
    expect(t).toContain('North Star: “reckless” (6)');
    expect(t).not.toContain('ferries');
    expect(t).not.toContain('“harbour”');
    expect(t).toContain('South Wire: no word of judgement stands out');
  });

  it('says nothing stands out when no clear term is a word of judgement', () => {
    const t = find([
      { outlet: 'North Star', term: 'ferries', z: 4.1, count: 30, evaluative: 0 },
      { outlet: 'South Wire', term: 'reckless', z: 1.2, count: 2, evaluative: 1 }, // not clear
    ]);
    const line = t.find((x) => x.startsWith('No outlet uses a word of judgement'))!;
    expect(line).toContain('North Star: no word of judgement stands out');
    expect(t.join('\n')).not.toContain('“ferries”');
    expect(t.join('\n')).not.toContain('“reckless”');
  });
});

describe('the loaded-terms finding', () => {
  it('names words loaded by themselves, not words one outlet merely uses more on the same story', () => {
    const loaded = [
      { outlet: 'North Star', term: 'political', theme: 'outlet contrast', own: 15, forms: 'political' },
      { outlet: 'North Star', term: 'base', theme: 'outlet contrast', own: 6, forms: 'base' },
      { outlet: 'North Star', term: 'authoritarian', theme: 'evaluative', own: 3, forms: 'authoritarian' },
      { outlet: 'South Wire', term: 'harbour', theme: 'outlet contrast', own: 9, forms: 'harbour' },
    ];
    const t = framingFindings({ voice: [], distinctive: [], loaded, sources: [] }, {}).map((x) => x.text);
    expect(t).toContain('North Star uses loaded terms in its own narration, most often “authoritarian” (3).');
    expect(t.join('\n')).not.toMatch(/political|base|harbour|South Wire/);
  });
});

describe('the distinctive-term table of the report', () => {
  const row = (outlet: string, term: string, z: number, evaluative: number) => ({
    outlet,
    term,
    z,
    count: 3,
    evaluative,
    rank: z * (1 + 2 * evaluative),
  });

  it('lists clear terms first, words of judgement before topics, and says how many are clear', () => {
    const t = distinctiveTable([
      row('Alpha', 'fumes', 1.1, 1),
      row('Alpha', 'harbour', 3.2, 0),
      row('Beta', 'reckless', 2.4, 1),
    ]);
    expect(t.rows.map((r) => r.term)).toEqual(['reckless', 'harbour', 'fumes']);
    expect(t.caption).toContain('2 clear of chance');
    expect(t.caption).toContain('1 of them words of judgement');
  });

  it('says so when no term is clear of chance', () => {
    const t = distinctiveTable([row('Alpha', 'fumes', 1.1, 1), row('Beta', 'ominous', 0.9, 1)]);
    expect(t.rows.map((r) => r.term)).toEqual(['fumes', 'ominous']);
    expect(t.caption).toContain('none clear of chance');
  });
});

describe('trailing links after teaser headlines', () => {
  it('drops a link an article prints after two headlines, not the narration around it', () => {
    const text = [
      'The harbour board met on Tuesday and delayed the ferry plan again.',
      'Ferry fares climb as the winter timetable begins | A. Writer Read more',
      'Critics called the delay reckless and costly for islanders.',
      'Why the old pier matters to the town | B. Author Read more',
      'The board will vote again next month.',
    ].join('\n');
    const d = doc('t1', 'Coast Courier', text);
    const m = boilerplateMasks([d]).get('t1')!;
    const dropped = d.tokens.filter((_, i) => m[i] === 0).map((t) => t.norm);
    expect(dropped).toEqual(expect.arrayContaining(['read', 'more', 'fares', 'pier']));
    expect(dropped).not.toContain('reckless');
    expect(dropped).not.toContain('delayed');
    // one such line alone is not enough evidence
    const one = doc('t2', 'Coast Courier', text.split('\n').slice(0, 3).join('\n'));
    expect(boilerplateMasks([one]).get('t2')).toBeUndefined();
  });
});
