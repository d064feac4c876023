// A reporter's name in its own outlet's frequent terms ("kelemen" for NPR: "NPR's Michele Kelemen reports") is
// sourcing, as the outlet's own name is: left out of that outlet's list when every article of the outlet that uses it
// gives it as "<Outlet>'s <Name>". Another outlet's list keeps it, and a word the outlet also writes in stories without
// its reporter stays. Invented outlets, reporters and places.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { countTerms } from '../lib/text/counts.js';
import { shownTermRows } from '../lib/report/term-rows.js';
import { staffNameTerms } from '../lib/report/staff-names.js';

const doc = (id: string, outlet: string, text: string) => analyse({ id, outlet, date: null, text, paragraphs: [] });

const DOCS = [
  doc(
    'w1',
    'Wren Radio',
    "Talks on the dam resumed in Corvale. Wren Radio's Ottoline Brask reports from the border. Brask says the dam talks stalled, and Brask adds that the envoys left.",
  ),
  doc(
    'w2',
    'Wren Radio',
    "Wren Radio's Ottoline Brask reports that envoys met again. Brask says the dam will be finished by spring, and Brask says water is short.",
  ),
  doc(
    'w3',
    'Wren Radio',
    "Wren Radio's Hale Duncombe reports on the dam. The king of Corvale visited the dam; Duncombe says the king spoke. Later the king left the dam.",
  ),
  doc(
    'w4',
    'Wren Radio',
    'The king of Corvale opened the dam on Sunday, and the king thanked the engineers at the dam.',
  ),
  doc(
    'p1',
    'Post',
    'The dam opened; the envoys met, and the radio reporter Ottoline Brask asked the envoys about Brask and the dam.',
  ),
];

describe('a reporter named as the outlet’s own is sourcing in its list', () => {
  it('leaves "brask" out of Wren Radio’s top terms, keeps it in the Post’s, and keeps "king"', () => {
    const rows = shownTermRows(countTerms(DOCS), 20, DOCS);
    const wren = rows.filter((r) => r.outlet === 'Wren Radio').map((r) => r.term);
    expect(wren).not.toContain('brask');
    expect(wren).not.toContain('ottoline');
    expect(wren).toContain('dam');
    // "king": Wren Radio writes it in a story without its reporter too (w4): the story's word, kept
    expect(wren).toContain('king');
    expect(rows.filter((r) => r.outlet === 'Post').map((r) => r.term)).toContain('brask');
  });

  it('names the staff words per outlet', () => {
    expect([...(staffNameTerms(DOCS).get('Wren Radio') ?? [])].sort()).toEqual([
      'brask',
      'duncombe',
      'hale',
      'ottoline',
    ]);
  });
});
