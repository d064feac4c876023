// Bracketed nicknames and initials inside a full name: "James Leander (Leo) Nichols" was cut into "James Leander", an
// untyped "Leo" and "Nichols"; "Alan John Percivale (A.J.P.) Taylor" into three. After a given name and up to two middle
// names, a bracketed one-word given name or the initials of the names before it, then a family name: one person.
// Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('bracketed nicknames and initials inside a name', () => {
  it('keeps a middle name, a bracketed nickname and the family name in one person', () => {
    const r = run('His death came after James Leander (Leo) Norrick, a friend of the consul, died in prison.');
    expectTypes(r, { 'James Leander (Leo) Norrick': 'person', 'James Leander': undefined, Norrick: undefined });
  });

  it('keeps bracketed initials of the names before them in the name', () => {
    const r = run('1990 - British historian Alan John Percivale (A.J.P.) Tabberly died.');
    expectTypes(r, { 'Alan John Percivale (A.J.P.) Tabberly': 'person', 'Alan John Percivale': undefined });
  });

  it('leaves a bracketed state or party between two names apart (guard)', () => {
    const r = run('The mayor, Ann Vale (Ohio) Smith said. Donald Varga (R) Dunmore spoke.');
    expectTypes(r, { 'Ann Vale': 'person', Ohio: 'place', 'Ann Vale (Ohio) Smith': undefined });
    expectTypes(r, { 'Donald Varga (R) Dunmore': undefined });
  });
});
