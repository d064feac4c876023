// Every direction says what decided it (direction_by), on pairs, passages and their rows, and the findings read that
// field, not the wording of `because`. Articles are invented for these tests.
import { describe, expect, it } from 'vitest';
import { overlap, pairRows, passageRows, type OverlapResult } from '../../lib/overlap/overlap.js';
import type { OutletEntry } from '../../lib/overlap/outlets.js';
import { doc } from './fixtures.js';
import { seededProse } from '../helpers/prose.js';

const WORDS = (
  'lantern quarry meadow ribbon falcon harbor velvet timber copper glacier marble saddle thistle beacon willow ' +
  'canyon ember parcel lagoon summit tavern walnut cobble prairie anchor ferry violet basket kettle plume granite ' +
  'hollow mirror pepper signal island ladder tunnel cradle shadow ginger ivory jasper kiln locket mosaic nectar'
).split(' ');
/** Deterministic filler prose (test/helpers/prose.ts), sentences of 10 words. */
const prose = (seed: number, words: number): string => seededProse(WORDS, seed, words, 10);

const story = prose(7, 120);
const run = (docs: Parameters<typeof overlap>[0], outlets: OutletEntry[] = []): OverlapResult['pairs'][number] => {
  const r = overlap(docs, { outlets });
  expect(r.pairs).toHaveLength(1);
  return r.pairs[0];
};

describe('each basis of a direction is reported on the pair and its passages', () => {
  it('dates: the article dated earlier is the source', () => {
    const p = run([doc('x', 'Hill Post', story, '2024-05-01'), doc('y', 'Vale Times', story, '2024-05-03')]);
    expect(p).toMatchObject({ direction: 'a→b', direction_by: 'dates' });
    expect(p.passages.every((x) => x.direction_by === 'dates')).toBe(true);
  });

  it('none: same date, no credit, containment not lopsided', () => {
    const p = run([doc('x', 'Hill Post', story, '2024-05-05'), doc('y', 'Vale Times', story, '2024-05-05')]);
    expect(p).toMatchObject({ direction: 'unknown', direction_by: 'none', source: null });
  });

  it('containment: across outlets the article mostly inside the other is its cut-down copy', () => {
    const long = `${story}\n\n${prose(8, 120)}`;
    const p = run([doc('x', 'Hill Post', story, '2024-05-05'), doc('y', 'Vale Times', long, '2024-05-05')]);
    expect(p).toMatchObject({ direction: 'b→a', direction_by: 'containment', source: 'y' });
  });

  it('extended: within one outlet the longer article is the shorter one updated', () => {
    const long = `${story}\n\n${prose(9, 120)}`;
    const p = run([doc('x', 'Hill Post', story, '2024-05-05'), doc('y', 'Hill Post', long, '2024-05-05')]);
    expect(p).toMatchObject({ kind: 'same-outlet', direction: 'a→b', direction_by: 'extended', source: 'x' });
  });

  it('agency: text shared with a news agency reads as taken from it', () => {
    const wire: OutletEntry[] = [{ name: 'Coastal Wire Service', aliases: [], agency: true }];
    const p = run(
      [doc('x', 'Hill Post', story, '2024-05-05'), doc('y', 'Coastal Wire Service', story, '2024-05-05')],
      wire,
    );
    expect(p).toMatchObject({ direction: 'b→a', direction_by: 'agency', source: 'y' });
  });

  it('credit: the reusing article names the source outlet beside the passage', () => {
    const outlets: OutletEntry[] = [{ name: 'Hill Post', aliases: [] }];
    const taker = doc('y', 'Vale Times', `${prose(10, 40)} As Hill Post reported, ${story}`, '2024-05-05');
    const p = run([doc('x', 'Hill Post', story, '2024-05-05'), taker], outlets);
    expect(p).toMatchObject({ direction: 'a→b', direction_by: 'credit', source: 'x' });
  });

  it('conflict: a credit that the dates contradict decides nothing', () => {
    const outlets: OutletEntry[] = [{ name: 'Hill Post', aliases: [] }];
    const taker = doc('y', 'Vale Times', `${prose(10, 40)} As Hill Post reported, ${story}`, '2024-05-01');
    const p = run([doc('x', 'Hill Post', story, '2024-05-05'), taker], outlets);
    expect(p).toMatchObject({ direction: 'unknown', direction_by: 'conflict', source: null });
  });
});

describe('the rows carry direction_by next to because', () => {
  it('pair and passage rows: the column right after because, equal to the pair and passage field', () => {
    const r = overlap([doc('x', 'Hill Post', story, '2024-05-01'), doc('y', 'Vale Times', story, '2024-05-03')], {
      outlets: [],
    });
    const [pr] = pairRows(r);
    const pk = Object.keys(pr);
    expect(pk[pk.indexOf('because') + 1]).toBe('direction_by');
    expect(pr.direction_by).toBe('dates');
    const rows = passageRows(r);
    const rk = Object.keys(rows[0]);
    expect(rk[rk.indexOf('because') + 1]).toBe('direction_by');
    expect(rows.map((x) => x.direction_by)).toEqual(r.pairs[0].passages.map((x) => x.direction_by));
    // the JSON of a passage keeps the same order
    const jk = Object.keys(r.pairs[0].passages[0]);
    expect(jk[jk.indexOf('because') + 1]).toBe('direction_by');
  });
});
