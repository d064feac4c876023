// A state's forces written in lower case ("the Israeli military said") are a mention of those forces, joined to the
// forces the corpus names with capitals; the adjective before another noun ("Israeli military officials") and a
// state whose forces the corpus never names stay the people's adjective. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { doc, entityWith, typesOf } from './helpers/entities.js';

describe("a state's forces named in lower case", () => {
  const r = extractEntities([
    doc('a', 'The Israel Defense Forces ( IDF ) said troops entered the town . The IDF gave no figures .', 'Ledger'),
    doc('b', 'The Israeli military said two soldiers were hurt . Israeli voters went to the polls .', 'Courier'),
    doc('c', 'Residents said the Israeli army shelled the road , and Israeli military officials declined to comment .'),
    doc('d', 'The Syrian Army took the hill . Later the Syrian army withdrew , a monitor said .', 'Gazette'),
    doc('e', 'The Egyptian military ousted the president on Wednesday , witnesses said .', 'Gazette'),
  ]);

  it('joins "the Israeli military" and "the Israeli army" to the forces the corpus names', () => {
    const idf = entityWith(r, 'IDF');
    expect(idf).toBeDefined();
    expect(entityWith(r, 'Israeli military')?.id).toBe(idf!.id);
    expect(entityWith(r, 'Israeli army')?.id).toBe(idf!.id);
    expect(entityWith(r, 'Syrian army')?.id).toBe(entityWith(r, 'Syrian Army')?.id);
  });

  it("keeps the people's adjective where it describes another noun or the people", () => {
    // "Israeli voters", "Israeli military officials": two demonym mentions besides the forces
    expect(typesOf(r, 'Israeli')).toEqual(['demonym', 'demonym']);
  });

  it("leaves the adjective alone when the corpus never names that state's forces", () => {
    expect(typesOf(r, 'Egyptian')).toEqual(['demonym']);
    expect(typesOf(r, 'Egyptian military')).toEqual([]);
  });
});

describe('a military and the armed forces of a state with no acronym', () => {
  const r = extractEntities([
    doc('a', 'A statement from the Egyptian Armed Forces was read on television .', 'Ledger'),
    doc('b', 'The Egyptian military ousted the president . Later the Egyptian military closed the square .', 'Courier'),
  ]);

  it('joins the military to the armed forces of the same state', () => {
    const forces = entityWith(r, 'Egyptian Armed Forces');
    expect(forces).toBeDefined();
    expect(entityWith(r, 'Egyptian military')?.id).toBe(forces!.id);
    expect(forces!.name).toBe('Egyptian Armed Forces');
  });
});
