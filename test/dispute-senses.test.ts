// Act labels mentioned as the word under dispute (loaded15): a report that a government will not call a takeover "a
// coup", that a minister says it is no coup, or that the law cuts aid "after a coup" does not call anything a coup;
// the outlet reports the quarrel over the word. "coup" for a triumph is no label at all. Invented wording (an island
// state, its army and its harbour board); the mentioned cases fail on the code before this rule, the used ones stay
// marked.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded-marks.js';

describe('an act label under dispute', () => {
  it('leaves the disputed word unmarked', () => {
    for (const text of [
      'The ministry did not call the army’s removal of the island government a coup.',
      'The envoy declined to label the general’s seizure of the port a coup.',
      'The foreign minister told reporters there was no military coup.',
      'The council asked whether the removal of the governor was a coup.',
      'Critics say the ouster amounted to a coup.',
      'The army faced accusations of a military coup.',
      'The general denied the army staged a coup.',
      'Under the aid law, support must end after a coup.',
      'Aid could be cut if the army carried out a coup.',
      'Reporters pressed the spokesman on the coup question.',
      'Aid may stop after a coup -- a term the statement avoided.',
      'The ferry deal was a major coup for the harbour board.',
    ])
      expect(marked(text), text).toEqual([]);
  });

  it('still marks a coup the writer calls one', () => {
    expect(marked('The coup came after days of protest in the island capital.')).toEqual(['coup']);
    expect(marked('Supporters of the governor marched against the coup.')).toEqual(['coup']);
    expect(marked('The governor was deposed by a military coup last week.')).toEqual(['coup']);
  });

  it('reads people labels only by naming and denial, not by the law', () => {
    expect(marked('The island labeled the group a terrorist organization.')).toEqual([]);
    expect(marked('The minister is not a terrorist.')).toEqual([]);
    expect(marked('The law keeps terrorists from boarding the ferry.')).toEqual(['terrorists']);
  });
});
