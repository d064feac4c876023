// One row per entity on real news (ents49): a one-word name that ends one longer organisation's name is its short
// form when written as one ("the Sentinel said"), not when a common word is capitalised for another reason (a brand
// with a number, "Motel 8", beside "Dockside Motel"). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { entityWith, expectSameEntity, idsIn, run } from './helpers/entities.js';

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
