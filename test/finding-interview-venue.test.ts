// An outlet outside the corpus cited only as an interview's venue ("told KLX 's Dana Reed", "in an interview with
// KLX") is no missing article to add: the quote comes from an interview given to it. An outlet cited for its reporting
// stays one to add. Seen on real coverage ("told NBC 's Chuck Todd"); fixtures written for this test.
import { describe, expect, it } from 'vitest';
import { overlapFindings, type OverlapLike } from '../lib/report/findings.js';

const docs = [
  { id: 'a1', outlet: 'Daily Ledger', date: '2020-05-01', words: 700 },
  { id: 'b1', outlet: 'Town Crier', date: '2020-05-01', words: 600 },
];
const cite = (doc: string, cited: string, text: string): OverlapLike['citations'][number] => ({
  doc,
  cited,
  kind: 'outlet',
  text,
});
const texts = (citations: OverlapLike['citations']) =>
  overlapFindings({ docs, pairs: [], citations })
    .map((f) => f.text)
    .filter((t) => t.includes('not in the corpus'));

describe('an outlet outside the corpus cited as an interview venue', () => {
  it('says the words come from an interview given to it', () => {
    expect(texts([cite('a1', 'KLX', "told KLX 's Dana Reed"), cite('b1', 'KLX', 'in an interview with KLX')])).toEqual([
      'Daily Ledger and Town Crier quote interviews given to KLX, which is not in the corpus: the words come from those interviews, not from an article to add.',
    ]);
  });
  it('keeps an outlet cited for its reporting as an article to add, saying how many citations are interviews', () => {
    expect(
      texts([cite('a1', 'Harbour Post', 'Harbour Post reported'), cite('b1', 'Harbour Post', 'told Harbour Post')]),
    ).toEqual([
      'Daily Ledger and Town Crier cite Harbour Post, which is not in the corpus: add its article to check what was taken from it (1 of the 2 citations is an interview given to it: its words come from the interview).',
    ]);
    expect(
      texts([
        cite('a1', 'Harbour Post', 'Harbour Post reported'),
        cite('a1', 'Harbour Post', "told Harbour Post 's Ivo Brenn"),
        cite('b1', 'Harbour Post', 'told Harbour Post'),
      ]),
    ).toEqual([
      'Daily Ledger and Town Crier cite Harbour Post, which is not in the corpus: add its article to check what was taken from it (2 of the 3 citations are interviews given to it: their words come from the interviews).',
    ]);
    expect(texts([cite('a1', 'Harbour Post', 'according to Harbour Post')])).toEqual([
      'Daily Ledger cites Harbour Post, which is not in the corpus: add its article to check what was taken from it.',
    ]);
  });
});
