// A bare "the army" is not the one state's forces named before when its sentence names another state after it:
// "Disbanding the army after the dictator's fall could haunt Lebanon" is Lebanon's army, not the U.S. troops named
// paragraphs before. A state named after the noun behind a semicolon, a colon, a bracket or a dash is another clause's.
// Short articles written for these tests.
import { describe, expect, it } from 'vitest';
import { runFraming } from '../lib/framing/run.js';
import { paragraphsOf } from '../lib/text/analyse.js';
import type { Article } from '../lib/types.js';

const art = (id: string, outlet: string, text: string): Article =>
  ({ id, outlet, date: '2014-06-12', title: '', text, paragraphs: paragraphsOf(text) }) as Article;

const armyRows = (text: string) =>
  runFraming([art('a', 'Ledger', text)], { withOverlap: false, events: { a: 'e' } })
    .framing.detail.labelMentions.filter((m) => m.kind === 'actor' && m.label.toLowerCase() === 'the army')
    .map((m) => m.targetName);

const BEFORE =
  'U.S. troops left the region ten years ago. Officials in Washington urged calm on Monday.\n\n' +
  'Analysts had warned of trouble for years.\n\nSome of the warnings came true.\n\nOthers did not.\n\n';

describe('a bare noun with another state named after it', () => {
  it('gives "the army" no other state’s forces when its sentence names a state after it', () => {
    expect(armyRows(BEFORE + 'Disbanding the army after the dictator fell could haunt Lebanon for years.')).toEqual([]);
  });

  it('keeps the forces named before when the state after it stands behind a semicolon', () => {
    expect(armyRows(BEFORE + 'The regime fell to the army; later its leader fled to Lebanon.')).toEqual([
      'United States (armed forces)',
    ]);
  });
});
