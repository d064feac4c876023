// An event named by two people keeps a family name written with a hyphen whole. Seen on real coverage: the event of
// Alexandria Ocasio-Cortez and Andy Biggs was named "cortez+biggs", since the entity's id splits at every hyphen.
import { describe, expect, it } from 'vitest';
import { entityNames, entityTypes } from '../lib/events/events.js';
import { nameEvents } from '../lib/events/names.js';

const entities = [
  { id: 'marta-olsen-brandt', name: 'Marta Olsen-Brandt', type: 'person' },
  { id: 'tomas-vale', name: 'Tomas Vale', type: 'person' },
  { id: 'abdel-karim-al-rashid', name: 'Abdel-Karim al-Rashid', type: 'person' },
  { id: 'pell-harbour', name: 'Pell Harbour', type: 'place' },
];
const types = entityTypes(entities);
const names = entityNames(entities);
// the pair names two events (so each name needs a second entity), and each event has its own second person
const M = ['marta-olsen-brandt', 'marta-olsen-brandt', 'marta-olsen-brandt'];
const docs = [
  { entities: [...M, 'tomas-vale'], titleEntities: ['marta-olsen-brandt'] },
  { entities: [...M, 'tomas-vale'], titleEntities: ['marta-olsen-brandt'] },
  { entities: [...M, 'abdel-karim-al-rashid'], titleEntities: ['marta-olsen-brandt'] },
  { entities: [...M, 'abdel-karim-al-rashid'], titleEntities: ['marta-olsen-brandt'] },
];

describe('event names of people with hyphens in their names', () => {
  it('keep a hyphened family name whole, and a hyphened given name out', () => {
    const r = nameEvents(
      docs,
      [
        [0, 1],
        [2, 3],
      ],
      { types, names },
    );
    expect(r[0].slug).toBe('olsen-brandt+vale');
    expect(r[1].slug).toBe('olsen-brandt+al-rashid');
  });
});
