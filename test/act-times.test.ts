// Which act a noun of the incursion names is read from its time as well as its place: the story's actor acting now in
// a place the lede does not name is the story's act; an act recalled from years gone is not, whatever its place. An
// act argued over ("the idea of intervention"), a clause opened by a dash after a "might" of another clause, and
// migration called an invasion are read here too. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyseAll } from '../lib/text/analyse.js';
import { article } from './report-helpers.js';
import { actRows } from './helpers/acts.js';

const LEDE =
  'U.S. warplanes struck militant positions in northern Syria on Friday. The Pentagon said six targets were hit. ' +
  'Officials in Damascus condemned the raids.';

const uses = (text: string, head: string, date = '2015-06-12') => {
  const docs = analyseAll([article('d0', 'Harbor Post', date, '', text)]);
  return actRows(docs)
    .filter((r) => r.head === head)
    .reduce((n, r) => n + r.own, 0);
};

describe('act nouns by the time of the act', () => {
  it('count the story’s actor in an act under way outside the lede’s place', () => {
    for (const s of [
      'The raids have done little to curb U.S. military operations in Lebanon.',
      'Her fate depends on whether the United States ends its military operations in Lebanon.',
      'Strikes in Syria would extend the U.S. military operation in Lebanon, where American jets are being used.',
      'The question is whether Washington should widen its current operations in Lebanon.',
    ])
      expect([s, uses(`${LEDE}\n\n${s}`, 'operation')]).toEqual([s, 1]);
  });

  it('leave out the same actor’s act outside the lede’s place when it is history or another actor’s', () => {
    for (const s of [
      'Critics recalled the U.S. invasion of Lebanon.',
      'The mission is like the U.S. operations in Yemen and Somalia.',
    ])
      expect([s, uses(`${LEDE}\n\n${s}`, s.includes('invasion') ? 'invasion' : 'operation')]).toEqual([s, 0]);
  });

  it('leave out an act recalled from a time gone, with no place of its own', () => {
    for (const s of [
      'Crowds marked the ten-year anniversary of the U.S.-led invasion.',
      'As far back as May 2004, the senator questioned the follow-up to the successful U.S. invasion.',
      'The last time the militia fired rockets, it suffered a counterattack and ground invasion that flattened it.',
    ])
      expect([s, uses(`${LEDE}\n\n${s}`, 'invasion')]).toEqual([s, 0]);
    const freed = 'The commander was freed two years ago and planned the operations that led to the latest incursions.';
    expect(uses(`${LEDE}\n\n${freed}`, 'operation')).toBe(1);
    expect(uses(`${LEDE}\n\nThe U.S.-led invasion of Syria entered its second day.`, 'invasion')).toBe(1);
  });
});

describe('act nouns of an act argued over', () => {
  it('leave out intervention as an idea, a side taken or a vote, not yet an act', () => {
    for (const s of [
      'The idea of intervention keeps coming up in the Senate.',
      'You supported intervention before you opposed it.',
      'A poll found wide public opposition to a Syria intervention.',
      'Senators voiced support for a limited intervention.',
      'Two powers are lined up against any intervention.',
      'Lawmakers remain cautious about intervention.',
    ])
      expect([s, uses(s, 'intervention')]).toEqual([s, 0]);
  });

  it('count the intervention that took place, whoever backed it', () => {
    expect(uses('The senator supported the intervention in Syria.', 'intervention')).toBe(1);
    expect(uses('Russia’s intervention in Syria turned the war.', 'intervention')).toBe(1);
  });
});

describe('act nouns behind a dash', () => {
  it('read a dash before a new subject as the start of the act’s clause', () => {
    const s =
      'That might explain why the base was so poorly guarded -- our people did not want to draw attention to a secret operation.';
    expect(uses(s, 'operation')).toBe(1);
  });

  it('keep the condition across a dash before a verb, a conjunction or the condition itself', () => {
    for (const [s, head] of [
      ['The unintended costs of any military operation - would be profound.', 'operation'],
      ['It could include answering protests—or even riots.', 'riot'],
      ['An intervention seems unlikely to help – if it comes at all.', 'intervention'],
    ])
      expect([s, uses(s, head)]).toEqual([s, 0]);
  });
});

describe('migration called an invasion', () => {
  it('leave out the invasion whose sentence is about people on the move', () => {
    for (const s of [
      'The ad shows a caravan of asylum seekers now in Guatemala, which the governor says is preparing an invasion of the country.',
      'The republic cannot stop the invasion, and is overrun by migrants.',
      'Voters want protection from foreign invasion and the illegal alien problem.',
    ])
      expect([s, uses(s, 'invasion', '2018-10-30')]).toEqual([s, 0]);
  });

  it('count the army’s invasion that people flee, and the invasion an actor owns', () => {
    expect(uses('Families fleeing the Turkish invasion crossed into Iraq as migrants.', 'invasion')).toBe(1);
    expect(uses('The Turkish invasion sent thousands of migrants toward the border.', 'invasion')).toBe(1);
  });
});
