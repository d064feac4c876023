// Two readings of the sentence a speaker closes or opens: the people a statement names are no referent for the "he
// said" trailing it, and a name with a party tag set off by commas speaks the clause after it ("Sen. Ana Doe, R-Ariz.,
// said the bill could pass"). Fixtures written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

/** The [phrase, kind, name] rows of a doc, the given names as person entities. */
function speakers(text: string, names: string[]) {
  const d = fixtureDoc('tt', text);
  return rows(
    d,
    names.filter((n) => text.includes(n)).map((n) => person(d, n)),
  );
}

describe('"he said" trailing a statement', () => {
  it('is not a person the statement names', () => {
    const r = speakers(
      'Ana Doe , the agency chief , spoke on Monday . Kira Loft and Ivo Brenn have overseen a “ deep change , ” ' +
        'she said .',
      ['Ana Doe', 'Kira Loft', 'Ivo Brenn'],
    );
    expect(r).toContainEqual(['she', 'named', 'Ana Doe']);
  });

  it('is not a person the statement names when a participle follows the verb', () => {
    const r = speakers(
      'Ana Doe spoke on Monday .\n\nKira Loft and Ivo Brenn have overseen a “ deep change , ” she said , flatly ' +
        'contradicting the agency .',
      ['Ana Doe', 'Kira Loft', 'Ivo Brenn'],
    );
    expect(r).toContainEqual(['she', 'named', 'Ana Doe']);
  });

  it('is still the subject of the statement', () => {
    const r = speakers(
      'Ivo Brenn spoke first . Rep. Ana Doe , Democrat of Ohio , tried to set the tone — “ I hope no one shouts , ” ' +
        'she said in her remarks .',
      ['Ivo Brenn', 'Ana Doe'],
    );
    expect(r).toContainEqual(['she', 'named', 'Ana Doe']);
  });

  it('is still the person a verb of saying follows', () => {
    const r = speakers('The agency reports that Kira Loft said : “ We will win , ” she said .', ['Kira Loft']);
    expect(r).toContainEqual(['she', 'named', 'Kira Loft']);
  });

  it('is still the subject of a clause opening the sentence', () => {
    const r = speakers('Ivo Brenn spoke on Monday . When Kira Loft took office , she said she would close the camp .', [
      'Ivo Brenn',
      'Kira Loft',
    ]);
    expect(r).toContainEqual(['she', 'named', 'Kira Loft']);
  });
});

describe('a name with a party tag set off by commas', () => {
  it('speaks the clause after its verb', () => {
    const r = speakers('The vote is set for June . Sen. Ana Doe , R-Ariz. , said the bill could pass .', ['Ana Doe']);
    expect(r).toContainEqual(['Sen. Ana Doe', 'named', 'Ana Doe']);
  });

  it('speaks the clause after "told reporters"', () => {
    const r = speakers('Rep. Ivo Brenn , D-Calif. , told reporters the vote would fail .', ['Ivo Brenn']);
    expect(r).toContainEqual(['Rep. Ivo Brenn', 'named', 'Ivo Brenn']);
  });
});
