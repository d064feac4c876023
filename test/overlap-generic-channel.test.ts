// A generic medium beside a speaker is the speaker's channel. Seen on real coverage: "The government, via state TV
// reports, claims that its forces came into contact with toxic gas …" made the phrase both articles share reuse, because
// the cue held a citation and a cited outlet as speaker reports that outlet's text. "State TV", "local media", "state
// media" name no outlet: the clause is the government's claim, a third party's wording both articles carry. A named
// outlet there still makes the clause that outlet's text. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import type { Doc } from '../lib/types.js';
import { fillerProse } from './helpers/prose.js';

const doc = (id: string, outlet: string, date: string, text: string): Doc =>
  analyse({ id, outlet, date, text, paragraphs: [] });

const SHARED = 'troops found a cache of rifles near the old river crossing';
const CLAIM = `its ${SHARED} on Sunday evening and blamed smugglers from the coast for hiding the weapons in the reeds`;

const sharedKind = (speaker: string) => {
  const docs = [
    doc(
      'a1',
      'Lakeside Times',
      '2025-03-01',
      `${fillerProse(1, 90)}\n\n${speaker} ${CLAIM} .\n\n${fillerProse(2, 70)}`,
    ),
    doc(
      'b1',
      'Harbour Gazette',
      '2025-03-02',
      `${fillerProse(3, 80)}\n\nLast week ${SHARED} .\n\n${fillerProse(4, 60)}`,
    ),
    doc('c1', 'Plains Herald', '2025-03-02', fillerProse(7, 120)),
  ];
  const p = overlap(docs, { outlets: [] }).pairs.find((q) => [q.a, q.b].sort().join() === 'a1,b1')!;
  return p.passages.find((x) => x.text.includes('cache of rifles'))!;
};

describe('a generic medium beside a speaker', () => {
  it('is the speaker channel: the claim it carries is common source', () => {
    for (const speaker of [
      'The ministry , via state TV reports , claims that',
      'The ministry told state media that',
      'A ministry spokesman , speaking on local TV , said that',
    ]) {
      const x = sharedKind(speaker);
      expect(x.kind, speaker).toBe('common-source');
      expect(x.kind_because).toMatch(/reported speech/);
    }
  });

  it('a named outlet as the speaker still reports that outlet text', () => {
    expect(sharedKind('The Valley Post reported that').kind).toBe('reuse');
  });
});
