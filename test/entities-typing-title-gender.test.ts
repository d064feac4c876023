import { describe, expect, it } from 'vitest';
import { addressGender, titleGender } from '../lib/entities/name-gender.js';

describe('the gender a title tells', () => {
  it('reads the forms of address and gendered titles', () => {
    expect(addressGender('Mrs.')).toBe('female');
    expect(titleGender('Congressman')).toBe('male');
    expect(titleGender('First Lady')).toBe('female');
  });

  it('tells nothing for a word an object would answer from its prototype', () => {
    for (const t of ['Constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(addressGender(t)).toBeUndefined();
      expect(titleGender(t)).toBeUndefined();
    }
  });
});
