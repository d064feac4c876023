// Who speaks a quote when the text before it holds commas: an appositive after a name is cut to the name only inside
// the quote's own sentence ("… the caravan. At a rally in Harbourton, for example, he claimed" is no name "Brenn …
// Harbourton"), a bracketed tag's commas split nothing ("Rep. Ivo Doe (R., Utah), a member of the panel, said"), and a
// clause ("Rather, he said", "as Doe said", "…, but Loft said") is no appositive. Fixtures written for these tests
// (invented people, places and bodies).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { findQuotes } from '../lib/framing/quotes.js';

/** The speaker of each top-level quote, in text order. */
const speakers = (text: string) =>
  findQuotes(fixtureDoc('qa', text))
    .filter((q) => q.depth === 0)
    .map((q) => q.speaker);

describe('an opening phrase before the subject is no speaker', () => {
  it('takes the pronoun after "At a rally in X, for example,"', () => {
    const s = speakers(
      'Ivo Brenn has repeatedly argued that Valdor pays the marchers. At a rally in Harbourton, for example, ' +
        'he claimed that “a lot of money has been passing to people.”',
    );
    expect(s).toHaveLength(1);
    expect(s[0]).not.toMatch(/Harbourton/);
  });

  it('takes the name after a sentence that opens on a place', () => {
    const s = speakers(
      'The talks in Harbourton stalled last week. Ana Dorr, a lawyer at the Valdor Institute, said the ruling ' +
        '“changes nothing for our clients.”',
    );
    expect(s).toEqual(['Ana Dorr']);
  });
});

describe('an appositive after a name', () => {
  it('is cut past a bracketed party tag with a comma inside', () => {
    const s = speakers(
      'The panel met on Tuesday. Rep. Ivo Doe (R., Utah), a member of the panel, said the plan “will fail.”',
    );
    expect(s).toEqual(['Rep. Ivo Doe']);
  });

  it('is no later clause with its own subject after "but"', () => {
    const s = speakers(
      'Kira Loft, a lawyer for the families, was in court on Monday, but Omar Vell said the judge “had no choice.”',
    );
    expect(s).toEqual(['Omar Vell']);
  });

  it('is no clause opened by a pronoun after a sentence adverb', () => {
    const s = speakers('Senator Ana Dorr spoke first.\n\nRather, he said, the envoy would “wait for the vote.”');
    expect(s).not.toContain('Rather');
  });

  it('is no example connective before the subject', () => {
    const s = speakers('Placido, for example, the Harbour Court said a visitor had “a right to be heard.”');
    expect(s).toEqual(['the Harbour Court']);
  });
});
