// "it" as a speaker: the body or document a sentence just before opens on as its subject, when no body spoke there
// ("The Ministry of Water disputed the figures . ¶ “…,” it said"); a dummy "it" ("It is worth noting that “…”",
// "It was a revealing remark, hinting at “…”") speaks for no one. Fixtures written for these tests (invented bodies
// and people).
import { describe, expect, it } from 'vitest';
import type { EntityRef } from '../lib/types.js';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

/** The [phrase, kind, name] rows of a doc, `people` as person entities and `bodies` as organisations. */
function speakers(text: string, people: string[], bodies: string[] = []) {
  const d = fixtureDoc('it', text);
  const org = (n: string): EntityRef => ({ id: n, name: n, type: 'org', mentions: spansOf(d, n) });
  return rows(d, [...people.map((n) => person(d, n)), ...bodies.map(org)]);
}

describe('"it" after a sentence that opens on a body or a document', () => {
  it('is the body the sentence before opens on, though it did not speak', () => {
    const r = speakers(
      'Senator Ana Pell said the river camps were overcrowded .\n\n' +
        'The Valdor Water Authority disputed Pell ’ s account of the camps .\n\n' +
        '“ Every camp is inspected twice a week , ” it said in a statement .',
      ['Ana Pell'],
      ['Valdor Water Authority'],
    );
    expect(r).toContainEqual(['it', 'institution', 'Valdor Water Authority']);
  });

  it('is the document a sentence opens on', () => {
    const r = speakers(
      'The council met for six hours on Monday .\n\n' +
        'The resolution was adopted by fourteen votes to none .\n\n' +
        'It demands a halt to “ all new towers , ” saying this “ is essential for the port . ”',
      [],
    );
    expect(r).toContainEqual(['It', 'document', 'resolution']);
  });

  it('is the body the statement it closes opens on', () => {
    const r = speakers(
      'The Orlin Harbour Council meanwhile “ condemned the attack on the ferry , ” it said in a statement .',
      [],
      ['Orlin Harbour Council'],
    );
    expect(r).toContainEqual(['it', 'institution', 'Orlin Harbour Council']);
  });

  it('stays unresolved when a person opens the sentence before', () => {
    const r = speakers(
      'The Valdor Water Authority opened two camps in May .\n\n' +
        'Governor Ivo Brenn toured the camps on Friday .\n\n' +
        '“ The camps are full , ” it said .',
      ['Ivo Brenn'],
      ['Valdor Water Authority'],
    );
    expect(r).toContainEqual(['it', 'unresolved', 'it']);
  });
});

describe('"It said" opening a sentence', () => {
  it('is a statement of the body that spoke before', () => {
    const r = speakers(
      'The Valdor Water Authority said on Monday that four camps had closed .\n\n' +
        'It said the other camps would stay open until May .',
      [],
      ['Valdor Water Authority'],
    );
    expect(r.filter((x) => x[0] === 'It')).toEqual([['It', 'institution', 'Valdor Water Authority']]);
  });

  it('is a statement of the document a sentence before opens on', () => {
    const r = speakers(
      'The report was released on Tuesday .\n\nIt says the harbour camps can hold children only twenty days .',
      [],
    );
    expect(r).toContainEqual(['It', 'document', 'report']);
  });
});

describe('a dummy "it" before a quote', () => {
  it('speaks for no one: "It is worth noting that “…”"', () => {
    const r = speakers(
      '“ We will not sign , ” Ivo Brenn said .\n\n' +
        'It ’ s worth noting that Brenn ’ s first use of “ final offer ” left room for talks .',
      ['Ivo Brenn'],
    );
    expect(r.filter((x) => /^it$/i.test(String(x[0])))).toEqual([]);
  });

  it('speaks for no one: "It was a revealing remark, hinting at …"', () => {
    const r = speakers(
      '“ The reforms are working , ” Ivo Brenn said .\n\n' +
        'It was a revealing remark , hinting at the ways that “ openings ” can close .',
      ['Ivo Brenn'],
    );
    expect(r.filter((x) => /^it$/i.test(String(x[0])))).toEqual([]);
  });
});
