// Organisation error classes on wire news (notes/2026-12-ents6.md): each class on a fixture written for it, with
// invented names and wording.
import { describe, expect, it } from 'vitest';
import { expectTypes, run, typeOf, typesOf } from './helpers/entities.js';

describe('teams in results lines', () => {
  it("a name after a rider's country in brackets is the team, with or without a comma before the time", () => {
    const r = run(
      '1. Olaf Brenner (Germany) Veltrax 4 hours 48 mins 2 seconds\n' +
        '2. Tomas Kerlin (Italy) Brasco Onda 5 seconds behind\n' +
        '3. Alex Varnetti (Italy), Corbin Lomax, 53.980\n' +
        '4. Andre Felmar (Brazil), Lola Dravin, 54.750\n',
    );
    expectTypes(r, { Veltrax: 'org', 'Brasco Onda': 'org', 'Corbin Lomax': 'org' });
    // a car named with a first word that is also a given name is still the team
    expectTypes(r, { 'Lola Dravin': 'org', 'Olaf Brenner': 'person' });
  });

  it('a list of people with their countries stays a list of people', () => {
    const r = run('1. Dana Morrow (Canada), Peter Vollan (Sweden), Frankie\nHolbeck (Norway)\n');
    expect(typeOf(r, 'Peter Vollan')).toBe('person');
    expect(typeOf(r, 'Frankie')).not.toBe('org');
  });

  it('sides with their country in brackets on both sides of a score are teams; a golfer with his rounds is not', () => {
    const r = run(
      'Kestral (Germany) 75 Blue Comet (Ukraine) 70 (42-41)\nVarnok (Italy) 92 Tirelo (Russia) 81\n' +
        '285 Marco Belvani (Italy) 71 73 72 69\n',
    );
    for (const side of ['Kestral', 'Blue Comet', 'Varnok', 'Tirelo']) expect(typeOf(r, side)).toBe('org');
    expect(typeOf(r, 'Marco Belvani')).toBe('person');
  });

  it("a club's letter mark in a league table belongs to its name", () => {
    const r = run('Varda 2 Prolen (Z) 0\nMostin (L) 4 2 1 1 8 5 7\nSlavna 4 Mostin (BJ) 0\n');
    expectTypes(r, { 'Prolen (Z)': 'org', 'Mostin (L)': 'org', 'Mostin (BJ)': 'org' });
    expect(typeOf(r, 'BJ')).toBeUndefined();
  });
});

describe('scorecard lines', () => {
  it("a side's two innings joined by 'and' and a player's 'not out' keep a scorecard line a table line", () => {
    const r = run('Millbury: Kent 183 and 185-6 (R. Ashdown 56 not out), Essex 190 (T. Pellow 52; A. Dunn 5-68).');
    expectTypes(r, { Kent: 'org', Essex: 'org', 'R. Ashdown': 'person' });
  });
});

describe('news desks in sign-off lines', () => {
  it('"X Newsroom" and "X Desk" name the desk that filed; the reporter before it is a person', () => {
    const r = run(
      'Prices rose on Friday.\n-- Ann Velder, Cardale Newsroom 40-1 3120264\n-- Harbour Energy Desk 212-555-0100\n',
    );
    expectTypes(r, { 'Cardale Newsroom': 'org', 'Harbour Energy Desk': 'org', 'Ann Velder': 'person' });
    // a page label is no desk of its own
    const label = run('Rain fell.\nNews Desk - The Weekly Lantern\n');
    expect(typeOf(label, 'News Desk')).toBeUndefined();
  });
});

describe('organisation names', () => {
  it('a name its acronym spells across "and" and "in" is one organisation', () => {
    const r = run('The Council for Trade and Shipping in Asia (CTSA) postponed the talks.');
    expect(typeOf(r, 'Council for Trade and Shipping in Asia')).toBe('org');
    expect(typeOf(r, 'Asia')).toBeUndefined();
    // no acronym, no joining: two names
    const two = run('The Vantor Bank and Harlow Trust agreed.');
    expect(typesOf(two, 'Vantor Bank and Harlow Trust')).toEqual([]);
  });

  it("a legal form's period that ends the sentence is its full stop", () => {
    const r = run('Analysts compared the group with Delmar Holdings Inc. and Kestin Corp.\nShares rose.');
    expectTypes(r, { 'Kestin Corp': 'org', 'Delmar Holdings Inc.': 'org' });
  });
});

