// Words of blame or shock used as a plain degree or hedge (lib/framing/degree-senses.ts, verification-senses.ts):
// "fierce" of a political dispute ("fierce opposition", "resistance has been fierce"), "staggering" before a noun of an
// amount ("the staggering cost"), "an awful lot", "outright" of a measure ("ban it outright") and "allegedly" in a
// relative clause ("the man who allegedly set the fire"); "dangerous" of a route, places or an illness
// (lib/framing/risk-senses.ts: "the dangerous journey north"). Invented fixtures.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded.js';

describe('fierce of a dispute', () => {
  it('measures how hard a political fight is', () => {
    expect(marked('The harbour levy met fierce opposition from the dockers’ guild.')).toEqual([]);
    expect(marked('The council held a fierce internal debate over the ferry fares.')).toEqual([]);
    expect(marked('Resistance to the levy has been fierce in Lorn.')).toEqual([]);
  });

  it('stays loaded of other things', () => {
    expect(marked('The mayor has fierce allegiances to his backers.')).toContain('fierce');
  });
});

describe('staggering before an amount', () => {
  it('states a size', () => {
    expect(marked('The ferry plan carries a staggering cost for the port.')).toEqual([]);
    expect(marked('Dockers face staggering layoffs this winter.')).toEqual([]);
  });

  it('stays loaded as the writer’s exclamation or comment', () => {
    expect(marked('The mayor’s betrayal of the dockers was staggering.')).toContain('staggering');
    expect(marked('Smugglers send such staggering sums abroad.')).toContain('staggering');
  });
});

describe('an awful lot and allegedly in a relative clause', () => {
  it('is a degree or a legal hedge', () => {
    expect(marked('The new levy looks an awful lot like the old one.')).toEqual([]);
    expect(marked('Police arrested the man who allegedly set fire to the ferry office.')).toEqual([]);
    expect(marked('A sailor who was allegedly steering the launch hit the pier.')).toEqual([]);
  });

  it('stays marked as a judgement or a doubt of the writer', () => {
    expect(marked('The mayor made an awful decision about the ferry.')).toContain('awful');
    expect(marked('The port we are allegedly helping gets little.')).toContain('allegedly');
  });
});

describe('dangerous of a route, places or an illness', () => {
  it('states a physical risk', () => {
    expect(marked('Families take the dangerous journey north to the harbour.')).toEqual([]);
    expect(marked('Sailors were left in dangerous situations at sea.')).toEqual([]);
    expect(marked('The children are not protected from dangerous diseases.')).toEqual([]);
  });

  it('stays loaded as a warning', () => {
    expect(marked('The mayor set a dangerous precedent for the port.')).toContain('dangerous');
    expect(marked('The levy will make the port a more dangerous region.')).toContain('dangerous');
    expect(marked('This creates a dangerous situation for the guild.')).toContain('dangerous');
  });
});

describe('outright of a measure or an outcome', () => {
  it('says it is complete', () => {
    expect(marked('The council would limit , but not ban outright , night ferries.')).toEqual([]);
    expect(marked('Valdor fell short of an outright majority in the harbour vote.')).toEqual([]);
    expect(marked('The guild outright rejected the levy.')).toEqual([]);
  });

  it('stays loaded before a charge', () => {
    expect(marked('The mayor told an outright fabrication about the ferry.')).toContain('outright');
  });
});
