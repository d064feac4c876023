// Who speaks in reported sentences the clause readers skipped or read from the sentence start: a bare plural subject
// after "said" ("said prices have risen"), a subordinate "when X said", "came as X said", "comes a day after X said";
// and spans that ran into the verb ("Critics often", "25 states have sued", "French officials said the opposite").
// Fixtures written for these tests (invented people, bodies and places).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

const read = (text: string, names: string[] = []) => {
  const d = fixtureDoc('sub', text);
  return rows(
    d,
    names.map((n) => person(d, n)),
  );
};

describe('reported sentences the clause readers skipped', () => {
  it('reads a bare plural subject after "said"', () => {
    expect(read('Ana Doe said prices have risen across the port .', ['Ana Doe'])).toEqual([
      ['Ana Doe', 'named', 'Ana Doe'],
    ]);
  });

  it('reads the subject after "when", "as" and "a day after", not the sentence start', () => {
    const r = read(
      'The levy got a boost when Minority Leader Ivo Brenn said the votes were there .\n\n' +
        "Kira Loft 's remarks came as House Speaker Ivo Brenn said the talks would resume .\n\n" +
        "Loft 's announcement comes a day after Ana Doe said the camps were full .",
      ['Ivo Brenn', 'Kira Loft', 'Ana Doe'],
    );
    expect(r).toEqual([
      ['Minority Leader Ivo Brenn', 'named', 'Ivo Brenn'],
      ['House Speaker Ivo Brenn', 'named', 'Ivo Brenn'],
      ['Ana Doe', 'named', 'Ana Doe'],
    ]);
  });

  it('keeps the main subject when the main clause reports (guard)', () => {
    const r = read(
      'The Valdor Republican added the port has lost its standing , though the state has not described the vote as a coup .',
    );
    expect(r.map((x) => x[0])).toEqual(['The Valdor Republican']);
  });

  it('keeps the subject of a relative whose "before" is its own (guard)', () => {
    const r = read('One colleague who spoke with Ivo Brenn hours before his death said the doctor was hopeful .', [
      'Ivo Brenn',
    ]);
    expect(r.map((x) => x[1])).not.toContain('unresolved');
    expect(r.map((x) => x[0].toLowerCase())).not.toContain('his death');
  });
});

describe('spans that ran into the verb', () => {
  it('ends the speaker on its head, before adverbs, verb groups and a verb of saying with its object', () => {
    const r = read(
      "Critics often called it the `` papers please '' law .\n\n" +
        'Orlin officials are working to confirm reports that the envoy is dead .\n\n' +
        'The talks are close , Valdor officials said . But Orlin officials said the opposite , declaring that the sides are far apart .\n\n' +
        'Several suits were filed , including one in Harbourton , where 25 states have sued , arguing that they will pay billions .',
    );
    expect(r.map((x) => x[0])).toEqual([
      'Critics',
      'Orlin officials',
      'Valdor officials',
      'Orlin officials',
      '25 states',
    ]);
    expect(r.slice(0, 4).map((x) => x[1])).toEqual(['anonymous', 'anonymous', 'anonymous', 'anonymous']);
  });

  it('keeps a progressive with a clause of its own whole (guard)', () => {
    const r = read(
      "Meanwhile , Valdor officials were parsing what precisely Ivo Brenn meant when he told the Harbour Times that `` we have an issue . ''",
      ['Ivo Brenn'],
    );
    expect(r.map((x) => x[1])).not.toContain('anonymous');
  });
});
