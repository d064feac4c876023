// Who speaks: a share of a poll's sample written as "one in three", "Seven of 10 Latinos" or "two out of five
// voters" is the poll speaking, not a group of the text's choosing; counts of people are not shares. Fixtures written
// for these tests (an invented pollster).
import { describe, expect, it } from 'vitest';
import { pollShare } from '../lib/framing/polls.js';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { rows } from './helpers/speakers.js';

describe('a share of a poll sample', () => {
  it('reads "one in three", "N of 10" with the sample named, "two out of five"', () => {
    for (const p of [
      'Another one in three',
      'Seven of 10 Latinos',
      'Seven in 10 registered voters',
      'two out of five voters',
    ])
      expect(pollShare(p), p).toBe(true);
  });

  it('is no share for a count of people or of a body', () => {
    for (const p of [
      'Of the 26',
      'Two of the bipartisan',
      'one of the officials',
      'Three of four',
      'half the senators',
    ])
      expect(pollShare(p), p).toBe(false);
  });

  it('is the poll named before it', () => {
    const d = fixtureDoc(
      'ps1',
      'A new Harbour Research poll out Tuesday asked about the bill.\n\n' +
        "Precisely half of those surveyed say it is important . Another one in three say it is `` somewhat '' " +
        'important . Seven of 10 Latinos say it is very important .',
    );
    const r = rows(d);
    expect(r).toContainEqual(['Another one in three', 'document', 'Harbour Research poll']);
    expect(r).toContainEqual(['Seven of 10 Latinos', 'document', 'Harbour Research poll']);
  });
});
