// Role nouns no title list holds, capitalised before a full name: "Chief Negotiator Saeb Erekat" kept "Negotiator" in
// the person's name, "Founding Father Charles Thomson" named a person "Founding Father Charles Thomson". Words the
// corpus writes in lower case ("the chief negotiator", "a founding father") before a full name are the person's
// title. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

const LOWER =
  'The chief negotiator met a founding father of the movement . Every founding father and every negotiator spoke .';

describe('role nouns before a full name', () => {
  it('cuts a role noun after a title off the name', () => {
    const r = run('The Tarvians will be represented by Chief Negotiator Saeb Orrelat and Mira Dunne .', LOWER);
    expectTypes(r, { 'Saeb Orrelat': 'person', 'Negotiator Saeb Orrelat': undefined });
    expect(r.mentions.flat().find((m) => m.text === 'Saeb Orrelat')?.title).toBe('chief negotiator');
  });

  it('cuts a role of two words off a name that opens with a listed given name', () => {
    const r = run('In designing the seal , Founding Father Charles Brennock chose the words .', LOWER);
    expectTypes(r, { 'Charles Brennock': 'person', 'Founding Father Charles Brennock': undefined });
  });

  it('keeps a given name that is also a word in the name (guard)', () => {
    const r = run('The photo shows Rich Brony Quan at home .', 'He was rich , and rich people liked him .');
    expectTypes(r, { 'Rich Brony Quan': 'person', 'Brony Quan': undefined });
  });
});
