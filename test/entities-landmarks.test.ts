// Documents and buildings named without a head word ("the Constitution", "Obamacare", "the Bible", "REAL ID", "the
// Capitol", "the Rose Garden") are typed: laws and works as events (no actor, no place), buildings as places; a longer
// name that opens with one keeps its own type. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, typeOf } from './helpers/entities.js';

describe('documents and buildings named without a head word', () => {
  const r = run(
    'Lawmakers met at the Capitol and swore to defend the Constitution . One held a Bible .',
    'Obamacare premiums rose again . The REAL ID rules start in May , the president said in the Rose Garden .',
  );

  it('types the laws and works as events', () => {
    for (const w of ['Constitution', 'Bible', 'Obamacare', 'REAL ID']) expect([w, typeOf(r, w)]).toEqual([w, 'event']);
  });

  it('types the buildings as places', () => {
    expect(typeOf(r, 'Capitol')).toBe('place');
    expect(typeOf(r, 'Rose Garden')).toBe('place');
  });

  it('leaves a longer name that opens with one to its own head word', () => {
    const o = run('Officers of the Capitol Police guarded the door . The Constitution Party chose a candidate .');
    expect(typeOf(o, 'Capitol Police')).toBe('org');
    expect(typeOf(o, 'Constitution Party')).toBe('group');
  });

  it("keeps a place's building one place", () => {
    const o = run('Protesters marched to the U.S. Capitol and then to the Georgia Capitol .');
    expect(typeOf(o, 'U.S. Capitol')).toBe('place');
    expect(typeOf(o, 'Georgia Capitol')).toBe('place');
  });
});
