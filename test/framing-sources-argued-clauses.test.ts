// A statement reported with a verb of argument and no "that" ("Doe insisted the plan wasn't ready"): its subject
// speaks when the clause's verb is a negative ("wasn't", tokenised "wasn ’ t") or its subject a longer noun phrase
// ("Brenn ’ s new harbour plan was"); a noun object ("warned the public") stays no statement. Fixtures written for
// these tests (invented people).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

/** The [phrase, kind, name] rows of one sentence, the given names as person entities. */
function speakers(text: string, names: string[]) {
  const d = fixtureDoc('ac', text);
  return rows(
    d,
    names.map((n) => person(d, n)),
  );
}

describe('a verb of argument and a clause with no "that"', () => {
  it('reads a negative auxiliary as the clause verb', () => {
    const r = speakers('Judge Mara Quell insisted the agency wasn ’ t following the order .', ['Mara Quell']);
    expect(r).toContainEqual(['Judge Mara Quell', 'named', 'Mara Quell']);
  });

  it('reads a negative written whole', () => {
    const r = speakers("Ivo Brenn conceded the bill wasn't perfect .", ['Ivo Brenn']);
    expect(r).toContainEqual(['Ivo Brenn', 'named', 'Ivo Brenn']);
  });

  it('reads a pronoun subject and a negative', () => {
    const r = speakers('Kira Loft acknowledged she didn ’ t know where the photo came from .', ['Kira Loft']);
    expect(r).toContainEqual(['Kira Loft', 'named', 'Kira Loft']);
  });

  it('reads a subject of five words before the auxiliary', () => {
    const r = speakers('Tomas Vell argued Brenn ’ s new harbour plan was unlawful .', ['Tomas Vell']);
    expect(r).toContainEqual(['Tomas Vell', 'named', 'Tomas Vell']);
  });

  it('reads no clause in a noun object', () => {
    const r = speakers('Tomas Vell warned the harbour workers about the storm .', ['Tomas Vell']);
    expect(r).toEqual([]);
  });
});
