// Plain senses of two loaded words (lib/framing/literal-senses.ts): "explosive" before a noun of munitions is the
// material ("improvised explosive devices"), not the heat of "an explosive debate"; "boast" before a count or a
// superlative means "have" ("the club boasts roughly 900 members"), not the bragging of "boasted that". Invented
// fixtures.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded.js';

describe('explosive of munitions', () => {
  it('is the material before a noun of munitions', () => {
    expect(marked('The militia built improvised explosive devices inside old trucks.')).toEqual([]);
    expect(marked('Agents found explosive materials in the trunk of his car in Lorn.')).toEqual([]);
  });

  it('stays loaded as the figure', () => {
    expect(marked('The ruling sparked an explosive debate in the harbour council.')).toContain('explosive');
    expect(marked('The senator made explosive allegations about the camp.')).toContain('explosive');
  });
});

describe('boast as have', () => {
  it('means have before a count or a superlative', () => {
    expect(marked('The online group boasts roughly 9,500 members across the country.')).toEqual([]);
    expect(marked("Vell 's army boasted an estimated 40,000 soldiers before the war.")).toEqual([]);
    expect(marked('Tarrow boasts the largest harbour of any city in the region.')).toEqual([]);
  });

  it('stays loaded as bragging', () => {
    expect(marked('The sheriff boasted his tent camp in the desert was a model.')).toContain('boasted');
    expect(marked('The mayor boasted that the port had never been busier.')).toContain('boasted');
    expect(marked('Later the mayor began boasting about his gains in the council.')).toContain('boasting');
  });
});
