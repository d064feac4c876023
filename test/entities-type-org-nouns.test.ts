// Nouns after a name that only a body has: a paper's kind ("Gazeta Nowa daily said") and a firm's seat ("Vale Air's
// head office"). Title case alone made both people. Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('a paper or a firm by the noun after its name', () => {
  it('types a paper named before "daily" an organisation, in the whole article', () => {
    const r = run('The deal was off, Gazeta Nowa daily said on Monday. Gazeta Nowa said its owner would bid.');
    expectTypes(r, { 'Gazeta Nowa': 'org' });
  });

  it('types a firm whose head office is named an organisation', () => {
    const r = run("Investigators cleared Vale Air. Papers came from Vale Air's head office in Lisbon.");
    expectTypes(r, { 'Vale Air': 'org' });
  });

  it("leaves a daily paper named after the word and a person's daily habit alone", () => {
    const r = run('The Cairo daily Al-Nour reported it. Tom Reed daily visits the site, Tom Reed said.');
    expectTypes(r, { 'Tom Reed': 'person' });
  });
});
