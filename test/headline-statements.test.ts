// A headline's words by voice (lib/framing/headline-statements.ts, read by voice.ts): only the statement after a
// reporter's verb is reported, and a quote is its speaker's; the reporter, the desk's verb of saying and the desk's
// other clauses are the outlet's own. Invented headlines.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { docVoice, VOICES } from '../lib/framing/voice.js';

/** The voice of each word of a headline, as "word/voice". */
function voices(title: string): Record<string, string> {
  const d = {
    ...analyse({ id: 'a#title', outlet: 'X', date: null, text: title, paragraphs: [] }),
    field: 'title' as const,
  };
  const v = docVoice(d);
  const out: Record<string, string> = {};
  d.tokens.forEach((t, i) => (out[title.slice(t.start, t.end)] = VOICES[v.tokenVoice[i]]));
  return out;
}

describe("a headline's own words", () => {
  it('are the desk words around a quote the headline attributes', () => {
    const v = voices("Mayor Brandt claims 'bridge is finished' and mocks Orlov at Tarrow rally");
    expect(v.claims).toBe('own');
    expect(v.mocks).toBe('own');
    expect(v.bridge).toBe('quoted');
  });

  it("are the desk's clauses beside a reported one", () => {
    const v = voices("Valdor army claims port has fallen, Senate fury at 'surrender' grows, and Brandt says 'we stay'");
    expect(v.fury).toBe('own');
    expect(v.army).toBe('own');
    expect(v.surrender).toBe('quoted');
  });

  it("are the reporter and the desk's verb, while the statement is reported", () => {
    const v = voices('Angry farmers say harvest plan is reckless, blame Orlov for chaos');
    expect(v.Angry).toBe('own');
    expect(v.reckless).toBe('reported');
    expect(v.chaos).toBe('own');
    expect(voices('Harbour plan is reckless, angry mayor says').reckless).toBe('reported');
  });
});
