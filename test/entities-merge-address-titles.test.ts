// A title of address before an Arabic given name ("Sheik", "Mullah") is no given name: the man named with it and
// without it is one person (ents61). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { run, entityWith } from './helpers/entities.js';

describe('a cleric named with "Sheik" in one article and by his full name in another', () => {
  const r = run(
    'The kingdom executed Sheik Tariq al-Hamdi , a prominent cleric , on Saturday . Al-Hamdi had led protests in ' +
      'the east .',
    'Tariq Fadil al-Hamdi was arrested in 2012 after a car chase . The execution of Tariq al-Hamdi drew protests in ' +
      'the region .',
  );

  it('gives the three spellings one row', () => {
    const full = entityWith(r, 'Tariq Fadil al-Hamdi');
    expect(full).toBeDefined();
    expect(entityWith(r, 'Sheik Tariq al-Hamdi')?.id).toBe(full?.id);
    expect(entityWith(r, 'Tariq al-Hamdi')?.id).toBe(full?.id);
  });
});

describe('a title with one word after it, and a place named for a cleric (guards)', () => {
  const r = run(
    'Mullah Karim led the movement for a decade . Karim Sadri , a shopkeeper , said the roads were closed .',
    'Flights landed at Imam Karim Sadri International Airport on Monday .',
  );

  it('leaves "Mullah Karim" and the airport apart from the shopkeeper', () => {
    const shopkeeper = entityWith(r, 'Karim Sadri');
    expect(entityWith(r, 'Mullah Karim')?.id).not.toBe(shopkeeper?.id);
    expect(entityWith(r, 'Imam Karim Sadri International Airport')?.id).not.toBe(shopkeeper?.id);
  });
});
