// "State" alone, typed only by its head word, is a government's department or the state as a body ("at State",
// "Justice, State and Commerce"), not a place; a place's head word alone opening a sentence before a lower-case word
// ("State media said", "Border crossings rose") is a modifier the sentence capitalised, no name. Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run, texts, typesOf } from './helpers/entities.js';
import { expect } from 'vitest';

describe('a lone head word', () => {
  it('types State alone a body', () => {
    const r = run('She worked at State for years , and the departments of Justice , State and Commerce closed .');
    expectTypes(r, { State: 'org' });
  });

  it("drops a place's head word opening a sentence as a modifier", () => {
    const r = run(
      'He worked at State , near the Border Patrol office . State television showed the crowd . Border crossings rose in May .',
    );
    expect(texts(r).filter((t) => t === 'State')).toHaveLength(1);
    expect(texts(r)).not.toContain('Border');
  });

  it('keeps a body that opens a sentence before its verb', () => {
    const r = run('The bill passed in Congress on Monday . Congress adjourned on Friday .');
    expect(typesOf(r, 'Congress')).toEqual(['org', 'org']);
  });
});
