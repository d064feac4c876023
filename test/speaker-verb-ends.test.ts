// A speaker phrase that ran into its verb ends before it; a plural noun that is also a verb of saying stays. Phrases
// written for these tests (invented names).
import { describe, expect, it } from 'vitest';
import { lengthBeforeVerb } from '../lib/framing/speaker-verb-ends.js';

const cut = (p: string) => p.slice(0, lengthBeforeVerb(p));

describe('lengthBeforeVerb', () => {
  it('ends a court, a poll and a report before their verbs, auxiliaries, adverbs and days', () => {
    expect(cut('the Harbour Supreme Court held')).toBe('the Harbour Supreme Court');
    expect(cut('A 2013 Valdor poll found')).toBe('A 2013 Valdor poll');
    expect(cut('the report does n’t say')).toBe('the report');
    expect(cut('President Doe on Thursday denied')).toBe('President Doe');
    expect(cut('The dissent sarcastically notes')).toBe('The dissent');
  });

  it('keeps plural nouns, one word, and a phrase of determiners only', () => {
    expect(cut('Valdorian media reports')).toBe('Valdorian media reports');
    expect(cut('reported')).toBe('reported');
    expect(cut('The reported')).toBe('The reported');
  });
});
