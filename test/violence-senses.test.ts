// Words of mass violence that report rather than judge (lib/framing/violence-senses.ts): "massacre" with a name, a
// date or a toll, and "terrorist" classing an act or reporting a designation. Invented wording; each plain case failed
// on the code before the rule.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { loadedTokens } from '../lib/framing/loaded.js';
import { readLexicon } from '../lib/framing/data.js';
import { marked } from './helpers/loaded-marks.js';

describe('"massacre" as the name or report of a mass killing', () => {
  it('leaves a massacre with its name, date, place or toll unmarked', () => {
    expect(marked('Relatives gathered on the anniversary of the Portville harbour massacre.')).not.toContain(
      'massacre',
    );
    expect(marked('The 1931 massacre of 40 dockers is taught in island schools.')).not.toContain('massacre');
    expect(marked('Historians still study the massacre at Kellbrook.')).not.toContain('massacre');
    expect(marked('A gunman carried out a massacre that killed 12 people at the fair.')).not.toContain('massacre');
    expect(marked('Militia fighters massacred hundreds of villagers in the valley.')).not.toContain('massacred');
  });

  it('keeps it as the writer’s drama when nothing says people were killed', () => {
    expect(marked('The budget vote was a massacre of common sense.')).toContain('massacre');
    expect(marked('The ferry party was massacred in the council election.')).toContain('massacred');
  });
});

describe('"terrorist" as a class of act or a designation, and as a label', () => {
  it('leaves an act, a threat or a list it classes unmarked', () => {
    expect(marked('Police foiled a terrorist attack on the ferry terminal.')).not.toContain('terrorist');
    expect(marked('Two men were charged over terror plots against the port.')).not.toContain('terror');
    expect(marked('Her name was on a terror watch list for years.')).not.toContain('terror');
  });

  it('leaves a government’s designation unmarked', () => {
    expect(marked('The ministry designated the Harbour Front a terrorist organization in May.')).not.toContain(
      'terrorist',
    );
    expect(marked('The group is on the list of foreign terrorist organizations.')).not.toContain('terrorist');
  });

  it('keeps the label put on people or a movement', () => {
    expect(marked('The ferry strikers are terrorists, the column said.')).toContain('terrorists');
    expect(marked('Sites supporting the terrorist movement are easy to find.')).toContain('terrorist');
  });
});

describe('fierce or bloody fighting (loaded15)', () => {
  const marks = (text: string): string[] => {
    const d = analyse({ id: 'd', outlet: 'X', date: null, text, paragraphs: [] });
    return loadedTokens(d, { lexicon: readLexicon() }).map((m) => d.tokens[m.index].norm);
  };

  it('leaves "fierce" and "bloody" unmarked before a noun of armed fighting', () => {
    expect(marks('Fierce clashes broke out near the harbour overnight.')).toEqual([]);
    expect(marks('After a year of bloody fighting, the rebels took the port.')).toEqual([]);
    expect(marks('Troops fought two bloody street battles in the old town.')).toEqual([]);
  });

  // "fierce criticism" and "a fierce partisan clash" measure a political dispute (degree-senses.ts, loaded20)
  it('still marks them before other nouns', () => {
    expect(marks('The mayor has fierce allegiances to the harbour board.')).toEqual(['fierce']);
    expect(marks('The council fought a bloody war over the ferry.')).toEqual(['bloody']);
  });
});
