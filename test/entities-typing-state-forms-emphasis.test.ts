// Types no reader gets right: "the Roman Empire" was a person (the given name "Roman"), "the Ottoman Empire" untyped;
// an empire, a caliphate or a sultanate is a state's form, a place, as a republic or a kingdom is. "Trump ’ s Wall",
// "the $ 20 billion dollar Wall": a plain word the article also writes in lower case, capitalised after a lower-case
// word for emphasis, was an untyped name. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectTypes, run, typesOf } from './helpers/entities.js';

const WALLS = Array.from({ length: 6 }, () => 'The wall is long , and the wall is high .').join(' ');

describe("a state's form as a name's head", () => {
  it('types an empire named by a given name or a people a place', () => {
    const r = run('The fall of the Roman Empire came late , and the Ottoman Empire lasted .');
    expectTypes(r, { 'Roman Empire': 'place', 'Ottoman Empire': 'place' });
  });

  it('types a caliphate and a sultanate places', () => {
    const r = run('The Zarqan Caliphate fell , and the Marib Sultanate rose .');
    expectTypes(r, { 'Zarqan Caliphate': 'place', 'Marib Sultanate': 'place' });
  });
});

describe('a plain word capitalised for emphasis after a lower-case word', () => {
  it('names no entity by it where the article writes it in lower case', () => {
    const r = run(
      WALLS,
      'Varga ’ s Wall looms large . The $ 20 billion dollar Wall is peanuts , he said . The wall rises slowly .',
    );
    expect(typesOf(r, 'Wall')).toEqual([]);
  });

  it('keeps a publication a source told, and a numbered section (guard)', () => {
    const times = Array.from({ length: 6 }, () => 'The time is late , and time is short .').join(' ');
    const sections = Array.from({ length: 6 }, () => 'The section is long , and each section is short .').join(' ');
    const r = run(times, sections, 'He told Time that time was short . Fees under Section 8 rose in each section .');
    expectTypes(r, { Time: 'unknown', Section: 'unknown' });
  });

  it('keeps a family name the article gives in full, and a name after "and" after a name', () => {
    const powers = Array.from({ length: 6 }, () => 'The power is great , and power is short .').join(' ');
    const r = run(
      powers,
      'Envoy Samia Power spoke . In that interview Power called for power sharing . Vale and Power agreed .',
    );
    expect(typesOf(r, 'Power')).toEqual(['person', 'person']);
  });
});
