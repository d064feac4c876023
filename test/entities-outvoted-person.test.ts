// A person named in full whose name another article's weak cue types an organisation ("X said it was …") is still
// the person "Mr. X" stands for in the article that names him. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { doc, entityWith, typesOf } from './helpers/entities.js';

describe('a full name outvoted by a weak organisation cue', () => {
  const r = extractEntities([
    doc('a', 'Party strategist Michael Quarrey said it was curious that the plan came first .', 'Ledger'),
    doc(
      'b',
      'Michael Quarrey , a strategist with ties to the party , said the praise would not help . ' +
        '“ He has tied his future to the bill , ” Mr. Quarrey said . Mr. Quarrey added that voters would decide .',
      'Ledger',
    ),
  ]);

  it('joins "Mr. X" to the person named in full in the same article', () => {
    const full = entityWith(r, 'Michael Quarrey');
    expect(full).toBeDefined();
    expect(entityWith(r, 'Quarrey')?.id).toBe(full!.id);
  });

  it('types the person a person', () => {
    expect(entityWith(r, 'Michael Quarrey')?.type).toBe('person');
    expect(typesOf(r, 'Quarrey')).toEqual(['person', 'person']);
  });
});
