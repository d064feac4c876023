// Plain senses of five loaded words: "slam … shut" and "slam the brakes" (a door, a brake), "mob" of organised crime
// ("mob movies", "the Mob"; lib/framing/literal-senses.ts), "claimed" with land or control as its object ("rebels
// claimed large areas of territory"; lib/framing/claim-senses.ts), "outright" between a verb of refusing and its
// object ("rejected outright the idea"), "the worst case" (a scenario; lib/framing/degree-senses.ts) and a claim
// filed in court ("due process claims"; lib/framing/senses.ts). Invented fixtures.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded.js';

describe('slam of a door or a brake', () => {
  it('is the verb of shutting, not of attacking speech', () => {
    expect(marked('Lorn and Vell slammed shut the border after the raid.')).toEqual([]);
    expect(marked('The guild wants to slam the harbour gates shut.')).toEqual([]);
    expect(marked('Councillors slam the brakes on the ferry levy.')).toEqual([]);
  });

  it('stays loaded as the attacking verb', () => {
    expect(marked('The mayor slammed the dockers for the strike.')).toContain('slammed');
  });
});

describe('mob of organised crime', () => {
  it('names the crime, not a rabble', () => {
    expect(marked('She wrote a book about mob movies set in Lorn.')).toEqual([]);
    expect(marked('The harbour boss had ties to the Mob in Vell.')).toEqual([]);
  });

  it('stays loaded of a crowd', () => {
    expect(marked('A mob stormed the ferry office at dawn.')).toContain('mob');
    expect(marked('How the Liberal Mob Ruined the Harbour')).toContain('Mob');
  });
});

describe('claimed with land or control as its object', () => {
  it('is a seizure', () => {
    expect(marked('Rebel forces claimed large areas of territory in the north.')).toEqual([]);
    expect(marked('Militants have claimed control of the port city.')).toEqual([]);
  });

  it('stays an assertion with a clause', () => {
    expect(marked('The mayor claimed the harbour was safe.')).toContain('claimed');
    expect(marked('Backers claim sanctuary towns were never meant to shield smugglers.')).toContain('claim');
  });
});

describe('outright before the object of a verb of refusing', () => {
  it('says the refusal was complete', () => {
    expect(marked('The council rejected outright the idea that Vell could run the port.')).toEqual([]);
  });
});

describe('the worst case', () => {
  it('is a scenario, not a verdict', () => {
    expect(marked('The worst case is that the ferry strike spreads to Vell.')).toEqual([]);
    expect(marked('Worst case : the strike spreads to Vell.')).toEqual([]);
  });

  it('stays marked as a verdict', () => {
    expect(marked('It was the worst levy the harbour ever saw.')).toContain('worst');
  });
});

describe('a claim filed in court', () => {
  it('is a cause of action, not a doubted assertion', () => {
    expect(marked('Dockers laid off by the port may have due process claims against Lorn.')).toEqual([]);
    expect(marked('The ferryman left to pursue his own legal claim in Vell.')).toEqual([]);
  });

  it('stays an assertion out of court', () => {
    expect(marked('The mayor repeated his fraud claims about the ferry vote.')).toContain('claims');
  });
});
