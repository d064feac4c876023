// One row per entity on real news (ents49): a one-word name that ends one longer organisation's name is its short
// form when written as one ("the Sentinel said"), not when a common word is capitalised for another reason (a brand
// with a number, "Motel 8", beside "Dockside Motel"); a chamber's head word followed by "of" and another word is a
// cut name, not the home chamber. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, entityWith, expectSameEntity, idsIn, run } from './helpers/entities.js';
import { wordsAfter } from '../lib/entities/word-before.js';
import { ofAnother } from '../lib/entities/merge/home-chamber.js';
import type { Mention } from '../lib/entities/mention-record.js';

describe('a common word and the organisation whose name it ends', () => {
  const r = run(
    'Shares of Dockside Motel fell on Friday , and Dockside Motel shares fell again on Monday . Staff at some local Motel 8 properties gave lists of guests to agents , and Motel 8 later apologised . The motel chain said it was sorry .',
    'The Lakeland Sentinel reported the fire first . The Sentinel said two people died , and the Sentinel later named them .',
    'A lone sentinel stood at the gate .',
  );

  it('keeps a common word not written as the short form apart', () => {
    const id = entityWith(r, 'Dockside Motel')?.id;
    expect(idsIn(r, 'd0', 'Motel')).not.toContain(id);
  });

  it('joins "the Sentinel" to the paper it names', () => {
    expectSameEntity(r, 'Sentinel', 'Lakeland Sentinel');
  });
});

describe('a head word followed by "of" and another name', () => {
  const full = ['house', 'of', 'representatives'];

  it('is a cut name of another chamber ("Upper House Of Parliament")', () => {
    const words = wordsAfter(
      [doc('d0', 'Reports That Upper House Of Parliament Has Been Dissolved')],
      [[{ text: 'House', start: 19, end: 24 } as Mention]],
    );
    const after = [...words.values()][0];
    expect(after).toBe('of parliament');
    expect(ofAnother(after, full)).toBe(true);
  });

  it("is the chamber when the next word is the chamber's, misspelt or not", () => {
    expect(ofAnother('of representative', full)).toBe(false);
    expect(ofAnother('speaker john', full)).toBe(false);
  });
});
