// A prepositional phrase is no speaker (lib/framing/speaker-cleaning.ts): "… for farm workers living in the United
// States and promising …" reads "States" as a verb of saying, and the phrase before it named no one. An "including"
// phrase before the verb (lib/framing/clause-subjects.ts): set off by two commas it describes the subject; with the
// second comma dropped the name in it speaks, not the clause before it. Invented fixtures.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { findQuotes } from '../lib/framing/quotes.js';

describe('a speaker before a quote', () => {
  it('is never a phrase opened by a preposition', () => {
    const text =
      "The candidate re-upped his plan on Monday , vowing `` no pardon '' for farm workers living in the United States and promising to build a `` grand '' canal .";
    const d = analyse({ id: 'd', outlet: 'X', date: null, text, paragraphs: [] });
    const speakers = findQuotes(d).map((q) => q.speaker ?? '');
    expect(speakers.some((s) => /^for\b/i.test(s))).toBe(false);
  });
});

const speakersOf = (text: string) =>
  findQuotes(analyse({ id: 'd', outlet: 'X', date: null, text, paragraphs: [] })).map((q) => q.speaker ?? '');

describe('a speaker before an including phrase', () => {
  it('is the name the verb follows when the second comma is dropped', () => {
    const t =
      "Mayor Brandt took fire from his allies on the council , including Councillor Ana Dorr called his plan a 'retreat ' on Monday .";
    expect(speakersOf(t)[0]).toBe('Councillor Ana Dorr');
  });

  it('is the head before a phrase set off by two commas', () => {
    const t = "Several councillors , including Ana Dorr and Ivo Brenn , called the plan a 'retreat ' on Monday .";
    expect(speakersOf(t)[0]).toBe('Several councillors');
  });
});
