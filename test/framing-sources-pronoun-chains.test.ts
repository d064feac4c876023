// Who speaks when news copy chains speakers: "he said" after "He said …" in the same paragraph is the person that
// "He" was, not another person the paragraph names; a paragraph that carries the pronoun on ("But he declined …")
// leaves the speaker before it; of two people, the one the other gender leaves is taken when it is the subject; a
// pronoun left unresolved is "he" in the quote table, not the last name a quote had. "it said" is the body or the
// document that spoke last, and a writing "reads" its quote. A sentence opener ("A U.S. intelligence official",
// "Having said that") is no name, and a short quote inside an act verb's object or after a comment clause is the
// subject's. Fixtures written for these tests (invented people, bodies and places).
import { describe, expect, it } from 'vitest';
import { analyseFraming } from '../lib/framing/framing.js';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

/** The doc and a person entity for each name given. */
function doc(id: string, text: string, names: string[]) {
  const d = fixtureDoc(id, text);
  return { d, entities: names.map((n) => person(d, n)) };
}

/** The quote table's [quote text, speaker] rows. */
function table(id: string, text: string, names: string[]) {
  const { d, entities } = doc(id, text, names);
  return analyseFraming({ docs: [d], entities }).detail.quotes.map((q) => [q.text.trim(), q.speaker]);
}

describe('"he said" in a chain of one speaker', () => {
  it('is the person "He" was earlier in the paragraph, not another person named there', () => {
    const d = fixtureDoc(
      'pc1',
      'Mr. Ivo Brenn dismissed criticism of Mr. Tomas Venn on Monday.\n\n' +
        'He said the Venn government is trying to respond with care. “We will not attack the city,” he said.',
    );
    // (the entity is written "Venn" alone too: "the Venn government")
    const venn = spansOf(d, 'Venn government').map((sp) => ({ ...sp, end: sp.start + 4 }));
    const entities = [
      person(d, 'Ivo Brenn'),
      { ...person(d, 'Tomas Venn'), mentions: [...spansOf(d, 'Tomas Venn'), ...venn] },
    ];
    expect(rows(d, entities)).toEqual([
      ['He', 'named', 'Ivo Brenn'],
      ['he', 'named', 'Ivo Brenn'],
    ]);
  });

  it('looks back over a paragraph that carries the pronoun on', () => {
    const { d, entities } = doc(
      'pc2',
      'Mr. Ivo Brenn said he had written to the city twice.\n\n' +
        'But he declined to criticize the city itself, and warned against new laws.\n\n' +
        '“My hope is that the city will work with us,” he told the committee.',
      ['Ivo Brenn'],
    );
    expect(rows(d, entities)).toContainEqual(['he', 'named', 'Ivo Brenn']);
  });

  it('takes the one person the other gender leaves when she is the subject', () => {
    const { d, entities } = doc(
      'pc3',
      'Lena Varga, a student from Harbourton, introduced Mr. Ivo Brenn to the crowd. She criticized the delay, ' +
        'saying: “We have waited long enough.”',
      ['Lena Varga', 'Ivo Brenn'],
    );
    expect(rows(d, entities)).toContainEqual(['She', 'named', 'Lena Varga']);
  });

  it('shows an unresolved pronoun as the pronoun in the quote table, not the last speaker named', () => {
    const rows = table(
      'pc4',
      '“The vote was close,” the Harbour Agency said.\n\n' +
        'Ivo Brenn and Tomas Venn met on Monday.\n\n' +
        '“We will see,” he said.',
      ['Ivo Brenn', 'Tomas Venn'],
    );
    expect(rows.at(-1)).toEqual(['We will see,', 'he']);
  });
});

describe('"it said" and a writing that reads', () => {
  it('gives "it" the body that spoke last', () => {
    const text =
      'The Harbour Ministry said on Monday that the bridge was closed. Twelve protesters have been arrested, it ' +
      'said.\n\n“We will reopen it soon,” it said.';
    const d = fixtureDoc('pc5', text);
    const entities = [{ id: 'hm', name: 'Harbour Ministry', type: 'org', mentions: spansOf(d, 'Harbour Ministry') }];
    const got = rows(d, entities);
    expect(got.map((r) => r[0])).toEqual(['The Harbour Ministry', 'it', 'it']);
    // "it" is who the ministry is, whatever name the sources give it
    expect(got[1].slice(1)).toEqual(got[0].slice(1));
    expect(got[2].slice(1)).toEqual(got[0].slice(1));
    const quotes = analyseFraming({ docs: [d], entities }).detail.quotes;
    expect(quotes.map((q) => q.speaker)).toEqual([got[0][2]]);
  });

  it('gives the quote to the statement that reads it', () => {
    expect(
      table(
        'pc6',
        '“The plan will fail,” the statement read. “We object.”\n\nHis last message read: “Do not wait.”',
        [],
      ),
    ).toEqual([
      ['The plan will fail,', 'the statement'],
      ['We object.', 'the statement'],
      ['Do not wait.', 'His last message'],
    ]);
  });
});

describe('a sentence opener is no speaker', () => {
  it('reads "A U.S. intelligence official" as the subject, not "U.S."', () => {
    expect(
      table(
        'pc7',
        'A U.S. intelligence official disputed the account of the briefing on Monday, saying: “The first briefing ' +
          'laid out the full range.”',
        [],
      ),
    ).toEqual([['The first briefing laid out the full range.', 'A U.S. intelligence official']]);
  });

  it('finds no reporter inside the quote ("Having said that")', () => {
    const { d, entities } = doc(
      'pc8',
      '“As a rule, I do not rule things out,” Ivo Brenn told reporters. “Having said that I do not foresee a ' +
        'scenario in which troops go.”',
      ['Ivo Brenn'],
    );
    expect(rows(d, entities)).toEqual([['Ivo Brenn', 'named', 'Ivo Brenn']]);
  });
});

describe("a short quote inside someone's clause", () => {
  it('is the words of the subject of the act verb whose object holds it', () => {
    expect(
      table('pc9', 'Ivo Brenn condemned the “outrageous and shocking” attack on the embassy.', ['Ivo Brenn']),
    ).toEqual([['outrageous and shocking', 'Ivo Brenn']]);
  });

  it('is the words of a comment clause\'s subject ("He would, he vowed, “…”")', () => {
    const { d, entities } = doc(
      'pc10',
      'Ivo Brenn spoke on Monday. He would, he vowed, “adopt a new plan for the city.”',
      ['Ivo Brenn'],
    );
    expect(rows(d, entities)).toEqual([['he', 'named', 'Ivo Brenn']]);
  });
});
