// Who speaks, on real copy's shapes: a statement inside the subject's relative clause covers the relative only; a
// group or a "they" that spoke between a pronoun and its person hides no one; a medium's noun before a name, a
// person's role set off after a name, and a possessive description before one are read for what they say. Fixtures
// written for these tests (invented people, bodies and media).
import { describe, expect, it } from 'vitest';
import type { EntityRef } from '../lib/types.js';
import { docVoice } from '../lib/framing/voice.js';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

/** The [phrase, kind, name] rows of a doc, `people` as person entities and `orgs` as organisations. */
function speakers(text: string, people: string[], orgs: string[] = []) {
  const d = fixtureDoc('relatives-referents', text);
  const org = (n: string) => ({ id: n, name: n, type: 'org', mentions: spansOf(d, n) }) as EntityRef;
  return rows(d, [...people.map((n) => person(d, n)), ...orgs.map(org)]);
}

/** The text of each reported statement of a one-sentence doc, and its speaker. */
function statements(text: string): [string, string][] {
  const d = fixtureDoc('relatives-referents', text);
  return docVoice(d).reported.map((r) => [d.text.slice(r.start, r.end).trim(), r.speaker ?? '']);
}

describe("a statement in the subject's relative clause", () => {
  it('covers the relative only when the main verb is no verb of speech', () => {
    const s = statements(
      'Ivo Brenn , who said he left the ministry on his own terms , lashed out at the harbour board on Friday .',
    );
    expect(s).toEqual([['Ivo Brenn , who said he left the ministry on his own terms', 'Ivo Brenn']]);
  });

  it('reads a relative closed by a quote mark before the main verb', () => {
    const s = statements(
      'Sen. Ana Pell , who said in March that the council should act “ today , ” now wants to press the ferry board .',
    );
    expect(s).toHaveLength(1);
    expect(s[0][0]).not.toMatch(/ferry board/);
    expect(s[0][1]).toBe('Sen. Ana Pell');
  });

  it('keeps the whole sentence when the main verb is a verb of speech', () => {
    const s = statements('Ivo Brenn , who still insists that the levy is fair , claims that it will cost little .');
    expect(s).toEqual([
      ['Ivo Brenn , who still insists that the levy is fair , claims that it will cost little .', 'Ivo Brenn'],
    ]);
  });
});

describe('a pronoun whose person spoke before a group did', () => {
  it('takes the named speaker of the paragraph before over a group that spoke there', () => {
    const r = speakers(
      'Kira Loft , a spokeswoman for the harbour office , said the delays came from last summer .\n\n' +
        'Officials predicted the change would slow the ferries , she said .\n\n' +
        '“ This is what we said would happen , ” she said .',
      ['Kira Loft'],
    );
    expect(r.filter((x) => x[0] === 'she')).toEqual([
      ['she', 'named', 'Kira Loft'],
      ['she', 'named', 'Kira Loft'],
    ]);
  });

  it('is not hidden by a "they" that spoke in the paragraph before', () => {
    const r = speakers(
      'The levy was passed in May . Ivo Brenn , head of the dockers , has called it a disgrace , they said .\n\n' +
        'He said : “ The record of the board is appalling . ”',
      ['Ivo Brenn'],
    );
    expect(r).toContainEqual(['He', 'named', 'Ivo Brenn']);
  });
});

describe('mistyped speakers', () => {
  it('reads a medium named after its noun as media, whatever the entity type', () => {
    const r = speakers('The port was closed until Friday , news website Harbourline said .', ['Harbourline']);
    expect(r).toContainEqual(['news website Harbourline', 'media', 'Harbourline']);
  });

  it('reads "The A.P." as media', () => {
    const r = speakers('The ferry sank near the pier , The A.P . reported .', []);
    expect(r.map((x) => x[1])).toEqual(['media']);
  });

  it("reads a name typed as a body as a person when a person's role is set off after it", () => {
    const r = speakers(
      'Victor Hallam , a former Justice Ministry official and one-time counsel to the harbour board , disclosed on Monday that he is representing a pilot .',
      [],
      ['Victor Hallam'],
    );
    expect(r).toContainEqual(['Victor Hallam', 'named', 'Victor Hallam']);
  });

  it('reads the name set off after a possessive description as the speaker', () => {
    const r = speakers('“ He has held out for more , ” said his former longtime chief of staff , Ivo Brenn .', [
      'Ivo Brenn',
    ]);
    expect(r).toContainEqual(['his former longtime chief of staff', 'named', 'Ivo Brenn']);
  });
});
