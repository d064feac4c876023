// A head word of a longer name alone at a sentence start, a name ending in s before "who", and US states written
// with their AP abbreviations after a town. Fixtures invented, modelled on the failure patterns.
import { describe, expect, it } from 'vitest';
import { run, typeOf } from './helpers/entities.js';

describe('a word the corpus capitalises only inside longer names', () => {
  const r = run(
    'The United Nations met on Monday . Many nations sent envoys to the United Nations .',
    'Nations that trade with the bloc will wait , officials said .',
    'The Times reported , and the Times said , as the Times wrote . Times reporters asked three times .',
  );

  it('is no entity when it opens a sentence alone', () => {
    expect(r.entities.some((e) => e.name === 'Nations')).toBe(false);
  });

  it('keeps a one-word name the corpus writes alone ("the Times")', () => {
    expect(r.mentions[2].filter((m) => m.text === 'Times').length).toBe(4);
  });
});

describe('a name ending in s before "who"', () => {
  const r = run(
    'He told of a boy named Arcadios who crossed alone . Many Dreamers who came stayed . A Dreamer spoke .',
  );

  it('is no group of people; a plural whose singular the corpus writes is', () => {
    expect(typeOf(r, 'Arcadios')).not.toBe('group');
    expect(typeOf(r, 'Dreamers')).toBe('group');
  });
});

describe('dotted state abbreviations', () => {
  const r = run(
    'He lives in Rochester , N.Y. , with his son , and Senator Ann Vale ( D. , N.Y. ) visited him . New York voted .',
  );

  it('after a town name the state; in a legislator tag nothing', () => {
    const ny = r.mentions[0].filter((m) => m.text === 'N.Y.');
    expect(ny.length).toBe(1);
    expect(ny[0].type).toBe('place');
    expect(r.entities.find((e) => e.id === ny[0].entity)?.name).toBe('New York');
  });
});

describe('state abbreviation lookups', () => {
  it('read only the states: a word that names a property of every object is no state', async () => {
    const { analyse } = await import('../lib/text/analyse.js');
    const { isStateAbbreviation, townState } = await import('../lib/entities/tags.js');
    const d = analyse({
      id: 'p',
      outlet: 'X',
      date: null,
      text: 'Vale , constructor of the dam , and Irvine , Calif . , and Dorn ( toString ) spoke .',
      paragraphs: [],
    });
    const at = (w: string) => d.tokens.findIndex((t) => t.norm === w);
    expect(isStateAbbreviation(d, at('constructor'))).toBe(false);
    expect(isStateAbbreviation(d, at('tostring'))).toBe(false);
    expect(townState(d, at('calif'))).toBe('California');
  });
});
