// Joins that read a name as what it is not: a memoir's first word as its short form, a dynasty as one of its members,
// a Spanish first surname as the singular of a family's plural (ents59). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { run, entityWith, mergeNode, mergeGraphOf } from './helpers/entities.js';
import { mergePartyForms } from '../lib/entities/merge/party-forms.js';

describe('a memoir titled "X of My Y" and the word X elsewhere', () => {
  const r = run(
    'In his 1999 memoir Lantern of My Fathers , the senator describes his grandfather .',
    'The governor spoke at the annual Lantern and Freedom conference on Friday .',
  );

  it('does not take the word for the memoir’s short form', () => {
    const memoir = entityWith(r, 'Lantern of My Fathers');
    expect(memoir).toBeDefined();
    expect(entityWith(r, 'Lantern')?.id).not.toBe(memoir?.id);
  });
});

describe('"the Al Faisal" beside a king of that house', () => {
  const r = run(
    "A cleric said the execution would `` plague the Al Faisal until the end , '' the BBC reported . The kingdom " +
      'was founded by King Abdul-Aziz Al Faisal in 1932 .',
    "Clerics give the Al Faisal family 's rule religious legitimacy . King Abdul-Aziz Al Faisal united the tribes .",
  );

  it('keeps the dynasty apart from the king', () => {
    const king = entityWith(r, 'Abdul-Aziz Al Faisal');
    expect(king).toBeDefined();
    expect(entityWith(r, 'Al Faisal')?.id).not.toBe(king?.id);
  });
});

describe('a man named by two surnames, and his family in the plural', () => {
  const r = run(
    'Edmundo Varela Quintero , 36 , said he was released at a bus station . Varela had crossed the border five ' +
      'days earlier with his wife . Varela borrowed a phone . Why deport the Varelas who arrived last week ?',
  );

  it('does not join his first surname to the family’s plural', () => {
    const family = entityWith(r, 'Varelas');
    expect(entityWith(r, 'Varela')?.id).not.toBe(family?.id);
  });
});

describe('a capitalised common noun beside a party named with it', () => {
  const build = () => {
    return mergeGraphOf([
      mergeNode('Candor', 'unknown', 4, 'no evidence'),
      mergeNode('Candor Party', 'group', 3, 'head word: party'),
    ]);
  };

  it('does not join the word to the party when the corpus writes it in lower case more often', () => {
    const g = build();
    mergePartyForms(g, new Map([['candor', 9]]));
    expect(g.uf.find(0)).not.toBe(g.uf.find(1));
  });

  it('joins it when the word is a name more often than a common noun (guard)', () => {
    const g = build();
    mergePartyForms(g, new Map([['candor', 2]]));
    expect(g.uf.find(0)).toBe(g.uf.find(1));
  });
});
