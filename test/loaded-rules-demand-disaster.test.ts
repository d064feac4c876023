// Plain senses of three loaded words: "insisted on a vote" and "insisted the bill be amended" demand, as "demanded"
// would, where "insisted the plan was working" casts doubt (lib/framing/demand-senses.ts); "catastrophe" of a flood,
// a fire or a crash, the insurance term "catastrophic coverage" and the name "the Nakba, or Catastrophe" describe
// damage, not the writer's charge (lib/framing/disaster-senses.ts); any lexicon word in a poll's answer option with its
// share ("Wrong Track – 61 percent") is the pollster's label (lib/framing/poll-senses.ts). Invented fixtures.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded.js';

describe('insist as a demand', () => {
  it('is not loaded with "on" or a clause in the subjunctive', () => {
    expect(marked('The dockers insisted on a vote before the levy passed.')).toEqual([]);
    expect(marked('Those are the terms the guild has insisted be included in the deal.')).toEqual([]);
    expect(marked('Ana Roe insisted that the ferry levy not be raised again.')).toEqual([]);
  });

  it('stays loaded as a doubted assertion', () => {
    expect(marked('The mayor insisted the levy was working.')).toEqual(['insisted']);
    expect(marked('Ana Roe insisted that the levy would be fine.')).toEqual(['insisted']);
  });
});

describe('catastrophe of a disaster', () => {
  it('is not loaded for a flood, a fire, the insurance term or a name', () => {
    expect(marked('Dockers raised funds for victims of the bushfire catastrophe in Lorn.')).toEqual([]);
    expect(marked('The river floods every spring, and sometimes catastrophically.')).toEqual([]);
    expect(marked('The plan offers short-term coverage or catastrophic coverage only.')).toEqual([]);
    expect(marked('Villagers mark what they call the Exile, or Catastrophe, each May.')).toEqual([]);
  });

  it('stays loaded as a charge', () => {
    expect(marked('The levy would be a total catastrophe for Lorn.')).toEqual(['catastrophe']);
    expect(marked('It was a catastrophic decision by the mayor.')).toEqual(['catastrophic']);
  });
});

describe("a poll's answer option", () => {
  it('is not loaded with its share', () => {
    expect(marked('Direction of Lorn: Right Track 30.1 percent, Wrong Track 61.2 percent.')).toEqual([]);
  });

  it('stays loaded in prose', () => {
    expect(marked('The mayor is on the wrong track, and 61 percent agree.')).toEqual(['wrong']);
  });
});
