// A family named as one ("the Kennedys", "the Al Saud", "the House of Assad") was typed as an organisation ("an
// article before title-case words", "head word: house") or left untyped. The type set has no slot for a family: it
// is typed 'person', as CoNLL and ACE annotate families, and kept apart from the member the article names in full.
// Fixtures invented.
import { describe, expect, it } from 'vitest';
import { entityWith, run, typesOf } from './helpers/entities.js';

describe('families named as one', () => {
  it('types the plural of a surname the corpus names in full as people', () => {
    const r = run(
      'Senator Tom Brandt spoke on Monday . Tom Brandt said the bill would pass .',
      'The charity the Brandts set up has grown , and the Brandts have a fortune of $ 10 million .',
    );
    expect(typesOf(r, 'Brandts')).toEqual(['person', 'person']);
    expect(typesOf(r, 'Tom Brandt')).toEqual(['person', 'person']);
    expect(entityWith(r, 'Brandts')?.id).not.toBe(entityWith(r, 'Tom Brandt')?.id);
  });

  it('types a dynasty named by Al after "the" as people, apart from its member', () => {
    const r = run(
      'King Faisal bin Omar Al Harun met the envoy with Prince Salim bin Faisal Al Harun . ' +
        'The execution would plague the Al Harun for years , he said .',
    );
    expect(typesOf(r, 'Al Harun')).toEqual(['person']);
    expect(typesOf(r, 'Faisal bin Omar Al Harun')).toEqual(['person']);
    expect(entityWith(r, 'Al Harun')?.id).not.toBe(entityWith(r, 'Faisal bin Omar Al Harun')?.id);
  });

  it('types the house of a ruler the corpus names in full as people', () => {
    const r = run(
      'President Karim Dabbas spoke . Karim Dabbas said so .',
      'The book tells the fall of the House of Dabbas in a civil war .',
    );
    expect(typesOf(r, 'House of Dabbas')).toEqual(['person']);
    expect(entityWith(r, 'House of Dabbas')?.id).not.toBe(entityWith(r, 'Karim Dabbas')?.id);
  });

  it('leaves a plural that is no surname of the corpus as it was (guard)', () => {
    const r = run('Senator Tom Brandt spoke . The Masters of the universe met at the Lodge in Davos .');
    expect(typesOf(r, 'Masters')).not.toContain('person');
  });

  it('leaves a team and the plural of a given name as they were (guard)', () => {
    const r = run(
      'Ann Brewer and Tom Brewer spoke . Benjamin Vale and Benjamin Orr met Ann Brewer .',
      'The Ohio Brewers host the Rays , and the Brewers won . It was all about the Benjamins , he said .',
    );
    expect(typesOf(r, 'Brewers')).not.toContain('person');
    expect(typesOf(r, 'Benjamins')).not.toContain('person');
  });
});
