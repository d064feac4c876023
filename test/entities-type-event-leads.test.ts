// A storm's or an operation's word before a name ("Hurricane Odette", "Tropical Storm Lenny", "Operation Granite
// Shield") names an event, not a person or a place; the same given name alone or in a person's name stays a person.
// Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('storms and operations', () => {
  it('types a storm or an operation an event', () => {
    const r = run(
      'Homes were lost to Hurricane Odette in August , and Tropical Storm Lenny then hit Florida . ' +
        'The army began Operation Granite Shield in 2009 , after damage from Typhoon Lekima .',
    );
    expectTypes(r, {
      'Hurricane Odette': 'event',
      'Tropical Storm Lenny': 'event',
      'Operation Granite Shield': 'event',
      'Typhoon Lekima': 'event',
    });
  });

  it('keeps a person named like a storm', () => {
    const r = run('Odette Marsh said the storm had passed , and Sen. Lenny Voss agreed .');
    expectTypes(r, { 'Odette Marsh': 'person', 'Lenny Voss': 'person' });
  });
});
