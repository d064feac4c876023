// "he" and "she" after a sentence whose subject is a description, not a name: the holder of the title when the story
// names one ("The former president spoke …" after "former President Ivo Doe"), else the unnamed person the
// description is ("One father testified …"). Fixtures written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

/** The [phrase, kind, name] rows of a doc, the given names as person entities. */
function speakers(text: string, names: string[]) {
  const d = fixtureDoc('ds', text);
  return rows(
    d,
    names.filter((n) => text.includes(n)).map((n) => person(d, n)),
  );
}

describe('"he"/"she" after a description opening the sentence before', () => {
  it('is the holder of the title the story named', () => {
    const r = speakers(
      'Former President Ivo Marrek toured the flooded valley in March .\n\n' +
        'The harbour plan stalled for a year after that .\n\n' +
        'The former president spoke at length about the dams on Tuesday .\n\n' +
        '“ We failed these towns , ” he said .',
      ['Ivo Marrek'],
    );
    expect(r).toContainEqual(['he', 'named', 'Ivo Marrek']);
  });

  it('is the unnamed person the description is', () => {
    const r = speakers(
      'The hearing lasted six hours .\n\n' +
        'One father testified that guards kept him from his son at the gate .\n\n' +
        'He then said he had asked to say goodbye to the boy .',
      [],
    );
    expect(r).toContainEqual(['He', 'anonymous', 'one father']);
  });

  it('is set off by a relative clause after the description', () => {
    const r = speakers(
      'On Thursday , the agency asked Judge Mara Quell for more time .\n\n' +
        'The judge , who has yet to rule , said the agency must list every case by Saturday .\n\n' +
        'She also said the deadline would then be reviewed .',
      ['Mara Quell'],
    );
    expect(r).toContainEqual(['She', 'named', 'Mara Quell']);
  });

  it('is no description of the other gender', () => {
    const r = speakers(
      'The hearing lasted six hours .\n\nOne mother testified that guards kept her from her son .\n\n' +
        '“ Nobody told us anything , ” he said .',
      [],
    );
    expect(r).toContainEqual(['he', 'unresolved', 'he']);
  });

  it('is not a description when a named person opens a sentence after it', () => {
    const r = speakers(
      'The former president spoke at length on Tuesday .\n\nIvo Brenn and Tomas Vell left early .\n\n' +
        '“ We failed these towns , ” he said .',
      ['Ivo Brenn', 'Tomas Vell'],
    );
    expect(r).not.toContainEqual(['he', 'unresolved', 'former president']);
    expect(r.find((x) => x[0] === 'he')?.[2]).not.toBe('former president');
  });
});

describe('descriptions that are no referent', () => {
  it('are not people in the plural', () => {
    const r = speakers(
      'The hearing lasted six hours .\n\nThe two men were angry about the vote , when he said “ it makes me ill . ”',
      [],
    );
    expect(r.find((x) => x[0] === 'he')).toEqual(['he', 'unresolved', 'he']);
  });

  it('are not the subject of the statement the pronoun trails', () => {
    const r = speakers('The family shelters “ are full and there is no more time , ” she wrote .', []);
    expect(r).toContainEqual(['she', 'unresolved', 'she']);
  });
});
