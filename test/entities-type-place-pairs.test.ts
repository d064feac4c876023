// Two places joined by a hyphen inside a run of name words ("the United States-Canada crossing", "the U.S-Canada
// line") are two places, never one person's name; a double family name and a name the gazetteer knows whole stay one.
// Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectTypes, run, texts } from './helpers/entities.js';

describe('two places joined by a hyphen', () => {
  it('reads each half of a place pair as its place', () => {
    const r = run(
      'Trucks waited for hours at the United States-Canada crossing on Friday , officials said . ' +
        'Patrols along the U.S-Canada line doubled , and the Ohio-Canada ferry stopped .',
    );
    expect(texts(r)).not.toContain('United States-Canada');
    expect(texts(r)).not.toContain('U.S-Canada');
    expectTypes(r, { 'United States': 'place', Canada: 'place', 'U.S': 'place', Ohio: 'place' });
  });

  it('keeps a double family name and a country named with a hyphen whole', () => {
    const r = run('Rep. Lorna Jackson-Pike said the Guinea-Bissau delegation and Mexican-American voters agreed .');
    expectTypes(r, { 'Lorna Jackson-Pike': 'person', 'Guinea-Bissau': 'place' });
    expect(texts(r)).not.toContain('Mexican');
  });
});
