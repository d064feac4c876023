// One reader of party-and-state tags ("(D-N.Y.)", "R-Ohio", "(R., Texas)"): what it reads and what it leaves.
import { describe, expect, it } from 'vitest';
import { partyOrDistrictTagEnd, partyTag, partyTagAfter, partyTags } from '../lib/entities/tags.js';
import { houseStyleMask } from '../lib/framing/distinctive.js';
import { analyse } from '../lib/text/analyse.js';

/** The tags of a text as "party|state|written". */
function read(text: string): string[] {
  return partyTags(text).map((t) => `${t.party}|${t.state}|${text.slice(t.start, t.end)}`);
}

describe('partyTag', () => {
  it('reads the dotted two-letter state in brackets', () => {
    const text = 'Rep. Ana Vell (D-N.Y.) said';
    expect(partyTag(text, text.indexOf('D-'))).toEqual({ party: 'D', state: 'New York', start: 15, end: 21 });
  });

  it('reads a state written in full and an AP abbreviation', () => {
    expect(read('Sen. Ivo Brand, R-Ohio, said')).toEqual(['R|Ohio|R-Ohio']);
    expect(read('Sen. Ivo Brand (D-Del.) wrote')).toEqual(['D|Delaware|D-Del.']);
    expect(read('Rep. Kit Ordo, D-New Mexico, said')).toEqual(['D|New Mexico|D-New Mexico']);
  });

  it('reads the party abbreviated with a period and the state after a comma', () => {
    expect(read('Rep. Ana Vell (R., Texas) said')).toEqual(['R|Texas|R., Texas']);
    expect(read('Rep. Ana Vell ( R . , Texas ) said')).toEqual(['R|Texas|R . , Texas']);
  });

  it('reads the tag after a name and its comma, the state ending at its period', () => {
    const text = 'Sen. Jane Roe, D-Mass., said';
    expect(partyTagAfter(text, text.indexOf(','))).toMatchObject({ party: 'D', state: 'Massachusetts' });
    expect(read('said Sen. Jane Roe, D-Mass. The vote')).toEqual(['D|Massachusetts|D-Mass.']);
  });

  it('reads periods masked as U+2024 the way it reads periods', () => {
    expect(read('Ana Vell, D-N\u2024Y\u2024, said')).toEqual(['D|New York|D-N\u2024Y\u2024']);
  });

  it('leaves words that only look like tags', () => {
    expect(read('an R-rated film')).toEqual([]);
    expect(read('landed on D-Day, the')).toEqual([]);
    expect(read('the Drop the I-Word campaign')).toEqual([]);
    expect(read('John R. Vell said')).toEqual([]);
    expect(read('Washington, D.C., said')).toEqual([]);
    expect(read('USAID-Texas grants')).toEqual([]);
  });

  it('reads the period form only after a bracket or comma', () => {
    expect(read('Ana R. Texas')).toEqual([]);
    expect(read('(R. Texas)')).toEqual(['R|Texas|R. Texas']);
  });
});

describe('party tags as house style', () => {
  /** The words of a text that distinctive terms count (house style dropped). */
  function counted(text: string): string {
    const d = analyse({ id: 'a', outlet: 'Valdor Daily', date: '', text, paragraphs: [] });
    const keep = houseStyleMask(d, []);
    return d.tokens
      .filter((t, i) => keep[i] && t.kind === 'word')
      .map((t) => t.norm)
      .join(' ');
  }

  it('drops the tag and its state, not the words after it', () => {
    expect(counted('Sen. Ana Vell, R-Texas said passing the bill is a mistake.')).toBe(
      'ana vell said passing the bill is a mistake',
    );
    expect(counted('Sen. Ivo Brand (R., Tenn.) added his name.')).toBe('ivo brand added his name');
  });

  it("drops a state legislator's district tag, keeps D-Day", () => {
    expect(counted('Rep. Kit Ordo (D-Harbour City) said so on D-Day.')).toBe('kit ordo said so on d-day');
    const text = 'Kit Ordo ( R-Harbour City ) said';
    expect(partyOrDistrictTagEnd(text, text.indexOf('R-'))).toBe(text.indexOf(' )'));
  });
});
