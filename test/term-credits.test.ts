// A wire credit and the staff a credit line names are sourcing in the outlet's own list of frequent terms, as its own
// name is: "press" from "According to the Associated Press" in a one-article outlet's top words, "marquet" from
// "(Reporting by Ansel Marquet; Editing by Thea Colwin)", "varnham" from a sign-off line "— Ottilie Varnham, Port
// Selby". Only the credited uses leave the counts: the place of a credit stays, a word the outlet also writes outside
// a credit keeps those uses, and a story about the agency keeps its name. Invented outlets, reporters and places.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { countTerms, countsByOutlet } from '../lib/text/counts.js';
import { shownTermRows } from '../lib/report/term-rows.js';
import { creditedUses } from '../lib/report/credit-lines.js';

const doc = (id: string, outlet: string, text: string) => analyse({ id, outlet, date: null, text, paragraphs: [] });

const DOCS = [
  doc(
    'h1',
    'Harlow Gazette',
    'The dam at Corvale was closed on Monday, according to the Associated Press. Engineers told the Associated Press ' +
      'the dam leaked. The Associated Press reported that the dam had cracked, and the governor told Reuters the dam ' +
      'would reopen.\nThe Associated Press contributed to this report.',
  ),
  doc(
    'k1',
    'Kestrel Wire',
    'CORVALE (Reuters) — The dam reopened on Tuesday after repairs, officials said. The dam holds the river.\n' +
      '(Reporting by Ansel Marquet; Editing by Thea Colwin)',
  ),
  doc(
    'k2',
    'Kestrel Wire',
    'The dam inspectors met again on Friday. Jory Tamsin in Lisbon and Mabel Orrin contributed to this report.',
  ),
  doc(
    'm1',
    'Marsh Ledger',
    'The dam question split the council again, and the council met twice.\n— Ottilie Varnham, Port Selby',
  ),
  doc(
    'n1',
    'North Courier',
    'Police raided the Reuters bureau in Corvale and seized Reuters laptops. The press conference on the raid drew ' +
      'the press corps; Reuters staff were questioned.',
  ),
  doc('n2', 'North Courier', 'The press was barred. Officials told the Associated Press the bureau would stay shut.'),
];

const termsOf = (outlet: string) =>
  shownTermRows(countTerms(DOCS), 50, DOCS)
    .filter((r) => r.outlet === outlet)
    .map((r) => r.term);

describe('wire credits and credit lines are sourcing in the outlet’s own list', () => {
  it('leaves the credited agency out of its list ("According to the Associated Press", "told Reuters")', () => {
    const terms = termsOf('Harlow Gazette');
    expect(terms).toContain('dam');
    for (const w of ['press', 'associated', 'associated press', 'reuters']) expect(terms).not.toContain(w);
  });

  it('leaves out the staff of "Reporting by …; Editing by …" and "… contributed to this report", keeps the place', () => {
    const terms = termsOf('Kestrel Wire');
    for (const w of ['marquet', 'ansel', 'colwin', 'thea', 'tamsin', 'jory', 'orrin', 'mabel', 'reuters'])
      expect(terms).not.toContain(w);
    expect(terms).toContain('lisbon');
    expect(terms).toContain('dam');
  });

  it('reads a sign-off line "— Name, Place" as the reporter’s name and keeps the place', () => {
    const terms = termsOf('Marsh Ledger');
    expect(terms).not.toContain('varnham');
    expect(terms).not.toContain('ottilie');
    expect(terms).toContain('selby');
    expect(terms).toContain('council');
  });

  it('keeps the agency in a story about it, and a credited word the outlet writes outside a credit', () => {
    const terms = termsOf('North Courier');
    // the raid on the bureau is the story: "Reuters" is what it is about, not who supplied it
    expect(terms).toContain('reuters');
    // "press" of "the press conference", "the press corps": the story's word, though n2 credits the Associated Press
    expect(terms).toContain('press');
  });

  it('counts the credited uses per outlet, as the counts read them', () => {
    const byOutlet = countsByOutlet(countTerms(DOCS));
    const uses = creditedUses(DOCS, (outlet, key) => byOutlet.get(outlet)?.has(key) ?? false);
    expect(Object.fromEntries(uses.get('Kestrel Wire') ?? [])).toEqual({
      reuters: 1,
      ansel: 1,
      marquet: 1,
      thea: 1,
      colwin: 1,
      jory: 1,
      tamsin: 1,
      mabel: 1,
      orrin: 1,
    });
    // one credit in n2: its words leave the counts once; the story's "press" (3 uses) stays
    expect(Object.fromEntries(uses.get('North Courier') ?? [])).toEqual({ associated: 1, press: 1 });
    const courier = shownTermRows(countTerms(DOCS), 50, DOCS).filter((r) => r.outlet === 'North Courier');
    expect(courier.find((r) => r.term === 'press')?.count).toBe(3);
  });
});
