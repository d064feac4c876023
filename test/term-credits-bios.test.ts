// Three credits more, read in an outlet's own list of frequent terms as sourcing: a wire's sign-off "Bhatti reported
// from Berlin", a follow line naming its reporter by one name ("Follow Scott on Twitter") and an author's bio at the
// foot ("Jane Doe is a senior fellow at …"). Only those uses leave: the place of the sign-off stays, and the name
// written in the story keeps its uses. Invented outlets, people and places.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { countTerms, countsByOutlet } from '../lib/text/counts.js';
import { shownTermRows } from '../lib/report/term-rows.js';
import { creditedUses } from '../lib/report/credit-lines.js';

const doc = (id: string, outlet: string, text: string) => analyse({ id, outlet, date: null, text, paragraphs: [] });

const DOCS = [
  doc(
    'w1',
    'Quayside Wire',
    'The ferry strike spread to Corvale on Monday, officials said. Dock workers walked out in Corvale and Marlow.\n\n' +
      'Ottway reported from Corvale . Contributing : Ann Poe in Marlow .',
  ),
  doc(
    'f1',
    'Fenwick Caller',
    'The ferry union said the strike would last a week. The union met in Marlow.\n\nFollow Tamsin on Twitter',
  ),
  doc(
    'g1',
    'Guest Column',
    'The ferry strike shows what the harbour board got wrong. The board ignored the workers, and the board must now ' +
      'listen.\n\nMarta Velling is a senior fellow at the Ridge Institute . She wrote about ports for a decade .',
  ),
  doc(
    'g2',
    'Guest Column',
    'The harbour board chairman, Ivo Dorr, said the board would meet the union. Dorr said the strike was costly. ' +
      'Dorr added that talks would start on Friday.\n\nIvo Dorr is the chairman of the harbour board .',
  ),
];

const byOutlet = countsByOutlet(countTerms(DOCS));
const uses = creditedUses(DOCS, (outlet, key) => byOutlet.get(outlet)?.has(key) ?? false);

describe('a sign-off, a follow line and an author’s bio are credits', () => {
  it('reads "Ottway reported from Corvale": the name leaves, the place stays', () => {
    expect(uses.get('Quayside Wire')?.get('ottway')).toBe(1);
    expect(uses.get('Quayside Wire')?.has('corvale')).toBe(false);
  });

  it('reads a one-name follow line', () => {
    expect(uses.get('Fenwick Caller')?.get('tamsin')).toBe(1);
  });

  it('reads a bio at the foot: the author leaves the outlet’s list', () => {
    expect(uses.get('Guest Column')?.get('velling')).toBe(1);
    const terms = shownTermRows(countTerms(DOCS), 50, DOCS)
      .filter((r) => r.outlet === 'Guest Column')
      .map((r) => r.term);
    expect(terms).not.toContain('velling');
    expect(terms).toContain('board');
  });

  it('a bio of the story’s subject takes only the bio’s use, the story keeps the rest', () => {
    expect(uses.get('Guest Column')?.get('dorr')).toBe(1);
  });
});
