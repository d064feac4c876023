// Plain senses of three loaded words: "hijack" of a vehicle and the noun "hijackers" (the crime, not the figure
// "hijacked the hearing"), "dystopian" of a genre ("a dystopian novel"; lib/framing/literal-senses.ts), and "claim" as a
// ground pleaded in court ("the lawsuit claims", "small claims", "the merits of their claim", "a narrow claim" in a
// sentence about an injunction; lib/framing/claim-senses.ts), and an asylum claim before a relative "that" ("claims that
// have clogged the courts"). Invented fixtures.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded.js';

describe('hijack of a vehicle', () => {
  it('is the crime: the hijackers, a hijacked plane or car', () => {
    expect(marked('Four of the hijackers had entered Vell on student visas.')).toEqual([]);
    expect(marked('The raid with two hijacked airliners closed the Lorn airport.')).toEqual([]);
    expect(marked('Police found the truck the gang had hijacked near the docks.')).toEqual([]);
  });

  it('stays loaded as the figure', () => {
    expect(marked('The mayor hijacked the hearing to air his grievances.')).toContain('hijacked');
  });
});

describe('dystopian of a genre', () => {
  it('names the kind of book or film', () => {
    expect(marked('In the dystopian novel Harbour of Ash, the ports are closed.')).toEqual([]);
    expect(marked('She wrote a dystopian sci-fi series about Lorn.')).toEqual([]);
  });

  it("stays loaded as the writer's alarm", () => {
    expect(marked('The plan offers a dystopian vision of the harbour.')).toContain('dystopian');
  });
});

describe('an asylum claim with a relative clause', () => {
  it('is the filing: "fraudulent claims that have clogged the courts"', () => {
    expect(
      marked('The bill makes it harder to claim asylum, to cut weak claims that have clogged the Lorn courts.'),
    ).toEqual([]);
  });

  it('stays loaded as "the claim that …" with a clause', () => {
    expect(marked('Officials in Lorn repeated the claim that asylum seekers were paid to come.')).toContain('claim');
  });
});

describe('claim pleaded in court', () => {
  it('is the pleading, not a doubted assertion', () => {
    expect(marked('The lawsuit claims that the levy violates the harbour charter.')).toEqual([]);
    expect(marked('The guild has filed suit against the council, claiming that the levy is unlawful.')).toEqual([]);
    expect(marked('The judge found the dockers likely to succeed on the merits of their claim.')).toEqual([]);
    expect(marked('Initially, the injunction was based on a narrow claim that the council skipped a hearing.')).toEqual(
      [],
    );
    expect(marked('Such disputes go to small claims court in Lorn.')).toEqual([]);
  });

  it('stays loaded as an assertion', () => {
    expect(marked('The mayor claimed the levy would pay for itself.')).toContain('claimed');
    expect(marked('Critics dismissed his narrow claim that the levy was fair.')).toContain('claim');
  });
});
