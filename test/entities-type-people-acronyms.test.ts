// An acronym the corpus spells out as a class of people ("Stranded Foreign Workers ( SFW )") is a common noun, as
// "IDP" is: no organisation, in every article, and its capitalised words are no name either. An acronym spelled out
// as a body ("Foreign Workers Council ( FWC )") stays an organisation. Fixtures invented.
import { describe, it } from 'vitest';
import { expect } from 'vitest';
import { expectTypes, run, texts } from './helpers/entities.js';

describe('an acronym of a class of people', () => {
  it('is no name where it is defined, nor in another article', () => {
    const r = run(
      'The agency counted 4,120 Stranded Foreign Workers ( SFW ) in May , and 310 SFW left the camps .',
      'Officials said 1,200 SFW were moved to Cardale on Monday .',
    );
    expect(texts(r)).not.toContain('SFW');
    expect(texts(r)).not.toContain('Stranded Foreign Workers');
  });

  it("keeps a body's acronym an organisation", () => {
    const r = run('The Foreign Workers Council ( FWC ) met on Monday , and the FWC said the camps were full .');
    expectTypes(r, { FWC: 'org' });
  });
});
