// One person per row on real news (ents39): a bare surname joins a full name typed on title case alone when an
// article corroborates it; a surname that is also a listed given name ("Kerry") still joins its person; parents
// named in passing do not keep "Jim" and "James" apart; one given name spelled two ways is one person; a code with a
// digit is no surname. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { editDistance, spellingVariant } from '../lib/entities/merge/spelling-variant.js';
import { nicknameTable } from '../lib/entities/nicknames.js';
import { doc, entityWith, expectApart, expectSameEntity, idsIn, run } from './helpers/entities.js';

describe('a full name typed on title case alone, corroborated by its bare surname', () => {
  const r = run(
    'Odran Pelletvik , a lawyer for the families , filed the suit . Mr. Pelletvik said the ruling was wrong . Pelletvik added that he would appeal .',
    'The judge heard Odran Pelletvik on Monday .',
    'Mr. Pelletvik did not answer calls .',
  );

  it('gives the bare surname to the full name in the articles naming it', () => {
    expect(idsIn(r, 'd0', 'Pelletvik')).toHaveLength(2);
    for (const id of idsIn(r, 'd0', 'Pelletvik')) expect(id).toBe(entityWith(r, 'Odran Pelletvik')?.id);
    expect(entityWith(r, 'Odran Pelletvik')?.type).toBe('person');
  });

  it('leaves an article that never names the full name to itself', () => {
    expect(idsIn(r, 'd2', 'Pelletvik')[0]).not.toBe(entityWith(r, 'Odran Pelletvik')?.id);
  });
});

describe('a surname that is also a listed given name', () => {
  const articles = [
    'Secretary of State Wendell Graham met the envoy . Graham said talks would go on .',
    'Wendell Graham flew to Geneva . Graham met the ministers there .',
    'Graham spoke to reporters after Wendell Graham landed .',
    'Mr. Graham said the deal was close .',
    'Reporters waited for Mr. Graham outside the hotel .',
  ];

  it('joins its one bearer named in full, also where an article writes "Mr. Graham" alone', () => {
    const r = run(...articles);
    expectSameEntity(r, 'Wendell Graham', 'Graham');
    expect(idsIn(r, 'd3', 'Graham')).toEqual([entityWith(r, 'Wendell Graham')?.id]);
  });

  it('a person the articles call by that given name alone stays apart', () => {
    const r = run(
      'Graham Holt , the coach , spoke .',
      'Agents held Graham at the border . Graham was ill . Graham was seven .',
      'Graham cried , a nurse said .',
    );
    expectApart(r, 'Graham Holt', 'Graham');
  });
});

describe('"Jim" and "James" beside relatives named in passing', () => {
  const r = run(
    'James Ostrander , a reporter , was held in Syria . Ostrander had worked in Libya . Ostrander was freed .',
    'The family of James Ostrander spoke . Ostrander was 40 . Ostrander wrote often . Ostrander loved the work .',
    'James Ostrander was seen in a video . Ostrander looked tired . Ostrander spoke slowly .',
    'His father Paul Ostrander and his mother Diane Ostrander thanked the public .',
    'Friends of Jim Ostrander gathered in his home town .',
  );

  it('merges the nickname with the formal name: the bare surname is his', () => {
    expectSameEntity(r, 'Jim Ostrander', 'James Ostrander');
    expectApart(r, 'Paul Ostrander', 'James Ostrander');
  });
});

describe('one given name spelled two ways', () => {
  it('knows a spelling variant from two names', () => {
    const t = nicknameTable({ names: { benjamin: ['ben'], maria: [], mario: [] } });
    expect(editDistance('kirstjen', 'kirsten')).toBe(1);
    expect(spellingVariant('kirstjen', 'kirsten', t)).toBe(true);
    expect(spellingVariant('binyamin', 'benjamin', t)).toBe(true);
    expect(spellingVariant('darryl', 'darrell', t)).toBe(true);
    expect(spellingVariant('larry', 'gary', t)).toBe(false);
    expect(spellingVariant('jon', 'john', t)).toBe(false);
    expect(spellingVariant('mario', 'maria', t)).toBe(false);
  });

  it('merges a rare spelling into the usual one when a title is shared', () => {
    const r = run(
      'Homeland Security Secretary Ingjerd Vollnik spoke . Vollnik said the border was safe .',
      'Secretary Ingjerd Vollnik visited Texas .',
      'Secretary Ingerd Vollnik signed the order .',
      'Her brother Tobias Vollnik runs a farm .',
    );
    expectSameEntity(r, 'Ingjerd Vollnik', 'Ingerd Vollnik');
  });

  it('keeps two spellings apart when one article names both', () => {
    const r = run(
      'Ingjerd Vollnik and her sister Ingerd Vollnik ran the shop .',
      'Ingjerd Vollnik opened a second shop .',
    );
    expectApart(r, 'Ingjerd Vollnik', 'Ingerd Vollnik');
  });

  it('keeps two spellings apart with no shared title beside another bearer of the surname', () => {
    const r = run('Ingjerd Vollnik won the race .', 'Ingerd Vollnik sold the house .', 'Tobias Vollnik spoke .');
    expectApart(r, 'Ingjerd Vollnik', 'Ingerd Vollnik');
  });
});

describe('a code with a digit', () => {
  it('is no surname of a person whose name ends in a like word', () => {
    const docs = [
      doc('a', 'Professor Rick Su said the plan would fail . Su has studied it for years .'),
      doc('b', 'A Su-24 jet flew over the ship .'),
    ];
    const r = extractEntities(docs);
    expectApart(r, 'Rick Su', 'Su-24');
  });
});
