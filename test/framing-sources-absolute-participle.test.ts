// "Sen. Ana Doe and Rep. Ivo Brenn … were in attendance , with the senator telling the crowd , “…”": the participle
// after "with" has its own subject, who speaks (the senator, Ana Doe), not the sentence's two people. Where the
// participle continues the sentence's subject ("Sens. Ana Doe and Ivo Brenn had complaints , saying “…”"), both
// speak. Fixtures written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

const named = (text: string) => {
  const d = fixtureDoc('ap', text);
  return rows(d, [person(d, 'Ana Doe'), person(d, 'Ivo Brenn')]).map((r) => r[2]);
};

describe('a participle with its own subject', () => {
  it('"with the senator telling": the senator speaks, alone', () => {
    expect(
      named(
        'Sen. Ana Doe and Rep. Ivo Brenn , both Valdor Democrats , were in attendance , with the senator telling ' +
          'the crowd , “ This is about children held in cages . ”',
      ),
    ).toEqual(['Ana Doe']);
  });

  it('a participle of the sentence’s subject: both speak', () => {
    expect(
      named(
        'Sens . Ana Doe and Ivo Brenn had much broader complaints , saying “ we fear this order may do more harm . ”',
      ),
    ).toEqual(['Ana Doe', 'Ivo Brenn']);
  });
});
