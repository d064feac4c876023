// "Senator Ada Marsh, Republican of Ohio, said …": the party and state are set after the lawmaker's name, a
// description of her, so "Senator Ada Marsh" is no label of the party (an apposition before the party's name, as the
// table read it). A description before a party's name that no "of <place>" follows stays one. Fixtures written for
// these tests.
import { describe, expect, it } from 'vitest';
import { analyse, paragraphsOf } from '../lib/text/analyse.js';
import { entityLabelMentions } from '../lib/framing/labels.js';
import type { Doc, EntityRef, Span } from '../lib/types.js';

const doc = (text: string): Doc =>
  analyse({ id: 'd', outlet: 'Ledger', date: null, text, paragraphs: paragraphsOf(text) });
const spans = (d: Doc, s: string): Span[] => {
  const out: Span[] = [];
  for (let i = d.text.indexOf(s); i >= 0; i = d.text.indexOf(s, i + 1))
    out.push({ doc: d.id, start: i, end: i + s.length });
  return out;
};

const appositionsOfParty = (text: string) => {
  const d = doc(text);
  const party: EntityRef = { id: 'civic', name: 'Civic Party', type: 'group', mentions: spans(d, 'Civic') };

  return entityLabelMentions([d], [party], ['senator', 'leader', 'intelligence'])
    .filter((m) => m.target === 'civic' && m.kind === 'apposition')
    .map((m) => m.label);
};

describe('a lawmaker’s party and state after the name', () => {
  it('gives the lawmaker’s name and title to no party', () => {
    expect(appositionsOfParty('Senator Ada Marsh, Civic of Ohio, said the bill would pass.')).toEqual([]);
  });

  it('keeps a description before the party’s name when no place follows it', () => {
    // a body's description (a person's office beside a party's name is a person's: label-apposition-persons.test.ts)
    expect(appositionsOfParty('The coalition’s intelligence arm, Civic, said the bill would pass.')).not.toEqual([]);
  });
});
