// An outlet named after a quote as the one that carried it ("…,” Reuters reported) is where the quote appeared, not
// who spoke it: the speaker the sentence names before the quote speaks, and the outlet is the channel. When no one
// is named before the quote, the outlet that reports it is still its source. Fixtures written for these tests
// (invented people and outlets).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person } from './helpers/speakers.js';
import { docVoice } from '../lib/framing/voice.js';
import { sourceMentions } from '../lib/framing/sources.js';

const mentions = (text: string, people: string[]) => {
  const d = fixtureDoc('rq', text);
  return sourceMentions(
    [d],
    [docVoice(d)],
    people.map((p) => person(d, p)),
  ).map((m) => [m.role, m.kind, m.name]);
};

describe('a quote an outlet relays', () => {
  it('the person named before the quote speaks; the outlet after it is the channel', () => {
    expect(
      mentions(
        "UN mediator Orrin Vasteel said there were `` all the ingredients for a perfect storm , '' Reuters reported .",
        ['Orrin Vasteel'],
      ),
    ).toEqual([
      ['quote', 'named', 'Orrin Vasteel'],
      ['channel', 'media', 'Reuters'],
    ]);
  });

  it('"which she called “…”": the pronoun, resolved, speaks', () => {
    expect(
      mentions(
        'Kira Loft urged lawmakers to end the policy , which she called `` un-American activities that are being ' +
          "put forth by the president , '' the Harbour Post reported .",
        ['Kira Loft'],
      ),
    ).toEqual([
      ['quote', 'named', 'Kira Loft'],
      ['channel', 'media', 'Harbour Post'],
    ]);
  });

  it('a quote no one is named before stays the outlet’s; a new sentence after the quote is no relay', () => {
    expect(
      mentions(
        "`` The dangers are profound , '' Reuters reported .\n\n" +
          "Ivo Brenn said the talks were over . `` We are done . '' The Harbour Post reported that the envoy left .",
        ['Ivo Brenn'],
      ).filter((r) => r[1] === 'media'),
    ).toEqual([
      ['quote', 'media', 'Reuters'],
      ['reported', 'media', 'Harbour Post'],
    ]);
  });
});
