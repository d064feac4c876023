// The grade overlap() gives a cross-outlet pair rests on the outlets' own text: two outlets printing one official's
// statement, each telling the event in its own words, are independent of each other; a rewrite that also carries the
// statement stays rewritten. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { ownGrade, sharesThirdPartyText } from '../lib/overlap/own-grade.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string): Doc =>
  analyse({ id, outlet, date: '2026-03-04', text, paragraphs: [] });

// the harbour authority's statement, printed in quote marks by both outlets
const STATEMENT =
  '"The breakwater lights failed at nine minutes past two because a corroded junction box flooded during the storm surge, ' +
  'and the reserve generator did not start. We have replaced the junction box, tested the generator twice and posted a ' +
  'second crew at the signal house until the inquiry reports," the Kelmscott Harbour Authority said in a statement.';
// each outlet's own account of the night: the same facts and names, in its own words
const OWN_A =
  'Fishing crews returning to Kelmscott after midnight found the harbour mouth dark on Tuesday. ' +
  'Two trawlers waited offshore for an hour before a pilot boat led them in. ' +
  'Skippers said they had never seen the entrance unlit in thirty years of work.';
const OWN_B =
  'A blackout at the Kelmscott harbour entrance left returning boats without guidance for over an hour overnight. ' +
  'A pilot launch eventually escorted the stranded vessels to their moorings. ' +
  'Veteran skippers called the outage unprecedented and demanded answers from the port.';
// a rewrite of OWN_A: clauses reordered, words swapped, the facts and much of the wording kept
const REWRITE_A =
  'Returning to Kelmscott after midnight on Tuesday, fishing crews found the harbour mouth completely dark. ' +
  'Before a pilot boat led them in, two trawlers waited offshore for about an hour. ' +
  'In thirty years of work, skippers said, they had never seen the entrance unlit.';
const OTHERS = [
  'The city orchestra opened its winter season on Friday with a programme of folk songs and a new cello concerto.',
  'Shares in the regional ferry operator fell sharply on Monday after it reported a loss for the third quarter running.',
  'A local theatre company will stage a revival of a forgotten comedy in the town hall during the spring festival.',
  'Farmers in the wheatbelt expect a smaller harvest this year because the winter rains arrived late and stopped early.',
].map((t, i) => doc(`o${i}`, `Other ${i}`, t));

const pairOf = (docs: Doc[]) => {
  const p = overlap(docs, { outlets: [] }).pairs.find((x) => [x.a, x.b].sort().join() === 'a,b');
  if (!p) throw new Error('the pair shares nothing');
  return p;
};

describe('the grade of a cross-outlet pair on its own text', () => {
  it('two outlets printing one statement, each in its own words otherwise, are independent of each other', () => {
    const p = pairOf([
      doc('a', 'Coast Times', `${OWN_A} ${STATEMENT}`),
      doc('b', 'Harbour Post', `${OWN_B} ${STATEMENT}`),
      ...OTHERS,
    ]);
    // the statement is shared word for word and is a third party's text
    expect(p.passages.length).toBeGreaterThan(0);
    expect(p.passages.every((x) => x.kind === 'common-source')).toBe(true);
    expect(p.grade).toBe('independent');
    expect(p.rewriteScore).toBeLessThan(0.1);
    expect(p.credit).toBe('none-needed');
  });
  it('a rewrite of the other outlet that also prints the statement stays rewritten', () => {
    const p = pairOf([
      doc('a', 'Coast Times', `${OWN_A} ${STATEMENT}`),
      doc('b', 'Harbour Post', `${REWRITE_A} ${STATEMENT}`),
      ...OTHERS,
    ]);
    expect(p.grade).not.toBe('independent');
    expect(p.rewriteScore).toBeGreaterThanOrEqual(0.1);
  });
});

describe('third-party shared text', () => {
  const quote = { kind: 'common-source' as const, kind_because: 'inside quote marks in both articles: a quote' };
  const spread = { kind: 'common-source' as const, kind_because: 'carried by articles of 3 or more outlets, so not' };
  const stock = { kind: 'stock' as const, kind_because: 'a formulaic phrase' };
  const reuse = { kind: 'reuse' as const, kind_because: 'copied or rewritten narration' };
  it('is a quote with stock beside it, not text many outlets carry, a reuse passage or rewritten narration', () => {
    expect(sharesThirdPartyText([quote, stock], 0)).toBe(true);
    expect(sharesThirdPartyText([stock], 0)).toBe(false);
    expect(sharesThirdPartyText([spread], 0)).toBe(false);
    expect(sharesThirdPartyText([quote, reuse], 0)).toBe(false);
    expect(sharesThirdPartyText([quote], 40)).toBe(false);
  });
  it('sets back cross-outlet pairs only, and keeps every independent score under 0.1', () => {
    const graded = { grade: 'near-copy' as const, rewriteScore: 0.8 };
    expect(ownGrade('cross-outlet', graded, [quote], 0)).toEqual({ grade: 'independent', rewriteScore: 0.09 });
    expect(ownGrade('same-outlet', graded, [quote], 0)).toEqual(graded);
    expect(ownGrade('cross-outlet', graded, [reuse], 0)).toEqual(graded);
  });
});
