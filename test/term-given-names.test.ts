// A one-article outlet's subject showed as two of its frequent terms, the given name beside the surname ("George" and
// "Soros", "Donald" beside "Trump"). The given name's uses that open a person's name, as the entity stage finds the
// persons, now leave its count, as the corpus's two-word names leave a person counted by the surname: also where the
// copy writes the name before a noun ("the Ted Cruz campaign"), which a count of the words alone took for a body's
// name. The first word of a body or a place ("the White House", "Nazi Germany") stays, and so does the first word of a
// person the copy names alone by it (a family name first, "Kim" of Kim Jong Un). Invented people.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { countTerms } from '../lib/text/counts.js';
import { extractEntities } from '../lib/entities/entities.js';
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
  doc(
    'p3',
    'Marrow Ledger',
    'Senator Ned Varro opened his race in Dunmore on Tuesday. The Ned Varro campaign said Varro would win the state. ' +
      'Aides to the Ned Varro campaign said the Ned Varro campaign had raised money, and Varro thanked donors. ' +
      'The Ned Varro campaign bus left at noon, and Varro waved. Varro spoke about taxes, and Varro spoke about ports.',
  ),
  doc(
    'p4',
    'Eastgate Wire',
    'Leader Pak Sun Hwa met envoys in Sorel on Friday. Pak said the talks were useful, and Pak praised the envoys. ' +
      'Pak Sun Hwa then left Sorel. Pak told aides the port would open, and Pak signed the accord. Pak Sun Hwa smiled.',
  ),
];

const rows = shownTermRows(countTerms(DOCS), 20, DOCS, extractEntities(DOCS));
const termsOf = (outlet: string) => rows.filter((r) => r.outlet === outlet).map((r) => r.term);
const countOf = (outlet: string, term: string) => rows.find((r) => r.outlet === outlet && r.term === term)?.count;

describe('a given name beside its surname', () => {
  it('is not a term of its own: the person is counted by the surname', () => {
    expect(termsOf('Pellham Times')).not.toContain('vera');
    expect(countOf('Pellham Times', 'tolland')).toBe(8);
  });

  it('leaves the count where the copy writes the name before a noun ("the Ted Cruz campaign")', () => {
    expect(termsOf('Marrow Ledger')).not.toContain('ned');
    expect(countOf('Marrow Ledger', 'varro')).toBe(10);
  });

  it('keeps the first word of a body or an adjective with a plural', () => {
    const terms = termsOf('Quayside Post');
    expect(terms).toContain('white');
    expect(terms).toContain('nazi');
  });

  it('keeps the first word of a person the copy names alone by it (a family name first)', () => {
    expect(countOf('Eastgate Wire', 'pak')).toBe(7);
  });
});
