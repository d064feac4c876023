// Who speaks: a share of a poll's sample after a clause of another share ("57 percent opposed it and the remaining 15
// percent said …") is the poll speaking, not an unresolved phrase; a clause of a share before a person is no share.
// Fixtures written for these tests (an invented pollster and person).
import { describe, expect, it } from 'vitest';
import { pollShare } from '../lib/framing/polls.js';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { rows } from './helpers/speakers.js';

describe('a share after a clause of another share', () => {
  it('is the poll’s', () => {
    const d = fixtureDoc(
      'pc1',
      'The June poll by Harbour Research found that 28 percent of people polled supported the policy , while ' +
        '57 percent opposed it and the remaining 15 percent said they did not know .',
    );
    const r = rows(d).filter((x) => String(x[0]).includes('15 percent'));
    expect(r.map((x) => x.slice(1))).toEqual([['document', 'Harbour Research poll']]);
  });

  it('reads the share after "and", not a person after it', () => {
    expect(pollShare('57 percent opposed it and the remaining 15 percent')).toBe(true);
    expect(pollShare('40 percent backed it and Ana Quillon')).toBe(false);
    // a sample of two groups stays one share
    expect(pollShare('More than 80 percent of second-generation Valdorians and Orlin-Americans')).toBe(true);
  });
});
