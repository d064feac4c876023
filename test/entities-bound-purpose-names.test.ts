// Names written as a phrase of purpose were cut at their joiner: "Combatants for Peace" read as an untyped
// "Combatants" (and "Peace" dropped), "Volunteers in Action" as two fragments. Ordinary words capitalised after "for"
// or "in" in a sentence of prose are the name's own words; a place, a people or a month after the joiner is not.
// Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/entities.js';

/** A corpus that writes the ordinary words in lower case. */
const WORDS =
  'They want peace and freedom for immigrants , and peace now . The action was in limbo , and the tax reform passed . ' +
  'Many volunteers and farmers came . The government was limited in may .';

const texts = (r: ReturnType<typeof run>) => r.mentions.flat().map((m) => m.text);

describe('names of purpose across "for" and "in"', () => {
  it('keeps "Farmers for Peace" and "Volunteers in Action" whole', () => {
    const r = run(
      WORDS,
      'Dana Orr , who founded Farmers for Peace , a group of former soldiers , spoke on Monday . ' +
        'Volunteers in Action and Farmers for Peace will march , said Orr .',
    );
    expect(texts(r)).toContain('Farmers for Peace');
    expect(texts(r)).toContain('Volunteers in Action');
    expect(texts(r)).not.toContain('Peace');
  });

  it('keeps a people, a place or a month after the joiner apart (guard)', () => {
    const r = run(
      WORDS,
      'The deal swapped the Volunteers for Iranians held in jail . Congress in May passed it , and Farmers in Ohio cheered .',
    );
    expect(texts(r)).not.toContain('Volunteers for Iranians');
    expect(texts(r)).not.toContain('Congress in May');
    expect(texts(r)).not.toContain('Farmers in Ohio');
  });
});
