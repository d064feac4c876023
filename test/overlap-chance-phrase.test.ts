// A short phrase two outlets write alike by chance ("for a final vote later this week") is no reuse when every two
// words of it are common in the corpus, though no other article writes the whole phrase or most of its three-word
// runs; a fragment holding a rare name ("the Kallmore dredging plan") stays reuse. Seen on real coverage, where such
// phrases were 15 of 60 sampled reuse passages; fixtures written for this test (other places and bills).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';

const doc = (id: string, outlet: string, text: string) =>
  analyse({ id, outlet, date: '2026-04-02', text, paragraphs: [] });
const fillers = ['North Post', 'East Wire', 'South Courier', 'West Bulletin', 'Upland Star', 'Coast Record'].map(
  (outlet, i) =>
    doc(
      `f${i}`,
      outlet,
      `Story ${i} of the day . The council set a final vote for Monday on the roads budget number ${i} . ` +
        `Members will vote later today on item ${i} . The mayor went for a walk in the park , and she returns later this week .`,
    ),
);

const kindsOf = (a: string, b: string) => {
  const docs = [doc('a', 'Valley Ledger', a), doc('b', 'Harbour Gazette', b), ...fillers];
  const pair = overlap(docs).pairs.find((p) => [p.a, p.b].sort().join() === 'a,b');
  return pair?.passages.map((x) => x.kind) ?? [];
};

describe('a chance phrase of common words', () => {
  it('is no reuse when every two words of it are common in the corpus', () => {
    expect(
      kindsOf(
        'Lawmakers in Tallmere moved the dredging plan ahead on Monday , setting it up for a final vote later this week amid loud protests by fishermen .',
        'Critics of the ferry tax lost ground as the assembly heads for a final vote later this week , according to two aides who asked not to be named .',
      ),
    ).toEqual(['stock']);
  });
  it('keeps a fragment with a rare name as reuse', () => {
    expect(
      kindsOf(
        'Lawmakers moved ahead on Monday , setting up a final vote on the Kallmore dredging plan amid loud protests by fishermen .',
        'Critics of the ferry tax lost ground , with a final vote on the Kallmore dredging plan due , according to two aides .',
      ),
    ).toEqual(['reuse']);
  });
});
