// A term list cut long names into common words: "Department of Justice" counted as "department" and "justice" (one
// outlet's "Justice" (10) read as a finding), a law named for a person ("Kate's Law") as the given name "Kate" and
// "law", a Latin pair ("bona fide") as two words, a body's name ("Justice Department") as two words. A name with "of"
// after the head noun of a body or an office, a body's two-word name, a statute's name closed by "Act" or "Law", and
// two words a corpus only writes together are now one term each; a person
// and a place ("Sen. Ada Kroll of Varnia") stay two names. Invented outlets, bodies, people and laws.
import { describe, expect, it } from 'vitest';
import { namePhrases } from '../lib/text/name-phrases.js';
import { countTerms } from '../lib/text/counts.js';
import { shownTermRows } from '../lib/report/term-rows.js';
import { doc } from './unit/fixtures.js';

const docs = [
  doc(
    'a',
    'Harbour Daily',
    'The Department of Tides said on Monday that it would appeal. Lawyers for the Department of Tides met the judge. ' +
      "Backers of Mira's Law said the ferry crash proved their point. Mira's Law would raise the fines, and the " +
      "Tolan-Vesk Act would close the pier. Sen. Ada Kroll of Varnia backed Mira's Law on Friday. " +
      'The judge asked whether the tie was bona fide and said a bona fide tie must be shown.',
  ),
  doc(
    'b',
    'Harbour Daily',
    'The Department of Tides filed its brief. A spokesman for the Department of Tides said the tides were high. ' +
      'The Tolan-Vesk Act passed the council, and Ada Kroll of Varnia voted for the Tolan-Vesk Act. ' +
      'Critics doubted the bona fide claims; the court said the families had a bona fide link. The Pier Department ' +
      'said the ferry was late. A clerk of the Pier Department agreed, and the Pier Department paid for the pier.',
  ),
  doc(
    'c',
    'Coast Courier',
    "The Department of Tides lost in court. Mira's Law stalled in the council. Ada Kroll of Varnia said the tides " +
      'would turn, and Mira Doss, whose death gave the law its name, was remembered. Kroll spoke in Varnia.',
  ),
];

describe('long names counted as one term', () => {
  const phrases = namePhrases(docs);
  const counts = countTerms(docs, { phrases });
  const total = (t: string) => counts.byDoc.reduce((s, m) => s + (m.get(t) ?? 0), 0);

  it('counts a body named with "of" once, its words not apart', () => {
    expect(phrases.has('department of tides')).toBe(true);
    expect(total('department of tides')).toBe(5);
    expect(total('department')).toBe(0);
    expect(total('tides')).toBe(2); // "the tides were high", "the tides would turn"
  });

  it("counts a body's two-word name standing alone once (the Justice Department's shape)", () => {
    expect(total('pier department')).toBe(3);
    expect(total('pier')).toBe(2); // "close the pier", "paid for the pier"
  });

  it('counts a law named for a person as the law, not as the person', () => {
    expect(total("mira's law")).toBe(4);
    expect(total('mira')).toBe(1); // "Mira Doss", the person
    expect(total('tolan-vesk act')).toBe(3);
    expect(total('act')).toBe(0);
  });

  it('keeps a person and the place named with "of" apart', () => {
    expect([...phrases].some((p) => p.includes('varnia'))).toBe(false);
    expect(total('varnia')).toBe(4);
  });

  it('counts two words the corpus only writes together as one term', () => {
    expect(total('bona fide')).toBe(4);
    expect(total('bona') + total('fide')).toBe(0);
  });

  it('shows each as the corpus writes it', () => {
    const rows = shownTermRows(counts, 15, docs).filter((r) => r.outlet === 'Harbour Daily');
    const shown = rows.map((r) => r.display);
    expect(shown).toContain('Department of Tides');
    expect(shown).toContain("Mira's Law");
    expect(shown).toContain('Tolan-Vesk Act');
    expect(shown).toContain('bona fide');
    expect(shown).not.toContain('Tides');
  });
});