describe('sides named by their town in sports reports', () => {
  const table = 'Millbury: Kent 214 and 96-2, Essex 108 and 180.\n';
  it('a town that plays as a side elsewhere in the corpus is that side in a report on the sport', () => {
    const r = run(
      table,
      'The visitors set out to dismiss Essex cheaply. Their opening batsman was out to the third ball, and the ' +
        'wicket kept low all day.',
      'Heavy rain flooded roads in Essex on Monday and farmers counted the cost.',
    );
    const report = r.mentions[1].filter((m) => m.text === 'Essex');
    expect(report.map((m) => m.type)).toEqual(['org']);
    // a report on anything else keeps the place
    expect(r.mentions[2].filter((m) => m.text === 'Essex').map((m) => m.type)).toEqual(['place']);
  });

  it('a sentence that places something in the town keeps the place, in a sports report too', () => {
    const r = run(
      table,
      'In Kent, the groundsman covered the wicket overnight. The batsman said the pitch at Essex was slow.',
    );
    expect(r.mentions[1].filter((m) => m.text === 'Kent').map((m) => m.type)).toEqual(['place']);
    expect(r.mentions[1].filter((m) => m.text === 'Essex').map((m) => m.type)).toEqual(['place']);
  });
});

describe('nicknames in sports prose', () => {
  it('"the" + a plural nickname is a team in a report with sport words, even without a results table', () => {
    const r = run(
      'Tom Vale homered twice and the Marlowes won again. The Marlowes pitcher allowed one hit in the first inning.',
    );
    expect(typeOf(r, 'Marlowes')).toBe('org');
    // in other news the same shape is a family or a people
    const other = run('On Sunday the Harrows visited the capital for the first time.');
    expect(typeOf(other, 'Harrows')).not.toBe('org');
  });
});

describe('acronym-spelled names that are no organisation', () => {
  it('a programme or a law its acronym spells is left as it was; a known body keeps its type', () => {
    const r = run(
      'The Deferred Action on Youth Arrivals (DAYA) program ended; the Islamic State of Iraq and Syria (ISIS) fled.',
    );
    expect(typeOf(r, 'Deferred Action on Youth Arrivals')).toBeUndefined();
    expect(typeOf(r, 'Islamic State of Iraq and Syria')).toBe('group');
  });
});

describe('forms of address without a dot', () => {
  it('"Ms Velder" is Velder with a title, and joins the person named in full', () => {
    const r = run('Ann Velder took office on Monday. Ms Velder said the plan was sound, and Mr Brody agreed.');
    expectTypes(r, { Velder: 'person', Brody: 'person' });
    expect(typesOf(r, 'Ms Velder')).toEqual([]);
    const m = r.mentions[0].find((x) => x.text === 'Velder');
    expect(r.entities.find((e) => e.id === m?.entity)?.name).toBe('Ann Velder');
  });
});

describe('a name and its town', () => {
  it('a name word then a country or capital names a club or a firm; a people adjective before it does not', () => {
    const r = run('He left Dynamo Moscow for Vartel Canada last year. Historians wrote of Nazi Germany.');
    expectTypes(r, { 'Dynamo Moscow': 'org', 'Vartel Canada': 'org' });
    expect(typeOf(r, 'Nazi Germany')).not.toBe('org');
  });
});

describe('form labels', () => {
  it('a capitals label before a colon and a number names nothing; before words it is left alone', () => {
    const r = run('AMT: 1,200,000 DATE: 09/05/96 CUSIP: 072261\nVRTX: the station said it would air the debate.');
    expect(typeOf(r, 'AMT')).toBeUndefined();
    expect(typeOf(r, 'CUSIP')).toBeUndefined();
    expect(typeOf(r, 'VRTX')).toBe('org');
  });
});

describe('forms of address without a dot and one-word institutions', () => {
  it('one "Ms Harlan" does not take the network "Harlan" of other articles to a person', () => {
    const r = run(
      'Kate Harlan chairs the board. Ms Harlan said the vote would be close.',
      'Harlan executives said the show would go on.',
      'Harlan aired the debate on Tuesday.',
      'Viewers said Harlan was biased.',
      'Tom Harlan and Ian Harlan met. Harlan aired it.',
    );
    const net = r.mentions[2].find((m) => m.text === 'Harlan');
    expect(r.entities.find((e) => e.id === net?.entity)?.name).toBe('Harlan');
  });
});
