// Glued subheads: "The Economic Downside Donald Trump has insisted ..." is a subhead run into the next sentence, and
// the role-noun rule made "economic downside" the person's title. Role words ending in no noun for a person, and after
// no title, are no title: the name alone is the person. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

const LOWER =
  'The economic downside is real , and every economic downside hurts . The video feature ran , and the feature was ' +
  'long . The chief negotiator spoke , and every negotiator agreed . The host spoke , and the host left .';

const titleOf = (r: ReturnType<typeof run>, text: string) => r.mentions.flat().find((m) => m.text === text)?.title;

describe('subheads glued to the next sentence', () => {
  it('gives a person no title from a subhead with no noun for a person', () => {
    const r = run(
      'Costs rose over a decade .\nThe Economic Downside Marta Keelby has insisted that costs fall .',
      LOWER,
    );
    expectTypes(r, { 'Marta Keelby': 'person' });
    expect(titleOf(r, 'Marta Keelby')).toBeUndefined();
  });

  it('drops a subhead that ends in a thing before a full name', () => {
    const r = run('Interactive Video Feature Ted Orrow ’ s Positions on Trade An interactive video feature .', LOWER);
    expectTypes(r, { 'Ted Orrow': 'person' });
    expect(titleOf(r, 'Ted Orrow')).toBeUndefined();
  });

  it('keeps role nouns for people as the title (guard)', () => {
    const r = run('The talks began , and Chief Negotiator Saeb Orrelat spoke , as did Host Dana Wyle .', LOWER);
    expect(titleOf(r, 'Saeb Orrelat')).toBe('chief negotiator');
    expect(titleOf(r, 'Dana Wyle')).toBe('host');
  });
});
