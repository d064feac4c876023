// Three forms of who speaks that a reader dropped or gave the wrong person: a bare "another" after an unnamed person
// ("“…,” one vendor said . “…,” another said": one more unnamed person), two people with party tags and no appositive
// before a clause ("Marr, R-Val., and Gray, D-Orl., said the deal …": both speak), and "the president" in a story of
// its own president that names a predecessor in passing. Fixtures written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import type { EntityRef } from '../lib/types.js';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { rows } from './helpers/speakers.js';

/** A person entity `name`, its mentions every occurrence of the name and of its short forms `also`. */
function personOf(text: string, name: string, also: string[] = []): EntityRef {
  const d = fixtureDoc('x', text);
  const spans = [name, ...also].flatMap((n) => spansOf(d, n));
  const inside = (s: { start: number; end: number }) =>
    spans.some((o) => o !== s && o.start <= s.start && s.end <= o.end && o.end - o.start > s.end - s.start);
  const mentions = spans.filter((s) => !inside(s)).sort((a, b) => a.start - b.start);
  return { id: name, name, type: 'person', mentions };
}

/** The [phrase, kind, name] rows of a doc, given its people (name and short forms). */
function speakers(text: string, people: [string, string[]][]) {
  const d = fixtureDoc('x', text);
  return rows(
    d,
    people.map(([n, also]) => personOf(text, n, also)),
  );
}

describe('a bare "another" as a speaker', () => {
  it('is one more unnamed person after a quote', () => {
    const r = speakers(
      'Mayor Ivo Brenn said the market would reopen .\n\n' +
        '“ We lost everything , ” one vendor said . “ Nobody came to help us , ” another said .',
      [['Ivo Brenn', []]],
    );
    expect(r).toContainEqual(['another', 'anonymous', 'another']);
  });

  it('is one more unnamed person opening a sentence', () => {
    const r = speakers(
      '“ The stalls were flooded , ” one vendor wrote online . Another said , “ Nobody came to help us . ”',
      [],
    );
    expect(r).toContainEqual(['Another', 'anonymous', 'another']);
  });
});

describe('people with party tags and no appositive before a clause', () => {
  it('are two speakers', () => {
    const r = speakers('Sens. John Marr , R-Val. , and Lena Gray , D-Orl. , said Tuesday the deal was weak .', [
      ['John Marr', []],
      ['Lena Gray', []],
    ]);
    expect(r).toContainEqual(['John Marr', 'named', 'John Marr']);
    expect(r).toContainEqual(['Lena Gray', 'named', 'Lena Gray']);
  });
});

describe('"the president" in a story of its own president', () => {
  const story =
    'President Ivo Brenn met the harbour board on Monday . Brenn wants the port sold . Brenn has said so since May .\n\n' +
    'What will President Ivo Brenn do about the ferry plan , created by President Ana Lutz to keep the islands ' +
    'served ? The president said Tuesday he will keep the plan alive .';

  it('is the holder the story names throughout, not one named once in passing', () => {
    const r = speakers(story, [
      ['Ivo Brenn', ['Brenn']],
      ['Ana Lutz', []],
    ]);
    expect(r).toContainEqual(['The president', 'named', 'Ivo Brenn']);
  });

  it('is still the one the paragraph names when the other is not named far more often', () => {
    const r = speakers(
      'President Ivo Brenn met the harbour board on Monday . Brenn wants the port sold .\n\n' +
        'President Ana Lutz met Brenn on Friday . Lutz wants the port kept . The president said the port is safe .',
      [
        ['Ivo Brenn', ['Brenn']],
        ['Ana Lutz', ['Lutz']],
      ],
    );
    expect(r).toContainEqual(['The president', 'named', 'Ana Lutz']);
  });
});
