// A state's armed forces named as an organisation by the state's adjective ("the Iraqi Army", "the Egyptian Armed
// Forces") are the state's: a bare "the army" after "the Iraqi Army" is not the forces of another state named
// paragraphs before ("U.S. troops"), and "the Egyptian military" (an alias of the organisation to the entity reader)
// is one actor with "Egypt's military", not a body of its own. Short articles written for these tests.
import { describe, expect, it } from 'vitest';
import { runFraming } from '../lib/framing/run.js';
import { paragraphsOf } from '../lib/text/analyse.js';
import type { Article } from '../lib/types.js';

const art = (id: string, outlet: string, text: string): Article =>
  ({ id, outlet, date: '2014-01-07', title: '', text, paragraphs: paragraphsOf(text) }) as Article;

const armyRows = (text: string) =>
  runFraming([art('a', 'Ledger', text)], { withOverlap: false, events: { a: 'e' } })
    .framing.detail.labelMentions.filter((m) => m.kind === 'actor' && m.label.toLowerCase() === 'the army')
    .map((m) => m.targetName);

describe('bare role nouns after a state’s body named by its adjective', () => {
  it('give "the army" no other state’s forces after "the Iraqi Army"', () => {
    const text =
      'U.S. troops left Ramadi two years ago. Officials in Washington urged calm on Monday.\n\n' +
      'Sunni tribes met on Tuesday.\n\n' +
      'Prime Minister Jalal Hakim said the Iraqi Army would hand over the city to the local police, a demand of ' +
      'Sunni leaders who see the army as a tool of the prime minister.';
    expect(armyRows(text)).not.toContain('United States (armed forces)');
  });

  it('keep "the army" the forces named before when no other state is in play', () => {
    const text =
      'U.S. troops left Ramadi two years ago. Officials in Washington urged calm on Monday.\n\n' +
      'Sunni tribes met on Tuesday.\n\n' +
      'Tribal leaders said the army had left too early.';
    expect(armyRows(text)).toContain('United States (armed forces)');
  });
});

describe('a state’s armed forces named as an organisation', () => {
  const text = (k: number) =>
    k === 0
      ? 'The Egyptian Armed Forces removed the president on Wednesday. The Egyptian military said the move was ' +
        "temporary.\n\nEgypt's military closed the square."
      : "Egypt's military deployed tanks. The Egyptian military denied any plan to rule. Syrian Democratic Forces " +
        'fighters were not involved.';
  const rows = runFraming(
    [0, 1].map((k) => art(`a${k}`, ['Ledger', 'Tribune'][k], text(k))),
    { withOverlap: false, events: { a0: 'e', a1: 'e' } },
  ).framing.labels.filter((r) => r.kind === 'actor');

  it('put "the Egyptian military" and "Egypt’s military" in one row, the state’s armed forces', () => {
    const of = (label: string) => [...new Set(rows.filter((r) => r.label === label).map((r) => r.entity))];
    expect(of('Egyptian military')).toEqual(['Egypt (armed forces)']);
    expect(of("Egypt's military")).toEqual(['Egypt (armed forces)']);
  });

  it('keep a militia named with a word of its own its own body', () => {
    expect(rows.find((r) => r.label === 'Syrian Democratic Forces fighters')?.entity).toBe(
      'Syrian Democratic Forces (armed members)',
    );
  });
});
