// Chart labels keep a headline's quote marks: plotly decodes only numeric entities and &amp; &lt; &gt; (and a few
// symbols) in titles and tick labels, so an escaped double quote must be numeric or the axis reads "&quot;".
import { describe, expect, it } from 'vitest';
import { esc, label } from '../lib/figures/style.js';
import { coverageHeatmap } from '../lib/figures/overlap.js';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';

/** What plotly shows for a label: its convertEntities (svg_text_utils), entities it does not know left as typed. */
const shown = (s: string) =>
  s.replace(/&(#\d+|#x[\da-fA-F]+|[a-z]+);/g, (all, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (({ amp: '&', lt: '<', gt: '>' } as Record<string, string>)[e] ?? all),
  );

describe('chart labels with quote marks', () => {
  it('escape double and single quotes as plotly decodes them', () => {
    const headline = '"Enforcing the Law" Doesn\'t Justify <Separating> Children & Parents';
    expect(shown(esc(headline))).toBe(headline);
    expect(shown(label(headline, 20))).toBe('"Enforcing the Law"…');
  });

  it('the coverage heatmap names a quoted headline as written', () => {
    const text = (who: string) =>
      `${who} wrote that the county closed the old quarry road after the spring floods washed out the culvert near the ` +
      'mill, and the engineers said the repairs would take until the autumn harvest was in. ' +
      `Residents of ${who} asked for a bus.`;
    const a = analyseCorpus(
      corpusFromRecords([
        {
          id: 'x1',
          outlet: 'Harbor Daily',
          date: '2026-04-01',
          title: '"Road closed" until autumn',
          text: text('Alder'),
        },
        { id: 'x2', outlet: 'Metro Post', date: '2026-04-02', title: 'Quarry road shut', text: text('Birch') },
      ]),
    );
    const fig = coverageHeatmap(a.overlap, { titles: new Map(a.corpus.articles.map((x) => [x.id, x.title])) });
    const ticks = (fig.data as { y?: string[] }[]).flatMap((t) => t.y ?? []).map(shown);
    expect(ticks.some((t) => t.includes('"Road closed"'))).toBe(true);
    expect(ticks.join(' ')).not.toContain('&quot;');
  });
});
