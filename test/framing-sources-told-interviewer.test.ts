// "Doe told CNN's Chris Cuomo on “New Day” Monday … that …": the subject of "told" speaks; the channel's interviewer and
// the programme are where the statement was made, however many words place the interview before "that", and a
// trailing "…, sources told Valdor TV 's Kira Loft." is the sources' statement. A programme's title is no quote with
// a description of its own. Fixtures written for these tests (invented people, channels and programmes).
import { describe, expect, it } from 'vitest';
import { analyseFraming } from '../lib/framing/framing.js';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person } from './helpers/speakers.js';

const PEOPLE = ['Ana Doe', 'Ivo Brenn', 'Kira Loft', 'Orrin Vasteel'];

/** A one-doc corpus's framing: its source mentions as [role, kind, name] and its quote rows as [text, speaker, role]. */
function read(text: string) {
  const d = fixtureDoc('ti', text);
  const entities = PEOPLE.filter((n) => text.includes(n)).map((n) => person(d, n));
  const f = analyseFraming({ docs: [d], entities });
  return {
    sources: f.detail.sourceMentions.map((m) => [m.role, m.kind, m.name]),
    quotes: f.detail.quotes.map((q) => [q.text.trim(), q.speaker, q.speaker_role]),
  };
}

describe('a statement told to a channel’s interviewer', () => {
  it('is the subject’s, with the channel, past the programme and the occasion', () => {
    const r = read(
      'Ana Doe , a Valdor Republican , told Harbour TV ’ s Ivo Brenn on “ Morning Harbour ” Monday in the wake of ' +
        'the vote that the ban was essential .',
    );
    expect(r.sources).toEqual([
      ['reported', 'named', 'Ana Doe'],
      ['channel', 'media', 'Harbour TV'],
    ]);
    expect(r.quotes).toEqual([['Morning Harbour', '', '']]);
  });

  it('is an unnamed official’s, and gives a quote inside it its speaker', () => {
    expect(
      read("A senior official told Harbour News 's Kira Loft on Sunday that the strike was planned .").sources,
    ).toEqual([
      ['reported', 'anonymous', 'senior official'],
      ['channel', 'media', 'Harbour News'],
    ]);
    const r = read(
      'Ana Doe told Harbour TV ’ s Ivo Brenn on Sunday ’ s Morning Harbour that she would do “ whatever is necessary ” .',
    );
    expect(r.quotes).toEqual([['whatever is necessary', 'Ana Doe', '']]);
  });

  it('is the sources’ when the attribution closes the sentence', () => {
    expect(read("The plan was dropped , sources told Valdor TV 's Kira Loft and Orrin Vasteel .").sources).toEqual([
      ['reported', 'anonymous', 'sources'],
      ['channel', 'media', 'Valdor TV'],
    ]);
  });
});
