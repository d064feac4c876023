// Who speaks: "he" or "she" after a sentence that opens on a subordinate clause ("When Ivo Doe accused Karl Brenn of
// …, Brenn answered …") is the person opening the main clause, not the first person the sentence names; when the main
// clause opens on a pronoun, the clause's own subject stays the referent. Fixtures written for these tests (invented
// people).
import { describe, expect, it } from 'vitest';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

describe('a pronoun after a sentence opening on a subordinate clause', () => {
  it('is the subject of the main clause', () => {
    const d = fixtureDoc(
      'sb1',
      'Some leaders have stressed the need for border security .\n\n' +
        'When President Ivo Dorrance accused Senate leader Karl Brenner , D-N.Y. , of wanting open borders , ' +
        'Brenner was quick to respond by touting his record .\n\n' +
        "`` Open borders ? '' he tweeted . `` The bill I wrote had billions for the border . ''",
    );
    // one entity for "Karl Brenner" and the later "Brenner", as the entity stage merges them
    const full = spansOf(d, 'Karl Brenner');
    const alone = spansOf(d, 'Brenner').filter((m) => !full.some((f) => f.start <= m.start && m.end <= f.end));
    const brenner = { ...person(d, 'Karl Brenner'), mentions: [...full, ...alone].sort((a, b) => a.start - b.start) };
    const r = rows(d, [person(d, 'Ivo Dorrance'), brenner]);
    expect(r).toContainEqual(['he', 'named', 'Karl Brenner']);
  });

  it('is the clause’s subject when the main clause opens on the pronoun', () => {
    const d = fixtureDoc('sb2', 'When Ivo Dorrance met Karl Brenner in May , he said the talks went well .');
    expect(rows(d, [person(d, 'Ivo Dorrance'), person(d, 'Karl Brenner')])).toContainEqual([
      'he',
      'named',
      'Ivo Dorrance',
    ]);
  });
});
