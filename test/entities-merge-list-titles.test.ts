// A bare surname listed beside people of one office takes their title, to pick its holder: "Scalia , Alito and
// Thomas", "Sens . Graham and Dick Durbin", "candidates Bush and Reagan" beside a Jeb Bush (ents59). And a title read
// from the text is looked up in a Map. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/entities.js';
import type { EntityResult } from '../lib/entities/entities.js';
import { titleOf } from '../lib/entities/merge/surname-titles.js';
import type { Mention } from '../lib/entities/mentions.js';

/** The entity names of every mention spelled `text` in doc k, in text order. */
const namesIn = (r: EntityResult, k: number, text: string) =>
  r.mentions[k].filter((m) => m.text === text).map((m) => r.entities.find((e) => e.id === m.entity)?.name);

const times = (n: number, f: (k: number) => string) => Array.from({ length: n }, (_, k) => f(k));

describe('a surname listed beside two justices', () => {
  const r = run(
    ...times(3, (k) => `Justice Tobias Wrenfield wrote for the court in case ${k} . Justice Marta Quillon agreed .`),
    ...times(2, (k) => `Justice Harlan Brackett dissented in case ${k} .`),
    ...times(3, (k) => `Coach Dean Brackett won game ${k} on Friday .`),
    ...times(2, (k) => `Dean Brackett said the team played well in game ${k} .`),
    'The court ruled on Monday . Wrenfield , Quillon and Brackett parted company with the reasoning .',
  );

  it('gives it to the holder named a justice', () => {
    expect(namesIn(r, 10, 'Brackett')).toEqual(['Harlan Brackett']);
  });
});

describe('a surname listed beside a senator', () => {
  const r = run(
    ...times(3, (k) => `Sen. Ronan Tessler spoke on the floor in debate ${k} .`),
    ...times(3, (k) => `Sen. Irwin Calloway voted no in debate ${k} .`),
    ...times(3, (k) => `Pastor Reid Calloway led the prayer ${k} .`),
    'The compromise bill proposed by Sens . Calloway and Ronan Tessler failed .',
  );

  it('gives it to the holder named a senator', () => {
    expect(namesIn(r, 9, 'Calloway')).toEqual(['Irwin Calloway']);
  });
});

describe('a surname listed beside a president, in an article naming two holders', () => {
  const r = run(
    ...times(4, (k) => `President Gil Marrow spoke in year ${k} . Marrow said the plan was ready .`),
    ...times(3, (k) => `President Vernon Haskell signed the law in year ${k} .`),
    ...times(2, (k) => `President Wade Marrow vetoed the bill in year ${k} .`),
    'Wade Marrow led in the 1980s . Jed Marrow , a former governor , ran in 2016 . The plan resembles those that ' +
      'presidential candidates Marrow and Haskell supported in the 1980s .',
  );

  it('gives it to the holder the corpus names a president, not the one named last', () => {
    expect(namesIn(r, 9, 'Marrow')).toEqual(['Wade Marrow']);
  });
});

describe('a title read from the text', () => {
  it('is its own form when no abbreviation is written out for it', () => {
    const m = { title: 'constructor' } as Mention;
    expect(titleOf(m)).toBe('constructor');
  });
});
