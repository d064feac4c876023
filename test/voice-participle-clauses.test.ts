// Reported speech the sentence-level reporters leave to the narration: a clause after a participle of speech
// (", saying the levy amounts to a bailout", ", claiming the strike was a stunt", ", warning that …") and a clause
// whose speaker stands before an appositive ("Ana Doe , a spokeswoman for the port , said the levy was reckless") are
// the speaker's words, not the outlet's own (lib/framing/voice-clauses.ts). Fixtures written for these tests
// (invented people and places).
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';

describe('a clause after a participle of speech', () => {
  it("is the speaker's", () => {
    const t = 'Harbourton unions reacted with outrage , saying the ferry levy amounts to a bailout .';
    expect(voiceOf(t, 'bailout')).toBe('reported');
    expect(voiceOf(t, 'outrage')).toBe('own');
    expect(
      voiceOf('The mayor tried to shift the blame , claiming the delays were caused by reckless crews .', 'reckless'),
    ).toBe('reported');
    expect(
      voiceOf('The guild objected to the plan , warning that it would unleash a flood of cheap labour .', 'flood'),
    ).toBe('reported');
  });

  it('is not a participle of another verb, a preposition after it, or the writer in the first person', () => {
    expect(voiceOf('Ana Doe arrived in Lorn , warning of a reckless levy .', 'reckless')).toBe('own');
    expect(voiceOf('The levy passed , making it the most reckless tax in years .', 'reckless')).toBe('own');
    expect(voiceOf('We objected at once , saying the levy was reckless .', 'reckless')).toBe('own');
    expect(voiceOf('Ana Doe toured the docks , calling attention to reckless crews .', 'reckless')).toBe('own');
    expect(
      voiceOf('Strikes never spread so far , suggesting that reckless crews now run the docks .', 'reckless'),
    ).toBe('own');
  });

  it("ends at the writer's own contrast", () => {
    const t =
      'The board has tried to calm dockers , insisting it is fair even as it hands reckless crews the best berths .';
    expect(voiceOf(t, 'fair')).toBe('reported');
    expect(voiceOf(t, 'reckless')).toBe('own');
    const u = 'If the mayor complains that she must sign it even though it is a painful loss , we will know .';
    expect(voiceOf(u, 'painful')).toBe('reported');
  });
});

describe('a clause after a speaker and an appositive', () => {
  it("is the speaker's", () => {
    expect(
      voiceOf('Ana Doe , a spokeswoman for the Lorn port , said the levy was a reckless gamble .', 'reckless'),
    ).toBe('reported');
    expect(
      voiceOf('Ivo Brenn , Harbourton Liberal , said the removal of criminal smugglers was vital .', 'criminal'),
    ).toBe('reported');
  });

  it('leaves a name after the verb to the sentence reporters', () => {
    // (which read the statement before the attribution as Jane Roe's; her description after it is the desk's)
    const t = 'The levy is reckless , said Jane Roe , a researcher who studies ferries .';
    expect(voiceOf(t, 'reckless')).toBe('reported');
    expect(voiceOf(t, 'researcher')).toBe('own');
  });
});

describe('the phrase after a verb of depicting and "as"', () => {
  it("is the depicter's picture", () => {
    expect(voiceOf('The ad accuses the guild of helping people it depicts as foreign invaders .', 'invaders')).toBe(
      'reported',
    );
    expect(voiceOf('Many opposed the levy , describing the move as a reckless overreach .', 'reckless')).toBe(
      'reported',
    );
    expect(voiceOf('Ana Doe portrayed the strike as cruel , and the reckless board agreed .', 'reckless')).toBe('own');
  });

  it("is the writer's own after I or we", () => {
    expect(voiceOf('I would describe the levy as a reckless gamble .', 'reckless')).toBe('own');
    expect(voiceOf('To paint over the levy is hard not to read as a reckless gamble .', 'reckless')).toBe('own');
  });
});
