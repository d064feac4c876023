// "Brazil broke from Portugal and Pedro I became emperor": a regnal "I" after a given name was read only where the name
// opened its sentence or followed "of", "by" or "under"; after "and" the name lost its numeral ("Pedro", and no
// "Pedro I"). A word only the pronoun takes after the capital ("I 've", "I am") keeps it the pronoun. Fixtures
// invented.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/entities.js';

const texts = (r: ReturnType<typeof run>) => r.mentions.flat().map((m) => m.text);

describe('a regnal numeral after "and" and a given name', () => {
  it('keeps "Pedro I" whole after "and"', () => {
    const r = run('1822 - Brazil broke from Portugal and Pedro I became its first emperor in December .');
    expect(texts(r)).toContain('Pedro I');
    expect(texts(r)).not.toContain('Pedro');
  });

  it('reads the pronoun where a word only it takes follows (guard)', () => {
    const r = run('She thanked Maria and Pedro I am sure , said Tomas Vale on Monday .');
    expect(texts(r)).not.toContain('Pedro I');
  });
});
