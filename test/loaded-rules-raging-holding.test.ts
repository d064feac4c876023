// Plain senses found reading 60 own-voice hits: "rage" as the verb of a war, a fire or a dispute that goes on ("the
// civil war rages on", "a fire raged") is a stock verb of duration (lib/framing/violence-senses.ts); "claims to" land
// or a title ("legitimate claims to these areas") is a right asserted over a possession (lib/framing/claim-senses.ts).
// Invented fixtures.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded.js';

describe('rage of a war, a fire or a dispute', () => {
  it('is not loaded', () => {
    expect(marked('The ferry war rages on between Lorn and Valdor.')).toEqual([]);
    expect(marked('A fire raged from a warehouse on the quay.')).toEqual([]);
    expect(marked('The crisis that raged in May could have been avoided.')).toEqual([]);
  });

  it('stays loaded as anger', () => {
    expect(marked('The mayor rages on the radio against dockers.')).toEqual(['rages']);
    expect(marked('His rage at the dockers grew.')).toEqual(['rage']);
    expect(marked('The guild channelled the dockers’ anger and redirected the rage toward Lorn.')).toEqual(['rage']);
  });
});

describe('claims to land or a title', () => {
  it('is not loaded', () => {
    expect(marked('Any deal would recognise Valdor’s legitimate claims to these and other islands.')).toEqual([]);
  });

  it('stays loaded as a doubted assertion', () => {
    expect(marked('The mayor claims to be a friend of the dockers.')).toEqual(['claims']);
    expect(marked('It is a fig leaf that only claims to address border security.')).toEqual(['claims']);
  });
});
