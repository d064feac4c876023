// The label a verb of naming or judging puts on its object or, in the passive, its subject ("critics called it a
// reckless gamble", "a nurse declared him unfit", "such plans are considered reckless"), and the clause of a
// participle of speech right after its noun ("a video claiming to show …", "lawsuits saying …"), are the namer's or
// the speaker's words, not the outlet's (lib/framing/voice-naming.ts). Fixtures written for these tests (invented
// people and places).
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';

describe('a label put on someone by a verb of naming or judging', () => {
  it("is the namer's", () => {
    expect(voiceOf('Harbour unions who called it a reckless gamble walked out .', 'reckless')).toBe('reported');
    expect(voiceOf('A nurse at Lorn declared him delusional and asked for a review .', 'delusional')).toBe('reported');
    expect(voiceOf('Ana Doe was called a fascist while dining in Harbourton .', 'fascist')).toBe('reported');
    expect(voiceOf('Plans for a measured levy are considered xenophobic in the capital .', 'xenophobic')).toBe(
      'reported',
    );
    expect(voiceOf('Most voters find it repugnant , the poll shows .', 'repugnant')).toBe('reported');
  });

  it('is not the writer naming, a plain object, or an object before a quoted label', () => {
    expect(voiceOf('I am reluctant to call it an ideology .', 'ideology')).toBe('own');
    expect(voiceOf('Lawmakers will consider a sweeping levy next week .', 'sweeping')).toBe('own');
    expect(voiceOf('Ana Doe toured the docks , calling attention to reckless crews .', 'reckless')).toBe('own');
    expect(voiceOf('They have labeled the catastrophe " phony " ever since .', 'catastrophe')).toBe('own');
  });
});

describe('a label after a long object', () => {
  it("is the namer's when the object runs over prepositions to the label that ends the clause", () => {
    const t = 'Opponents call a path to residency for those 40,000 workers amnesty . Ana Doe disagrees .';
    expect(voiceOf(t, 'amnesty')).toBe('reported');
    expect(voiceOf('Mayor Brill called the rise in arrests unprecedented .', 'unprecedented')).toBe('reported');
  });

  it("stays the writer's after an object with no determiner or a clause that runs on", () => {
    expect(voiceOf('Ana Doe toured the docks , calling attention to violent crews in Lorn .', 'violent')).toBe('own');
    expect(voiceOf('Critics called the levy a burden for dockers who lost their reckless bosses .', 'reckless')).toBe(
      'own',
    );
    const passive = 'The pilot was considered a test run for the broader amnesty Ana Doe announced in 2031 .';
    expect(voiceOf(passive, 'amnesty')).toBe('own');
  });
});

describe('a participle of speech right after its noun', () => {
  it("opens the speaker's clause", () => {
    expect(voiceOf('The mayor of Lorn made a speech claiming to have caught 40 terrorists .', 'terrorists')).toBe(
      'reported',
    );
    expect(voiceOf('Two towns are fighting lawsuits saying they broke a draconian statute .', 'draconian')).toBe(
      'reported',
    );
  });

  it("ends where the subject's main verb, an opening phrase or the subject's next act resumes", () => {
    const t = 'The number of people filing papers claiming to be victims has grown dramatically since May .';
    expect(voiceOf(t, 'dramatically')).toBe('own');
    const u = 'Despite voters repeatedly saying they want less , the brothers pushed for amnesty in the bill .';
    expect(voiceOf(u, 'amnesty')).toBe('own');
    const v = 'After first insisting that he had left , and then slamming the charges , the ministry gave up .';
    expect(voiceOf(v, 'slamming')).toBe('own');
    expect(voiceOf('The ministry began with officials saying the levy was fair .', 'fair')).toBe('reported');
    expect(voiceOf('We keep saying the levy is draconian .', 'draconian')).toBe('own');
  });
});
