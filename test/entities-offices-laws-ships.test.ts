// Entity classes of US and world news (ents17): an office's prefix glued to a title ("then-Homeland Security
// Secretary"), laws and named documents, ships, holidays and compound titles. Own fixtures in the style of news copy.
import { describe, expect, it } from 'vitest';
import { entityWith, expectApart, expectTypes, run, texts, typeOf } from './helpers/entities.js';

describe('a past office glued to its title by a hyphen', () => {
  it('reads the title and the person after "then-" and "ex-", with no fragment left', () => {
    const r = run(
      'The memo was signed by then-Homeland Security Secretary Jeh Johnson in 2014. Johnson said it was lawful.',
      'Then-Attorney General Jeff Sessions announced the policy. He thanked ex-Congressman Joe Walsh.',
      'The report quoted then-Sen. Barack Obama on the war.',
    );
    expect(texts(r)).not.toContain('Security');
    expect(texts(r)).not.toContain('Then-Attorney');
    expectTypes(r, {
      'Jeh Johnson': 'person',
      'Homeland Security': 'org',
      'Jeff Sessions': 'person',
      'Joe Walsh': 'person',
      'Barack Obama': 'person',
    });
  });

  it('leaves a stance compound whole: "anti-Trump" names no one and glues nothing after it', () => {
    const r = run('The anti-Trump Republicans met pro-Assad forces. Donald Trump and Bashar al-Assad did not comment.');
    expect(texts(r)).not.toContain('Trump Republicans');
    expect(texts(r)).toContain('Republicans');
    expect(r.mentions.flat().filter((m) => m.entity === entityWith(r, 'Donald Trump')?.id)).toHaveLength(1);
  });

  it('takes no name from one word after the prefix ("ex-England fast bowler")', () => {
    const r = run('The ex-England fast bowler took four wickets for Kent.');
    expect(texts(r)).not.toContain('England');
  });
});

describe('laws and named documents', () => {
  it('keeps "of" inside a law\'s title and types every law, act, treaty and amendment alike', () => {
    const r = run(
      'Congress passed the Defense of Marriage Act in 1996. Reporters filed a Freedom of Information Act request.',
      'The Treaty of Versailles, the U.S. Constitution, the War Powers Resolution and the North American Free Trade Agreement were cited.',
      'The court ruled under the Fourth Amendment. The Immigration and Nationality Act applies.',
    );
    for (const name of [
      'Defense of Marriage Act',
      'Freedom of Information Act',
      'Treaty of Versailles',
      'U.S. Constitution',
      'War Powers Resolution',
      'North American Free Trade Agreement',
      'Fourth Amendment',
      'Immigration and Nationality Act',
    ])
      expect(typeOf(r, name), name).toBe('event');
  });

  it('leaves schools of law, a person named Law and a given name Bill alone', () => {
    const r = run(
      'She studied at the Lakeview School of Law under Robert Law.',
      'Sen. Kirsten Gillibrand of New York and New York City Mayor Bill de Blasio spoke on the Dream Act.',
    );
    expectTypes(r, {
      'Lakeview School of Law': 'org',
      'Robert Law': 'person',
      'Kirsten Gillibrand': 'person',
      'Bill de Blasio': 'person',
    });
  });
});

describe('ships and named craft', () => {
  it('types a ship by its prefix or the vessel noun before it, apart from the person it is named for', () => {
    const r = run(
      'The USS Abraham Lincoln sailed into the Gulf with the USS Arlington. HMS Montrose shadowed the tanker Stena Impero.',
      'Abraham Lincoln was the 16th president. Lincoln led the Union.',
    );
    for (const name of ['USS Abraham Lincoln', 'USS Arlington', 'HMS Montrose', 'Stena Impero'])
      expect(typeOf(r, name), name).toBe('event');
    expect(typeOf(r, 'Abraham Lincoln')).toBe('person');
    expectApart(r, 'USS Abraham Lincoln', 'Abraham Lincoln');
  });
});

describe('holidays, counted days and compound titles', () => {
  it('reads a possessive holiday whole and no name in "Day One"', () => {
    const r = run(
      "Families marched on Father \u2019s Day and again on Mother 's Day. A speech on Martin Luther King Day drew crowds.",
      'He promised to act on Day One. From Day 1 the agency was ready.',
    );
    expectTypes(r, { 'Father \u2019s Day': 'event', "Mother 's Day": 'event', 'Martin Luther King Day': 'event' });
    expect(texts(r)).not.toContain('Day');
  });

  it('keeps the modifiers of a compound title out of names', () => {
    const r = run(
      'CIA Acting Director Ann Vale testified. Deputy Assistant Secretary Tom Reyes and Chief Financial Officer Lee Grant agreed.',
      'Deputy District Attorney Dana Cole and the paper\u2019s Managing Editor Kim Hale spoke.',
    );
    for (const w of ['Acting', 'Assistant', 'Financial', 'District', 'Managing']) expect(texts(r)).not.toContain(w);
    for (const p of ['Ann Vale', 'Tom Reyes', 'Lee Grant', 'Dana Cole', 'Kim Hale'])
      expect(typeOf(r, p), p).toBe('person');
  });
});

describe('wire sign-offs', () => {
  it('reads the city before a lower-case "newsroom" as the place the story was filed from', () => {
    const r = run(
      'Shares fell on Monday.\n\n-- Harbourton newsroom, +27-11 482 1003',
      'Prices rose.\n\n-- Dana Kell, Cardale Newsroom +44 171 542 8062',
      'Gold was steady.\n\n-- Ann Vale, Johannesburg newsroom +27 11 482 1003',
    );
    expectTypes(r, { Harbourton: 'place', 'Cardale Newsroom': 'org', Johannesburg: 'place', 'Ann Vale': 'person' });
  });
});
