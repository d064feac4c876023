// A description beside a name that is not the name's label: one that names another person ("at a summit with
// Freedonian President Rufus Tanaka, Doe stressed"), a person's office beside a party's or a chamber's name ("One
// leading Civic, Senator Ada Marsh of Ohio, praised"; "the chamber's chairman, Civic Senator Lee Wu"), and the object
// of a fronted clause ("Responding to alarming intelligence reports, Doe declares"). Descriptions of the person
// ("As president, Doe", "the Freedonian president, Rufus Tanaka, said") stay. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse, paragraphsOf } from '../lib/text/analyse.js';
import { entityLabelMentions } from '../lib/framing/labels.js';
import type { Doc, EntityRef, Span } from '../lib/types.js';

const TITLES = ['president', 'senator', 'leader', 'chairman', 'spokesman', 'intelligence', 'minister', 'defense'];

const doc = (text: string): Doc =>
  analyse({ id: 'd', outlet: 'Ledger', date: null, text, paragraphs: paragraphsOf(text) });
const spans = (d: Doc, s: string): Span[] => {
  const out: Span[] = [];
  for (let i = d.text.indexOf(s); i >= 0; i = d.text.indexOf(s, i + 1))
    out.push({ doc: d.id, start: i, end: i + s.length });
  return out;
};

/** The appositions the entity named `name` (of `type`) is given in `text`. */
const appositions = (text: string, name: string, type: string) => {
  const d = doc(text);
  const e: EntityRef = { id: 'e', name, type, mentions: spans(d, name) };
  return entityLabelMentions([d], [e], TITLES)
    .filter((m) => m.target === 'e' && m.kind === 'apposition')
    .map((m) => m.label);
};

describe('a description that names another person', () => {
  it('gives the person named in it to no one beside it', () => {
    const text = 'At a summit with Freedonian President Rufus Tanaka, Doe stressed the economy.';
    expect(appositions(text, 'Doe', 'person')).toEqual([]);
    expect(
      appositions('Speaking beside a co-sponsor, the Civic senator Lee Wu, Doe praised the bill.', 'Doe', 'person'),
    ).toEqual([]);
  });

  it('keeps a description of the person', () => {
    const text = 'The Freedonian president, Rufus Tanaka, said the talks went well.';
    expect(appositions(text, 'Rufus Tanaka', 'person')).toEqual(['The Freedonian president']);
  });
});

describe('a person’s office beside a body’s name', () => {
  it('is no label of the party or the chamber', () => {
    expect(appositions('One leading Civic, Senator Ada Marsh of Ohio, praised the plan.', 'Civic', 'group')).toEqual(
      [],
    );
    expect(appositions('The chamber’s chairman, Civic Senator Lee Wu, backed it.', 'Civic', 'group')).toEqual([]);
    expect(
      appositions('Even as they blasted the president, Civic members called for a vote.', 'Civic', 'group'),
    ).toEqual([]);
  });

  it('keeps a description of the body', () => {
    const text = 'The coalition’s intelligence arm, Vigil, said the threat was real.';
    expect(appositions(text, 'Vigil', 'group')).toEqual(['The coalition’s intelligence arm']);
  });
});

describe('the object of a fronted clause', () => {
  it('is no label of the subject after it', () => {
    expect(
      appositions('Responding to alarming intelligence reports, Doe declares a red line.', 'Doe', 'person'),
    ).toEqual([]);
    expect(appositions('When he was running for president, Doe started the attacks.', 'Doe', 'person')).toEqual([]);
  });

  it('keeps an office the person holds and an object with no verb after the name', () => {
    expect(appositions('As president, Doe has signed the order.', 'Doe', 'person')).toEqual(['president']);
    expect(
      appositions('He talked with the country’s defense minister, Doe, about the talks.', 'Doe', 'person'),
    ).toEqual(['the country’s defense minister']);
  });
});
