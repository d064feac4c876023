// A body named by its kind and a place ("Consulate Jeddah" in a cable, "Bank Riga"), or a body and a people's or a
// language's word ("Orbit News Arabic", an outlet's edition), is an organisation, not a person; a people's word before
// a title stays the title's. Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe("a body's branch", () => {
  it("types a body's word before a place an organisation", () => {
    const r = run(
      'The cable said the group called for an attack on Consulate Jeddah , and a license was issued to Bank Riga in May .',
    );
    expectTypes(r, { 'Consulate Jeddah': 'org', 'Bank Riga': 'org' });
  });

  it("types a body's edition for a people or in a language an organisation", () => {
    const r = run('She told me in an interview for Orbit News Arabic that the talks failed , the paper said .');
    expectTypes(r, { 'Orbit News Arabic': 'org' });
  });

  it("keeps a people's word before a title apart from the body before it", () => {
    const r = run('Photo : Kit Lane/AP Turkish President Halil Dorn spoke in Ankara on Friday .');
    expectTypes(r, { 'AP Turkish': undefined, Turkish: 'demonym', 'Halil Dorn': 'person' });
  });
});
