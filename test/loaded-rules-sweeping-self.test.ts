// Two plain senses read on BABE's false marks: "sweeping" before a law or plan over its modifiers ("sweeping gun
// control measures", "a sweeping national security law") or as the verb with a place ("the virus sweeping the globe")
// states how far something reaches (lib/framing/senses.ts); a label after "self-described" is its bearer's own word
// ("the self-described democratic socialist", lib/framing/self-label-senses.ts). Invented fixtures.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded.js';

describe('sweeping of a law, a plan or a place', () => {
  it('is not loaded over modifiers or as the verb', () => {
    expect(marked('The assembly passed sweeping ferry safety measures on Monday.')).toEqual([]);
    expect(marked('Valdor imposed a sweeping harbour security law on Lorn.')).toEqual([]);
    expect(marked('The fever sweeping the country closed the docks.')).toEqual([]);
  });

  it('stays loaded as emphasis', () => {
    expect(marked('The mayor made sweeping, reckless claims about dockers.')).toContain('sweeping');
  });
});

describe('a self-described label', () => {
  it("is the bearer's own word", () => {
    expect(marked('Ana Roe, a self-described democratic socialist, runs the dockers’ union.')).toEqual([]);
  });

  it('stays loaded when the writer applies it', () => {
    expect(marked('Ana Roe, a socialist, runs the dockers’ union.')).toEqual(['socialist']);
  });
});
