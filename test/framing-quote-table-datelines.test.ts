// A dateline or byline opening an article's first sentence is no part of who speaks: "WASHINGTON ( AP ) — Sen. Ana Doe
// said …" has the speaker "Sen. Ana Doe" and the role "Sen.", not "WASHINGTON ( AP ) — Sen."; a place dateline before
// a description ("GAZA CITY — Valdor 's ambassador") leaves the description. An appositive between dashes ("ICE — in a
// jab at …") is no dateline. Fixtures written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { analyseFraming } from '../lib/framing/framing.js';
import { withoutDateline } from '../lib/framing/speaker-datelines.js';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

describe('a dateline before the speaker', () => {
  it("is left out of the quote table's role and the sources table's phrase", () => {
    for (const dateline of ['HARBOURTON --', 'HARBOURTON ( AP ) —', 'NEW HARBOUR/VALDOR ( Reuters ) -', '( AP ) —']) {
      const d = fixtureDoc('dl', `${dateline} Sen. Ana Doe said on Monday , \`\` We will not back down . ''`);
      const entities = [person(d, 'Ana Doe')];
      const f = analyseFraming({ docs: [d], entities });
      expect(f.detail.quotes.map((q) => [q.speaker, q.speaker_role])).toEqual([['Ana Doe', 'Sen.']]);
      expect(rows(d, entities)).toEqual([['Sen. Ana Doe', 'named', 'Ana Doe']]);
    }
  });

  it('is left out of a description that speaks, and a byline with it', () => {
    const d = fixtureDoc('dl2', "GAZA CITY - Valdor 's U.N. ambassador says there may be a short pause .");
    expect(rows(d).map((r) => r[0])).toEqual(["Valdor 's U.N. ambassador"]);
    expect(withoutDateline('By Ana Doe and Ivo Brenn HARBOURTON — The senator')).toBe('The senator');
  });

  it('is not read in an appositive between dashes, nor in a hyphenated name', () => {
    expect(withoutDateline('ICE — in a not-so-subtle jab at sanctuary cities')).toBe(
      'ICE — in a not-so-subtle jab at sanctuary cities',
    );
    expect(withoutDateline('AIPAC—a powerful lobby—issued')).toBe('AIPAC—a powerful lobby—issued');
    expect(withoutDateline('ISIS-K fighters')).toBe('ISIS-K fighters');
  });
});
