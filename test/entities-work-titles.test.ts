// The title of a film, book or show in quotation marks names the work: its words are no person, organisation or place,
// whatever their shape. A quoted name with no sign that it is a title is left as it was. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectSameEntity, expectTypes, run, typesOf } from './helpers/entities.js';

describe('titles of works in quotation marks', () => {
  it('types the names inside a cued title as the work, not a person or a place', () => {
    const r = run(
      'The actor, best known for "Harold Venn" and appearances in "Winter in Kestrel", "A Night in Oslo" and ' +
        '"Ellen Brook", died on Friday. His 1971 novel “Letters from Chicago” (1971) was filmed.',
    );
    expectTypes(r, {
      'Harold Venn': 'event',
      'Winter in Kestrel': 'event',
      'A Night in Oslo': 'event',
      'Ellen Brook': 'event',
      'Letters from Chicago': 'event',
    });
    // the title is one mention: the place inside it is no mention of its own
    expect(typesOf(r, 'Oslo')).toEqual([]);
  });

  it('reads the next titles of a list and a year in brackets after a title', () => {
    const r = run('Her other novels are "The Quiet Tallow" (1988), "Sleeping in Lima" (1991) and "Marta Dell" (1995).');
    expectTypes(r, { 'The Quiet Tallow': 'event', 'Sleeping in Lima': 'event', 'Marta Dell': 'event' });
  });

  it('leaves a quoted name with no cue, a nickname and a quoted phrase as they were', () => {
    const r = run(
      'Senator Tom Harlan said "Mark Devlin" was wrong. Ray "The Hammer" Kovic won, and Harlan\'s book called the ' +
        '"Green Party" a fraud. Harlan said "we will see" about Oslo.',
    );
    expectTypes(r, { 'Mark Devlin': 'person', 'Green Party': 'group', Oslo: 'place' });
    expect(typesOf(r, 'Ray')).not.toContain('event');
  });

  it('reads titles in single quotation marks and titles of one word, each as one mention', () => {
    const r = run(
      "Critics praised the film 'Drift' on Friday. In his book ‘Dread and Tulips’, Tom Harlan wrote about Oslo.",
    );
    expectTypes(r, { Drift: 'event', 'Dread and Tulips': 'event', 'Tom Harlan': 'person', Oslo: 'place' });
  });

  it('leaves a quoted name with no cue, and an apostrophe, as they were', () => {
    const r = run("Senator Tom Harlan said 'Mark Devlin' was wrong. He spoke over' Ellen Brook' on Friday.");
    expectTypes(r, { 'Mark Devlin': 'person', 'Ellen Brook': 'person' });
  });

  it('joins a title with its subtitle to the work its main title names', () => {
    const r = run(
      'In his new book, “Border Years”, Tom Harlan set out a plan.',
      'In the book “The Border Years: A Plan for the Valley”, Harlan wrote that he favoured it.',
    );
    expectSameEntity(r, 'Border Years', 'The Border Years: A Plan for the Valley');
  });
});
