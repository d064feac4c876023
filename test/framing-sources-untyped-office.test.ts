// Who speaks: a name the entity table left untyped is the person the article gives an office or a party tag, however
// the title is written ("Navy Vice-Admiral", a given name the entity cut off after "Rep.", a generational suffix "III",
// a tag in brackets after the name), and also when the phrase opens on a body's words ("White House spokesman …",
// "Republican strategist …"). Fixtures written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { rows } from './helpers/speakers.js';
import type { Doc, EntityRef } from '../lib/types.js';

const unknown = (d: Doc, name: string): EntityRef => ({ id: name, name, type: 'unknown', mentions: spansOf(d, name) });

describe('an untyped name with an office', () => {
  it('is a person after a hyphened rank, with a generational suffix', () => {
    const d = fixtureDoc(
      'uo1',
      'Navy Vice-Admiral Corwin Teague III , commander of the fleet , told reporters Thursday that the ships had left port .',
    );
    expect(rows(d, [unknown(d, 'Navy Vice-Admiral Corwin Teague III')])).toContainEqual([
      'Navy Vice-Admiral Corwin Teague III',
      'named',
      'Corwin Teague III',
    ]);
  });

  it('is a person when a title and a given name stand before it, or a party tag in brackets after it', () => {
    const d = fixtureDoc(
      'uo2',
      "`` We will have the votes , '' said Rep. Jan Quillfeather ( D-Ill. ) , who is counting them .\n\n" +
        "`` The team meets again in May , '' Quillfeather said .",
    );
    const r = rows(d, [unknown(d, 'Quillfeather')]);
    expect(r).toContainEqual(['Rep. Jan Quillfeather', 'named', 'Jan Quillfeather']);
    expect(r).toContainEqual(['Quillfeather', 'named', 'Jan Quillfeather']);
  });

  it('is the person a body’s spokesman or a party’s strategist is, not the body', () => {
    const d = fixtureDoc(
      'uo3',
      'White House spokesman Ravi Sethmore said the meeting went well .\n\n' +
        'Republican strategist Dorran Pelk said the vote was a warning for the party .',
    );
    const body = (name: string, type: string): EntityRef => ({ ...unknown(d, name), type });
    const r = rows(d, [
      body('White House', 'org'),
      body('Republican', 'group'),
      unknown(d, 'Ravi Sethmore'),
      unknown(d, 'Dorran Pelk'),
    ]);
    expect(r).toContainEqual(['White House spokesman Ravi Sethmore', 'named', 'Ravi Sethmore']);
    expect(r).toContainEqual(['Republican strategist Dorran Pelk', 'named', 'Dorran Pelk']);
  });

  it('stays a body when its name ends on an acronym or a body’s word', () => {
    const d = fixtureDoc(
      'uo4',
      'Harbour Policy Initiative said the plan would fail .\n\nHARBOUR Texas said the camps were full .',
    );
    const r = rows(d, [unknown(d, 'Harbour Policy Initiative'), unknown(d, 'HARBOUR Texas')]);
    expect(r.filter((x) => x[1] === 'named')).toEqual([]);
  });
});
