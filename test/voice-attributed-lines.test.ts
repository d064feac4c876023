// A line that gives a named person's statement after the name and a colon (a linked opinion piece's headline, a
// bullet of an op-ed's summary, a digest's all-caps head) is that person's, not the outlet's
// (lib/framing/voice-attributed-lines.ts); the page's labels, numbered points, a list's sections and interview turns
// are not. Fixtures written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { voiceRead } from './helpers/loaded.js';

/** The voice of the first token spelling `word` in the text, and the speakers of the doc's reported statements. */
function read(text: string, word: string): { voice: string; speakers: (string | null)[] } {
  const r = voiceRead(text, word);
  return { voice: r.voice, speakers: r.read.reported.map((q) => q.speaker) };
}

describe('a line "Name : statement"', () => {
  it("is the named person's statement", () => {
    const head =
      'The harbour levy passed on Tuesday .\nMarta Velloso : The levy is a cruel tax on the poor\nMore below .';
    expect(read(head, 'cruel')).toEqual({ voice: 'reported', speakers: ['Marta Velloso'] });
    // a surname alone, when the doc names the person in full elsewhere
    const bullets = 'Story notes Marta Velloso writes on the levy .\nVelloso : Both parties panicked over the vote\n';
    expect(read(bullets, 'panicked').voice).toBe('reported');
    // a title whose last word is a role
    const digest = 'Lorn passed the bill .\nACTING HARBOUR SECRETARY : PORTS PLAYING POLITICS WITH SAFETY\nThe law …';
    expect(read(digest, 'POLITICS').voice).toBe('reported');
  });

  it('is the statement of one person named by a noun for people or a role of public talk', () => {
    const pundit = 'The bill passed .\nPUNDIT : HARBOUR LEVY A DISGRACE\nMore below .';
    expect(read(pundit, 'DISGRACE').voice).toBe('reported');
    expect(read('Expert : The sea wall is a reckless waste of money', 'reckless').voice).toBe('reported');
    // the quotation the headline gives after a dash does not count toward its length
    const long =
      'COMMENTATOR : LEVY IS A DISGRACE - \u201c ' +
      'What is going on with this levy is a scandal because it takes from the poor to pay for a wall . '.repeat(3) +
      '\u201d\nMore below .';
    expect(read(long, 'DISGRACE').voice).toBe('reported');
    // a plural heads a list or a section as often as it speaks
    expect(read('Sources : the harbour board , the port office and a reckless survey\n', 'reckless').voice).toBe('own');
  });

  it('is not a label of the page, a point, a place, a section about the person, or a field', () => {
    expect(read('SEE ALSO : The levy is a cruel tax on the poor\n', 'cruel').voice).toBe('own');
    expect(read('Two : The debate has been dishonest from the start .\n', 'dishonest').voice).toBe('own');
    expect(read('Lorn : Rebels shelled the harbour with brutal force .\n', 'brutal').voice).toBe('own');
    // a list's section after a lead-in ending in a colon
    const list =
      'A look at what each has proposed :\nMarta Velloso : From the start , her brash campaign vowed a wall .';
    expect(read(list, 'brash').voice).toBe('own');
    // the section's statement names the person again: it is about her
    expect(read('Marta Velloso : Critics have railed against Velloso for years .\n', 'railed').voice).toBe('own');
    // a possessive names a thing of the person's: a title
    expect(read("Marta Velloso's Harbour : Fifty Years of a brutal trade\n", 'brutal').voice).toBe('own');
  });
});
