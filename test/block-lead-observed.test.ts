// A block quote's lead-in (lib/text/block-lead.ts) may name a third party's text without a verb of speech or a
// document's noun near the colon: a verb of observing, arguing or summing up ("As the Ledger recently observed :"), a
// verb of finding before "that" ("An audit of the port found that the office :"), or a document's noun whose own
// clause runs to the colon ("The statement , released Tuesday by the ministry after a long meeting :"). The writer's
// own ("As I argued last year :", "the highlights are summarized below :") and a main clause after the document's
// clause ("The bill , which passed in May , has three flaws :") stay the writer's. Fixtures written for these tests
// (invented people, outlets and places).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { docVoice, VOICES } from '../lib/framing/voice.js';
import { blockLead } from '../lib/text/block-lead.js';

/** blockLead over a two-paragraph text "lead\n\nblock". */
function leadOf(lead: string, block: string): string | null {
  const text = `${lead}\n\n${block}`;
  return blockLead(text, [0, lead.length], [lead.length + 2, text.length]);
}

/** The voice of the first token spelling `word` in the text. */
function voiceOf(text: string, word: string): string {
  const d = fixtureDoc('bo', text);
  const i = d.tokens.findIndex((t) => d.text.slice(t.start, t.end) === word);
  expect(i).toBeGreaterThanOrEqual(0);
  return VOICES[docVoice(d).tokenVoice[i]];
}

const BLOCK = 'The levy is a reckless gamble with the harbour .';

describe("a third party's text named far from the colon", () => {
  it('takes a verb of observing or summing up and a finding before "that"', () => {
    expect(leadOf('As the Harbour Ledger recently observed :', BLOCK)).not.toBeNull();
    expect(
      leadOf('The ferry union also summarized the council ’ s version of the levy plan due this week :', BLOCK),
    ).not.toBeNull();
    expect(
      leadOf('An audit of the 2019 flood found that the harbour office :', '• Lacked a reckless plan for pumps .'),
    ).not.toBeNull();
    expect(
      leadOf(
        'Councillor Ana Roe counters that neither the old charter nor the courts apply to the ferry fares :',
        BLOCK,
      ),
    ).not.toBeNull();
  });

  it("ties a document's noun to the colon across its own clause", () => {
    expect(
      leadOf('The ministry ’ s statement , released late Tuesday after a long cabinet meeting in the capital :', BLOCK),
    ).not.toBeNull();
    expect(
      leadOf('The ferry bill , which passed the assembly in May after months of protest , has three flaws :', BLOCK),
    ).toBeNull();
  });

  it("leaves the writer's own observations and summaries", () => {
    expect(leadOf('As I argued in a column about the ferry fares last spring :', BLOCK)).toBeNull();
    expect(
      leadOf('The council has proposed a new levy , the highlights of which are summarized below :', BLOCK),
    ).toBeNull();
  });

  it('reads a loaded word in such a block as quoted', () => {
    const text = 'As the Harbour Ledger recently observed :\n\nThe levy is a reckless gamble with the harbour .';
    expect(voiceOf(text, 'reckless')).toBe('quoted');
    const own = 'The council has proposed a new levy , the highlights of which are summarized below :\n\n' + BLOCK;
    expect(voiceOf(own, 'reckless')).toBe('own');
  });
});
