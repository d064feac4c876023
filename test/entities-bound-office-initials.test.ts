// "AG" is the German company form ("Siemens AG") and, in American copy, the attorney general: "Texas AG Ken Paxton"
// was one organisation, "Texas AG". An office's initials in capitals after a known place (or first in the run) and
// before a name word are a title. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, texts, typeOf } from './helpers/entities.js';

describe('an office written as its initials', () => {
  it('reads "AG" after a state and before a name as the person\'s title', () => {
    const r = run(
      'Ten officials , led by Texas AG Tom Garvel , sued on Monday .',
      'A group led by Ohio AG Brandt wrote to the agency .',
    );
    expect(texts(r)).not.toContain('Texas AG');
    expect(texts(r)).not.toContain('Ohio AG');
    expect(typeOf(r, 'Texas')).toBe('place');
    expect(typeOf(r, 'Tom Garvel')).toBe('person');
    expect(typeOf(r, 'Brandt')).toBe('person');
  });

  it('names nothing in "his AG" or "was AG"', () => {
    const r = run('Even if Varga overruled his AG , it is not clear , and he was AG under Lund .');
    expect(texts(r)).not.toContain('AG');
  });

  it('keeps "AG" that ends a company\'s name the company (guard)', () => {
    const r = run('Vennholt AG said profits rose , and Kastberg Bank AG shares fell .');
    expect(typeOf(r, 'Vennholt AG')).toBe('org');
    expect(typeOf(r, 'Kastberg Bank AG')).toBe('org');
  });
});
