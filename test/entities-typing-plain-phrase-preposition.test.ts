// "in Fiscal Year 2019", "wrote in Foreign Affairs", "in Sanctuary Cities": capitalised ordinary words after "in"
// were typed a place by the preposition alone. The rule that kept one such word from the cue ("Interested in
// Immigration") now reads a phrase of them too; a name with a word of its own after "in" stays a place. Fixtures
// invented.
import { describe, expect, it } from 'vitest';
import { run, typeOf } from './helpers/entities.js';

/** A corpus that writes the phrases' words in lower case. */
const WORDS =
  'The fiscal year ended , and foreign affairs and fiscal policy and the year ahead mattered . ' +
  'The affairs of state are foreign to him , said Ann Vale .';

describe('ordinary words after a preposition', () => {
  it('types no place for "Fiscal Year" or "Foreign Affairs" after "in"', () => {
    const r = run(WORDS, 'Spending in Fiscal Year 2019 rose , Tom Orr wrote in Foreign Affairs on Monday .');
    expect(typeOf(r, 'Fiscal Year')).not.toBe('place');
    expect(typeOf(r, 'Foreign Affairs')).not.toBe('place');
  });

  it('keeps a place whose name has a word of its own (guard)', () => {
    const r = run(WORDS, 'Tom Orr lives in Kelton Falls with his wife .');
    expect(typeOf(r, 'Kelton Falls')).toBe('place');
  });
});
