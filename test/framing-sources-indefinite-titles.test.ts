// A title after an indefinite determiner ("A federal judge said", "Another leader said", "one community leader") is
// someone unnamed: an anonymous source, not a title whose holder the text leaves open. "The judge" still reads as
// the holder the story names. Fixtures written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

/** The [phrase, kind, name] rows of a doc, the given names as person entities. */
function speakers(text: string, names: string[]) {
  const d = fixtureDoc('it', text);
  return rows(
    d,
    names.map((n) => person(d, n)),
  );
}

describe('a title after an indefinite determiner', () => {
  it('is an unnamed judge', () => {
    const r = speakers(
      'The camps stayed open all winter .\n\nA federal judge said on Monday the camps must close .',
      [],
    );
    expect(r).toContainEqual(['A federal judge', 'anonymous', 'federal judge']);
  });

  it('is another unnamed leader after a named one', () => {
    const r = speakers(
      '“ We were talking about a fair path , ” Ivo Brenn said after the meeting .\n\n' +
        'Another leader said she thought there was agreement on the plan .',
      ['Ivo Brenn'],
    );
    expect(r).toContainEqual(['Another leader', 'anonymous', 'another leader']);
  });

  it('is an unnamed senator before a quote', () => {
    const r = speakers('One senator described the delay as a “ cover-up . ”', []);
    expect(r).toContainEqual(['One senator', 'anonymous', 'one senator']);
  });

  it('leaves a capitalised surname that is also a title to its person', () => {
    const r = speakers('The vote was a step Bishop said would calm the harbour towns .', ['Bishop']);
    expect(r.filter((x) => x[1] === 'anonymous')).toEqual([]);
  });

  it('leaves "the judge" to the holder the story names', () => {
    const r = speakers('Judge Mara Quell heard the case on Monday .\n\nThe judge said the camps must close by May .', [
      'Mara Quell',
    ]);
    expect(r).toContainEqual(['The judge', 'named', 'Mara Quell']);
  });
});
