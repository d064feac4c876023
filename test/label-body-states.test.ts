// A bare "the army" names back to the armed forces of the state its sentence has in play. A state's army named by its
// country's adjective ("the Iraqi Army", an organisation to the entity reader) puts that state in play, so "the army"
// after it is not the forces of another state named paragraphs before ("U.S. troops"). Short articles written for
// these tests.
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
