// Entity classes of ents20: clubs named by their town in sports prose (a report on a sport known by the sport's name
// in its headline, a player's move between clubs, a player's role after the club), and a federal appeals court named
// AP's way ("the 5th U.S. Circuit Court of Appeals") in copy that spaces off the abbreviation's period. Own fixtures.
import { describe, expect, it } from 'vitest';
import { doc, entityWith, expectApart, expectSameEntity, run, texts, typesOf } from './helpers/entities.js';

describe('clubs named by their town in sports prose', () => {
  const table = 'Results on Saturday:\nKent 2 Essex 1\n';

  it('a sport named in the headline and one sport word make a sports report, where a side stays a side', () => {
    const r = run(
      table,
      'SOCCER - LEAGUE FINES CLUB.\nThe league fined Kent on Friday after the referee was pushed in the back.',
      'Heavy rain flooded roads in Kent on Monday and farmers counted the cost of the storm.',
    );
    expect(r.mentions[1].filter((m) => m.text === 'Kent').map((m) => m.type)).toEqual(['org']);
    expect(r.mentions[2].filter((m) => m.text === 'Kent').map((m) => m.type)).toEqual(['place']);
  });

  it('a player joins a club, moves from one to another, or plays for it as forward or skipper', () => {
    const r = run(
      'SOCCER - VALE MOVES ON.\nThe winger Tom Vale joined Sheffield in 1994. He joined Coventry from Sheffield ' +
        'last year. Coventry forward Ann Body scored twice, and the former Brighton skipper was booked.',
    );
    expect(typesOf(r, 'Sheffield')).toEqual(['org', 'org']);
    expect(typesOf(r, 'Coventry')).toEqual(['org', 'org']);
    expect(typesOf(r, 'Brighton')).toEqual(['org']);
  });

  it('the same words outside a sports report, or "forward" after no player, leave the town a place', () => {
    const r = run(
      'Protesters joined Sheffield residents at the town hall. The council said it would move Coventry forward.',
    );
    expect(typesOf(r, 'Sheffield')).toEqual(['place']);
    expect(typesOf(r, 'Coventry')).toEqual(['place']);
  });
});

describe('a federal appeals court named with the country after its ordinal', () => {
  it('reads "the 5th U.S . Circuit Court of Appeals" whole, as the court its article calls "the 5th Circuit"', () => {
    const r = run(
      'The ruling was appealed to the 5th U.S . Circuit Court of Appeals in New Orleans . The 5th Circuit ruled . ' +
        'The circuit court is busy .',
      'A panel of the Ninth U.S . Circuit Court of Appeals said no . The Ninth Circuit agreed .',
      'A panel of the Richmond , Va.-based 4th Circuit Court of Appeals refused . The 4th Circuit ruled .',
    );
    expect(texts(r)).toContain('5th U.S . Circuit Court of Appeals');
    expect(texts(r)).not.toContain('Circuit Court of Appeals');
    expectSameEntity(r, '5th U.S . Circuit Court of Appeals', '5th Circuit');
    expectSameEntity(r, 'Ninth U.S . Circuit Court of Appeals', 'Ninth Circuit');
    expectSameEntity(r, '4th Circuit Court of Appeals', '4th Circuit');
    expectApart(r, '5th Circuit', 'Ninth Circuit');
  });

  it('"U.S ." with its period spaced off is one token, the country, and heads a name as "U.S." does', () => {
    const d = doc('d', 'He applied to U.S . Citizenship and Immigration Services in Washington , D.C . He left .');
    expect(d.tokens.map((t) => d.text.slice(t.start, t.end))).toContain('U.S .');
    expect(d.tokens.find((t) => d.text.slice(t.start, t.end) === 'U.S .')?.norm).toBe('u.s.');
    const r = run(
      'Migrants came to the U.S . in 1996 . The U.S . Army and the U.S. Army trained them in Washington , D.C . today .',
    );
    expect(entityWith(r, 'U.S .')?.name).toBe('United States');
    expect(entityWith(r, 'D.C .')?.name).toBe('District of Columbia');
    expectSameEntity(r, 'U.S . Army', 'U.S. Army');
    // a spaced-off period may end the sentence: an ordinary word alone after it is no part of a name
    const end = run('Migrants came to the U.S . Critics said so . Critics of the plan met critics of the law .');
    expect(texts(end)).toEqual(['U.S .']);
  });
});
