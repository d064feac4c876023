// Notebook 04's distinctive-terms sentence and its term chart count the same terms as clear of chance (the chart is
// drawn from the sentence's choice, pl.focusChart): a term one article holds most uses of (its topic) and a house
// spelling ("programme" where the others write "program") are set aside in both, and the chart's title says how many
// it set aside and why. Before, the chart said "1 term more
// in Townhall" while the sentence said no outlet had a clear term. Invented outlets and wording.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { PLACES, councilPlan as council } from './helpers/prose.js';
import { distinctiveFocus, focusChart } from '../lib/explore/distinctive-focus.js';

const corpus = (ledgerPlan: string, ledgerCouncil = 'council') =>
  ['budget', 'water', 'schools', 'roads', 'parks', 'transit'].flatMap((event, i) => [
    {
      id: `l${i}`,
      outlet: 'Daily Ledger',
      event,
      date: `2026-0${i + 1}-10`,
      text: council(2 * i, ledgerPlan).replace(/council/g, ledgerCouncil),
    },
    {
      id: `p${i}`,
      outlet: 'Metro Post',
      event,
      date: `2026-0${i + 1}-11`,
      // Post writes Ledger's words now and then: a word one outlet writes in every story and the others never is its
      // boilerplate, which the pooled contrast leaves out (lib/framing/pooled.ts)
      text:
        council(2 * i + 1, 'program') +
        (i < 2 ? ` A ${ledgerPlan} review by the ${ledgerCouncil} of ${PLACES[i]} is due.` : ''),
    },
  ]);

const read = (records: ReturnType<typeof corpus>) => {
  const a = analyseCorpus(corpusFromRecords(records));
  const focus = distinctiveFocus(a);
  const title = (focusChart(a, focus)!.layout.title as { text: string }).text;
  return { focus, title, zOf: (t: string) => a.framing.distinctive.find((r) => r.term === t)?.z ?? 0 };
};

describe('the distinctive-terms sentence and its chart', () => {
  it('count the same clear terms', () => {
    // Ledger writes "regime" in every story, Post "council": each outlet's word choice (written in running prose, so
    // no boilerplate), and either outlet may be the one looked at closely
    const { focus, title, zOf } = read(corpus('program', 'regime'));
    const o = focus.focus!;
    expect(['Daily Ledger', 'Metro Post']).toContain(o);
    expect(zOf('regime')).toBeGreaterThan(1.96);
    const sure = focus.terms.filter((r) => r.z > 1.96 && !focus.aside.has(r.term));
    expect(sure.length).toBeGreaterThan(0);
    expect(focus.text.startsWith(`**${o}** (6 articles) has the most own-voice terms clear of chance`)).toBe(true);
    expect(title).toContain(
      `clear of chance (|z| above 1.96): ${sure.length} term${sure.length === 1 ? '' : 's'} more in ${o}`,
    );
  });

  it('set a house spelling aside, on both sides of the chart, and say so', () => {
    const { focus, title, zOf } = read(corpus('programme'));
    expect(focus.focus).toBe('Daily Ledger');
    expect(zOf('programme')).toBeGreaterThan(1.96);
    expect(focus.terms.map((r) => r.term)).not.toContain('programme');
    expect(focus.text).not.toMatch(/clear of chance \(z above 1\.96, not one article's topic\): \*programme\*/);
    expect(focus.text).toContain(
      "Set aside as house spelling, the same word spelt another way rather than a choice of words: *programme* (the others' *program*).",
    );
    expect(title).toContain('(not counted: 2 terms of house spelling)');
    expect(title).toMatch(/^[^\n]*<br>no term clear of chance/m);
  });
});
