// Plain senses of two loaded words: "weaponize" of arms technology ("nuclear weaponization", "weaponised drones"; not
// the figure "weaponized the courts"; lib/framing/literal-senses.ts), and "claim" of something due: a verb with asylum,
// a credible fear, tax credits as its object, an asylum claim pursued, deterred or resolved, a toll of lives
// (lib/framing/claim-senses.ts, senses.ts). Invented fixtures.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded.js';

describe('weaponize of arms', () => {
  it('is the engineering of a weapon when arms technology is near', () => {
    expect(marked('Vell is now months away from nuclear weaponization, the inspectors wrote.')).toEqual([]);
    expect(marked('The militia had weaponised cheap commercial drones bought abroad.')).toEqual([]);
    expect(marked('They could work on weaponization with the enriched uranium they hold.')).toEqual([]);
  });

  it('stays loaded as the figure, the nuclear option included', () => {
    expect(marked('The governor weaponized the courts against his rivals.')).toContain('weaponized');
    expect(marked('The majority weaponized the nuclear option to end the debate.')).toContain('weaponized');
    expect(marked('The harbour became politically weaponized over the years.')).toContain('weaponized');
  });
});

describe('claim of something due', () => {
  it('is a filing when asylum, a credible fear or a credit is its object', () => {
    expect(marked('The families crossed the river and claimed political asylum in Lorn.')).toEqual([]);
    expect(marked('Anyone who can claim a credible fear of persecution may stay.')).toEqual([]);
    expect(marked('With the number she was able to claim child tax credits for the first time.')).toEqual([]);
  });

  it('is a filing when an asylum claim is pursued, deterred or resolved', () => {
    expect(marked('A refugee who fears persecution has a lawful way to pursue that claim.')).toEqual([]);
    expect(marked('The asylum programmes are meant to deter future claims and resolve existing claims.')).toEqual([]);
  });

  it('is a toll of lives', () => {
    expect(marked('The war claims as many as 3,000 lives a month.')).toEqual([]);
  });

  it('stays an assertion when the object opens a clause', () => {
    expect(marked('The minister claims a credible fear is easy to fake.')).toContain('claims');
    expect(marked('The mayor claims the asylum system is a scam.')).toContain('claims');
  });
});
