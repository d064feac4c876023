// A titled surname ("Mr. Vantager") in an article that names nobody with the surname in full, whose form of address
// misfits the person the surname rule picks (a woman the corpus names most), goes to the one man with the surname the
// same outlet names in full elsewhere; with none, or two, it stays apart. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { doc, idOf, idsIn } from './helpers/entities.js';

describe('a titled surname the article leaves unnamed', () => {
  const docs = [
    doc('m1', 'Margaret Vantager won the primary on Tuesday. Vantager thanked her volunteers.', 'Courier'),
    doc('m2', 'Margaret Vantager spoke in Denver. Vantager said the race was close.', 'Courier'),
    doc('m3', 'Margaret Vantager raised money in Ohio. Vantager promised lower taxes.', 'Gazette'),
    doc('h1', 'Harold Vantager, a former governor, spoke at the dinner in Little Rock.', 'Ledger'),
    doc('x1', 'Mr. Vantager lost that race in 1980. Mr. Vantager later wrote about it in his memoir.', 'Ledger'),
    doc('x2', 'Mr. Vantager said the campaign had been hard on the family.', 'Gazette'),
    doc('t1', 'Harold Vantager and his brother Peter Vantager opened a bakery in Tulsa.', 'Tribune'),
    doc('x3', 'Mr. Vantager said the bakery would hire ten people.', 'Tribune'),
  ];
  const r = extractEntities(docs);
  const her = idOf(r, 'Margaret Vantager');
  const him = idOf(r, 'Harold Vantager');

  it('goes to the one man with the surname its outlet names in full', () => {
    expect(her).toBeDefined();
    expect(him).toBeDefined();
    expect(idsIn(r, 'x1', 'Vantager')).toEqual([him, him]);
    const e = r.entities.find((x) => x.id === him)!;
    expect(e.merged_because.join(' | ')).toMatch(/its outlet or event names in full/);
  });

  it('stays apart where its outlet names only the woman, or two men', () => {
    const [x2] = idsIn(r, 'x2', 'Vantager');
    const [x3] = idsIn(r, 'x3', 'Vantager');
    for (const x of [x2, x3]) {
      expect(x).not.toBe(her);
      expect(x).not.toBe(him);
      expect(x).not.toBe(idOf(r, 'Peter Vantager'));
    }
  });

  it('keeps every mention in one entity and is deterministic', () => {
    const all = r.entities.flatMap((e) => e.mentions.map((m) => `${m.doc}:${m.start}`));
    expect(new Set(all).size).toBe(all.length);
    expect(JSON.stringify(extractEntities(docs).entities)).toBe(JSON.stringify(r.entities));
  });
});
