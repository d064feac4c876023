// What follows a name's comma and is no description of it: a clause with a subject, a verb and an object ("after
// Ross clashed with Doe, a survey put the governor's approval rating at 18 percent"), and a bare title whose name an
// editor set in square brackets ("I thank President Doe, Vice President [Ann Roe]"). Descriptions after the comma
// ("Doe, a member of the Harbor Caucus,") stay. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse, paragraphsOf } from '../lib/text/analyse.js';
import { entityLabelMentions } from '../lib/framing/labels.js';
import type { Doc, EntityRef, Span } from '../lib/types.js';

const TITLES = ['president', 'senator', 'leader', 'governor', 'member', 'vice'];

const doc = (text: string): Doc =>
  analyse({ id: 'd', outlet: 'Ledger', date: null, text, paragraphs: paragraphsOf(text) });
const spans = (d: Doc, s: string): Span[] => {
  const out: Span[] = [];
  for (let i = d.text.indexOf(s); i >= 0; i = d.text.indexOf(s, i + 1))
    out.push({ doc: d.id, start: i, end: i + s.length });
  return out;
};

/** The appositions the person named `name` is given in `text`. */
const appositions = (text: string, name: string) => {
  const d = doc(text);
  const e: EntityRef = { id: 'e', name, type: 'person', mentions: spans(d, name) };
  return entityLabelMentions([d], [e], TITLES)
    .filter((m) => m.target === 'e' && m.kind === 'apposition')
    .map((m) => m.label);
};

describe('a clause after a name’s comma', () => {
  it('is no description of the name', () => {
    const text =
      'In 2019, after Ross publicly clashed with Doe, a survey put the majority leader’s approval rating at 18 percent.';
    expect(appositions(text, 'Doe')).toEqual([]);
  });

  it('leaves a description joined by a preposition', () => {
    const text = 'Doe, a senior member of the Harbor Caucus, said the bill would pass.';
    expect(appositions(text, 'Doe')).toEqual(['a senior member of the Harbor Caucus']);
  });
});

describe('a bare title before a bracketed name', () => {
  it('is the bracketed person’s title, not the name’s before it', () => {
    const text = '“And I thank President Doe, Vice President [ Ann Roe ] … I thank everybody out here.”';
    expect(appositions(text, 'Doe')).toEqual([]);
  });
});
