// After a quote, a speaker set off with a description ("…,” Ana Doe, a Valdor Republican, said) is still the one who
// speaks: the name speaks, and the description goes to the quote table's role, in either order ("the mayor's
// spokesman, Ivo Brenn, told") and after "said" too. A segment that only places the statement ("in a statement") is no
// role, and a list stays no appositive. Fixtures written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { analyseFraming } from '../lib/framing/framing.js';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person } from './helpers/speakers.js';

const PEOPLE = ['Ana Doe', 'Ivo Brenn', 'Kira Loft', 'Orrin Vasteel'];

/** The quote table's [speaker, role] rows of a one-doc corpus. */
function table(text: string): [string, string][] {
  const d = fixtureDoc('qa', text);
  const entities = PEOPLE.filter((n) => text.includes(n)).map((n) => person(d, n));
  return analyseFraming({ docs: [d], entities }).detail.quotes.map((q) => [q.speaker, q.speaker_role]);
}

describe('a speaker after the quote, set off with a description', () => {
  it('speaks, with the description as the role', () => {
    expect(table("`` We will not back down , '' Ana Doe , a Valdor Republican , said .")).toEqual([
      ['Ana Doe', 'a Valdor Republican'],
    ]);
    expect(table('“We will not back down,” Ivo Brenn, Valdor Republican, said on Monday.')).toEqual([
      ['Ivo Brenn', 'Valdor Republican'],
    ]);
    expect(table('“The panel has the votes,” Kira Loft, who chairs the committee, told reporters.')).toEqual([
      ['Kira Loft', 'who chairs the committee'],
    ]);
  });

  it('speaks after a description set before the name, and after several segments', () => {
    expect(table('“We are ready,” the mayor’s spokesman, Orrin Vasteel, told reporters.')).toEqual([
      ['Orrin Vasteel', 'the mayor’s spokesman'],
    ]);
    expect(
      table('“It is a bad deal,” Ana Doe, director of the Harbour Fund, a group that opposes it, said in a statement.'),
    ).toEqual([['Ana Doe', 'director of the Harbour Fund, a group that opposes it']]);
  });

  it('keeps a party tag in the role, and carries the role to the quote that continues', () => {
    expect(table('“We will not back down,” Sen. Ana Doe, R-Utah, a member of the panel, said. “Never.”')).toEqual([
      ['Ana Doe', 'Sen., R-Utah, a member of the panel'],
      ['Ana Doe', 'Sen., R-Utah, a member of the panel'],
    ]);
  });

  it('after "said", the description closing the sentence is the role; a placing phrase is none', () => {
    expect(table('“We will not back down,” said Ana Doe, a lawyer at the Harbour Fund.')).toEqual([
      ['Ana Doe', 'a lawyer at the Harbour Fund'],
    ]);
    expect(table('“We will not back down,” said Ana Doe, in a statement.')).toEqual([['Ana Doe', '']]);
  });

  it('gives no speaker to a clause or a list read as an appositive', () => {
    // "with limited strikes, Doe, …" is the end of a partial quote's sentence, not a name
    const [[speaker]] = table('He said they would respond “in kind,” with limited strikes, Ana Doe, a lawyer, said.');
    expect(speaker).not.toMatch(/strikes/);
  });
});
