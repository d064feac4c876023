// A shared passage opens every article that carries it: a statement three outlets printed is seen as such, even when
// the pair's passage bridges an edit; the report's passage numbers link to those contexts.
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../lib/pipeline.js';
import { kwicPassage, passageQuery } from '../lib/explore/passage-query.js';
import { explorerSection } from '../lib/report/sections/explorer.js';
import { overlapSection, passageViewer } from '../lib/report/sections/overlap.js';
import { article } from './report-helpers.js';

const STATEMENT =
  'The ministry said in a statement that the northern border crossing would stay closed to all freight traffic until further notice, citing safety concerns after the storm.';

describe('passageQuery', () => {
  it('is the longest run of words both sides carry word for word, capped at twelve words', () => {
    const q = passageQuery({
      text: 'officials said a father of four was among the dead when the old wooden bridge over the river collapsed on Sunday',
      b_text:
        'officials said a father-of-four was among the dead when the old wooden bridge over the river collapsed on Sunday',
    });
    // "father-of-four" is one word, "father of four" three: the run starts after the edit
    expect(q).toBe('was among the dead when the old wooden bridge over the river');
  });

  it('falls back to the first words of side a when the sides share no run', () => {
    expect(passageQuery({ text: 'alpha beta gamma', b_text: 'delta epsilon' })).toBe('alpha beta gamma');
  });
});

describe('passage contexts in an analysis and the report', () => {
  const corpus = {
    root: 'memory',
    skipped: [],
    articles: [
      article(
        'a1',
        'Harbour Times',
        '2026-03-01',
        'Crossing shut',
        `Trucks queued for miles on Monday. ${STATEMENT} Drivers slept in their cabs.`,
      ),
      article(
        'b1',
        'Valley Post',
        '2026-03-02',
        'Border crossing closed',
        `${STATEMENT.replace('freight traffic', 'cargo traffic')} Farmers fear for their exports.`,
      ),
      article(
        'c1',
        'Coast Daily',
        '2026-03-02',
        'Storm aftermath',
        `The storm flattened two villages. ${STATEMENT} Repairs may take weeks.`,
      ),
      article('d1', 'Coast Daily', '2026-03-03', 'Weather', 'Sunny spells return to the coast by the weekend.'),
    ],
  };
  const a = analyseCorpus(corpus);

  it('finds the statement in every outlet that printed it, not only in the pair', () => {
    const pair = a.overlap.pairs.find((p) => [p.a, p.b].sort().join() === 'a1,b1')!;
    expect(pair).toBeDefined();
    const passage = pair.passages.sort((x, y) => y.words_a - x.words_a)[0];
    const rows = kwicPassage(a, passage);
    expect(new Set(rows.map((r) => r.doc))).toEqual(new Set(['a1', 'b1', 'c1']));
    for (const r of rows) {
      const text = corpus.articles.find((x) => x.id === r.doc)!.text;
      expect(text.slice(r.start, r.end)).toBe(r.match); // offsets point into the user's text
      expect(STATEMENT).toContain(r.match);
    }
  });

  it('the passage viewer links each passage number to its contexts, and the explorer carries them', () => {
    const viewer = passageViewer(a.overlap, a.docs);
    const links = [...viewer.matchAll(/href="#passage=([^"]+)"/g)].map((m) => decodeURIComponent(m[1]));
    expect(links.length).toBeGreaterThan(0);
    const data = JSON.parse(
      /id="explorer-data">(.*?)<\/script>/s.exec(explorerSection(a)!.html!)![1].replace(/\\u003c/g, '<'),
    );
    for (const k of links) {
      expect(data.passages[k], k).toBeDefined();
      expect(data.passages[k].by.map((b: unknown[]) => b[0]).sort()).toEqual([
        'Coast Daily',
        'Harbour Times',
        'Valley Post',
      ]);
    }
  });

  it('the report names the articles by headline, and no likely source for a statement three outlets printed', () => {
    const html = overlapSection(a).html!;
    const block = /<details class="pv"[^>]*><summary>([^<]*)<\/summary>(.*?)<\/details>/s.exec(html)!;
    expect(block[1]).toMatch(/neither took it from the other/);
    expect(block[1]).not.toMatch(/likely source/);
    expect(block[2]).toMatch(/<h4 title="a1">“Crossing shut” · Harbour Times/);
  });
});
