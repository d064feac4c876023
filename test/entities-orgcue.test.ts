// Organisations typed from what the sentence says of them (issue 16 follow-up, notes/2026-12-orgcue.md): each class
// on a fixture written for it, with invented names and wording.
import { describe, expect, it } from 'vitest';
import { LineKind, lineKind } from '../lib/entities/lines.js';
import { doc, expectTypes, run, typeOf, typesOf } from './helpers/entities.js';

describe('companies known from business frames', () => {
  it('a price move with a price change types the name, and its other mentions in the article', () => {
    const r = run(
      'Traders were busy on Friday. Vantrel was up 1/8 to 30-1/4 on the exchange. ' +
        "Analysts said Vantrel's plans for the north looked sound.",
    );
    expect(typesOf(r, 'Vantrel')).toEqual(['org', 'org']);
    const pct = run('In late trade Kobrast fell 3 percent after the warning.');
    expect(typeOf(pct, 'Kobrast')).toBe('org');
    // a fall with no price change is said of anyone
    const fall = run('Rescuers said Drennick fell 10 metres from the ladder.');
    expect(typeOf(fall, 'Drennick')).not.toBe('org');
  });

  it('a move on results, and a business verb before a business noun, type a company', () => {
    const r = run('Traders said Kobrast plunged on weak quarterly results.');
    expect(typeOf(r, 'Kobrast')).toBe('org');
    const act = run('On Tuesday Lumetric posted a net profit of four million crowns.');
    expect(typeOf(act, 'Lumetric')).toBe('org');
    const deal = run('Regulators said Ostravel completed the acquisition last week.');
    expect(typeOf(deal, 'Ostravel')).toBe('org');
  });

  it('a corporate officer in capitals and a possessive asset type the name before them', () => {
    const r = run('Reporters said Quorvia CEO Dana Feltz expects a better year.');
    expectTypes(r, { Quorvia: 'org', 'Dana Feltz': 'person' });
    const board = run("On Monday Brelland's board approved the sale of two mills.");
    expect(typeOf(board, 'Brelland')).toBe('org');
    // a candidate has a bid too
    const bid = run("Party leaders endorsed Halvek's bid for the Senate last year.");
    expect(typeOf(bid, 'Halvek')).not.toBe('org');
  });
});

describe('company names', () => {
  it("a legal form ends a company's name: 'of' after it gives the seat; other heads still take 'of'", () => {
    const r = run('Analysts said Vexor Medical Inc of Cardale, Ohio, completed the deal. The Bank of Gantry agreed.');
    expectTypes(r, { 'Vexor Medical Inc': 'org', 'Bank of Gantry': 'org' });
  });
});

describe('sides named by their town or county', () => {
  it('a scorecard line split by initials is one table line, and its sides are teams', () => {
    const d = doc('d0', 'Millbury: Kent 214 (R. Ashdown 84; T. Pellow 4-55), Essex 108-3.');
    for (let si = 0; si < d.sentences.length; si++) expect(lineKind(d, si)).toBe(LineKind.Table);
    const r = run('Millbury: Kent 214 (R. Ashdown 84; T. Pellow 4-55), Essex 108-3.');
    expectTypes(r, { Kent: 'org', Essex: 'org' });
    // a player's innings in brackets after the side's total is a person, not a side
    expect(typeOf(r, 'R. Ashdown')).toBe('person');
  });

  it('a standings row in capitals is a table line; a dateline in capitals is not', () => {
    const row = doc('d0', 'STANDINGS\nNEW YORK 74 59 .556 -\nBOSTON CITY 70 63 .526 4');
    expect(lineKind(row, 1)).toBe(LineKind.Table);
    const dateline = doc('d1', 'NEW YORK 1996-08-30\nThe market was quiet.');
    expect(lineKind(dateline, 0)).not.toBe(LineKind.Table);
  });

  it('a town or county spoken of in the plural is its side; a place in the singular stays a place', () => {
    const r = run('Essex need another 148 runs with five wickets in hand.');
    expect(typeOf(r, 'Essex')).toBe('org');
    const their = run('Derbyshire kept up the chase for their first title since the war.');
    expect(typeOf(their, 'Derbyshire')).toBe('org');
    const place = run(
      'Kent has many orchards. Voters in Texas have spoken. Essex and Kent have mild winters. ' +
        'Volunteers in Dunmore, Texas were handing out leaflets. States such as Texas have objected.',
    );
    expect(typeOf(place, 'Kent')).toBe('place');
    expect(typesOf(place, 'Texas')).toEqual(['place', 'place', 'place']);
    expect(typeOf(place, 'Essex')).toBe('place');
  });

  it('"the" + a capitalised plural nickname is a team in a report with a results table, not a people or a family', () => {
    const report =
      'Standings\nHarbour City 70 63 .526 4\n' +
      'The Gullwings rallied in the ninth. Fans of the Gullwings cheered. ' +
      'The Brennans watched from the stand, as did the Kestrel family, Kestrel fans and the Voltans, ' +
      'a people whose Voltan songs filled the air.';
    const r = run(report);
    expect(typesOf(r, 'Gullwings')).toEqual(['org', 'org']);
    expect(typeOf(r, 'Brennans')).not.toBe('org');
    expect(typeOf(r, 'Voltans')).not.toBe('org');
    // no table: "the Xs" says nothing
    const prose = run('Reporters said the Gullwings left early.');
    expect(typeOf(prose, 'Gullwings')).not.toBe('org');
  });
});
