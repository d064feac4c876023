// A Spanish double surname: the first of the two family names written alone ("Cano" of "Rigoberto Cano Ibarra") is
// the man his article names in full (ents61). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { run, entityWith } from './helpers/entities.js';

describe('the first of two family names written alone', () => {
  const r = run(
    'Rigoberto Cano Ibarra , 41 , said he was released at a bus station in El Paso . Cano had crossed the border ' +
      'with his son . Cano said the guards took his belt . The Cano family has farmed there since 1950 .',
  );

  it('joins the man named in full', () => {
    const man = entityWith(r, 'Rigoberto Cano Ibarra');
    expect(man).toBeDefined();
    expect(entityWith(r, 'Cano')?.id).toBe(man?.id);
  });

  it('leaves his family apart', () => {
    const family = r.mentions[0].filter((m) => m.text === 'Cano').at(-1);
    expect(family).toBeDefined();
    expect(family?.entity).not.toBe(entityWith(r, 'Rigoberto Cano Ibarra')?.id);
  });
});

describe('a middle given name written alone, and an article not naming the man (guards)', () => {
  const r = run(
    'Mary Ann Whitcombe , a nurse , said the clinic was full . Ann Pryor , her neighbour , agreed . Ann said so .',
    'Rigoberto Cano Ibarra was released on Monday .',
    'The Cano family runs a bakery . Cano said business was slow .',
  );

  it('does not join a given name, nor the word in an article naming no one with it', () => {
    expect(entityWith(r, 'Ann')?.id).not.toBe(entityWith(r, 'Mary Ann Whitcombe')?.id);
    const inThird = r.mentions[2].find((m) => m.text === 'Cano' && m.start > 20);
    expect(inThird?.entity).not.toBe(entityWith(r, 'Rigoberto Cano Ibarra')?.id);
  });
});
