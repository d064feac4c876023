// A one-article outlet's subject showed as two of its frequent terms, the given name beside the surname ("George" and
// "Soros", "Donald" beside "Trump"): a pair too rare in the corpus to be a two-word name. The given name's uses before
// the surname now leave its count, as the corpus's two-word names leave a person counted by the surname; the second
// word of a body or a place ("the White House", "Nazi Germany" beside "Nazis") is no surname. Invented people.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { countTerms } from '../lib/text/counts.js';
import { shownTermRows } from '../lib/report/term-rows.js';

const doc = (id: string, outlet: string, text: string) => analyse({ id, outlet, date: null, text, paragraphs: [] });

const DOCS = [
  doc(
    'p1',
    'Pellham Times',
    'Senator Ada Kerrow embraced Vera Tolland on Monday. Vera Tolland funds the harbour campaign, and Tolland said ' +
      'the campaign would grow. Critics of Vera Tolland said her money bought the vote. Vera Tolland denied it, and ' +
      'Tolland added that Vera Tolland gives to both parties. Tolland owns the ferry line too.',
  ),
  doc(
    'p2',
    'Quayside Post',
    'The White House said the harbour plan was dead. The White House spokesman said the House would not vote on it, ' +
      'and the White House repeated it. Critics compared the plan to Nazi Germany; the Nazis seized ports, and Nazi ' +
      'Germany closed them. The House speaker said the White House was wrong about Nazi Germany.',
  ),
];

const rows = shownTermRows(countTerms(DOCS), 20, DOCS);
const termsOf = (outlet: string) => rows.filter((r) => r.outlet === outlet).map((r) => r.term);

describe('a given name beside its surname', () => {
  it('is not a term of its own: the person is counted by the surname', () => {
    const terms = termsOf('Pellham Times');
    expect(terms).not.toContain('vera');
    expect(rows.find((r) => r.outlet === 'Pellham Times' && r.term === 'tolland')?.count).toBe(8);
  });

  it('keeps the first word of a body or an adjective with a plural', () => {
    const terms = termsOf('Quayside Post');
    expect(terms).toContain('white');
    expect(terms).toContain('nazi');
  });
});
