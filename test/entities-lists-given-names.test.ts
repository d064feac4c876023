// Names listed together take their neighbours' type, and a person an article calls by the given name alone is the
// person it named in full. Fixtures invented, modelled on the failure patterns (CoNLL-2003 dev lists of towns and
// firms; a migrant child a long report calls by his first name).
import { describe, expect, it } from 'vitest';
import { expectTypes, idOf, idsIn, run, typeOf } from './helpers/entities.js';

describe('a name in a list takes the type its listed neighbours agree on', () => {
  const r = run(
    'The duke ceded Varnholt and Strasbourg to France and took back Quellmark , Oderzinn and Freiburg .',
    'At the Grelling , Surrey captain Ann Voss batted all day .',
    'Trade came to Brusnau , Lyon , and Marseille that year .',
  );

  it('types an untyped town listed with known places', () => {
    expectTypes(r, { Varnholt: 'place', Quellmark: 'place', Oderzinn: 'place', Brusnau: 'place' });
  });

  it('reads no list in names joined by a comma alone', () => {
    expect(typeOf(r, 'Grelling')).not.toBe('place');
  });
});

describe('a given name alone is the person the article named in full', () => {
  const r = run(
    'Tomas Ferrandiz Ollero , a 15-year-old migrant , fell ill on Monday . Tomas told a nurse he was cold . ' +
      'Later Tomas slept in a cell .',
    'Tomas Brekke , a farmer from the valley , spoke first . Tomas said the rain came late this year .',
    'A boy waited at the gate . Tomas was alone , and Tomas was hungry .',
  );

  it('joins the bare given name to the full name of its own article', () => {
    const ollero = idOf(r, 'Tomas Ferrandiz Ollero');
    const brekke = idOf(r, 'Tomas Brekke');
    expect(ollero).toBeDefined();
    expect(brekke).toBeDefined();
    expect(idsIn(r, 'd0', 'Tomas')).toEqual([ollero, ollero]);
    expect(idsIn(r, 'd1', 'Tomas')).toEqual([brekke]);
  });

  it('keeps the given name apart in an article that names no one in full', () => {
    const ids = idsIn(r, 'd2', 'Tomas');
    expect(ids.length).toBe(2);
    expect(ids).not.toContain(idOf(r, 'Tomas Ferrandiz Ollero'));
    expect(ids).not.toContain(idOf(r, 'Tomas Brekke'));
  });
});

describe('a person a human story names by one word no list knows', () => {
  it('is a person by kinship: "Zarena’s husband", "their daughter , Ilsu"', () => {
    const r = run(
      'Then Zarena and Tomas fled the town . Later , Zarena ’ s husband was shot . Their daughter , Ilsu , was ill . ' +
        'As Zarena said , the trip was long . There Zarena waited while Ilsu slept .',
    );
    expectTypes(r, { Zarena: 'person', Ilsu: 'person' });
  });

  it('leaves a firm or a place that owns things no kin', () => {
    const r = run('Shares of Vantor rose . Later , Vantor ’ s board met in Quellmark .');
    expect(typeOf(r, 'Vantor')).not.toBe('person');
  });
});
