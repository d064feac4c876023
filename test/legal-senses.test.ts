// "claim" as a filing in the asylum process is the law's word, not a doubted assertion: "discourage weak claims", "a
// credible fear claim", "a claim can still be filed". "The claim that …" and "claims" as a verb stay marked. Invented
// fixtures.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded-marks.js';

describe('a claim in the asylum process', () => {
  it('is a filing, not loaded', () => {
    expect(marked('Officials hope the new rule will discourage weak claims from asylum seekers at Lorn.')).toEqual([]);
    expect(marked('Migrants may stay while a credible fear claim is heard.')).toEqual([]);
    expect(marked('A claim can still be filed if the first country denied it.')).toEqual([]);
    expect(marked('Refugees are people who make claims from abroad.')).toEqual([]);
  });

  it('stays an assertion otherwise', () => {
    expect(marked('The mayor repeated the claim that asylum seekers commit more crimes.')).toEqual(['claim']);
    expect(marked('The minister claims the refugees were paid to come.')).toEqual(['claims']);
    expect(marked('Despite claims from the board, the ferry plan was not funded.')).toEqual(['claims']);
    expect(marked('The ministry rejected the claims, a claim the rebels have denied.')).toEqual(['claims', 'claim']);
    expect(marked('The clerk says the pressure he claims is put on asylum officers is real.')).toEqual(['claims']);
    expect(marked('They cannot claim to be friends of refugees while they vote for the levy.')).toEqual(['claim']);
  });
});

describe('sweeping over a power or an action', () => {
  it('states its reach', () => {
    expect(marked('The decree gave the governor sweeping authority over the ports.')).toEqual([]);
    expect(marked('The council launched a sweeping executive action on ferries.')).toEqual([]);
  });

  it('is a judgement over a claim about people', () => {
    expect(marked('He made sweeping comments about the islanders.')).toEqual(['sweeping']);
  });
});
