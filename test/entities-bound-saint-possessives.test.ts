// A saint's name that owns an institution: "St John 's College Oxford" was "St John" (a person) and "College Oxford"
// (an organisation). A saint's name of two words, its possessive and a run ending in a body's or a place's head are
// one name; a body's head before its seat stays its head before a function word or a verb of saying. Fixtures
// invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe("a saint's possessive before a body", () => {
  it("reads St Aldric 's College Oxford as one organisation", () => {
    const r = run("She studied at St Aldric 's College Oxford before joining the bank .");
    expectTypes(r, { "St Aldric 's College Oxford": 'org', 'St Aldric': undefined, 'College Oxford': undefined });
  });

  it("reads a glued possessive the same way (St. Brennan's Hospital)", () => {
    const r = run("He was taken to St. Brennan's Hospital , officials said .");
    expectTypes(r, { "St. Brennan's Hospital": 'place', 'St. Brennan': undefined });
  });

  it("keeps a saint's day an event (guard)", () => {
    const r = run("The parade on St. Patrick's Day drew crowds .");
    expectTypes(r, { "St. Patrick's Day": 'event' });
  });
});
