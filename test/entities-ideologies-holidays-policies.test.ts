// Named things that are no actor and no place, typed as such: ideologies and their followers ("Zionism", "Zionist",
// "Nazi"), one word in -ism, holidays ("Thanksgiving"), a programme named before what it pays or requires ("Social
// Security benefits"); and a party named like a slogan once a body noun introduces it ("the group Britain First").
// Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectTypes, run, typesOf } from './helpers/entities.js';

describe('ideologies', () => {
  it('are no faith, place or person, and their followers neither', () => {
    const r = run(
      'He was a founder of modern Zionism. A Zionist from Haifa and two Marxists from Lima met the Nazi envoy.',
    );
    expectTypes(r, { Zionism: 'demonym', Zionist: 'demonym', Marxists: 'demonym', Nazi: 'demonym' });
    expect(r.entities.find((e) => e.name === 'Zionism')?.type).toBe('demonym');
  });

  it('keep an ideology and a country whole as the state of an era', () => {
    const r = run('Britain appeased Nazi Germany, and scholars fled Nazi Germany in 1933.');
    expect(typesOf(r, 'Nazi Germany')).toEqual(['place', 'place']);
  });

  it('one word in -ism is a doctrine, whatever preposition comes before it', () => {
    const r = run('The rise of Trumpism worried them, and she wrote a book on Caesarism in Rome.');
    expectTypes(r, { Trumpism: 'demonym', Caesarism: 'demonym' });
  });
});

describe('holidays', () => {
  it('are events, and a holiday before another word keeps the phrase whole', () => {
    const r = run(
      'Families met at Thanksgiving and during Ramadan, and the Christmas Tree went up on Christmas Island.',
    );
    expectTypes(r, { Thanksgiving: 'event', Ramadan: 'event', 'Christmas Tree': 'event', 'Christmas Island': 'place' });
  });
});

describe('a programme named before what it pays or requires', () => {
  it('is a programme, and its other mentions in the article follow', () => {
    const r = run(
      'Social Security benefits rose, and the security of the plan was debated. ' +
        'Workers paid into Social Security for years, and the Velcheck system failed in Medicaid expansion states.',
    );
    expect(typesOf(r, 'Social Security')).toEqual(['event', 'event']);
    expectTypes(r, { Velcheck: 'event', Medicaid: 'event' });
  });

  it('leaves a person named before such a noun a person', () => {
    const r = run('Senator Ann Vale said on Monday that the Vale amendment would pass.');
    expect(typesOf(r, 'Vale')).not.toContain('event');
  });

  it("leaves a name the corpus types a person elsewhere a person ('the Treller mandate')", () => {
    const r = run(
      'Senator Jonas Treller spoke on Monday, and Treller said the bill was fair.',
      'Aides debated the Treller mandate on Tuesday.',
    );
    expect(r.mentions[1].find((m) => m.text === 'Treller')?.type).toBe('person');
  });

  it('does not make a creed\'s adjective before "church" a place', () => {
    const r = run('Copts prayed in the Coptic church on Sunday.');
    expect(typesOf(r, 'Coptic')).not.toContain('place');
  });
});

describe('a party named like a slogan', () => {
  it('is an organisation when a body noun introduces it, and the slogan stays a slogan', () => {
    const r = run(
      'When the activist group Britain First marched through Luton, police watched. The senator ran on America First.',
    );
    expectTypes(r, { 'Britain First': 'org', 'America First': 'event' });
  });
});
