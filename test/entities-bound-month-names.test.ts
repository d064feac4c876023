// "Jan" is a month abbreviation and a given name. Every capitalised calendar word was cut from names, so "Gov.
// Jan Brewer" was the surname alone. Without its period and before a surname the word opens the name; "Jan. 20" and
// "Jan 21" stay dates. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, texts, typeOf } from './helpers/entities.js';

describe('month abbreviations that are given names', () => {
  it('keeps "Jan" before a surname in the name, after a spaced title and after a plain word', () => {
    const r = run(
      'Former Ostrava Gov . Jan Vrablik said on Monday that she would sign the bill .',
      'Voters like Jan Takamura backed the plan , officials said .',
    );
    expect(texts(r)).toContain('Jan Vrablik');
    expect(typeOf(r, 'Jan Vrablik')).toBe('person');
    expect(texts(r)).toContain('Jan Takamura');
    expect(texts(r)).not.toContain('Vrablik');
  });

  it('leaves a month before a number out of any name (guard)', () => {
    const r = run('Vrablik spoke Jan. 20 in Ostrava , Jan 21 in Brno and in Jan 2019 in Zlin .');
    expect(texts(r).filter((t) => t.includes('Jan'))).toEqual([]);
  });
});
