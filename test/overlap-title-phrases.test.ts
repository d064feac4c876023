// A person named by a lowercase title and a possessive ("France 's foreign minister Jean-Yves Le Drian said",
// "Israel 's ambassador to the United States , Michael Oren") was read as copied narration between two articles: the
// title words and the spaced possessive counted as narration. Seen on real coverage (40 reuse passages read); fixtures
// written for this test (other names, places and events).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { namePhrase } from '../lib/overlap/kinds.js';
import type { Doc } from '../lib/types.js';
import { seededProse } from './helpers/prose.js';

const WORDS = (
  'orchard lantern quarry meadow ribbon falcon harbor velvet timber copper glacier marble saddle thistle beacon ' +
  'willow canyon ember parcel lagoon summit tavern walnut cobble prairie anchor ferry violet basket kettle plume granite'
).split(' ');
const prose = (seed: number, words: number): string => seededProse(WORDS, seed, words, 11);
const doc = (id: string, outlet: string, text: string): Doc =>
  analyse({ id, outlet, date: '2025-10-01', text, paragraphs: [] });

describe('a person named by a title', () => {
  it('is stock between two outlets, not reuse', () => {
    const names = [
      "Chile 's foreign minister Ana Soto Varela said",
      "Peru 's ambassador to the United Nations , Rosa Quispe Huaman",
    ];
    const A = doc('t1', 'Daily Lamp', `${prose(11, 60)} ${names[0]} no.\n\n${prose(12, 50)} Then ${names[1]} left.`);
    const B = doc(
      't2',
      'Metro Signal',
      `${prose(13, 50)} Later ${names[0]} yes.\n\n${prose(14, 40)} So ${names[1]} came.`,
    );
    const r = overlap([A, B], { outlets: [] });
    const kinds = r.pairs.flatMap((p) => p.passages.map((x) => [x.kind, x.text]));
    expect(kinds.length).toBe(2);
    expect(kinds.every(([k]) => k === 'stock')).toBe(true);
  });
  it('is no name phrase when the words narrate', () => {
    expect(namePhrase('the minister said the harbour would reopen next spring')).toBeNull();
    expect(namePhrase('the envoy flew to Lima on Monday to meet the president')).toBeNull();
  });
});
