// Two holders of a surname named in full in one article, and a bare surname there: it is one of them (the one named
// last before it), not the person the rest of the corpus most often means by the surname, whom this article never
// names (ents55). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/entities.js';
import type { EntityResult } from '../lib/entities/entities.js';

/** The entity names of every mention spelled `text` in doc k, in text order. */
const namesIn = (r: EntityResult, k: number, text: string) =>
  r.mentions[k].filter((m) => m.text === text).map((m) => r.entities.find((e) => e.id === m.entity)?.name);

describe('a bare surname after two holders named in one article', () => {
  const columnist = (k: number) =>
    `Marla Petrakis , a columnist for the paper , wrote on Monday that the plan would fail . Petrakis said the vote was a test ${k} .`;
  const r = run(
    columnist(1),
    columnist(2),
    columnist(3),
    'Pastor Gideon Petrakis , president of the council , said the bill was a start . Rev . Tobias Petrakis said he ' +
      "was hopeful . `` This is a good baseline , '' Petrakis said . Lawmakers met on Tuesday .",
  );

  it('goes to the holder named last before it, not the corpus vote', () => {
    expect(namesIn(r, 3, 'Petrakis')).toEqual(['Tobias Petrakis']);
  });

  it('leaves the articles naming one holder with theirs (guard)', () => {
    expect(namesIn(r, 0, 'Petrakis')).toEqual(['Marla Petrakis']);
  });
});

describe('an article naming the vote’s person beside a relative', () => {
  const president = (k: number) =>
    `President Harlan Voss signed the order on Monday . Voss said the border was secure ${k} .`;
  const r = run(
    president(1),
    president(2),
    president(3),
    'First lady Celeste Voss visited the shelter . President Harlan Voss stayed in Washington . Later , Voss said the ' +
      'policy would change .',
  );

  it('keeps the bare surname with the vote’s person the article names (guard)', () => {
    expect(namesIn(r, 3, 'Voss')).toEqual(['Harlan Voss']);
  });
});

describe('two holders named in one sentence', () => {
  const coach = (k: number) =>
    `Lyle Ardent , the coach of the team , said on Monday that the season was over . Ardent said it was game ${k} .`;
  const r = run(
    coach(1),
    coach(2),
    coach(3),
    'Celia Ardent , wife of former governor Marcus Ardent , wrote an essay that was published on Sunday . Ardent ' +
      "wrote , `` I live in a border state . ''",
  );

  it('is the sentence’s subject, not the relation named after her', () => {
    expect(namesIn(r, 3, 'Ardent')).toEqual(['Celia Ardent']);
  });
});
