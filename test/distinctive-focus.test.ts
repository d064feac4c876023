// Notebook 04's "distinctive terms" sentence: the outlet looked at closely is the one whose terms are clear of chance
// (z above 1.96) over more than one of its articles, not a one-article outlet whose many single-use words pass z ≥ 1;
// and when no term is clear, the sentence says the lists are small differences. Invented outlets and wording.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { distinctiveFocus } from '../lib/explore/distinctive-focus.js';
import { distinctiveTableRows } from '../lib/explore/distinctive-table.js';
import { articlesPerOutlet } from '../lib/explore/one-article.js';
import { PLACES, council } from './helpers/prose.js';

// one long column with a word of its own in every sentence: many terms used once, none anywhere else
const WORDS = ['bleak', 'grim', 'dismal', 'sordid', 'shabby', 'murky', 'dreary', 'feeble', 'hollow', 'clumsy'];
const column = WORDS.flatMap((w, i) => [
  `The council's ${w} budget vote came on day ${i + 2}.`,
  `Critics of the ${w} plan in ${PLACES[i % 8]} wrote ${i + 9} letters.`,
]).join(' ');

const records = [
  ...['budget', 'water', 'schools'].flatMap((event, i) => [
    { id: `l${i}`, outlet: 'Daily Ledger', event, date: `2026-0${i + 1}-10`, text: council(2 * i, 'regime') },
    { id: `p${i}`, outlet: 'Metro Post', event, date: `2026-0${i + 1}-11`, text: council(2 * i + 1, 'government') },
  ]),
  { id: 'g0', outlet: 'Harbour Gazette', event: 'budget', date: '2026-01-12', text: column },
];

describe('the outlet notebook 04 looks at closely for distinctive terms', () => {
  it('is an outlet of several articles with a term clear of chance, not the one-article outlet with most z ≥ 1 terms', () => {
    const a = analyseCorpus(corpusFromRecords(records));
    const atOne = (o: string) => a.framing.distinctive.filter((r) => r.outlet === o && r.z >= 1).length;
    // what the old cell ranked by: the column's single-use words outnumber the Ledger's terms at z ≥ 1
    expect(atOne('Harbour Gazette')).toBeGreaterThan(atOne('Daily Ledger'));
    const f = distinctiveFocus(a);
    expect(f.focus).toBe('Daily Ledger');
    expect(f.terms[0].term).toBe('regime');
    expect(f.text).toMatch(/^\*\*Daily Ledger\*\* \(3 articles\) has the most own-voice terms clear of chance/);
    expect(f.text).toContain('*regime* (');
    expect(f.text).toContain(
      'Chosen among the outlets of two articles or more: the outlet of one article is left out, its terms being',
    );
  });

  it('names the outlets of one article once in the cell: in the table note, not again in the sentence under it', () => {
    const a = analyseCorpus(corpusFromRecords(records));
    const articles = articlesPerOutlet(a.docs);
    const outlets = [...new Set(a.docs.map((d) => d.outlet))];
    // notebook 04's cell 04-10: the table's note, then the focus sentence
    const cell =
      distinctiveTableRows(a.framing.distinctive, articles, outlets, 10).note + '\n' + distinctiveFocus(a).text;
    expect(cell).toContain("Harbour Gazette has one article: listed last, its words are that piece's");
    expect(cell.split('Harbour Gazette').length - 1).toBe(1);
  });

  it('says no outlet has a term clear of chance when none does, and names the z ≥ 1 terms as small differences', () => {
    // the two outlets of several articles word the council alike: nothing clear between them
    const alike = records.map((r) =>
      r.outlet === 'Daily Ledger' ? { ...r, text: r.text.replace(/regime/g, 'government') } : r,
    );
    const f = distinctiveFocus(analyseCorpus(corpusFromRecords(alike)));
    expect(f.focus).not.toBe('Harbour Gazette');
    expect(f.text).toMatch(/^No outlet of more than one article has an own-voice term clear of chance/);
    expect(f.text).toContain('the lists show small differences, not an outlet');
    expect(f.text).not.toContain('has the most own-voice terms clear of chance');
  });
});
