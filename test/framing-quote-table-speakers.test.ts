// The quote table names who speaks each quote: the person the speaker phrase resolves to, with the description
// written around the name kept apart as the role; a description joined by "and" that holds another person's name
// ("communications director and Valdor ally Ivo Brenn") still names the person at its end. Fixtures written for these
// tests (invented people).
import { describe, expect, it } from 'vitest';
import { analyseFraming } from '../lib/framing/framing.js';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

const TEXT =
  'Kell Valdor signed the order on Friday .\n\n' +
  "`` It 's an atrocious policy , '' former White House communications director and Valdor ally Ivo Brenn said . " +
  "`` It 's inhumane . ''\n\n" +
  "`` We will appeal , '' said Sen. Ana Doe of Harbourshire .";

/** The doc, with Kell Valdor's entity also written as his surname alone ("Valdor ally"). */
function fixture() {
  const d = fixtureDoc('qt1', TEXT);
  const valdor = {
    id: 'Kell Valdor',
    name: 'Kell Valdor',
    type: 'person',
    mentions: [...spansOf(d, 'Kell Valdor'), ...spansOf(d, 'Valdor ally').map((s) => ({ ...s, end: s.start + 6 }))],
  };
  return { d, entities: [valdor, person(d, 'Ivo Brenn'), person(d, 'Ana Doe')] };
}

describe('who speaks each quote, in the quote table', () => {
  it('a description joined by "and" names the person at its end, not the one inside it', () => {
    const { d, entities } = fixture();
    expect(rows(d, entities).map((r) => r[2])).toEqual(['Ivo Brenn', 'Ana Doe']);
  });

  it('the speaker is the person; the words around the name are the role', () => {
    const { d, entities } = fixture();
    const f = analyseFraming({ docs: [d], entities });
    const table = f.detail.quotes.map((q) => [q.text.trim(), q.speaker, q.speaker_role]);
    expect(table).toEqual([
      ["It 's an atrocious policy ,", 'Ivo Brenn', 'former White House communications director and Valdor ally'],
      ["It 's inhumane .", 'Ivo Brenn', 'former White House communications director and Valdor ally'],
      ['We will appeal ,', 'Ana Doe', 'Sen., of Harbourshire'],
    ]);
  });
});
