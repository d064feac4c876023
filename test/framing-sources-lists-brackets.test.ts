// Who speaks in three shapes of news copy: a list of tagged people closed by a dash or followed by an appositive of
// them all ("Sens. Ana Doe ( R. , Val. ) , … —have said", "Sen. Ana Doe , R-Val. , and Sen. Ivo Brenn , D-Orl. ,
// members of …, said"), a name in brackets after a title ("The Deputy Whip ( Rep. Ivo Brenn R-OR ) says"), a
// participle phrase set off after the subject, and a relative set off before an act verb, whose quote is not the
// subject's ("Doe's letter, which … “salute” officers, criticized the “…” movement"). Fixtures written for these tests
// (invented people and places).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';
import { analyseFraming } from '../lib/framing/framing.js';

const PEOPLE = ['Ana Doe', 'Ivo Brenn', 'Kira Loft'];

/** The [phrase, kind, name] rows of a one-paragraph doc. */
function speakers(text: string) {
  const d = fixtureDoc('lb', text);
  return rows(
    d,
    PEOPLE.filter((n) => text.includes(n)).map((n) => person(d, n)),
  );
}

/** The quote table's [quote, speaker] rows of a one-paragraph doc. */
function quoteRows(text: string) {
  const d = fixtureDoc('lb', text);
  const entities = PEOPLE.filter((n) => text.includes(n)).map((n) => person(d, n));
  return analyseFraming({ docs: [d], entities }).detail.quotes.map((q) => [d.text.slice(q.start, q.end), q.speaker]);
}

describe('a list of tagged people', () => {
  it('closed by a dash: each person speaks', () => {
    expect(
      speakers(
        'At least three of them—Sens . Ana Doe ( R. , Val. ) , Ivo Brenn ( R. , Orl. ) and Kira Loft ( D. , N.H. ) ' +
          '—have said they support the cards .',
      ),
    ).toEqual([
      ['Ana Doe', 'named', 'Ana Doe'],
      ['Ivo Brenn', 'named', 'Ivo Brenn'],
      ['Kira Loft', 'named', 'Kira Loft'],
    ]);
  });

  it('with party tags set off by commas and an appositive of them all: each person speaks', () => {
    const tail = ', members of the group that wrote the plan , said';
    expect(
      speakers(`Sen. Ana Doe , R-Val. , and Sen. Ivo Brenn , D-Orl. ${tail} they believed the bill would pass .`),
    ).toEqual([
      ['Sen. Ana Doe', 'named', 'Ana Doe'],
      ['Sen. Ivo Brenn', 'named', 'Ivo Brenn'],
    ]);
  });
});

describe('a name in brackets after a title', () => {
  it('is the speaker, not the title', () => {
    expect(speakers('The House Deputy Whip ( Rep. Ivo Brenn R-OR ) says the bill is a `` pipe dream `` .')).toEqual([
      ['Rep. Ivo Brenn', 'named', 'Ivo Brenn'],
    ]);
  });
});

describe('a phrase set off after the subject', () => {
  it('a participle phrase is no speaker', () => {
    const r = speakers(
      'Another , traveling with her husband and two sons , told the Valdor Times ’ s Kira Loft that “ they were ' +
        'going to kill him . ”',
    );
    expect(r.map((x) => x[0])).not.toContain('traveling with her husband and two sons');
  });

  it('a relative before an act verb leaves the quote to the subject, not to the relative’s object', () => {
    const q = quoteRows(
      'Ana Doe ’ s letter , which was released hours before she was to hold an event to “ salute ” police ' +
        'officers , criticized the “ defund the police ” movement .',
    );
    expect(q).toContainEqual(['“ defund the police ”', 'Ana Doe ’ s letter']);
  });
});
