// A line of page furniture that calls on the reader (a call for readers' photos and stories, a newsletter sign-up, a
// "follow us" or "join the conversation" line) is printed by a site in every article of a series: it is removed at
// loading, from records too, and logged with its raw offset. Left in, one outlet "reuses its own text" in every pair
// of its articles that carry it. Prose that only uses the words, a memo quoted in a story and a republication credit
// stay. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { cleanPlain } from '../lib/corpus/clean.js';
import { fillerProse } from './helpers/prose.js';
import { BOTH_MODES, expectOffsetsBack, ownReuse } from './helpers/cleaning.js';

const CALL = 'Are you in Harbourton ? Send us your photos and stories of the storm , but please stay safe .';
const SIGNUP =
  'Morning Brief Sign up for our daily newsletter on the coast , delivered to your inbox every weekday . ' +
  'By signing up you agree to receive emails from us . You can unsubscribe at any time .';
const FOLLOW = 'Share Your Thoughts What should the council do about the pier ? Join the conversation below .';
const RAW = [
  CALL,
  'The storm closed the Harbourton ferry on Monday .',
  SIGNUP,
  'Mayor Ann Vale said the pier would reopen in May .',
  FOLLOW,
].join('\n');

describe('reader call-outs', () => {
  for (const [name, clean] of BOTH_MODES)
    it(`${name}: each call-out is removed with its line and logged; the article's lines stay, offsets map back`, () => {
      const c = clean(RAW);
      expect(c.text.split('\n').filter(Boolean)).toEqual([
        'The storm closed the Harbourton ferry on Monday .',
        'Mayor Ann Vale said the pier would reopen in May .',
      ]);
      const log = c.removed.filter((r) => r.kind === 'reader-callout');
      expect(log.map((r) => r.rawStart)).toEqual([0, RAW.indexOf(SIGNUP), RAW.indexOf(FOLLOW)]);
      expectOffsetsBack(RAW, c);
    });

  it('keeps prose that uses the words, a quoted call and a republication credit', () => {
    const text = [
      'Polls tell us what voters think , but not why .',
      'Thousands of families rushed to sign up for the program before the deadline .',
      'The agency asked residents to “ please tell us about your experience ” at the border .',
      'This piece was originally published by the Harbour Gazette . Sign up for our newsletter here .',
    ].join('\n');
    expect(cleanPlain(text).text).toBe(text);
  });

  it('an outlet printing the same call for readers in three articles does not reuse its own text', () => {
    const { corpus, reuse } = ownReuse(
      [1, 2, 3].map((s) => `${CALL}\nHarbourton ${fillerProse(s, 70)}\n${SIGNUP}\n${fillerProse(s + 10, 50)}`),
    );
    expect(reuse).toEqual([]);
    expect(corpus.articles.every((a) => !a.text.includes('Send us') && !a.text.includes('Sign up'))).toBe(true);
  });
});
