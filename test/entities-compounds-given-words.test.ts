// Entity classes of ents24: a name with its article glued to a lowercase word ("al-Qaida-linked"), given names that
// are also words ("Rep. Will Dunmore", "Bill Varnick"), the lowercase article before a known name ("al Qaeda"), a
// region's short form ("Mideast"), "X-based" on a word the corpus writes in lower case, a capitalised adjective mid-
// sentence ("Congressional action"), spaced and undotted initials ("George H. W. Bush", "George W Bush") and a place
// named with a spaced possessive; a link path ("t.co/UgZ7hfvR24"). Own fixtures.
import { describe, expect, it } from 'vitest';
import { entityWith, expectApart, expectSameEntity, expectTypes, run, texts, typeOf } from './helpers/entities.js';

describe('a name with its article glued to a lowercase word', () => {
  it('is the name inside, not a person, and the next word stands alone', () => {
    const r = run(
      'Officials said al-Qaida-linked Sunni fighters moved , and Al-Qaeda-affiliated groups grew in the east .',
      'Sunny , the family dog , barked at the gate . An El-Varro-based charity helped .',
    );
    expect(texts(r).some((t) => t.includes('-linked') || t.includes('-affiliated') || t.includes('-based'))).toBe(
      false,
    );
    expectTypes(r, { 'al-Qaida': 'group', 'Al-Qaeda': 'group', Sunni: 'demonym' });
    expectApart(r, 'Sunny', 'Sunni');
    expect(typeOf(r, 'El-Varro')).toBe('place');
  });

  it('takes a known name of two words in, and the lowercase article before a known name', () => {
    const r = run('An Al Qaeda-linked cell struck . Envoys said fighters linked to al Qaeda in the hills fled .');
    expect(texts(r)).toContain('Al Qaeda');
    expect(texts(r)).toContain('al Qaeda');
    expect(texts(r)).not.toContain('Al');
    expect(texts(r)).not.toContain('Qaeda');
    expectSameEntity(r, 'al Qaeda', 'Al Qaeda');
  });
});

describe('given names that are also words', () => {
  it('keeps "Will" after a title and before a surname, not in a question or a headline', () => {
    const r = run(
      'Rep. Will Dunmore , a Texas Republican , spoke . Mr. Dunmore said it would pass .',
      'Will Congress act before the recess ? Critics Say It Will Exceed Limits .',
    );
    expect(entityWith(r, 'Will Dunmore')?.type).toBe('person');
    expectSameEntity(r, 'Dunmore', 'Will Dunmore');
    expect(texts(r).some((t) => t.startsWith('Will C') || t.startsWith('Will E'))).toBe(false);
  });

  it('keeps a given name the corpus also writes as a word at a sentence start', () => {
    const r = run(
      'The bill passed . A bill , the bill and another bill came . Lawmakers sue , and they sue again .',
      'Bill Varnick spoke first . Sue Ostrand said the same .',
    );
    expect(entityWith(r, 'Bill Varnick')?.type).toBe('person');
    expect(entityWith(r, 'Sue Ostrand')?.type).toBe('person');
  });
});

describe('region short forms and X-based words', () => {
  it('merges "Mideast" with the Middle East; a word written in lower case before "-based" is no place', () => {
    const r = run(
      'Talks on the Mideast stalled , envoys in the Middle East said . Protesters rejected a Sharia-based charter .',
      'Critics of sharia courts and sharia rules spoke .',
    );
    expectSameEntity(r, 'Mideast', 'Middle East');
    expect(typeOf(r, 'Mideast')).toBe('place');
    expect(typesOfSharia(r)).not.toContain('place');
  });
});

const typesOfSharia = (r: ReturnType<typeof run>) =>
  r.mentions
    .flat()
    .filter((m) => m.text === 'Sharia')
    .map((m) => m.type);

describe('a capitalised adjective inside a sentence', () => {
  it('is no entity when the corpus writes it in lower case; a name it starts stays', () => {
    const r = run(
      'It was changed by Congressional action . The Congressional Budget Office spoke .',
      'The congressional staff , congressional aides , congressional votes and congressional hearings grew .',
    );
    expect(texts(r)).not.toContain('Congressional');
    expect(texts(r)).toContain('Congressional Budget Office');
  });
});

describe('initials inside a name', () => {
  it('reads spaced initials and an undotted one after a given name as part of the name', () => {
    const r = run('Actually , George H. W. Bush won . President George W Bush spoke . Senator John A. Vale came .');
    expect(texts(r)).toContain('George H. W. Bush');
    expect(texts(r)).toContain('George W Bush');
    expect(texts(r)).not.toContain('George');
  });

  it('merges the dotted and undotted spellings of one person, not two initials with one', () => {
    const r = run(
      'President George W. Bush spoke on Monday .',
      'President George W Bush left . Later , George H.W . Bush and George H. W. Bush came .',
    );
    expectSameEntity(r, 'George W Bush', 'George W. Bush');
    expectSameEntity(r, 'George H. W. Bush', 'George H.W . Bush');
    expectApart(r, 'George H. W. Bush', 'George W. Bush');
  });
});

describe('a place named with a possessive', () => {
  it('reads "Martha ’ s Vineyard" and "Martha \'s Vineyard" as one place', () => {
    const r = run("He was on vacation in Martha ’ s Vineyard . He flew back to Martha 's Vineyard .");
    expect(typeOf(r, 'Martha ’ s Vineyard')).toBe('place');
    expectSameEntity(r, "Martha 's Vineyard", 'Martha ’ s Vineyard');
    expect(texts(r)).not.toContain('Martha');
  });
});

describe('a link path', () => {
  it('is no name after a link host and its slash; a slash between two places still names them', () => {
    const r = run(
      'He used emergency powers . https : //t.co/UgZ7hfvR24 — Ann Kolby ( @ annkolby ) February 14 .',
      'Kids waited pic.twitter.com/MoS58QmGZR at the Arizona/Mexico border .',
    );
    expect(texts(r)).not.toContain('UgZ7hfvR24');
    expect(texts(r)).not.toContain('MoS58QmGZR');
    expect(texts(r)).toContain('Arizona');
    expect(texts(r)).toContain('Ann Kolby');
  });
});
