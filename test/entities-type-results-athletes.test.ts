// Athletes in a results line, "2. Merlene Ottey (Jamaica) 10.94": a given name the lists lack, a town's name first
// ("Torrance Zellner", a place-named organisation) or an ordinary word last ("Jearl Miles", untyped) left the person
// untyped or an organisation. A name of two words, a bracketed country and a time or a distance name a person; a
// club's line scores in whole numbers. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('athletes in a results line', () => {
  it('types each name before a bracketed country and a time a person', () => {
    const r = run(
      "ATHLETICS - RESULTS . Women 's 400 metres 1. Orlaith Venn (Ireland) 50.20 2. Dorit Miles (U.S.) 50.42 " +
        '3. Torrance Kobel (U.S.) 48.23 seconds 4. Zana Petrova (Bulgaria) 3:45.011',
      'They ran ten miles , then five miles more .',
    );
    expectTypes(r, {
      'Orlaith Venn': 'person',
      'Dorit Miles': 'person',
      'Torrance Kobel': 'person',
      'Zana Petrova': 'person',
    });
  });

  it('leaves a club that scores in whole numbers to the team cues (guard)', () => {
    const r = run('SOCCER - CUP RESULTS . Dynamo Kiev (Ukraine) 2 Red Vale (Scotland) 1');
    expect(r.mentions.flat().find((m) => m.text === 'Dynamo Kiev')?.type).toBe('org');
  });
});
