// Interviews printed as turns: first turns by full name in title case ("Nadia Ferrante :"), later turns by initials
// ("NF :"), labels with a role or a party after the name ("OSCAR LINDQVIST , RADIO HOST :"), and answers that run on
// over several paragraphs. The turns and their run-on paragraphs are the speakers' words, not the outlet's
// (lib/text/transcript.ts); narration after the exchange is the outlet's again. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { docVoice, VOICES } from '../lib/framing/voice.js';
import { docTurns } from '../lib/text/transcript.js';

/** The voice of the first token spelling `word`, and the speaker of the turn holding it (if any). */
function read(text: string, word: string): { voice: string; speaker?: string } {
  const d = fixtureDoc('tr', text);
  const i = d.tokens.findIndex((t) => d.text.slice(t.start, t.end) === word);
  expect(i).toBeGreaterThanOrEqual(0);
  const at = d.tokens[i].start;
  const turn = docTurns(d).find((t) => at >= t.start && at < t.end);
  return { voice: VOICES[docVoice(d).tokenVoice[i]], speaker: turn?.speaker };
}

const INITIALS = [
  'Historian Nadia Ferrante has studied harbour strikes for twenty years . I spoke to her about the dock dispute .',
  'Ulrich Tamm : Why do these strikes drag on ?',
  'Nadia Ferrante : Because both sides think time is on their side .',
  'The owners can wait for a quarter . The unions have a strike fund .',
  'UT : What happens if the government steps in ?',
  'NF : Then it gets ugly . Ministers have made a reckless promise to keep the port open .',
  'And the dockers know that the promise is hollow .',
  'UT : Is there a way out ?',
  'NF : There always is . Someone has to blink first , and it is usually the side with the weaker fund .',
  'A deal would need a mediator both sides trust , and there are few of those left .',
].join('\n\n');

describe('an interview whose later turns are the initials of names given in full', () => {
  it("reads the initials' turns and the paragraphs that continue them as the speaker's", () => {
    expect(read(INITIALS, 'reckless')).toEqual({ voice: 'quoted', speaker: 'Nadia Ferrante' });
    expect(read(INITIALS, 'hollow')).toEqual({ voice: 'quoted', speaker: 'Nadia Ferrante' });
    expect(read(INITIALS, 'mediator')).toEqual({ voice: 'quoted', speaker: 'Nadia Ferrante' });
    expect(read(INITIALS, 'fund').speaker).toBe('Nadia Ferrante');
    expect(read(INITIALS, 'blink').speaker).toBe('Nadia Ferrante');
  });

  it('leaves the introduction before the first turn to the outlet', () => {
    expect(read(INITIALS, 'studied').voice).toBe('own');
  });
});

const ROLES = [
  'The harbour levy was the talk of the weekend shows .',
  'OSCAR LINDQVIST , RADIO HOST : The levy is a disaster and everyone knows it .',
  'PIA ROUX ( I-MAINE ) : It is nothing of the kind .',
  'It pays for the sea wall , and the wall protects the town .',
  'LINDQVIST : A disgraceful tax , then , that happens to build a wall .',
  'ROUX : A fair one .',
  'Senator Pia Roux pushed back on Lindqvist , calling his claims baseless in a statement later .',
].join('\n\n');

describe('a transcript whose first labels carry a role or a party', () => {
  it('takes the labels as turns of the named speakers, the later surnames as the same speakers', () => {
    expect(read(ROLES, 'disaster')).toEqual({ voice: 'quoted', speaker: 'Oscar Lindqvist' });
    expect(read(ROLES, 'disgraceful')).toEqual({ voice: 'quoted', speaker: 'Oscar Lindqvist' });
    expect(read(ROLES, 'wall').speaker).toBe('Pia Roux');
  });

  it('returns to the outlet when a paragraph names a speaker: narration has resumed', () => {
    expect(read(ROLES, 'pushed')).toEqual({ voice: 'own', speaker: undefined });
  });
});

describe('lines that only look like turns', () => {
  it('finds no transcript in sections headed by one surname each, nor in page labels', () => {
    const sections = [
      'Where the candidates stand :',
      'Ferrante : She has called the levy cruel and vowed to end it .',
      'Tamm : He backs the levy as a fair charge .',
      'Ferrante : Her plan would cut the port budget .',
      'Tamm : His plan would raise it .',
    ].join('\n\n');
    expect(docTurns(fixtureDoc('s', sections))).toEqual([]);
  });

  it('does not take a common word for a speaker unless the doc writes it as a surname', () => {
    const text = [
      'AT : the harbour , 9 am .',
      'NOTE : Bring papers .',
      'AT : the gate , noon .',
      'NOTE : Bring more papers .',
    ].join('\n\n');
    expect(docTurns(fixtureDoc('c', text))).toEqual([]);
  });

  it('takes a common word for a surname written after a hyphened given name', () => {
    const text = [
      'DANA WELLS , BYLINE : Thirty-year-old Min-Jun You came to Lorn as a child . He runs a shop .',
      'WELLS : He hopes the new rule covers him .',
      'YOU : It would be a huge relief . The wait has been brutal .',
      'WELLS : Advocates want a broad rule .',
      'YOU : We are Americans in every way but on paper .',
    ].join('\n\n');
    expect(read(text, 'brutal')).toEqual({ voice: 'quoted', speaker: 'You' });
    expect(read(text, 'paper').speaker).toBe('You');
  });
});
