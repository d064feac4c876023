// "the claim X were …": a clause without "that" after the noun says what is claimed, so the asylum words inside it
// ("refugees", "asylum") do not make the claim a filing in the asylum process (lib/framing/claim-senses.ts). Invented
// fixtures.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded-marks.js';

describe('a claim followed by a clause without "that"', () => {
  it('stays an assertion when its clause names refugees or asylum', () => {
    expect(marked('There is no basis to the claim Lornish refugees were favoured over others.')).toEqual(['claim']);
    expect(marked('The council repeated the claim the refugees had been paid to come.')).toEqual(['claim']);
  });

  it('leaves filings as they were', () => {
    expect(marked('Her claim was heard by an asylum officer in Lorn.')).toEqual([]);
    expect(marked('Judges said weak claims from refugees would be turned away.')).toEqual([]);
    expect(marked('The asylum office has processed the claims families filed last year.')).toEqual([]);
  });
});

describe('a claim of what is due after a possessive', () => {
  it('is an entitlement, not an assertion', () => {
    expect(marked('Families crossed the river hoping to claim their asylum rights at Lorn.')).toEqual([]);
    expect(marked('They claim their plan works.')).toEqual(['claim']);
  });
});
