// A compass word and a gazetteer place ("South Vietnam", "Northern Ontario") is a place, and a people's adjective in
// -ern with -ers ("Middle Easterners") names a people, not a person; a compass word before a room or a lawn, which is
// no gazetteer place, is left as it was. Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('compass words and peoples in -erners', () => {
  it('types a compass word and a gazetteer place a place', () => {
    const r = run('Officials met on Monday. He served in South Vietnam , then moved to Northern Ontario to farm .');
    expectTypes(r, { 'South Vietnam': 'place', 'Northern Ontario': 'place' });
  });

  it('types a people in -erners a people', () => {
    const r = run('Officials met on Monday. Travellers who were Middle Easterners were questioned at length .');
    expectTypes(r, { 'Middle Easterners': 'demonym' });
  });

  it("leaves a town's side in a results line to the team cues", () => {
    const r = run(
      'RUGBY UNION - CLUB RESULTS.\nLONDON 1996-08-31\nResults of club rugby matches on Saturday:\n' +
        'West Hartlepool 12 Bath 30\nLeicester 25 Wasps 18',
    );
    expectTypes(r, { 'West Hartlepool': 'org' });
  });

  it('leaves a compass word before a room alone', () => {
    const r = run('Officials met on Monday. The talks were held in the East Room of the palace .');
    expectTypes(r, { 'East Room': 'unknown' });
  });
});
