// Act nouns of the incursion and the crowd action count only where they name an act that took place: a ground
// invasion feared, weighed or made conditional, and a mob protest denied, are no outlet's name for the act the story
// reports. A proposal's act ("a bill that would grant amnesty") still counts in its family. Fixtures written for these
// tests.
import { describe, expect, it } from 'vitest';
import { analyseAll } from '../lib/text/analyse.js';
import { actShares } from '../lib/framing/act-names.js';
import { article } from './report-helpers.js';
import { actRows } from './helpers/acts.js';

const uses = (text: string, head: string) => {
  const docs = analyseAll([article('d0', 'Harbor Post', '2012-11-20', 'Gaza', text)]);
  return actRows(docs)
    .filter((r) => r.head === head)
    .reduce((n, r) => n + r.own, 0);
};

describe('act nouns of acts that did not happen', () => {
  it('leave out an invasion that may come, is feared or weighed, or hangs on a condition', () => {
    for (const s of [
      'Troops massed at the border for a possible ground invasion.',
      'Residents fled the border areas, fearing an Israeli ground invasion.',
      'The threat of invasion hung over the city.',
      'Netanyahu left open the option for a ground invasion of the Gaza Strip.',
      'An invasion would send casualties soaring, officials cautioned.',
      'Israel is ready to launch an invasion if the cease-fire fails.',
      'This history suggests US intervention in Syria would be unpredictable.',
    ])
      expect([s, uses(s, 'invasion')]).toEqual([s, 0]);
  });

  it('leave out an invasion under a condition split off by commas, or one that only could or might be', () => {
    for (const s of [
      'Unless, of course, the alliance decides to launch a full-scale invasion, little will change.',
      'If, as many fear, Ankara orders a ground invasion, the truce is over.',
      'War could look like a full-scale invasion of the country.',
      'A ground invasion might send casualties soaring.',
    ])
      expect([s, uses(s, 'invasion')]).toEqual([s, 0]);
    expect(uses('Unless, of course, talks fail. The invasion went on.', 'invasion')).toBe(1);
  });

  it('count the invasion, the operation and the unrest that took place, whatever is said of their course', () => {
    expect(uses('The Turkish invasion of northern Syria entered its second day.', 'invasion')).toBe(1);
    expect(uses('The operation, which began on Wednesday, could last weeks.', 'operation')).toBe(1);
    expect(uses('If the unrest spreads, it could create turmoil.', 'unrest')).toBe(1);
    expect(uses('Calls from Washington did not quell the unrest.', 'unrest')).toBe(1);
    expect(uses('Even if the operation succeeds, no easy path back is in sight.', 'operation')).toBe(1);
    expect(uses("Rebels will strike if Hezbollah 's intervention is not halted.", 'intervention')).toBe(1);
  });

  it('leave out a mob protest denied and mob rule, and count the mob that stormed the consulate', () => {
    expect(uses('The report found there was no spontaneous mob protest outside the compound.', 'mob')).toBe(0);
    expect(uses('He warned that democracy can dissolve into mob rule.', 'mob')).toBe(0);
    expect(uses('A mob stormed the consulate and set it ablaze.', 'mob')).toBe(1);
  });

  it('keep a proposal’s act in a family that names proposals', () => {
    expect(uses('The bill would grant amnesty to millions of immigrants.', 'amnesty')).toBe(1);
  });

  it('compare outlets on the act that took place, not on the one they feared', () => {
    // Ledger writes "invasion" only of the ground invasion everyone feared; all three call the air campaign an operation
    const feared = 'Gazans fled, fearing an Israeli ground invasion.';
    const done = 'The Israeli operation in Gaza went on for a sixth day.';
    const story = (invasions: number) =>
      Array.from({ length: 8 }, (_, k) => (k < invasions ? feared : done)).join('\n\n');
    const docs = analyseAll(
      [story(6), story(1), story(0)].map((t, k) =>
        article(`d${k}`, ['Ledger', 'Tribune', 'Courier'][k], null, 'Gaza', t),
      ),
    );
    expect(actShares(actRows(docs, () => 'gaza'))).toEqual([]);
  });
});

describe('act nouns of someone else’s account, of a denied verb, and of what came to be', () => {
  it('leave out the cause someone blamed, the thing someone described or said the act was', () => {
    for (const [s, head] of [
      ['Four Americans died in the attack, which the administration blamed on a "spontaneous" mob.', 'mob'],
      ['Officials kept saying that the attack on the consulate was mob violence.', 'mob'],
      ['Rice insisted the attack was not a coordinated act of terror, but a protest that escalated.', 'protest'],
      ['Petraeus described the attack as tied to a demonstration.', 'demonstration'],
      ['Talking points blaming a video and a random protest for the attack were drafted.', 'protest'],
    ])
      expect([s, uses(s, head)]).toEqual([s, 0]);
  });

  it('count the act that someone blamed on others, that took place, or that a speaker is the subject of', () => {
    expect(uses('An aide blamed the protests on counterrevolutionary forces.', 'protest')).toBe(1);
    expect(uses('The interim government blamed the Brotherhood for the violence at the protests.', 'protest')).toBe(1);
    expect(uses('Reports kept saying there were protests in twenty cities.', 'protest')).toBe(1);
    expect(uses('The monitors did not say who was behind the shooting.', 'shooting')).toBe(1);
    expect(uses('The only policy he mentioned was his travel ban on visitors from six countries.', 'ban')).toBe(1);
  });

  it('leave out an act denied before its verb or by its relative clause, and count one foreseen from the past', () => {
    expect(uses('The attack did not stem from a protest.', 'protest')).toBe(0);
    expect(uses('The group has not staged any large protests in the capital since.', 'protest')).toBe(0);
    expect(uses('Officials made statements about a protest that did not occur.', 'protest')).toBe(0);
    expect(uses('The ambassador went to the vigil without knowing it would turn into a protest.', 'protest')).toBe(1);
  });
});
