// Distinctive-term findings name an outlet's habit, not one article's topic: a word one article of the outlet holds
// most uses of is passed over, and an outlet of one article says so. Invented outlets and wording.
import { describe, expect, it } from 'vitest';
import { analyseAll } from '../lib/text/analyse.js';
import { framingFindings, termFindings } from '../lib/report/findings.js';
import { oneArticleTopic, termSpreads } from '../lib/report/spread.js';
import { article } from './report-helpers.js';

const docs = analyseAll([
  article(
    'm1',
    'Morning Ledger',
    null,
    'Canal',
    'The canal plan passed. The canal plan costs more. Critics call the canal plan costly.',
  ),
  article('m2', 'Morning Ledger', null, 'Toll', 'Drivers frankly dislike the toll. The board met.'),
  article('m3', 'Morning Ledger', null, 'Ferry', 'The ferry frankly runs late. The board met again.'),
  article('e1', 'Evening Post', null, 'Canal', 'The canal opened after a long wait.'),
]);

const rows = [
  { outlet: 'Morning Ledger', term: 'canal plan', z: 3.1, count: 3 },
  { outlet: 'Morning Ledger', term: 'frankly', z: 2.4, count: 2 },
  { outlet: 'Evening Post', term: 'wait', z: 2.2, count: 1 },
];
const outletOf = Object.fromEntries(docs.map((d) => [d.id, d.outlet]));
const voice = docs.map((d) => ({ doc: d.id, own: 1, quoted: 0, reported: 0, reused: 0, words: d.words }));

describe('distinctive-term findings and one article', () => {
  it('measure how a term spreads over the outlet’s articles', () => {
    const s = termSpreads(docs, rows);
    expect(s.get('Morning Ledger\tcanal plan')).toEqual({ total: 3, top: 3, articles: 1 });
    expect(s.get('Morning Ledger\tfrankly')).toEqual({ total: 2, top: 1, articles: 2 });
    expect(oneArticleTopic(s.get('Morning Ledger\tcanal plan'), 3)).toBe(true);
    expect(oneArticleTopic(s.get('Morning Ledger\tfrankly'), 3)).toBe(false);
    // an outlet of one article: its words are that article's, which the finding says instead
    expect(oneArticleTopic(s.get('Evening Post\twait'), 1)).toBe(false);
  });

  it('count every start of a term, terms sharing a first word apart, a term cut off by the end not at all', () => {
    const [d] = analyseAll([
      article('r1', 'Harbour Times', null, 'Tides', 'Tide tide tide. The tide gauge and the tide table. Tide'),
    ]);
    const want = ['tide tide', 'tide', 'tide gauge', 'tide table', 'gauge'].map((term) => ({
      outlet: 'Harbour Times',
      term,
    }));
    const s = termSpreads([d], want);
    const total = (term: string) => s.get('Harbour Times\t' + term)?.total;
    expect(total('tide tide')).toBe(2);
    expect(total('tide')).toBe(6);
    expect(total('tide gauge')).toBe(1);
    expect(total('tide table')).toBe(1);
    expect(total('gauge')).toBe(1);
    expect(s.get('Harbour Times\ttide')).toEqual({ total: 6, top: 6, articles: 1 });
  });

  it('pass over one article’s topic and mark an outlet of one article', () => {
    const spread = termSpreads(docs, rows);
    const f = framingFindings({ voice, distinctive: rows, loaded: [], sources: [] }, outletOf, spread);
    const text = f.map((x) => x.text).find((t) => t.startsWith('Words of judgement each outlet'))!;
    expect(text).toContain('Morning Ledger: “frankly” (2)');
    expect(text).not.toContain('canal plan');
    expect(text).toContain(
      "Morning Ledger: “frankly” (2). An outlet of one article, whose words are that piece's rather than a habit — Evening Post: “wait” (1).",
    );
    // without docs the finding reads as before
    const plain = framingFindings({ voice, distinctive: rows, loaded: [], sources: [] }, outletOf);
    expect(plain.map((x) => x.text).join('\n')).toContain('“canal plan” (3)');
  });

  it('say so when every clear term of an outlet is one article’s topic', () => {
    const only = [rows[0]];
    const f = framingFindings({ voice, distinctive: only, loaded: [], sources: [] }, outletOf, termSpreads(docs, only));
    expect(f.map((x) => x.text)).toContain(
      "No outlet has a word it uses clearly more than the others across its articles — Morning Ledger: each clear term comes mostly from one of its articles (that story's topic, not the outlet's wording).",
    );
  });

  it('never lead with an outlet of one article: its clear words are one piece’s, said after the rest', () => {
    // only the one-article outlet has a clear word of judgement; the outlet of three articles has a clear topic only
    const lone = [
      { outlet: 'Evening Post', term: 'wait', z: 2.2, count: 1 },
      { outlet: 'Morning Ledger', term: 'board', z: 2.1, count: 2, evaluative: 0 },
    ];
    const f = framingFindings({ voice, distinctive: lone, loaded: [], sources: [] }, outletOf, termSpreads(docs, lone));
    const text = f.map((x) => x.text).find((t) => t.includes('“wait”'))!;
    expect(text.startsWith('Words of judgement each outlet uses clearly more')).toBe(false);
    expect(text).toBe(
      'No outlet of more than one article uses a word of judgement clearly more than the others in its own voice (z above 1.96, over more than one of its articles) — ' +
        'Morning Ledger: no word of judgement stands out; its clearest terms judge nothing by themselves (the table lists them). ' +
        "An outlet of one article, whose words are that piece's rather than a habit — Evening Post: “wait” (1).",
    );
  });

  it('skip a frequent term one article holds in the top-terms finding', () => {
    const top = [
      { outlet: 'Morning Ledger', term: 'canal plan', count: 3 },
      { outlet: 'Morning Ledger', term: 'board', count: 2 },
      { outlet: 'Evening Post', term: 'wait', count: 1 },
    ];
    const articles = new Map([
      ['Morning Ledger', 3],
      ['Evening Post', 1],
    ]);
    const t = termFindings(top, { spread: termSpreads(docs, top), articles }).map((x) => x.text);
    expect(t.join('\n')).toContain('Morning Ledger: “board” (2)');
    expect(t.join('\n')).toContain('Evening Post (one article): “wait” (1)');
  });
});
