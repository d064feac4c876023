// Results lines and sports copy: a one-word athlete ("Samokhvalova (Russia) 3:45.011") stayed untyped, "Christian
// Arrue (U.S.) 2-0" was cut into the faith word and "Arrue", "Jamaican rival Merlene Ottey" was an organisation by
// "rival". Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('names in results lines and sports copy', () => {
  it('types a one-word name before a bracketed country and a time a person', () => {
    const r = run("CYCLING - RESULTS . Women 's pursuit : Lindqvorova (Russia) 3:45.011 Ulmerby (New Zealand) 3:46.2");
    expectTypes(r, { Lindqvorova: 'person', Ulmerby: 'person' });
  });

  it('keeps a faith word that is a given name in the name', () => {
    const r = run('Darrel Hoyle (Australia) beat Christian Arrovet (U.S.) 2-0 in the final .');
    expectTypes(r, { 'Christian Arrovet': 'person', Arrovet: undefined });
  });

  it("types a people's rival a person", () => {
    const r = run('Gail Dervin clocked 10.89 to defeat Jamaican rival Merlene Ottavy , who was second .');
    expectTypes(r, { 'Merlene Ottavy': 'person' });
  });

  it("keeps a people's rival that ends in a body's head an organisation (guard)", () => {
    const r = run('Toyota beat Japanese rival Varnet Motor Corp in sales .');
    expectTypes(r, { 'Varnet Motor Corp': 'org' });
  });
});
