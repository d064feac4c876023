// Rows a journalist would not publish, second pass: ordinary words opening a clause after a colon, counts before
// the people they count, postal state codes beside legislators and towns, and a title word that is a family name
// after a given name the lists do not know. Fixtures invented, modelled on the failure patterns.
import { describe, expect, it } from 'vitest';
import { entityWith, expectTypes, run, texts, typeOf } from './helpers/entities.js';

/** Every mention's text in the result. */

describe('words that open a clause after a colon or a closed quote', () => {
  const r = run(
    'The lesson was plain : Ultimately the voters decide . The memo said one thing : Regardless of cost , build it .',
    'BRENNA VOSS : Yeah , we filed the suit . She said the town “ has no plan. ” Unsurprisingly , nobody agreed .',
    'We ultimately agreed , yeah , regardless of the cost . Unsurprisingly is an odd word . Corrected by : Ada Quarrel .',
    'The coach was blunt : Tallis will start . Tallis trained with the club on Monday .',
    'The grants went to two groups : Civic Associations in town got most . Civic associations are small . Congressman Dorn Young spoke . Congressman Young agreed .',
    'Senator Ivo Green spoke . “ The deal is dead. ” Green said he was sorry . The lawn was green .',
  );

  it('reads no ordinary word there as a name', () => {
    const t = texts(r);
    for (const junk of ['Ultimately', 'Regardless', 'Yeah', 'Unsurprisingly', 'Associations']) {
      expect(t).not.toContain(junk);
    }
  });

  it('keeps the names that follow a colon', () => {
    expect(typeOf(r, 'Ada Quarrel')).toBe('person');
    expect(texts(r).filter((x) => x === 'Tallis')).toHaveLength(2);
    expect(texts(r)).toContain('Green');
    expect(texts(r)).toContain('Young');
  });
});

describe('a common word before an organisation word at a sentence start', () => {
  const r = run(
    'Restaurant owners want more visas . Most restaurant staff are young , and a restaurant in Dover closed .',
    'Vexcor shares fell 4 percent . Vexcor workers went on strike .',
  );

  it('drops the common word and keeps a company', () => {
    expect(texts(r)).not.toContain('Restaurant');
    expect(texts(r).filter((x) => x === 'Vexcor')).toHaveLength(2);
  });
});

describe('a count before the people it counts', () => {
  const r = run(
    'Story highlights Critics ask why the base closed . Five Norwegian soldiers were hurt . Hundreds of Central American families waited at the gate .',
    'The Three Stooges aired again . Norwegian officials said the soldiers were safe .',
  );

  it('leaves the count out of the name', () => {
    const t = texts(r);
    expect(t).not.toContain('Five Norwegian');
    expect(t).not.toContain('Critics');
    expect(t).not.toContain('Hundreds of Central American');
    expect(t).toContain('Norwegian');
    expect(t).toContain('Central American');
    expect(t).toContain('Three Stooges');
  });
});

describe('postal state codes', () => {
  const r = run(
    'The ayes were Pellham ( NH ) , Dorsey ( AZ ) and Sen. Ada Quarrel ( R-TX ) . Rep. Ivo Penrith ( D-NY ) did not vote .',
    'A border agent was killed in Santa Monica , TX . The rally in Bridgeport , CT days later was loud .',
    'Speaker Ola Brenner ( R. , Wisc . ) wrote the letter .',
  );

  it('reads a code beside a legislator as a tag and one after a town as the state', () => {
    const t = texts(r);
    for (const junk of ['NH', 'AZ', 'R-TX', 'D-NY', 'Wisc']) expect(t).not.toContain(junk);
    expect(entityWith(r, 'TX')?.name).toBe('Texas');
    expect(typeOf(r, 'TX')).toBe('place');
    expect(entityWith(r, 'CT')?.name).toBe('Connecticut');
    for (const name of ['Pellham', 'Dorsey', 'Ada Quarrel', 'Ivo Penrith', 'Santa Monica', 'Bridgeport']) {
      expect(t).toContain(name);
    }
  });
});

describe('a title word that is a family name after an unlisted given name', () => {
  const r = run(
    'Sen. Torvald King of Maine said the strike was legal . Maine independent Torvald King agreed .',
    'The Saudi King met the Crown Prince . A Federal Judge ruled , and a federal judge in Ohio agreed . Mr. King said later that he would vote no .',
  );

  it('reads the person whole and the state apart', () => {
    const t = texts(r);
    expect(t).toContain('Torvald King');
    expect(t).not.toContain('Torvald King of Maine');
    expect(t).not.toContain('Torvald');
    expectTypes(r, { 'Torvald King': 'person', Maine: 'place' });
  });

  it('keeps titles after adjectives and peoples', () => {
    const t = texts(r);
    for (const junk of ['Saudi King', 'Crown Prince', 'Federal Judge']) expect(t).not.toContain(junk);
  });
});
