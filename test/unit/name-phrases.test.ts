import { describe, expect, it } from 'vitest';
import { namePhrases } from '../../lib/text/name-phrases.js';
import { countTerms, outletTermRows } from '../../lib/text/counts.js';
import { doc } from './fixtures.js';
import { topTermsFigure } from '../../lib/figures/terms.js';

// Invented names: "Glass Tower" (a seat of government named with a common word), "Port Varna" (a city whose second
// word is never written alone), "Ivo Brenn" (a person, called "Brenn" after the first mention).
const docs = [
  doc(
    'a',
    'Harbour Daily',
    'The Glass Tower said on Monday that talks would resume. Ivo Brenn, who leads the council, met officials of the ' +
      'Glass Tower in Port Varna. Brenn said the Glass Tower had agreed. Later, Brenn left Port Varna.',
  ),
  doc(
    'b',
    'Coast Courier',
    'Officials at the Glass Tower denied the report. A spokesman for the Glass Tower said Brenn was wrong. ' +
      'President Ivo Brenn spoke in Port Varna, where he poured a glass of water. Brenn said the Tower stood firm.',
  ),
  doc(
    'c',
    'Coast Courier',
    'Brenn met the Glass Tower negotiators in Port Varna on Friday. Ivo Brenn said a deal was near. Brenn smiled.',
  ),
  doc('d', 'Harbour Daily', 'A letter from Ivo Brenn arrived. Critics of Ivo Brenn were silent. Brenn was pleased.'),
];

describe('two-word names counted as one term', () => {
  const phrases = namePhrases(docs);

  it('finds names whose one word the corpus hardly writes outside them, whatever the other word does', () => {
    expect(phrases.has('glass tower')).toBe(true); // "glass" bound, a common word written in lower case too
    expect(phrases.has('port varna')).toBe(true); // "varna" only ever after "Port"
  });

  it('leaves a person to the surname: a given name bound to it is no common word, and titles are no part', () => {
    expect(phrases.has('ivo brenn')).toBe(false);
    expect(phrases.has('president ivo')).toBe(false);
  });

  it('counts the name once, and its words apart only where written apart', () => {
    const counts = countTerms(docs, { phrases });
    const a = counts.byDoc[0];
    expect(a.get('glass tower')).toBe(3);
    expect(a.get('glass')).toBeUndefined();
    expect(a.get('port varna')).toBe(2);
    expect(a.get('varna')).toBeUndefined();
    expect(counts.byDoc[1].get('glass')).toBe(1); // "a glass of water"
    expect(counts.byDoc[1].get('tower')).toBe(1); // "the Tower stood firm"
    const rows = outletTermRows(counts, 3).filter((r) => r.outlet === 'Coast Courier');
    expect(rows.map((r) => r.term)).toContain('glass tower');
    expect(rows.map((r) => r.term)).not.toContain('glass');
  });

  it('the top-terms chart says when a bar is a two-word name, and only then', () => {
    const title = (rows: { outlet: string; term: string; count: number; share: number }[]) =>
      JSON.stringify((topTermsFigure(rows).layout as { title?: unknown }).title).replace(/<br>/g, ' ');
    expect(title(outletTermRows(countTerms(docs, { phrases }), 3))).toContain(
      'names and fixed pairs of words counted whole',
    );
    expect(title(outletTermRows(countTerms(docs), 3))).not.toContain('counted whole');
  });

  it('counts a place name opened by an article whole ("El Paso"), not its second word alone', () => {
    const town = [
      doc('e', 'Harbour Daily', 'Agents in El Varo said the El Varo crossing was closed. Families waited in El Varo.'),
      doc(
        'f',
        'Coast Courier',
        'The mayor of El Varo spoke. Al Marsa reported it. El Varo is quiet; Al Marsa said so.',
      ),
      doc('g', 'Coast Courier', 'Al Marsa, the broadcaster, said El Varo shelters were full.'),
    ];
    const p = namePhrases(town);
    expect(p.has('el varo')).toBe(true);
    expect(p.has('al marsa')).toBe(true);
    const counts = countTerms(town, { phrases: p });
    expect(counts.byDoc[0].get('el varo')).toBe(3);
    expect(counts.byDoc[0].get('varo')).toBeUndefined();
    expect(countTerms(town).byDoc[0].get('el')).toBeUndefined(); // alone the article is still no term
  });

  it('without phrases, counts words as before', () => {
    expect(countTerms(docs).byDoc[0].get('glass')).toBe(3);
  });
});
