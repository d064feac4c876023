// Two holders of a surname named in one article, one of them only as a relative brought in to describe the other
// ("his mother", "the son of the late"): the article's bare surname is its subject, with or without a corpus vote
// (ents57). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/entities.js';
import type { EntityResult } from '../lib/entities/entities.js';

/** The entity names of every mention spelled `text` in doc k, in text order. */
const namesIn = (r: EntityResult, k: number, text: string) =>
  r.mentions[k].filter((m) => m.text === text).map((m) => r.entities.find((e) => e.id === m.entity)?.name);

describe('a freed hostage and his mother, no other article naming the surname', () => {
  const r = run(
    'Peter Olaf Brandvik , a writer held for two years , was freed on Sunday . Brandvik was handed to the envoys at ' +
      "the border . `` We are grateful , '' said Brandvik ' mother , Nancy Brandvik . Brandvik is expected home on " +
      'Friday . Nancy Brandvik spoke to her son by phone . Officials said Brandvik was in good health .',
    'The talks resumed in Geneva on Monday . Delegates met for four hours .',
  );

  it('gives the bare surname to the article’s subject, not the relative', () => {
    expect(namesIn(r, 0, 'Brandvik')).toEqual(Array(4).fill('Peter Olaf Brandvik'));
  });
});

describe('a preacher and his late father', () => {
  const r = run(
    'Franklin Quarles , the son of the late Billy Quarles , spoke at the rally on Saturday . Quarles called the ' +
      'vote a test of faith . The crowd cheered when Quarles prayed .',
    'The council met on Tuesday . Members voted on the budget .',
  );

  it('gives the bare surname to the son, whom the article is about', () => {
    expect(namesIn(r, 0, 'Quarles')).toEqual(['Franklin Quarles', 'Franklin Quarles']);
  });
});

describe('two holders named as themselves (guards)', () => {
  const r = run(
    'Kelly Ostrander and Sue Ostrander both ran for the seat on Tuesday . Ostrander said the count was slow .',
    "For Sue Ostrander , the wait is long . Sue 's daughter Kelly Ostrander married in Ohio . Ostrander says the " +
      'law is unfair .',
  );

  it('leaves the bare surname to neither of them', () => {
    const names = namesIn(r, 0, 'Ostrander');
    expect(names).not.toContain('Kelly Ostrander');
    expect(names).not.toContain('Sue Ostrander');
  });

  it('does not take a daughter named by her mother’s given name for a relative', () => {
    const names = namesIn(r, 1, 'Ostrander');
    expect(names).not.toContain('Kelly Ostrander');
    expect(names).not.toContain('Sue Ostrander');
  });
});
