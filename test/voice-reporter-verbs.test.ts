// A reported sentence whose reporter's verb stands far from it or after a predicate of its own: a long set-off
// relative ("Ana Doe , who testified at the long hearing on the reckless …, warns that"), the subject's own predicate
// before a conjunction ("The islanders , who …, face harsh limits …, and say"), and a relayed act ("Councillors said
// harbour officials dismissed …": the officials' act is what the councillors report). lib/framing/reported-statements.ts.
// Invented people and places.
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';

describe("a reporter's verb past a long set-off relative", () => {
  it('leaves the relative to the desk and the that-clause to the speaker', () => {
    const t =
      'Ana Doe , who testified at a long council hearing on the horrific state of the northern ferry piers of the county ' +
      'during the long wet weeks earlier this autumn , warns that the levy is a disgrace .';
    expect(voiceOf(t, 'horrific')).toBe('own');
    expect(voiceOf(t, 'disgrace')).toBe('reported');
  });
});

describe('the subject\'s own predicate before "and say"', () => {
  it("is the desk's narration; the statement after the verb is the speaker's", () => {
    const t =
      "Kell 's Christians , which make up a tenth of the county , face harsh limits on their churches , and say the levy is a " +
      'disgrace .';
    expect(voiceOf(t, 'harsh')).toBe('own');
    expect(voiceOf(t, 'disgrace')).toBe('reported');
  });

  it('guard: a that-clause or an act verb before the conjunction keeps the report', () => {
    const t = 'Unions that want a crackdown argue that the board is a reckless cartel and say the levy must go .';
    expect(voiceOf(t, 'reckless')).toBe('reported');
    const u = 'The mayor branded the board a cartel of cowards and said the levy must go .';
    expect(voiceOf(u, 'cowards')).toBe('reported');
  });
});

describe('a relayed act', () => {
  it("is what the first speaker reports, not the desk's", () => {
    const t =
      'But island councillors said harbour officials dismissed warnings that the pier was unsafe , indicating that repairs ' +
      'would wait .';
    expect(voiceOf(t, 'dismissed')).toBe('reported');
    expect(voiceOf(t, 'said')).toBe('own');
  });

  it('guard: a noun in "states" before the verb is no relay', () => {
    const t = 'The ferry was idle , as the island states challenging the reckless levy have argued .';
    expect(voiceOf(t, 'reckless')).toBe('own');
  });
});
