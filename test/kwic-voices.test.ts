// Notebook 04's keyword-in-context count (cell 04-13) was danfo's groupby(['outlet', 'voice']).agg({ match: 'count' }):
// one row per outlet and voice with a `match_count` column. voiceUseTable gives one row per outlet with its uses, the
// articles they are in, and a column per voice. Invented outlets and texts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../lib/pipeline.js';
import { kwic } from '../lib/explore/kwic.js';
import { voiceUseTable } from '../lib/explore/kwic-voices.js';
import type { Corpus } from '../lib/types.js';
import { article } from './report-helpers.js';

const corpus: Corpus = {
  root: 'fixture',
  skipped: [],
  articles: [
    article(
      'q1',
      'Quayside Post',
      '2024-03-01',
      'Levy vote',
      'The council passed the harbour levy on Friday. Traders said the levy was unfair.',
    ),
    article(
      'q2',
      'Quayside Post',
      '2024-03-02',
      'Levy row',
      '"The levy will ruin us," said Mara Telling, who runs a fish stall.',
    ),
    article(
      'a1',
      'Arden Daily',
      '2024-03-01',
      'Council acts',
      'A new harbour levy takes effect in May, the council said.',
    ),
  ],
};

describe('uses of a term by outlet and voice, named for a reader', () => {
  // Quayside Post: both headlines, two uses in narration, one in a quote
  it('one row per outlet in name order: uses, articles, and a count per voice', () => {
    const rows = voiceUseTable(kwic(analyseCorpus(corpus), 'levy'));
    expect(rows.map((r) => Object.keys(r))).toEqual([
      ['outlet', 'uses', 'articles', 'own', 'quoted', 'reported', 'reused'],
      ['outlet', 'uses', 'articles', 'own', 'quoted', 'reported', 'reused'],
    ]);
    expect(rows.map((r) => [r.outlet, r.uses, r.articles])).toEqual([
      ['Arden Daily', 1, 1],
      ['Quayside Post', 5, 2],
    ]);
    const quayside = rows[1];
    expect(quayside.quoted).toBeGreaterThanOrEqual(1);
    expect(quayside.own + quayside.quoted + quayside.reported + quayside.reused).toBe(5);
  });

  it('notebook 04 shows the table without danfo’s match_count', () => {
    const cells = (JSON.parse(readFileSync('notebooks/04-framing.ipynb', 'utf8')) as { cells: { source: string[] }[] })
      .cells;
    const code = cells.map((c) => c.source.join('')).join('\n');
    expect(code).toContain('pl.voiceUseTable(lines)');
    expect(code).not.toMatch(/agg\(\{ match: 'count' \}\)/);
  });
});
