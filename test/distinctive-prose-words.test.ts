// A word one outlet writes story after story and the others never: page furniture ("Story highlights …" over every
// article, a credit line under it) is house style and left out of its distinctive terms, but a word it chooses in its
// running prose ("proponents" of each plan, where the other outlet writes "supporters") is its wording and stays.
// Before, the pooled rule dropped both. Invented outlets, towns and wording.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { readLexicon } from '../lib/framing/data.js';
import { analyseFraming } from '../lib/framing/framing.js';
import { PLACES, council } from './helpers/prose.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string) => analyse({ id, outlet, date: null, text, paragraphs: [] });

const TOPICS = ['budget', 'water', 'schools', 'roads', 'parks', 'transit'];

/** Article i of an event: the council story, and a paragraph on the plan's backers in `backers` words. */
const story = (i: number, backers: string) =>
  council(i, 'council') +
  `\n\nThe ${backers} of the ${TOPICS[i % 6]} plan in ${PLACES[(i + 1) % 8]} gathered ${i + 20} names, ` +
  `and the ${backers} expect a vote in week ${i + 6}. Critics asked for a delay of ${i + 2} months.`;

const corpus = () => {
  const docs: Doc[] = [];
  const events: Record<string, string> = {};
  TOPICS.forEach((ev, i) => {
    // Alpha: a highlights lead over every article (a different line each time), a credit line under it, and
    // "proponents" in the running prose of four of its six stories
    const alpha =
      `Story highlights ${PLACES[i]} weighs the ${ev} measure ${i + 50}\n\n` +
      story(2 * i, i < 4 ? 'proponents' : 'backers') +
      `\n\nWith reporting by the desk team in ${PLACES[(i + 3) % 8]}`;
    docs.push(doc(`a${i}`, 'Alpha Courier', alpha));
    docs.push(doc(`b${i}`, 'Beta Ledger', story(2 * i + 1, 'supporters')));
    events[`a${i}`] = ev;
    events[`b${i}`] = ev;
  });
  return { docs, events };
};

describe('an outlet’s recurring word: page furniture or its wording', () => {
  it('keeps a word chosen in running prose of different stories and drops the furniture around it', () => {
    const { docs, events } = corpus();
    const f = analyseFraming({ docs, lexicon: readLexicon(), events });
    const alpha = f.distinctive.filter((r) => r.outlet === 'Alpha Courier');
    const row = alpha.find((r) => r.term === 'proponents');
    expect(row).toBeDefined();
    expect(row!.count).toBe(8);
    expect(row!.events).toBe(4);
    for (const furniture of ['highlights', 'reporting', 'desk'])
      expect(alpha.map((r) => r.term).filter((t) => t.split(' ').includes(furniture))).toEqual([]);
    expect(f.distinctive.some((r) => r.outlet === 'Beta Ledger' && r.term === 'supporters')).toBe(true);
  });
});
