// Who speaks on real text, classes left after the body and pronoun rules: capitalised phrases that name no one
// ("Opposition Party Leader Says …" in a title-case subhead, "The Chilean government", "the Doe administration"),
// poll results written as speech ("Thirty-nine percent said …"), correction notices, a "she" after paragraphs of bare
// quotes, and "told reporters the plan …" / "warned it would …" with no "that". Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { docVoice } from '../lib/framing/voice.js';
import { sourceMentions } from '../lib/framing/sources.js';
import type { Doc, EntityRef } from '../lib/types.js';

const person = (d: Doc, name: string, id = name): EntityRef => ({
  id,
  name,
  type: 'person',
  mentions: spansOf(d, name),
});
const rows = (d: Doc, entities: EntityRef[] = []) =>
  sourceMentions([d], [docVoice(d)], entities).map((m) => [m.role, m.kind, m.name]);

describe('capitalised phrases that name no one', () => {
  it('files a title-case subhead of a title and a demonym as no named speaker', () => {
    const d = fixtureDoc(
      's1',
      'The talks went on into the night.\n\nEgyptian Opposition Leader Says " We Will Not Leave The Square " :\n\n' +
        'Crowds stayed in the square until morning.',
    );
    const r = rows(d);
    expect(r.length).toBeGreaterThan(0);
    expect(r.filter((x) => x[1] === 'named')).toEqual([]);
  });

  it('lets a government or an administration speak, not a person its modifier names', () => {
    const d = fixtureDoc(
      's2',
      'President Ivo Doe flew to the coast on Monday.\n\n' +
        'The Doe administration said that the port will reopen in May.\n\n' +
        'The Chilean government said that it would send two ships.',
    );
    const r = rows(d, [person(d, 'Ivo Doe'), person(d, 'Doe', 'Ivo Doe'), person(d, 'The Chilean')]);
    expect(r).toContainEqual(['reported', 'institution', 'doe administration']);
    expect(r).toContainEqual(['reported', 'institution', 'chilean government']);
    expect(r.filter((x) => x[1] === 'named')).toEqual([]);
  });

  it('still names a person whose surname is a demonym or follows a title', () => {
    const d = fixtureDoc(
      's3',
      'Najib Danish said that the road was closed. Party Leader Kira Loft said that it was not.',
    );
    const r = rows(d, [person(d, 'Najib Danish'), person(d, 'Kira Loft')]);
    expect(r).toContainEqual(['reported', 'named', 'Najib Danish']);
    expect(r).toContainEqual(['reported', 'named', 'Kira Loft']);
  });
});

describe('polls and corrections', () => {
  it('files shares of a poll as the poll, under its maker when the sentence names one', () => {
    const d = fixtureDoc(
      'q1',
      'Thirty-nine percent said the harbour should be closed.\n\n' +
        'A majority of respondents said that the fees were too high.\n\n' +
        'In a new Harbour Institute poll , 41 percent of voters said they would back the plan.\n\n' +
        'Seven in 10 say the pier is unsafe .',
    );
    const r = rows(d);
    expect(r).toContainEqual(['reported', 'document', 'poll']);
    expect(r).toContainEqual(['reported', 'document', 'Harbour Institute poll']);
    expect(r.filter((x) => x[1] === 'document')).toHaveLength(4);
    expect(r.filter((x) => x[1] !== 'document')).toEqual([]);
  });

  it('reads a correction notice as no statement, and a majority of a chamber as no poll', () => {
    const d = fixtureDoc(
      'q2',
      'An earlier version of this article incorrectly said the pier was closed.\n\n' +
        'Correction : The piece had said that the mayor voted against the plan.\n\n' +
        'The majority of the Senate said that the vote would wait.',
    );
    const r = rows(d);
    expect(r.filter((x) => x[1] === 'document' || x[1] === 'other')).toEqual([]);
    expect(r).toHaveLength(1);
  });
});

describe('a pronoun after paragraphs of bare quotes', () => {
  it('is the speaker named before the quotes', () => {
    const d = fixtureDoc(
      'c1',
      '" The pier will not reopen this year , " Kira Loft said on Monday.\n\n' +
        '" We have asked for money twice . "\n\n' +
        '" Nobody has answered . "\n\n' +
        '" We will keep asking , " she said .',
    );
    expect(rows(d, [person(d, 'Kira Loft')])).toContainEqual(['quote', 'named', 'Kira Loft']);
    expect(rows(d, [person(d, 'Kira Loft')]).filter((x) => x[1] === 'unresolved')).toEqual([]);
  });

  it('stays unresolved when a paragraph of narration stands between', () => {
    const d = fixtureDoc(
      'c2',
      '" The pier will not reopen this year , " Kira Loft said on Monday.\n\n' +
        'The council met on Tuesday and voted on the budget.\n\n' +
        '" We will keep asking , " she said .',
    );
    expect(rows(d, [person(d, 'Kira Loft')])).toContainEqual(['quote', 'unresolved', 'she']);
  });
});

describe('"told reporters the plan …" and "warned it would …" with no "that"', () => {
  it("reads the clause after the object or the verb as the subject's statement", () => {
    const d = fixtureDoc(
      't1',
      'Ivo Brenn told reporters the pier would reopen in May.\n\n' +
        'Kira Loft warned it was too early to tell.\n\n' +
        'Lena Varga argued the fees had been set too high.',
    );
    const r = rows(d, [person(d, 'Ivo Brenn'), person(d, 'Kira Loft'), person(d, 'Lena Varga')]);
    expect(r).toContainEqual(['reported', 'named', 'Ivo Brenn']);
    expect(r).toContainEqual(['reported', 'named', 'Kira Loft']);
    expect(r).toContainEqual(['reported', 'named', 'Lena Varga']);
  });

  it('reads a noun object as no clause', () => {
    const d = fixtureDoc(
      't2',
      'Ivo Brenn warned the public about the storm.\n\nKira Loft told the story of a woman who was stranded.',
    );
    expect(rows(d, [person(d, 'Ivo Brenn'), person(d, 'Kira Loft')])).toEqual([]);
  });
});

describe('a list of people speaking', () => {
  it('gives the statement to each person of the list', () => {
    const d = fixtureDoc(
      'l1',
      'Sens. Ana Doe and Ivo Brenn said that the bill would pass.\n\n' +
        '" We will not wait , " House Speaker Kira Loft and Senate Leader Tomas Adler said .',
    );
    const r = rows(d, [person(d, 'Ana Doe'), person(d, 'Ivo Brenn'), person(d, 'Kira Loft'), person(d, 'Tomas Adler')]);
    expect(r).toEqual([
      ['reported', 'named', 'Ana Doe'],
      ['reported', 'named', 'Ivo Brenn'],
      ['quote', 'named', 'Kira Loft'],
      ['quote', 'named', 'Tomas Adler'],
    ]);
  });

  it('keeps one speaker when other words stand between the names', () => {
    const d = fixtureDoc('l2', 'Ana Doe cut off Ivo Brenn and said that the bill would pass.');
    expect(rows(d, [person(d, 'Ana Doe'), person(d, 'Ivo Brenn')])).toEqual([['reported', 'named', 'Ana Doe']]);
  });
});
