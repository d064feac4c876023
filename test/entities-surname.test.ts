// A bare surname shared by several people is resolved article by article: the person its own article names in full,
// else the one its event names, else the corpus-wide vote. Fixtures invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractEntities, type EntityResult } from '../lib/entities/entities.js';
import { doc, idOf, idsIn as allIdsIn } from './helpers/entities.js';

/** The distinct entity ids of the mentions spelled `text` in doc `id`. */
const idsIn = (r: EntityResult, id: string, text: string) => [...new Set(allIdsIn(r, id, text))];

describe('a bare surname shared by two politicians', () => {
  const docs = [
    doc('o1', 'Rep. Oswin Trelawny filed the farm bill on Monday. Trelawny said it would pass.', 'Ledger'),
    doc('o2', 'Oswin Trelawny, a Republican, defended the farm bill. Trelawny called critics wrong.', 'Courier'),
    doc('o3', 'Rep. Oswin Trelawny spoke for the farm bill. Trelawny said the vote was close.', 'Courier'),
    doc('m1', 'Rep. Marta Trelawny opened the port inquiry. Trelawny asked for the shipping records.', 'Ledger'),
    doc('m2', 'The port inquiry heard from dock workers. Trelawny promised a report by June.', 'Courier'),
  ];
  const events = { o1: 'farm', o2: 'farm', o3: 'farm', m1: 'port', m2: 'port' };
  const r = extractEntities(docs, { events });

  it("gives each article's bare surname to the one its article names in full", () => {
    const oswin = idOf(r, 'Oswin Trelawny');
    const marta = idOf(r, 'Marta Trelawny');
    expect(oswin).toBeDefined();
    expect(marta).not.toBe(oswin);
    for (const d of ['o1', 'o2', 'o3']) expect(idsIn(r, d, 'Trelawny')).toEqual([oswin]);
    // the corpus-wide vote (three articles against two) would have given her article's "Trelawny" to him
    expect(idsIn(r, 'm1', 'Trelawny')).toEqual([marta]);
  });

  it("follows the article's event when the article names neither in full", () => {
    expect(idsIn(r, 'm2', 'Trelawny')).toEqual([idOf(r, 'Marta Trelawny')]);
  });

  it('counts by outlet follow, each mention in exactly one entity, with the reasons', () => {
    const marta = r.entities.find((e) => e.name === 'Marta Trelawny')!;
    expect(marta.by_outlet).toEqual({ Courier: 1, Ledger: 2 });
    expect(marta.merged_because.join(' | ')).toMatch(/named in full in the same article/);
    expect(marta.merged_because.join(' | ')).toMatch(/named in the article's event/);
    const all = r.entities.flatMap((e) => e.mentions.map((m) => `${m.doc}:${m.start}`));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(r.mentions.flat().length);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractEntities(docs, { events }).entities)).toBe(JSON.stringify(r.entities));
  });

  it('without events, an article naming neither follows the corpus-wide vote', () => {
    const plain = extractEntities(docs);
    expect(idsIn(plain, 'm1', 'Trelawny')).toEqual([idOf(plain, 'Marta Trelawny')]);
    expect(idsIn(plain, 'm2', 'Trelawny')).toEqual([idOf(plain, 'Oswin Trelawny')]);
  });

  it('an article naming both leaves its bare surname to neither', () => {
    const both = extractEntities([
      ...docs.slice(0, 4),
      doc('x', 'Oswin Trelawny and Marta Trelawny met the governor. Trelawny spoke first.'),
    ]);
    expect(idsIn(both, 'x', 'Trelawny')).toEqual([idOf(both, 'Oswin Trelawny')]);
    const tie = extractEntities([
      docs[0],
      docs[3],
      doc('x', 'Oswin Trelawny and Marta Trelawny met the governor. Trelawny spoke first.'),
    ]);
    const [id] = idsIn(tie, 'x', 'Trelawny');
    expect(id).not.toBe(idOf(tie, 'Oswin Trelawny'));
    expect(id).not.toBe(idOf(tie, 'Marta Trelawny'));
  });
});

describe('an outlet that shares a surname', () => {
  const docs = [
    doc(
      'a',
      'The bill stalled again, The Ledger reported on Monday. Senators blamed the delay, according to The Ledger.',
    ),
    doc('b', 'Budget talks resumed, The Ledger reported. Leaders met late.'),
    doc('c', 'Ambassador Priya Ledger arrived in the capital. Ledger said the talks were hard.'),
    doc('d', 'Priya Ledger spoke at the embassy, The Ledger reported. Ledger said she was hopeful.'),
  ];
  const r = extractEntities(docs);

  it('is the person in an article that names her and says nothing of the outlet', () => {
    expect(idsIn(r, 'c', 'Ledger')).toEqual([idOf(r, 'Priya Ledger')]);
  });

  it('"The Ledger reported" stays the outlet, also in an article naming her', () => {
    const outlet = idsIn(r, 'a', 'Ledger');
    expect(outlet).toHaveLength(1);
    expect(r.entities.find((e) => e.id === outlet[0])?.type).toBe('org');
    expect(outlet[0]).not.toBe(idOf(r, 'Priya Ledger'));
    expect(idsIn(r, 'b', 'Ledger')).toEqual(outlet);
    expect(idsIn(r, 'd', 'Ledger')).toEqual(outlet);
  });

  it('an institution named by its head word stays apart, though the article names a namesake', () => {
    const house = extractEntities([
      doc('h1', 'The House passed the bill on Tuesday. The House will vote again.'),
      doc('h2', 'A House committee held hearings. The House Judiciary Committee chairman spoke.'),
      doc('h3', 'Matt House, a spokesman, said the House would wait.'),
      doc('h4', 'Dr. Lena House, a surgeon, said the clinic would open. House thanked donors.'),
    ]);
    const inst = idsIn(house, 'h1', 'House');
    expect(idsIn(house, 'h3', 'House')).toEqual(inst);
    expect(inst[0]).not.toBe(idOf(house, 'Matt House'));
  });
});
