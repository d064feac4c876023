// A surname that is also a common word ("Wall" of a lawyer, the wall on the border) joins the person only where its
// article names the person, or writes it after a title (ents61). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { run, entityWith } from './helpers/entities.js';
import type { EntityResult } from '../lib/entities/entities.js';

/** The entity of the mention spelled `text` in doc number `d`. */
const entityIn = (r: EntityResult, d: number, text: string) => {
  const m = r.mentions[d].find((x) => x.text === text);
  return m ? r.entities.find((e) => e.id === m.entity) : undefined;
};

const FENCE_TALK =
  'The old fence along the river is rusting . A new fence is planned , and the fence will cost more . ' +
  'Critics call the fence a waste , and the fence builders disagree .';

describe('a surname that the corpus mostly writes as a common word', () => {
  const r = run(
    'Deputy Solicitor General Gerald Fence argued the case on Monday . The justices asked Fence whether the order was lawful .',
    FENCE_TALK,
    'The president wrote on Sunday : Dems must agree to Fence and new Border Protection for good of country !',
    'Sen. Fence said he would vote no . “ It is a bad bill , ” Fence told reporters .',
  );

  it('keeps the word apart from the person where its article does not name him', () => {
    const person = entityWith(r, 'Gerald Fence');
    expect(person).toBeDefined();
    expect(entityIn(r, 0, 'Fence')?.id).toBe(person?.id);
    expect(entityIn(r, 2, 'Fence')?.id).not.toBe(person?.id);
  });

  it('still joins the word where its article writes it after a title (guard)', () => {
    const person = entityWith(r, 'Gerald Fence');
    expect(r.mentions[3].filter((m) => m.text === 'Fence').map((m) => m.entity)).toEqual([person?.id, person?.id]);
  });
});

describe('a bare word that is the second half of an Arabic compound name', () => {
  const r = run(
    'Troops patrolled the villages north of the city , said Nasir al-Din , a local commander , on Monday .',
    'The justices cited Mandel and Din , two cases on visas , in the ruling on Tuesday .',
  );

  it('does not join the compound’s holder', () => {
    const holder = entityWith(r, 'Nasir al-Din');
    expect(holder).toBeDefined();
    expect(entityWith(r, 'Din')?.id).not.toBe(holder?.id);
  });
});
