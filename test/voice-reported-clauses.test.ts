// Reported speech without quote marks inside a sentence the outlet narrates: the clause after "said", "argued that",
// "told reporters that" with a third-person subject is the speaker's statement, not the outlet's own label; a
// hypothetical "some may say", "it is fair to say" and "claimed responsibility for" stay the outlet's. Fixtures written
// for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';

describe('a clause after a verb of speech', () => {
  it("is the speaker's, after a relative or a coordinated verb as well", () => {
    expect(
      voiceOf('Members of the guild wrote to the board , and some who signed it said the vote was rigged .', 'rigged'),
    ).toBe('reported');
    expect(
      voiceOf('Valdor officials were relieved , and said the ouster of Ivo Brenn was clearly a coup .', 'coup'),
    ).toBe('reported');
    expect(voiceOf('Harbourton lawmakers have long argued that the port deal is a disaster .', 'disaster')).toBe(
      'reported',
    );
    expect(voiceOf('Ana Doe told reporters on the quay that the levy was a reckless gamble .', 'reckless')).toBe(
      'reported',
    );
  });

  it('leaves the narration before the verb to the outlet', () => {
    expect(voiceOf('The reckless levy angered members who said the vote was rigged .', 'reckless')).toBe('own');
  });

  it("ends with the subordinate clause it opens: the main clause is the writer's", () => {
    const text = 'If the mayor says she has no other plan , she will look foolish at the harbour meeting .';
    expect(voiceOf(text, 'plan')).toBe('reported');
    expect(voiceOf(text, 'foolish')).toBe('own');
    const later = 'So when President Ivo Brenn says he will build a grand canal , it looks like a boondoggle .';
    expect(voiceOf(later, 'grand')).toBe('reported');
    expect(voiceOf(later, 'boondoggle')).toBe('own');
  });

  it('is not a hypothetical, an infinitive or a noun object', () => {
    expect(voiceOf('Some may say this is a reckless gamble by the board .', 'reckless')).toBe('own');
    expect(voiceOf('It is fair to say the levy was a reckless gamble .', 'reckless')).toBe('own');
    expect(voiceOf('The militia claimed responsibility for the massacre at the quay .', 'massacre')).toBe('own');
    expect(voiceOf('Ivo Brenn said nothing about the massacre at the quay .', 'massacre')).toBe('own');
    expect(voiceOf('The monitors did not say who was behind the massacre at the quay .', 'massacre')).toBe('own');
  });
});
