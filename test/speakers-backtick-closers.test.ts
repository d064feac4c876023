// Quotes closed by "``": some outlets print the opening mark for both ends of a quote ("`` It failed . `` The
// report says …"). Read as an opener, the second mark starts a quote that takes the outlet's narration after it.
// Fixtures written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';
import { docVoice } from '../lib/framing/voice.js';

const quoted = (text: string) => {
  const d = fixtureDoc('backticks', text);
  return docVoice(d)
    .quotes.filter((q) => q.depth === 0)
    .map((q) => d.text.slice(q.inner[0], q.inner[1]).trim());
};

describe('a quote closed by "``"', () => {
  it('ends there: the narration after it is no quote, and the speaker it names speaks', () => {
    const text =
      'Ivo Brenn , the county sheriff , spoke on Monday . `` This shows we have no consequences for it . `` ' +
      "Brenn said the county has `` gutted the rule of law , '' in his view .";
    expect(quoted(text)).toEqual(['This shows we have no consequences for it .', 'gutted the rule of law ,']);
    const d = fixtureDoc('backticks-speaker', text);
    expect(rows(d, [person(d, 'Ivo Brenn')]).map((r) => r[2])).toContain('Ivo Brenn');
  });

  it("closes before the next opener: the sentence between the quotes is the outlet's", () => {
    const text =
      'Aid workers call it a `` slow catastrophe . `` The relief agency said the roads are closed . ' +
      "`` Nothing moves , '' said Kira Loft of the agency .";
    expect(quoted(text)).toEqual(['slow catastrophe .', 'Nothing moves ,']);
  });

  it('closes before a quote opened right after it (guard)', () => {
    expect(
      quoted(
        "Aid workers call it a `` slow catastrophe . `` `` Nothing moves , '' said Kira Loft of the relief group .",
      ),
    ).toEqual(['slow catastrophe .', 'Nothing moves ,']);
  });

  it('closes a quote at the end of its paragraph (guard)', () => {
    const text =
      "`` We are open to changes , '' Mayor Tom Reyes said . `` The plan is backwards . ``\n\n" +
      'The council meets again on Friday .';
    expect(quoted(text)).toEqual(['We are open to changes ,', 'The plan is backwards .']);
  });

  it('keeps an unclosed quote before a quote closed the usual way (guard)', () => {
    expect(quoted("`` We waited for hours . `` Nobody came , '' said Ana Doe .")).toEqual([
      'We waited for hours .',
      'Nobody came ,',
    ]);
  });
});
