// A corpus without dates: the report's corpus finding (and notebook 01) says what the missing dates do to the analyses
// a reader will read next, not only that the articles cannot be ordered. Invented outlets and wording.
import { describe, expect, it } from 'vitest';
import { corpusFindings } from '../lib/report/findings.js';
import { article } from './report-helpers.js';

const texts = ['The council met.', 'The board voted.', 'The mayor spoke.'];

describe('the corpus finding on missing dates', () => {
  it('says that direction rests on credits, agencies or containment and that undated stories are grouped by names', () => {
    const undated = texts.map((t, i) => article(`u${i}`, i ? 'Metro Post' : 'Daily Ledger', null, `T${i}`, t));
    const f = corpusFindings(undated, []).map((x) => x.text);
    expect(f).toContain(
      'None of the 3 articles has a known date, so they cannot be ordered in time: which of two came first can only be ' +
        'read from a credit, a news agency or one text containing the other, and they are grouped into stories by the ' +
        'names they share alone, so one such story can hold several events on one subject, years apart.',
    );
  });

  it('counts the undated articles of a partly dated corpus, and leaves out the stories when the input names them', () => {
    const some = texts.map((t, i) => ({
      ...article(`s${i}`, 'Daily Ledger', i ? '2026-03-10' : null, `T${i}`, t),
      event: 'council',
    }));
    const text = corpusFindings(some, [])
      .map((x) => x.text)
      .find((t) => t.includes('known date'));
    expect(text).toBe(
      '1 article has no known date, so it cannot be ordered in time: which of two came first can only be read from a ' +
        'credit, a news agency or one text containing the other.',
    );
  });
});
