// A body named without its parent ("the Security Council" after "the United Nations Security Council"), when the
// corpus has several bodies ending in that name. Fixtures invented, modelled on the failure pattern.
import { describe, expect, it } from 'vitest';
import { idsIn, run } from './helpers/entities.js';

describe('a bare body name beside a body of another name', () => {
  const r = run(
    'The United Nations Security Council met in Geneva . The Security Council voted . The United Nations agreed .',
    'The National Security Council advised the president . The Security Council in New York voted on Tuesday .',
  );

  it('joins the parent owned by a name, not a longer name made with a plain modifier', () => {
    const un = idsIn(r, 'd0', 'United Nations Security Council')[0];
    expect(idsIn(r, 'd0', 'Security Council')).toEqual([un]);
    expect(idsIn(r, 'd1', 'Security Council')).toEqual([un]);
    expect(idsIn(r, 'd1', 'National Security Council')[0]).not.toBe(un);
  });
});

describe('a bare body name with two parents in the corpus', () => {
  const r = run(
    'The Senate Judiciary Committee met on Monday . The Judiciary Committee voted 12 to 10 . The Senate left .' +
      ' The Senate Judiciary Committee chair spoke .',
    'The House Judiciary Committee met on Friday . The Judiciary Committee adjourned . The House stayed .',
    'The Judiciary Committee will meet again next week , aides said .',
  );

  it('joins each article to the parent it names, and leaves an article naming none apart', () => {
    const senate = idsIn(r, 'd0', 'Senate Judiciary Committee')[0];
    const house = idsIn(r, 'd1', 'House Judiciary Committee')[0];
    expect(senate).not.toBe(house);
    expect(idsIn(r, 'd0', 'Judiciary Committee')).toEqual([senate]);
    expect(idsIn(r, 'd1', 'Judiciary Committee')).toEqual([house]);
    const bare = idsIn(r, 'd2', 'Judiciary Committee')[0];
    expect([senate, house]).not.toContain(bare);
  });
});
