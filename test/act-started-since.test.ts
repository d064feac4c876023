// A state's act counted from its start ("killed since Turkey's offensive started") is under way as the story is
// written: the act of the story's days, even where the story opens on another of its actors (troops leaving Syria)
// and the sentence names no state of the opening. "since the invasion began in 2003" is an act gone by. Fixtures
// written for these tests.
import { describe, expect, it } from 'vitest';
import { analyseAll } from '../lib/text/analyse.js';
import { article } from './report-helpers.js';
import { actRows } from './helpers/acts.js';

const LEDE =
  'U.S. troops drove out of northern Syria into Iraq on Monday. Villagers in Syria jeered the convoy. ' +
  'Officials in Washington said some troops would stay in Syria.';

const uses = (text: string, head: string) => {
  const docs = analyseAll([article('d0', 'Harbor Post', '2019-10-21', 'Troops leave Syria', text)]);
  return actRows(docs)
    .filter((r) => r.head === head)
    .reduce((n, r) => n + r.own, 0);
};

describe('a state’s act counted from its start', () => {
  it('counts as the story’s act', () => {
    const s = 'About 100 civilians have been killed since Turkey’s offensive started.';
    expect(uses(`${LEDE}\n\n${s}`, 'offensive')).toBe(1);
  });

  it('leaves out a state’s act with no time of its own, and one dated to a year gone by', () => {
    for (const s of [
      'Turkey’s offensive was the talk of the day in the capital.',
      'About 4,000 soldiers have died since Russia’s invasion began in 2003.',
    ])
      expect([s, uses(`${LEDE}\n\n${s}`, s.includes('invasion') ? 'invasion' : 'offensive')]).toEqual([s, 0]);
  });
});
