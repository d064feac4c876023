// Two ordinary words capitalised together for emphasis ("they do NOT want Harbour Safety") are no name when the corpus
// writes the phrase in lower case far more often; a name the corpus capitalises as often as not stays. Fixtures
// invented.
import { describe, expect, it } from 'vitest';
import { run, texts } from './helpers/entities.js';

const lower = [
  'The council spent more on harbour safety this year .',
  'Critics said harbour safety had been ignored for a decade .',
  'A report on harbour safety is due in May .',
  'Funding for harbour safety rose again .',
];

describe('capitals for emphasis on a common phrase', () => {
  it('drops a pair the corpus writes in lower case far more often', () => {
    const r = run(...lower, 'The mayor wrote online that they do NOT want Harbour Safety , and the vote failed .');
    expect(texts(r)).not.toContain('Harbour Safety');
  });

  it('keeps a pair the corpus capitalises as often as it writes it in lower case', () => {
    const r = run(
      'The Harbour Patrol said two boats sank .',
      'Officers of the Harbour Patrol arrived late .',
      'A harbour patrol boat was seen .',
      'The mayor praised Harbour Patrol on Monday .',
    );
    expect(texts(r)).toContain('Harbour Patrol');
  });
});
