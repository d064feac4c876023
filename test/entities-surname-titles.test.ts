// A bare surname written after a title goes to the person the corpus names in full with that title, even in an
// article that names only a relative in full; a name run together from two is nobody's full name. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { doc, idOf, idsIn } from './helpers/entities.js';

describe('a president and his spouse', () => {
  const docs = [
    doc('p1', 'President Aldous Vantorre signed the budget on Monday. Vantorre said the deficit would fall.', 'Ledger'),
    doc('p2', 'President Aldous Vantorre met the governors. Vantorre asked them for patience.', 'Courier'),
    doc('p3', 'Aldous Vantorre spoke at the summit in Oslo. Vantorre praised the hosts.', 'Ledger'),
    doc(
      's1',
      'Margaret Vantorre opened a garden at the school. Vantorre planted a tree. President Vantorre sent a letter.',
      'Courier',
    ),
  ];
  const r = extractEntities(docs);

  it("gives 'President X' to the president, the rest of the article to the spouse it names", () => {
    const him = idOf(r, 'Aldous Vantorre');
    const her = idOf(r, 'Margaret Vantorre');
    expect(him).toBeDefined();
    expect(her).toBeDefined();
    expect(her).not.toBe(him);
    expect(idsIn(r, 's1', 'Vantorre')).toEqual([her, him]);
    for (const d of ['p1', 'p2', 'p3']) expect(new Set(idsIn(r, d, 'Vantorre'))).toEqual(new Set([him]));
  });

  it('says why, keeps every mention in one entity, and is deterministic', () => {
    const him = r.entities.find((e) => e.name === 'Aldous Vantorre')!;
    expect(him.merged_because.join(' | ')).toMatch(/after 'president' of 'Aldous Vantorre'/);
    const all = r.entities.flatMap((e) => e.mentions.map((m) => `${m.doc}:${m.start}`));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(r.mentions.flat().length);
    expect(JSON.stringify(extractEntities(docs).entities)).toBe(JSON.stringify(r.entities));
  });
});

describe('two senators sharing a surname', () => {
  const docs = [
    doc('a1', 'Sen. Orla Quenby voted against the treaty. Sen. Quenby said it was rushed.', 'Ledger'),
    doc('a2', 'Sen. Orla Quenby held a hearing on ports. Quenby asked for the records.', 'Courier'),
    doc('b1', 'Sen. Piers Quenby backed the treaty on Tuesday. Sen. Quenby called it overdue.', 'Ledger'),
    doc('b2', 'Senator Piers Quenby toured the base. Senator Quenby thanked the troops.', 'Courier'),
    doc('b3', 'Sen. Piers Quenby spoke to farmers. Quenby promised help.', 'Courier'),
  ];
  const r = extractEntities(docs);

  it('leaves each article\'s "Sen. X" with its own senator: both bear the title', () => {
    const orla = idOf(r, 'Orla Quenby');
    const piers = idOf(r, 'Piers Quenby');
    expect(orla).not.toBe(piers);
    expect(idsIn(r, 'a1', 'Quenby')).toEqual([orla]);
    expect(idsIn(r, 'a2', 'Quenby')).toEqual([orla]);
    for (const d of ['b1', 'b2', 'b3']) expect(idsIn(r, d, 'Quenby')).toEqual([piers]);
  });
});

describe('a name run together from two', () => {
  const docs = [
    doc('m1', 'Rep. Dorian Halvik pressed the budget office. Dorian Halvik asked for the figures.', 'Ledger'),
    doc('m2', 'Dorian Halvik, a Democrat, spoke on Monday. Halvik criticised the plan.', 'Courier'),
    doc('t1', 'Governor Ansel Brisco vetoed the bill. Ansel Brisco said it cost too much. Brisco left.', 'Ledger'),
    doc('t2', 'Ansel Brisco won the primary in March.', 'Courier'),
    doc('x', 'Dorian Halvik Brisco feud heats up\n\nThe quarrel went on. Brisco answered on Tuesday.', 'Courier'),
  ];
  const r = extractEntities(docs);

  it('takes no bare surname', () => {
    const ids = idsIn(r, 'x', 'Brisco');
    expect(ids.length).toBe(1);
    expect(ids[0]).toBe(idOf(r, 'Ansel Brisco'));
  });
});

describe('a gendered honorific', () => {
  const docs = [
    doc('h1', 'Mr. Arlo Penhallow chaired the board meeting. Mr. Penhallow said profits rose.', 'Ledger'),
    doc('h2', 'Mr. Arlo Penhallow sold his shares on Friday. Penhallow declined to comment.', 'Courier'),
    doc('w1', 'Ms Ines Penhallow opened the gallery. Ms. Penhallow thanked the donors. Mr. Penhallow stayed away.'),
  ];
  const r = extractEntities(docs);

  it('"Mr. X" goes to the man named "Mr." in full, "Ms. X" stays with the woman the article names', () => {
    const him = idOf(r, 'Arlo Penhallow');
    const her = idOf(r, 'Ines Penhallow');
    expect(her).toBeDefined();
    expect(her).not.toBe(him);
    expect(idsIn(r, 'w1', 'Penhallow')).toEqual([her, him]);
  });
});
