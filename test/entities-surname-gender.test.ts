// A bare surname after "Mr." is a man and after "Mrs.", "Ms." or "Miss" a woman: it goes to the person of that gender
// the article names in full, and never to a person of the other gender (told by the given name or a gendered title);
// with nobody to fit, it stays an entity of its own, shown with its title. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { doc, idOf, idsIn } from './helpers/entities.js';

describe('a president and the first lady sharing a surname', () => {
  const docs = [
    doc(
      'p1',
      'President Harold Vantager signed the order on Monday. Mr. Vantager said the border was closed.',
      'Ledger',
    ),
    doc('p2', 'President Harold Vantager met the governors. Mr. Vantager asked them for patience.', 'Courier'),
    doc('p3', 'Harold Vantager spoke at the summit in Oslo. Mr. Vantager praised the hosts.', 'Ledger'),
    doc(
      'w1',
      'The first lady, Melora Vantager, 48, visited a shelter. President Harold Vantager stayed in Washington. ' +
        '"Mrs. Vantager hates to see children separated from their families," her spokeswoman said. ' +
        'Vantager later defended the policy.',
      'Courier',
    ),
    doc(
      'w2',
      'Harold Vantager defended the policy on Tuesday. Mrs. Vantager said she hoped both parties would agree.',
      'Ledger',
    ),
  ];
  const r = extractEntities(docs);

  it('gives "Mrs. X" to the woman the article names in full, not to the man the vote picks', () => {
    const him = idOf(r, 'Harold Vantager');
    const her = idOf(r, 'Melora Vantager');
    expect(him).toBeDefined();
    expect(her).toBeDefined();
    expect(idsIn(r, 'w1', 'Vantager')).toEqual([her, him]);
  });

  it('keeps "Mrs. X" apart, named with its title, where only the man is named in full', () => {
    const [mrs] = idsIn(r, 'w2', 'Vantager');
    expect(mrs).not.toBe(idOf(r, 'Harold Vantager'));
    expect(mrs).toBe(idOf(r, 'Mrs. Vantager'));
    const e = r.entities.find((x) => x.id === mrs)!;
    expect(e.mentions.map((m) => m.doc)).toEqual(['w2']);
    expect(e.merged_because.join(' | ')).toMatch(/kept apart/);
  });

  it('keeps every mention in one entity and is deterministic', () => {
    const all = r.entities.flatMap((e) => e.mentions.map((m) => `${m.doc}:${m.start}`));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(r.mentions.flat().length);
    expect(JSON.stringify(extractEntities(docs).entities)).toBe(JSON.stringify(r.entities));
  });
});

describe('a husband and wife named in one article', () => {
  const docs = [
    doc('k1', 'Susan Keldrow and Robert Keldrow run the farm. Ms. Keldrow said the rain came late.', 'Ledger'),
    doc('k2', 'Robert Keldrow sold the herd. Keldrow said prices fell.', 'Courier'),
    doc('k3', 'Robert Keldrow bought seed. Keldrow said he was hopeful.', 'Ledger'),
    doc('k4', 'Robert Keldrow and Susan Keldrow spoke to the council. Mr. Keldrow asked for water rights.', 'Courier'),
  ];
  const r = extractEntities(docs);

  it('sends "Ms. X" to the woman and "Mr. X" to the man', () => {
    expect(idsIn(r, 'k1', 'Keldrow')).toEqual([idOf(r, 'Susan Keldrow')]);
    expect(idsIn(r, 'k4', 'Keldrow')).toEqual([idOf(r, 'Robert Keldrow')]);
  });
});

describe('the one person with a surname, of the other gender', () => {
  const docs = [
    doc('t1', 'Thomas Ardmore chairs the board. Mr. Ardmore said the plant would stay open.', 'Ledger'),
    doc(
      't2',
      'Thomas Ardmore toured the plant. Ardmore said the staff had worked hard. Mrs. Ardmore said the town was grateful.',
    ),
  ];
  const r = extractEntities(docs);

  it('takes his plain surname but not "Mrs. X"', () => {
    const him = idOf(r, 'Thomas Ardmore');
    expect(idsIn(r, 't2', 'Ardmore')).toEqual([him, idOf(r, 'Mrs. Ardmore')]);
    expect(idOf(r, 'Mrs. Ardmore')).not.toBe(him);
  });
});

describe("a man whose given name the lists call a woman's", () => {
  const docs = [
    doc('h1', 'Senator Leslie Harwin spoke on Monday. Mr. Harwin said the bill was dead.', 'Ledger'),
    doc('h2', 'Leslie Harwin met the farmers. Mr. Harwin promised help.', 'Courier'),
    doc('h3', 'Leslie Harwin voted no. Mr. Harwin said the vote was rushed.', 'Ledger'),
  ];
  const r = extractEntities(docs);

  it('keeps "Mr. X" with him: the corpus\'s forms of address outweigh the list', () => {
    const him = idOf(r, 'Leslie Harwin');
    for (const d of ['h1', 'h2', 'h3']) expect(idsIn(r, d, 'Harwin')).toEqual([him]);
  });
});
