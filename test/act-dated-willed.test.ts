// An act named as the time of another event ("shortly after the US-led invasion, a group was set up") is one gone by,
// not the story's act; an act wished, threatened, planned or called for ("threatened to launch a new offensive",
// "called for mass protests") has not taken place. Neither is an outlet's noun for the act its story reports.
// Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyseAll } from '../lib/text/analyse.js';
import { article } from './report-helpers.js';
import { actRows } from './helpers/acts.js';

const LEDE =
  'Militants seized the western town of Hadar in Iraq on Monday. Police said a dozen officers were killed. ' +
  'Residents fled toward the capital.';

const uses = (text: string, head: string, title = '') => {
  const docs = analyseAll([article('d0', 'Harbor Post', '2014-02-03', title, text)]);
  return actRows(docs)
    .filter((r) => r.head === head)
    .reduce((n, r) => n + r.own, 0);
};

describe('act nouns naming the time of another event', () => {
  it('leave out an act that dates another event, with no verb of its own', () => {
    for (const s of [
      'The group was set up in the country shortly after the US-led invasion, officials say.',
      'The US ran Iraq for about a year after the invasion, and kept troops there for years.',
      'Few states had any democracy prior to the foreign invasion (Grenada in 1983).',
      'Voters wanted sovereignty after nearly a decade of American military intervention.',
      'In the wake of the intervention, the country split in three.',
    ])
      expect([s, uses(`${LEDE}\n\n${s}`, s.includes('intervention') ? 'intervention' : 'invasion')]).toEqual([s, 0]);
  });

  it('count the story’s act dated from its start, a few days on, or named in the opening', () => {
    const ON = 'Turkish troops pushed into Syria on Monday. Officials in Ankara said the push would go on.';
    for (const [s, head] of [
      ['Since the offensive began, 100 fighters have been killed in Syria.', 'offensive'],
      ['Two days after the incursion, Turkish troops took a town in Syria.', 'incursion'],
    ])
      expect([s, uses(`${ON}\n\n${s}`, head)]).toEqual([s, 1]);
    const opened = 'Turkey launched an offensive into Syria on Monday. Ankara said it would go on.';
    expect(uses(`${opened}\n\nSince the offensive, thousands have fled Syria.`, 'offensive')).toBe(2);
  });
});

describe('act nouns of an act wished, threatened or called for', () => {
  it('leave out an act threatened, urged, planned or called for', () => {
    for (const [s, head] of [
      ['The president has threatened to launch a new offensive against the rebels.', 'offensive'],
      ['Advisers urged local commanders to launch an offensive on the town.', 'offensive'],
      ['The army is poised to launch an offensive in the hills.', 'offensive'],
      ['The union is planning a demonstration next week outside the ministry.', 'demonstration'],
      ['The movement called for mass protests on Friday.', 'protest'],
      ['Leaders issued a call for further demonstrations on Saturday.', 'demonstration'],
      ['The mayor plans to lead a rally in the square on Friday.', 'rally'],
      ['We can stop future invasions before they start.', 'invasion'],
    ])
      expect([s, uses(s, head)]).toEqual([s, 0]);
  });

  it('count an act launched or under way, and one named with its future course', () => {
    for (const [s, head] of [
      ['The army launched an offensive on the town on Monday.', 'offensive'],
      ['The ruling prompted mass protests at the airports.', 'protest'],
      ['The general briefed the minister on current and future military operations.', 'operation'],
      ['The president announced the launch of his long-planned offensive.', 'offensive'],
    ])
      expect([s, uses(s, head)]).toEqual([s, 1]);
  });
});
