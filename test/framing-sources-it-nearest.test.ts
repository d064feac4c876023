// "it" as a speaker is the nearest body: one its own paragraph opens a sentence on before one that spoke a paragraph
// earlier, a possessive body as tokenised copy writes it ("Valdor ’ s Water Ministry"), and a body whose statement
// opens on a count ("said two ferries …"). Fixtures written for these tests (invented bodies and people).
import { describe, expect, it } from 'vitest';
import type { EntityRef } from '../lib/types.js';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

/** The [phrase, kind, name] rows of a doc, `people` as person entities and `bodies` as organisations. */
function speakers(text: string, people: string[], bodies: string[] = []) {
  const d = fixtureDoc('it-nearest', text);
  const org = (n: string): EntityRef => ({ id: n, name: n, type: 'org', mentions: spansOf(d, n) });
  return rows(d, [...people.map((n) => person(d, n)), ...bodies.map(org)]);
}

describe('"it" after a body of its own paragraph', () => {
  it('is the body its paragraph opens on, not the document of the paragraph before', () => {
    const r = speakers(
      'Twelve ferries sank in the storm , according to a statement .\n\n' +
        'The Harbour Observatory gave a higher toll , counting forty boats . But it said the crews had been warned .',
      [],
      ['Harbour Observatory'],
    );
    expect(r).toContainEqual(['it', 'institution', 'Harbour Observatory']);
    expect(r).not.toContainEqual(['it', 'document', 'statement']);
  });

  it('is a possessive body written with a spaced apostrophe', () => {
    const r = speakers(
      'Senator Ana Pell said the river camps were overcrowded .\n\n' +
        'Valdor ’ s Water Ministry disputed the figures on Monday .\n\n' +
        '“ Every camp is inspected twice a week , ” it said .',
      ['Ana Pell'],
      ['Valdor'],
    );
    expect(r).toContainEqual(['it', 'institution', 'Valdor']);
  });

  it('is still the body that spoke in its own paragraph', () => {
    const r = speakers(
      'The Valdor Coast Guard said the ferry sank at dawn . The Orlin Harbour Board opened an inquiry . ' +
        'It said the crew was safe .',
      [],
      ['Valdor Coast Guard', 'Orlin Harbour Board'],
    );
    expect(r).toContainEqual(['It', 'institution', 'Valdor Coast Guard']);
  });
});

describe('a statement opening on a count', () => {
  it('is the body’s, and "It said" after it is that body', () => {
    const r = speakers(
      'A monitoring group said the strikes killed nine people .\n\n' +
        'The Orlin Defence Office said two jets fired six missiles at the depot . It said four of them were shot down .',
      [],
      ['Orlin Defence Office'],
    );
    expect(r).toContainEqual(['The Orlin Defence Office', 'institution', 'Orlin Defence Office']);
    expect(r).toContainEqual(['It', 'institution', 'Orlin Defence Office']);
  });
});
