// Who speaks: the writer's imperative to the reader ("Let's say the agency …") is no one's statement, and one of many
// people named by what they do ("one reader", "Another technician") is an unnamed source, not an unplaced phrase.
// Fixtures written for these tests (invented agencies and places).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { docVoice } from '../lib/framing/voice.js';
import { sourceMentions } from '../lib/framing/sources.js';
import { writersImperative } from '../lib/framing/non-speakers.js';
import { unnamedPeople } from '../lib/framing/people-phrases.js';

const rows = (text: string) => {
  const d = fixtureDoc('wv', text);
  return sourceMentions([d], [docVoice(d)], []).map((m) => [m.text.trim(), m.kind]);
};

describe("the writer's imperative", () => {
  it('is no speaker, with or without a spaced apostrophe', () => {
    for (const p of ["Let 's", 'Let ’ s', "Let's say the Harbour Board", "Let 's recall", 'lets'])
      expect(writersImperative(p)).toBe(true);
    // "what … said": the people named speak
    for (const p of [
      'Letitia Varga',
      'The letter',
      'Lets Trust Foundation spokesman',
      'Let us return to what three senators',
    ])
      expect(writersImperative(p)).toBe(false);
  });

  it('leaves no source row for "let\'s say"', () => {
    const r = rows(
      "The plan has critics.\n\nBut for the sake of argument , let 's say that the Harbour Board is able to " +
        "sneak away the funds .\n\n`` It will not work , '' the director said .",
    );
    expect(r.map((x) => x[0])).not.toContain("let 's");
  });
});

describe('one of many people named by what they do', () => {
  it('is an unnamed person', () => {
    for (const p of ['one reader', 'Another technician', 'One tax counselor in town', 'another user'])
      expect(unnamedPeople(p)).toBe(true);
    for (const p of ['another unpopular piece of legislation', 'one sign', 'the reader', 'One week after'])
      expect(unnamedPeople(p)).toBe(false);
  });
});
