// A document's noun in a block quote's lead-in (lib/text/block-lead.ts) names the text the block prints only when it
// closes the lead-in ("… issued this statement :", "The mayor's letter was blunt :"), follows "this"/"the following",
// or a verb that puts it out ("released a statement after the vote :"); in passing, as a topic or a possessive ("two
// questions about the ruling :", "The report's findings :", "in order to …"), the writer's own list or summary follows.
// A citation in brackets ("( via the Coast Tribune ) :") points at another outlet's text. Fixtures written for these
// tests (invented people, outlets and places).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { docVoice, VOICES } from '../lib/framing/voice.js';
import { blockLead, leadInCue } from '../lib/text/block-lead.js';

/** blockLead over a two-paragraph text "lead\n\nblock". */
function leadOf(lead: string, block: string): string | null {
  const text = `${lead}\n\n${block}`;
  return blockLead(text, [0, lead.length], [lead.length + 2, text.length]);
}

/** The voice of the first token spelling `word` in the text. */
function voiceOf(text: string, word: string): string {
  const d = fixtureDoc('bd', text);
  const i = d.tokens.findIndex((t) => d.text.slice(t.start, t.end) === word);
  expect(i).toBeGreaterThanOrEqual(0);
  return VOICES[docVoice(d).tokenVoice[i]];
}

const BLOCK = 'The levy is a reckless gamble with the harbour .';

describe("a document's noun in a block quote's lead-in", () => {
  it('names the text when it closes the lead-in or follows "this" or a verb that puts it out', () => {
    expect(leadOf('The harbour board issued this statement :', BLOCK)).not.toBeNull();
    expect(leadOf("Councillor Ana Roe 's letter was blunt :", BLOCK)).not.toBeNull();
    expect(
      leadOf('The following excerpt from the mayor ’ s long speech to the guild was translated :', BLOCK),
    ).not.toBeNull();
    expect(
      leadOf('The port authority released a statement after the ferry vote late on Tuesday :', BLOCK),
    ).not.toBeNull();
  });

  it('does not name the text in passing, as a topic or as a possessive', () => {
    expect(leadOf('There are two big and so far unanswered questions about the harbour ruling :', BLOCK)).toBeNull();
    expect(leadOf("The harbour report 's findings :", BLOCK)).toBeNull();
    expect(
      leadOf('But as we wait for an actual ferry bill , there remain serious pitfalls to watch out for :', BLOCK),
    ).toBeNull();
    expect(
      leadOf('Before the critics pile in to stop the levy in order to please voters , consider a few facts :', BLOCK),
    ).toBeNull();
  });

  it('reads a citation in brackets as a cue', () => {
    expect(
      leadInCue('Ferry fares have doubled since the levy , and commuters are furious ( via the Coast Tribune ) :'),
    ).toBe(true);
    expect(leadInCue('Ferry fares have doubled since the levy ( see the chart below ) :')).toBe(false);
  });

  it("leaves the writer's own list after a passing document noun in the outlet's voice", () => {
    const text =
      'Harbourton ’ s council passed the levy bill on Monday , and there remain several ways the plan could unravel :\n\n' +
      'The ferry union could strike , a reckless move that would strand commuters .';
    expect(voiceOf(text, 'reckless')).toBe('own');
    const quoted = 'The port authority issued this statement :\n\nThe union ’ s strike is a reckless move .';
    expect(voiceOf(quoted, 'reckless')).toBe('quoted');
  });
});
