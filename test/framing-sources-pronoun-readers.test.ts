// "he" and "she" read as a careful reader reads them: the subject carried over sentences that are only quotes, the
// one unnamed person who spoke just before ("the doctor"), first names' gender between two people the text gives no
// gender, and the writer's own "Doe said he …" ruling a person out for "she". Fixtures written for these tests
// (invented people).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

/** The [phrase, kind, name] rows of a doc, the given names as person entities. */
function speakers(text: string, names: string[]) {
  const d = fixtureDoc('pr', text);
  return rows(
    d,
    names.filter((n) => text.includes(n)).map((n) => person(d, n)),
  );
}

describe('"he" and "she" after a paragraph with no named speaker', () => {
  it('is the subject of the sentence before the quotes', () => {
    const r = speakers(
      'Kira Loft , a supporter of Ivo Brenn from Harbour Township , backs the deal . “ At the rallies we chanted . ' +
        'That is what we want , ” she said .',
      ['Kira Loft', 'Ivo Brenn'],
    );
    expect(r).toContainEqual(['she', 'named', 'Kira Loft']);
  });

  it('is the one unnamed person who spoke in the paragraph before', () => {
    const r = speakers(
      'The shrine is near the front line , but the doctor said he has never missed a day of work .\n\n' +
        '“ I have worked in this town for 25 years , ” he said .',
      [],
    );
    expect(r).toContainEqual(['he', 'anonymous', 'doctor']);
  });

  it('is not one of several unnamed people', () => {
    const r = speakers(
      'White House aides said lawyers had reviewed the plan .\n\n“ The law is on our side , ” he said .',
      [],
    );
    expect(r).toContainEqual(['he', 'unresolved', 'he']);
  });
});

describe('two people the text gives no gender', () => {
  it('are told apart by their first names', () => {
    const r = speakers(
      'The deal drew praise from Hillary Vance and from Donald Pell on Monday .\n\n' +
        '“ These are important steps , ” she said .',
      ['Hillary Vance', 'Donald Pell'],
    );
    expect(r).toContainEqual(['she', 'named', 'Hillary Vance']);
  });

  it('are not told apart by first names when the subject decides', () => {
    const r = speakers(
      'Lindsey Pell , who wrote the plan , said Donald Vance made a credible offer .\n\n' +
        'But he said the offer asked for too much .',
      ['Lindsey Pell', 'Donald Vance'],
    );
    expect(r).toContainEqual(['he', 'named', 'Lindsey Pell']);
  });

  it('leave no one a "she" the writer calls "he"', () => {
    const r = speakers(
      'Ivo Brenn said he would vote no .\n\nIvo Brenn said he had told the leaders .\n\n' +
        'Jordan Pell met Ivo Brenn after the vote , and Ivo Brenn said the count was close . “ We will see , ” she said .',
      ['Ivo Brenn', 'Jordan Pell'],
    );
    expect(r).not.toContainEqual(['she', 'named', 'Ivo Brenn']);
  });
});
