// One reader of a block quote's lead-in (lib/text/block-lead.ts) for the voice and overlap layers: the paragraph after
// a line ending in a colon is a third party's text when the line names speech or a document anywhere in its last
// sentence, points at another outlet's report, or the block speaks in the first person while the lead-in does not.
// Fixtures written for these tests (invented people, outlets and places).
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { docVoice } from '../lib/framing/voice.js';
import { blockLead, colonLead, reportLead } from '../lib/text/block-lead.js';

/** blockLead over a two-paragraph text "lead\n\nblock". */
function leadOf(lead: string, block: string): string | null {
  const text = `${lead}\n\n${block}`;
  return blockLead(text, [0, lead.length], [lead.length + 2, text.length]);
}

describe('a block quote lead-in', () => {
  it('names speech or a document anywhere in its last sentence', () => {
    expect(leadOf('Here was her statement on Friday :', 'The levy is a reckless gamble .')).toBe(
      'Here was her statement on Friday :',
    );
    expect(leadOf('Wrote the mayor of Harbourton :', 'The levy is a reckless gamble .')).not.toBeNull();
    expect(leadOf('The port plan has three parts :', 'A reckless levy on ferries .')).toBeNull();
  });

  it('is not a count of states or a mention of mixed reports', () => {
    expect(leadOf('That is why so many states joined the suit :', 'A reckless levy on ferries .')).toBeNull();
    expect(leadOf('There are mixed reports about these groups :', 'Ferry workers , mostly .')).toBeNull();
  });

  it("reads a first-person block as a speaker's, unless the lead-in speaks in the first person too", () => {
    expect(
      leadOf('Ana Doe put it well on the quay :', 'The ferries are ours , and we will not pay this levy .'),
    ).not.toBeNull();
    expect(leadOf('To that end , I offer three objectives :', 'First , we cut the reckless levy .')).toBeNull();
  });

  it('is not the writer quoting their own earlier words', () => {
    expect(leadOf('As I wrote in a review last spring :', 'The levy was a reckless gamble .')).toBeNull();
    expect(leadOf('From my article last week :', 'Ferry crews were devastated .')).toBeNull();
    expect(reportLead('From my article last week :')).toBe(false);
    expect(reportLead('From the Coast Tribune article :')).toBe(true);
    expect(leadOf('Here is what her aide told us :', 'The levy was a reckless gamble .')).not.toBeNull();
  });

  it('is the last sentence of a paragraph ending in a colon', () => {
    const t = 'The board met . The chair said :';
    expect(colonLead(t, 0, t.length)).toBe('The chair said :');
    expect(colonLead('The board met .', 0, 15)).toBeNull();
  });
});

describe('the voice of a block after a lead-in', () => {
  it("is quoted after a document noun or another outlet's report, own after a list", () => {
    const statement =
      'The harbour master spoke late on Friday . Here was her statement in full :\n' +
      'The levy is a reckless gamble with our ferries .\n' +
      'The board did not respond .';
    expect(voiceOf(statement, 'reckless')).toBe('quoted');
    expect(voiceOf(statement, 'respond')).toBe('own');
    const report =
      'The Coast Tribune reports :\n' + 'Ferry crews staged a disgraceful walkout on Tuesday .\n' + 'More soon .';
    expect(voiceOf(report, 'disgraceful')).toBe('quoted');
    const list = 'The plan has three parts :\n' + 'A reckless levy on every ferry .\n' + 'The vote is on Monday .';
    expect(voiceOf(list, 'reckless')).toBe('own');
  });
});

describe('a post over several lines', () => {
  it("takes in an earlier first-person line of the post, not the outlet's narration before it", () => {
    const text =
      'The mayor answered the leaflets within the hour .\n' +
      'Clearly the leaflet is meant to scare and divide our residents .\n' +
      'We will not stand for it . — Ana Doe ( @ anadoe ) June 2 , 2031\n' +
      'The leaflets were removed .';
    expect(voiceOf(text, 'scare')).toBe('quoted');
    expect(voiceOf(text, 'answered')).toBe('own');
    expect(voiceOf(text, 'removed')).toBe('own');
    const d = fixtureDoc('bl', text);
    expect(docVoice(d).quotes.find((q) => q.via === 'post')?.speaker).toBe('Ana Doe');
  });

  it('leaves a narrated line before the post alone', () => {
    const text =
      'The mayor said the leaflets would scare our residents .\n' +
      'We will not stand for it . — Ana Doe ( @ anadoe ) June 2 , 2031';
    expect(voiceOf(text, 'leaflets')).not.toBe('quoted');
  });
});
