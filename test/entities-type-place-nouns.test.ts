// A place noun after a name makes it a place: a plural after coordinated names ("Dallam and Marion counties", "the Osk
// and Varna rivers"), over a given name's cue ("states" and "districts" follow people too: "the Vance districts"), and
// a site's noun ("the Qarat Suda oilfield", "the Wadi Haran dam"). A game named by its bowl is an event, not a body
// ("the Harvest Bowl"). Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('a plural place noun after names', () => {
  it('types the name before "counties" a place, not a person by its given name', () => {
    const r = run(
      'The county filed papers on Monday. In Marion County , officials objected. The government has filed notices ' +
        'in Dallam and Marion counties , confirming the purchase.',
    );
    expectTypes(r, { Marion: 'place', 'Marion County': 'place' });
  });

  it('leaves a person before "districts"', () => {
    const r = run('Officials met on Monday. Senator Tom Vance spoke. Democrats hope to win the Vance districts soon.');
    expectTypes(r, { Vance: 'person' });
  });

  it('types a name before a site noun a place, and a bowl an event', () => {
    const r = run(
      'Officials met on Monday. Fighters seized the Qarat Suda oilfield and the Wadi Haran dam . Fans flew in for ' +
        'the Harvest Bowl , and the Harvest Bowl sold out.',
    );
    expectTypes(r, { 'Qarat Suda': 'place', 'Wadi Haran': 'place', 'Harvest Bowl': 'event' });
  });
});
