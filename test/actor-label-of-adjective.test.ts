// "the regime of Syrian strongman Bashar Assad": an of-phrase whose state is named by its adjective runs on over the
// lower-case word for a title to the person ("The regime of Syrian" is no label a reader would recognise); a state
// named by its name ends the phrase ("the government of Varnia said …"). Fixtures written for this test.
import { describe, expect, it } from 'vitest';
import { runFraming } from '../lib/framing/run.js';
import { paragraphsOf } from '../lib/text/analyse.js';
import type { Article } from '../lib/types.js';

const art = (id: string, outlet: string, text: string): Article =>
  ({ id, outlet, date: '2024-03-04', title: '', text, paragraphs: paragraphsOf(text) }) as Article;

describe('an of-phrase after a state’s adjective', () => {
  const ledger = art(
    'l1',
    'Ledger',
    'Syrian President Bashar Assad spoke on state television on Monday.\n\n' +
      'The regime of Syrian strongman Bashar Assad shelled the suburbs of Damascus overnight.\n\n' +
      'The Assad regime denied the attack.',
  );
  const labels = runFraming([ledger], { withOverlap: false })
    .framing.labels.filter((r) => r.kind === 'actor')
    .map((r) => r.label);

  it('runs on to the person', () => {
    expect(labels).toContain('The regime of Syrian strongman Bashar Assad');
    expect(labels.some((l) => /of Syrian$/.test(l))).toBe(false);
  });
});
