// Pre-tokenised copy spaces off an abbreviation's final period ("2:50 p.m . ET", "No . 2", "etc . —"): the period is
// the abbreviation's, as it is when written without the space, and ends no sentence where that one would not.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';

const sentences = (text: string) => {
  const d = analyse({ id: 'd', outlet: 'Harbour Times', date: null, text, paragraphs: [] });
  return d.sentences.map((s) => text.slice(s.start, s.end));
};

describe('sentences of spaced copy', () => {
  it('keeps a clock time with its zone, and a live update with its headline apart from the time', () => {
    expect(
      sentences(
        'Update at 2:50 p.m . ET . Ferry Talks Resume\nThe vote is set for 9 a.m . EST Tuesday . It may slip .',
      ),
    ).toEqual([
      'Update at 2:50 p.m . ET .',
      'Ferry Talks Resume',
      'The vote is set for 9 a.m . EST Tuesday .',
      'It may slip .',
    ]);
  });

  it('ends the sentence after a spaced time before any other capitalised word', () => {
    expect(sentences('The pier closed at 10 p.m . Witnesses heard sirens . It reopened at 6 a.m . He left .')).toEqual([
      'The pier closed at 10 p.m .',
      'Witnesses heard sirens .',
      'It reopened at 6 a.m .',
      'He left .',
    ]);
  });

  it('keeps "No . 2", "e.g .", "a.k.a .", a date and "etc . —" inside the sentence', () => {
    expect(
      sentences(
        'Lena Vale , the No . 2 official at the port , spoke on Jan . 20 . Some towns , e.g . Dunmore , agreed . ' +
          'The plan ( a.k.a . Harbour First ) drew fees , tolls , etc . — and more .',
      ),
    ).toEqual([
      'Lena Vale , the No . 2 official at the port , spoke on Jan . 20 .',
      'Some towns , e.g . Dunmore , agreed .',
      'The plan ( a.k.a . Harbour First ) drew fees , tolls , etc . — and more .',
    ]);
  });

  it('still ends a sentence at "etc ." before a new one, and at a word that is also an abbreviation', () => {
    expect(sentences('It sold nets , ropes , etc . A buyer came . The crew sat . Police came .')).toEqual([
      'It sold nets , ropes , etc .',
      'A buyer came .',
      'The crew sat .',
      'Police came .',
    ]);
  });
});
