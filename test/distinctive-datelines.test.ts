// A wire files its stories from the same city and opens each with a dateline ("ASHBURY/KELDON ( Wire ) - ",
// "Ashbury ( WIRE ) The council …", "PORT ELLIS , North Vale ( Wire ) -- "): the filing place is no word of the
// outlet's, yet it counted among its most frequent terms (the report's top-terms chart and "terms only one outlet ranks
// high"). One reader of datelines now leaves them out of the frequent-term counts and of framing's (where a name is
// no distinctive term anyway); the same place named in a sentence of the story still counts. Invented outlets, towns
// and wording.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { datelineLength, maskDatelines } from '../lib/framing/dateline-prefix.js';
import { furnitureFreeCounts } from '../lib/pipeline.js';
import { outletTermRows } from '../lib/text/counts.js';
import { council } from './helpers/prose.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string) => analyse({ id, outlet, date: null, text, paragraphs: [] });

const TOPICS = ['budget', 'water', 'schools', 'roads', 'parks', 'transit'];

/** Dateline shapes a wire prints: places over a slash, a region of two words, a double dash, none after the agency. */
const DATELINES = [
  'ASHBURY/KELDON ( Wire ) - ',
  'ASHBURY , North Vale ( Wire ) -- ',
  'Ashbury ( WIRE ) ',
  'Ashbury , North Vale ( WIRE ) -- ',
  'ASHBURY , N . V . ( Wire ) — ',
  'ASHBURY/PORT ELLIS ( Wire ) - ',
];

const corpus = () => {
  const docs: Doc[] = [];
  TOPICS.forEach((_, i) => {
    docs.push(doc(`a${i}`, 'Alpha Wire', DATELINES[i] + council(2 * i, 'council')));
    docs.push(doc(`b${i}`, 'Beta Ledger', council(2 * i + 1, 'council')));
  });
  return docs;
};

describe('datelines in term counts', () => {
  it('leaves it out of the wire’s most frequent terms, and counts the place a story sentence names', () => {
    const docs = corpus();
    const top = (ds: Doc[]) =>
      outletTermRows(furnitureFreeCounts(ds), 12)
        .filter((r) => r.outlet === 'Alpha Wire')
        .map((r) => r.term);
    expect(top(docs).filter((t) => /ashbury/.test(t))).toEqual([]);
    const named = docs.map((d, i) =>
      d.outlet === 'Alpha Wire'
        ? doc(d.id, d.outlet, d.text + `\n\nIn Ashbury the ${TOPICS[i >> 1]} plan split Ashbury's oldest wards.`)
        : d,
    );
    expect(top(named)).toContain('ashbury');
  });

  it('reads a dateline only at a paragraph’s start and before the story’s first sentence', () => {
    expect(datelineLength('WASHINGTON ( AP ) — The Senate voted …')).toBe('WASHINGTON ( AP ) — '.length);
    expect(datelineLength('BEIRUT — Rebels said …')).toBe('BEIRUT — '.length);
    // a clause after a dash, a party tag in the bracket, a title-case place deep in the article: no dateline
    expect(datelineLength('ICE — in a jab at sanctuary cities — said …')).toBe(0);
    expect(datelineLength('Speaker Jane Roe ( R-Ohio ) — who voted …')).toBe(0);
    expect(datelineLength('Washington ( CNN ) The Senate voted …', 5)).toBe(0);
    expect(datelineLength('Washington ( CNN ) The Senate voted …')).toBe('Washington ( CNN ) '.length);
    expect(datelineLength('( CNN ) The Senate voted …')).toBe('( CNN ) '.length);
    expect(datelineLength('( CBP ) officers said …')).toBe(0);
    // a newsletter's subhead in capitals deep in the article is no dateline; a place with its state is
    expect(datelineLength('LAKE ROUNDUP - The council met …', 9)).toBe(0);
    expect(datelineLength('OFF TO THE RACES - The council met …', 1)).toBe(0);
    expect(datelineLength('LAS CRUCES , N.M. — The council met …', 9)).toBe('LAS CRUCES , N.M. — '.length);
  });

  // the words of an article a dateline reader masks
  const masked = (text: string) => {
    const d = doc('m', 'Alpha Wire', text);
    const keep = new Uint8Array(d.tokens.length).fill(1);
    maskDatelines(d, keep);
    return d.tokens.filter((t, i) => !keep[i] && t.kind === 'word').map((t) => d.text.slice(t.start, t.end));
  };
  const quote = (i: number) => `“ The ${TOPICS[i % TOPICS.length]} vote was close , ” one member said of it .`;

  it('reads the one bare dateline of a page that prints pull quotes before the lede', () => {
    const text = [0, 1, 2, 3, 4, 5, 6].map(quote).concat('PORT ELLIS — The council voted to close the bridge .');
    expect(masked(text.join('\n\n'))).toEqual(['PORT', 'ELLIS']);
  });

  it('reads no dateline in a newsletter whose subheads in capitals come in sets', () => {
    const letter = [
      'Good morning from the desk .',
      'KELDON BUDGET STALLS - The council adjourned without a vote .',
      quote(1),
      'ASHBURY WATER FIGHT - Ashbury sued the utility on Monday .',
      quote(2),
    ];
    expect(masked(letter.join('\n\n'))).toEqual([]);
  });
});
