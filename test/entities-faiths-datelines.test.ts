// Religions and deities are not places or people, and a newspaper's dateline names a place even when its story runs
// on after the dash. Fixtures invented, modelled on the failure patterns (a faith after "in" or "to", a small town
// whose two-word name reads like a person's).
import { describe, expect, it } from 'vitest';
import { expectTypes, run, typeOf } from './helpers/entities.js';

describe('faiths and deities', () => {
  const r = run(
    'Rabbi Levi said mercy is central in Judaism . Many converts to Judaism settled here .',
    'In Hinduism and in Buddhism , karma matters . He prayed to God and to Allah for rain .',
  );

  it('types no religion or deity as a place or a person', () => {
    for (const w of ['Judaism', 'Hinduism', 'Buddhism', 'God', 'Allah']) {
      expect([w, typeOf(r, w)]).toEqual([w, 'demonym']);
    }
  });

  it('keeps the named organisation of a faith whole', () => {
    const o = run('The Union for Reform Judaism signed the letter .');
    expect(typeOf(o, 'Union for Reform Judaism')).toBe('org');
  });
});

describe('a dateline that ends in a dash', () => {
  const r = run(
    'KERMA LOTH , Israel — A rocket hit a patio here . “ I have lived on Kerma Loth for 30 years , ” Dana Lev said . Kerma Loth was founded in 1982 . Kerma Loth has been hit by mortars .',
    'TALVIN ROSS , Ohio ( AP ) — Voters went to the polls . Talvin Ross is a small town . Many in Talvin Ross stayed home .',
  );

  it('types the town a place, in the dateline and in the story', () => {
    expectTypes(r, { 'Kerma Loth': 'place', 'Talvin Ross': 'place' });
  });

  it('leaves a person named at the head of a line that is no dateline a person', () => {
    const p = run('Dana Lev , a teacher , said the rocket hit her patio . Dana Lev was not at home .');
    expect(typeOf(p, 'Dana Lev')).toBe('person');
  });
});
