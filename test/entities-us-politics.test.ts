// Error classes seen on US political news: institutions named by common-noun compounds, party plurals, and a
// corpus vote that one article's repeated cue must not decide. Invented sentences only.
import { describe, expect, it } from 'vitest';
import { type EntityResult } from '../lib/entities/entities.js';
import { voteType } from '../lib/entities/merge/graph.js';
import type { Mention } from '../lib/entities/mentions.js';
import { entityWith, run, typesOf } from './helpers/entities.js';

const entityOf = (r: EntityResult, text: string) => r.mentions.flat().find((m) => m.text === text)?.entity;

describe('US politics error classes', () => {
  it('a plural whose singular is a party form is a group, alone or after a chamber, and merges with the party', () => {
    const r = run(
      'Senate Democrats stalled the farm bill on Thursday. Democrats said the schedule was rushed.',
      'Democrats in the statehouse agreed, and the Democratic Party released a statement.',
    );
    expect(typesOf(r, 'Senate Democrats')).toEqual(['group']);
    expect(typesOf(r, 'Democrats')).toEqual(['group', 'group']);
    expect(entityOf(r, 'Democrats')).toBe(entityOf(r, 'Democratic Party'));
  });

  it('a role word before a name ending in a common noun does not make the name a person', () => {
    const r = run(
      'The chief Marlow Hall spokesman, Dana Pruett, said the budget was final. The hall stayed closed.',
      'A deputy Marlow Hall aide said talks would resume. Staff left the hall early.',
    );
    expect(typesOf(r, 'Marlow Hall')).not.toContain('person');
    expect(typesOf(r, 'Dana Pruett')).toEqual(['person']);
  });

  it('"at X" or "from X" does not make a place of a name ending in a common noun', () => {
    const r = run(
      'Officials at Coastal Readiness briefed the committee. The readiness of the fleet was questioned.',
      'A memo from Coastal Readiness reached lawmakers on Friday.',
    );
    expect(typesOf(r, 'Coastal Readiness')).not.toContain('place');
  });

  it('a preposition before a name that modifies the next capitalised word does not make the name a place', () => {
    const r = run(
      'The offer came from Chamber Speaker Rona Vetch late on Monday. The chamber met again in the morning.',
      'Support in Chamber GOP circles was thin.',
    );
    expect(typesOf(r, 'Chamber')).not.toContain('place');
  });

  it('each article votes once: one article repeating a weak person cue does not outvote two others', () => {
    const m = (doc: string, type: Mention['type'], strength: number) => ({ doc, type, strength }) as Mention;
    const repeated = Array.from({ length: 6 }, () => m('a', 'person', 2));
    expect(voteType([...repeated, m('b', 'place', 2), m('c', 'place', 2)])).toBe('place');
    expect(voteType([...repeated, m('b', 'place', 2)])).toBe('person');
  });

  it('one weak cue in one article out of many naming it does not type the name', () => {
    const m = (doc: string, type: Mention['type'], strength: number) => ({ doc, type, strength }) as Mention;
    const silent = Array.from({ length: 12 }, (_, k) => m('n' + k, 'unknown', 1));
    expect(voteType([m('a', 'place', 2), ...silent])).toBe('unknown');
    expect(voteType([m('a', 'place', 3), ...silent])).toBe('place');
    expect(voteType([m('a', 'place', 2), m('b', 'place', 2), ...silent.slice(0, 5)])).toBe('place');
  });

  it('a possessive written apart from its name (pre-tokenised text: "Keane \'s") stays out of the name', () => {
    const r = run(
      "KEANE 'S WARNING\nSenator Marlow Keane spoke on Monday . Keane 's plan was new , and Keane ’s aides agreed .",
      "Marlow Keane's plan was new. Keane's aides agreed.",
      "Officials said the country 's Foreign Ministry welcomed Keane 's plan .",
    );
    const texts = r.mentions.flat().map((m) => m.text);
    expect(texts.filter((t) => /['’]/.test(t))).toEqual([]);
    expect(texts.filter((t) => t === 'Keane')).toHaveLength(4);
    // the apostrophe of "'s" does not open a quote whose first word would pass for a capitalised common word
    expect(texts).toContain('Foreign Ministry');
    const keane = entityWith(r, 'Marlow Keane')!;
    expect(entityWith(r, 'Keane')).toBe(keane);
    expect(keane.aliases.filter((a) => /['’]/.test(a))).toEqual([]);
  });

  it('"executive order" after a name is a government act, not an organisation\'s executive', () => {
    const r = run(
      "Senator Marlow Keane's executive order took effect. Keane's executive action followed.",
      "Marlow Keane spoke on Monday . Keane 's executive order took effect .",
      "Rowan Fisk, the firm's chief, named Dana Pruett. Talbot Mills executive Dana Pruett agreed.",
    );
    expect([...typesOf(r, 'Marlow Keane'), ...typesOf(r, 'Keane')]).toEqual(['person', 'person', 'person', 'person']);
    expect(typesOf(r, 'Talbot Mills')).toEqual(['org']);
  });

  it('a title abbreviation, its period spaced off or not, is no part of the name ("Pres . Varo" is Tomas Varo)', () => {
    const r = run(
      'Pres . Varo spoke on Monday. Tomas Varo left the capital.',
      'Pres. Varo came back, and Gov . Lena Dorr met him.',
    );
    expect(entityOf(r, 'Varo')).toBe(entityOf(r, 'Tomas Varo'));
    expect(r.mentions.flat().map((m) => m.text)).not.toContain('Pres . Varo');
    expect(r.mentions.flat().map((m) => m.text)).not.toContain('Pres. Varo');
    expect(typesOf(r, 'Lena Dorr')).toEqual(['person']);
  });
});
