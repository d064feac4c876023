// A titled surname's gender against the person named in full: the writer's pronouns after the full name count with
// the forms of address, and outweigh the given-name lists ("Adel" is listed as a woman's name, "Foreign Minister
// Adel Zubayri said he …" is a man); an article naming a namesake the lists do not know ("Jamiel Vortley") gives that
// one the "Mr." the named woman cannot take. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { doc, idOf, idsIn } from './helpers/entities.js';

describe('a given name the lists give the other gender', () => {
  const docs = [
    doc('a1', 'Foreign Minister Adel Zubayri said on Monday that he would travel to Cairo.', 'Ledger'),
    doc('a2', 'Foreign Minister Adel Zubayri told reporters he was hopeful. Zubayri said talks would continue.'),
    doc('a3', 'Hours later, Mr. Zubayri, the foreign minister, announced the end of the talks.', 'Times'),
  ];
  const r = extractEntities(docs);

  it('gives "Mr. X" to the one person with the surname, whom the pronouns call a man', () => {
    const him = idOf(r, 'Adel Zubayri');
    expect(him).toBeDefined();
    expect(idsIn(r, 'a3', 'Zubayri')).toEqual([him]);
    expect(idOf(r, 'Mr. Zubayri')).toBeUndefined();
  });
});

describe('a mother and a son named in one article', () => {
  const docs = [
    doc(
      's1',
      'Jamiel Vortley was killed in 2008. His mother, Army Sgt. Anita Vortley, came home from Iraq. ' +
        'As Mr. Vortley told a reporter: "It is wrong." Mr. Vortley, who testified at a hearing, spoke again.',
      'Blog',
    ),
    doc('s2', 'Army Sgt. Anita Vortley spoke at the rally. Vortley said the law must change.', 'Other'),
  ];
  const r = extractEntities(docs);

  it('gives "Mr. X" to the man of the article, not to the woman the lists know', () => {
    const son = idOf(r, 'Jamiel Vortley');
    expect(son).toBeDefined();
    expect(idsIn(r, 's1', 'Vortley')).toEqual([son, son]);
    expect(idsIn(r, 's2', 'Vortley')).toEqual([idOf(r, 'Anita Vortley')]);
  });
});

describe('a pronoun after a possessive or after another person', () => {
  const docs = [
    doc('k1', "Robert Keldrow's wife said she was proud of the farm.", 'Ledger'),
    doc('k2', 'Robert Keldrow met Ann Dalby, and she said the deal was done.', 'Courier'),
    doc('k3', 'Mr. Keldrow agreed to sell the land.', 'Times'),
  ];
  const r = extractEntities(docs);

  it('tells nothing of the man, who keeps his "Mr. X"', () => {
    expect(idsIn(r, 'k3', 'Keldrow')).toEqual([idOf(r, 'Robert Keldrow')]);
  });
});

describe('a man named once by a given name the lists lack, beside a woman named elsewhere', () => {
  const docs = [
    doc('m1', 'Mona Dervle spoke for the group on Monday. She said the film was a provocation.', 'Ledger'),
    doc(
      'm2',
      'It was publicized last week by an activist, Zorvan Dervle, well known here for his attacks on the law.\n' +
        'Mr. Dervle promoted the video with a declaration.',
    ),
  ];
  const r = extractEntities(docs);

  it('gives his "Mr. X" to him and keeps the two people apart', () => {
    const him = idOf(r, 'Zorvan Dervle');
    expect(him).toBeDefined();
    expect(him).not.toBe(idOf(r, 'Mona Dervle'));
    expect(idsIn(r, 'm2', 'Dervle')).toEqual([him]);
  });
});
