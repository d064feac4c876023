// A state's forces written in lower case ("the Israeli military said") are a mention of those forces, joined to the
// forces the corpus names with capitals; the adjective before another noun ("Israeli military officials") and a
// state whose forces the corpus never names stay the people's adjective. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { doc, entityWith, expectApart, expectSameEntity, typesOf } from './helpers/entities.js';

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

describe("a state's army, military and armed forces under either of its words", () => {
  const r = extractEntities([
    doc('a', 'The Syrian Army took the hill . Later the Syrian army withdrew , a monitor said .', 'Gazette'),
    doc('b', 'The Syrian military said it had shelled the town .', 'Ledger'),
    doc('c', 'The Iraqi Army retook the city . Officers of the Iraqi army said the road was open .', 'Courier'),
    doc('d', 'Militants ambushed an Iraq army convoy near the border , police said .', 'Ledger'),
    doc('e', 'The U.S. military said the U.S. Army had sent a brigade .', 'Gazette'),
    doc('f', 'The U.S. Navy sent a carrier , and the U.S. Air Force flew over the gulf .', 'Courier'),
    doc('g', 'The U.S. Navy said the U.S. Army would help .', 'Ledger'),
  ]);

  it('joins the army of a state to its military when the corpus names no other service of it', () => {
    expectSameEntity(r, 'Syrian army', 'Syrian military');
  });

  it("joins the army named by the state's name to the army named by its adjective", () => {
    expectSameEntity(r, 'Iraq army', 'Iraqi Army');
  });

  it('keeps an army apart from the military when the corpus names the same state’s other services', () => {
    expectApart(r, 'U.S. Army', 'U.S. military');
  });
});

describe('military before the role of its speaker or before a verb', () => {
  const r = extractEntities([
    doc('a', 'The Israel Defense Forces ( IDF ) said troops entered the town .', 'Ledger'),
    doc('b', 'An Israeli military spokesman said two soldiers were hurt .', 'Courier'),
    doc('c', 'A statement from the Egyptian Armed Forces was read on television .', 'Ledger'),
    doc('d', 'Now the Egyptian military takes control of the capital , witnesses said .', 'Gazette'),
    doc('e', 'Israeli military officials declined to comment on the Israeli military bases .', 'Gazette'),
  ]);

  it('reads "Israeli military spokesman" as the spokesman of the forces', () => {
    expectSameEntity(r, 'Israeli military', 'IDF');
  });

  it('reads "the Egyptian military takes" as the forces acting', () => {
    expectSameEntity(r, 'Egyptian military', 'Egyptian Armed Forces');
  });

  it('keeps the adjective before officials and bases', () => {
    expect(typesOf(r, 'Israeli')).toEqual(['demonym', 'demonym']);
  });
});
