// Entity classes of ents21: bill and code citations ("S.B . 1070", "8 U.S.C . 1182") are documents, not bodies; a
// sentence that ends on "U.S ." before a sentence starter; initialisms with the period spaced off shown closed up in
// the entity's name; a capitalised common noun after a people's adjective ("the American Dream", "Spanish Doctors").
// Own fixtures.
import { describe, expect, it } from 'vitest';
import { entityWith, run, texts, typesOf } from './helpers/entities.js';

describe('bill and code citations', () => {
  it('reads an initialism and its number as one law, whatever the spelling, and no organisation', () => {
    const r = run(
      'Governor Ann Vale signed S.B . 1070 in April . Critics of SB 1070 marched , and the House passed H.R. 15 .',
      'The state ’ s S.B. 1070 was struck down in part . Under 8 U.S.C . 1182 ( f ) the president may act .',
    );
    expect(typesOf(r, 'S.B . 1070')).toEqual(['event']);
    expect(typesOf(r, 'H.R. 15')).toEqual(['event']);
    expect(typesOf(r, '8 U.S.C . 1182')).toEqual(['event']);
    const bill = entityWith(r, 'S.B . 1070');
    expect(bill?.id).toBe(entityWith(r, 'SB 1070')?.id);
    expect(bill?.id).toBe(entityWith(r, 'S.B. 1070')?.id);
    expect(r.entities.filter((e) => e.type === 'org' || e.type === 'unknown').map((e) => e.name)).toEqual(['House']);
  });

  it('leaves a known name before a number, a year, a score and a table line alone', () => {
    const r = run(
      'He came to the U.S. 14 years ago , the CBO 2007 report says .',
      'Results on Saturday:\nKent 2 Essex 1\nAB 2 CD 0\n',
    );
    expect(typesOf(r, 'U.S.')).toEqual(['place']);
    expect(texts(r)).not.toContain('CBO 2007');
    expect(texts(r)).not.toContain('AB 2');
  });
});

describe('a sentence that ends on a spaced initialism', () => {
  it('cuts the run at a sentence starter after "U.S ." and reads the name after it', () => {
    const r = run('Smugglers took the children into the U.S . Although Ann Vale was arrested , she was freed .');
    expect(texts(r)).toContain('U.S .');
    expect(texts(r)).toContain('Ann Vale');
    expect(texts(r).some((t) => t.includes('Although'))).toBe(false);
  });

  it('keeps a name led by "U.S ." whole', () => {
    const r = run('Staff at the U.S . Diplomatic Mission in Tripoli left .');
    expect(texts(r)).toContain('U.S . Diplomatic Mission');
  });
});

describe('names shown with the spaced period closed up', () => {
  it('shows "George H.W . Bush" and "5th U.S . Circuit Court of Appeals" as AP writes them, the text kept', () => {
    const r = run(
      'Former president George H.W . Bush spoke . The 5th U.S . Circuit Court of Appeals in New Orleans ruled .',
    );
    expect(entityWith(r, 'George H.W . Bush')?.name).toBe('George H.W. Bush');
    expect(entityWith(r, '5th U.S . Circuit Court of Appeals')?.name).toBe('5th U.S. Circuit Court of Appeals');
  });
});

describe('a common noun after a people’s adjective', () => {
  it('names one thing with it in the singular, and is no name of its own in the plural', () => {
    const r = run(
      'It is part of the American Dream . A dream is free , and every dream counts .',
      'Spanish Doctors arrived on Monday . The doctors were tired .',
      'Moroccan Mohamed Vale spoke .',
    );
    expect(texts(r)).toContain('American Dream');
    expect(texts(r)).not.toContain('Dream');
    expect(texts(r)).not.toContain('Doctors');
    expect(typesOf(r, 'Spanish')).toEqual(['demonym']);
    expect(typesOf(r, 'Mohamed Vale')).toEqual(['person']);
  });
});
