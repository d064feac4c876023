// One person per row on real news (ents41): a surname naming a family or siblings is not the one person named in full
// with it; a one-word name only spelled like a person's family name joins that person only where the article names
// the person; two full names whose family names differ in their vowels are two people when each is written as a name
// of its own. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { namesKin } from '../lib/entities/kin-plurals.js';
import { entityWith, expectApart, expectSameEntity, idsIn, run } from './helpers/entities.js';

describe('a surname naming a family or siblings', () => {
  const r = run(
    'Police named Dorvan Kessler as a suspect . Kessler , 26 , fled on foot . The Kessler brothers had arrived in 2004 .',
    'Dorvan Kessler appeared in court . Kessler said nothing . The Kessler family declined to comment .',
    'Dorvan Kessler was charged on Friday . Kessler faces life in prison .',
  );

  it('keeps "the Kessler brothers" and "the Kessler family" out of Dorvan Kessler', () => {
    const id = entityWith(r, 'Dorvan Kessler')?.id;
    expect(idsIn(r, 'd0', 'Kessler')).toHaveLength(2);
    expect(idsIn(r, 'd0', 'Kessler')[0]).toBe(id);
    expect(idsIn(r, 'd0', 'Kessler')[1]).not.toBe(id);
    expect(idsIn(r, 'd1', 'Kessler')[0]).toBe(id);
    expect(idsIn(r, 'd1', 'Kessler')[1]).not.toBe(id);
    expect(idsIn(r, 'd2', 'Kessler')).toEqual([id]);
  });

  it('reads "family" before the noun it modifies as a compound, not a family', () => {
    expect(namesKin('the Vance family separation policy', 9)).toBe(false);
    expect(namesKin('the Vance family quickly moved', 9)).toBe(true);
    expect(namesKin('the Vance family ’ s lawyer', 9)).toBe(true);
    expect(namesKin('the Vance family .', 9)).toBe(true);
    expect(namesKin('the Vance twins', 9)).toBe(true);
    expect(namesKin('the Vance report', 9)).toBe(false);
  });
});

describe('a one-word name spelled like a family name', () => {
  const r = run(
    'Senator Marla Tillbury spoke on Monday . Tillbury said the bill would pass .',
    'Marla Tillbury voted against the measure . Tillbury called it a mistake .',
    'The weapons hang beneath the wings of small Tilbury turboprop planes .',
    'Marla Tillbury met the governor . Later Tilbury told reporters she was pleased .',
  );

  it('joins the person only in the articles naming her in full', () => {
    const id = entityWith(r, 'Marla Tillbury')?.id;
    expect(idsIn(r, 'd3', 'Tilbury')).toEqual([id]);
    expect(idsIn(r, 'd2', 'Tilbury')[0]).not.toBe(id);
  });
});

describe('full names whose family names differ in their vowels', () => {
  it('are two people when the rarer spelling is written as a name of its own', () => {
    const r = run(
      'In a memo to reporters , Bill Hurton , a founder of the group , attacked the plan . Mr. Hurton wrote that it would fail .',
      'Police commissioner Bill Hratton said crime fell last year .',
    );
    expectApart(r, 'Bill Hurton', 'Bill Hratton');
  });

  it('are one person when the rarer spelling is a slip written once', () => {
    const r = run(
      'General Oren Vostrakis spoke . Vostrakis said the war was long .',
      'Oren Vostrakis met the president . Vostrakis left on Friday .',
      'Oren Vostrakis resigned . Vostrakis gave no reason .',
      'The retired general Oren Vostarkis wrote a book about the war .',
    );
    expectSameEntity(r, 'Oren Vostrakis', 'Oren Vostarkis');
  });
});

describe('a given name misspelt once beside a surname others bear too', () => {
  const common = [
    'Rep. Dalvina Ortez spoke on the floor . Ortez said the bill was cruel .',
    'Dalvina Ortez voted no . Ortez left early .',
    'The congresswoman Dalvina Ortez held a rally .',
    'Dalvina Ortez called for hearings .',
    'Critics attacked Dalvina Ortez on Friday .',
    'Carlos Ortez , a farmer , lost his crop .',
  ];

  it('joins an unlisted spelling written in one article to the spelling of many', () => {
    const r = run(...common, 'Dalina Ortez , 45 , spoke at the town hall .');
    expectSameEntity(r, 'Dalvina Ortez', 'Dalina Ortez');
  });

  it('joins such a spelling typed on title case alone', () => {
    const r = run(...common, 'The crowd waited for Dalina Ortez at the town hall .');
    expectSameEntity(r, 'Dalvina Ortez', 'Dalina Ortez');
  });

  it('keeps a listed given name apart: a real name is someone else', () => {
    const r = run(...common.map((t) => t.replace(/Dalvina/g, 'Carla')), 'Carly Ortez , 45 , spoke at the town hall .');
    expectApart(r, 'Carla Ortez', 'Carly Ortez');
  });
});
