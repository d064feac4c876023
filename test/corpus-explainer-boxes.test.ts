// A collapsible explainer box scraped onto a line of its own ("Quick guide <title> Show Hide <body>") is page
// furniture the site prints in every article on the subject: it is removed at loading, from records too, and logged,
// with the offsets of the rest still pointing into the raw text. Left in, one outlet "reuses its own text" in every
// pair of its articles that carry the box. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { cleanPlain } from '../lib/corpus/clean.js';
import { fillerProse } from './helpers/prose.js';
import { BOTH_MODES, expectOffsetsBack, ownReuse } from './helpers/cleaning.js';

const BOX =
  'Quick guide Why is the Harbourton ferry closing ? Show Hide What happened to the ferry ? The council voted in March ' +
  'to end the subsidy that kept the Harbourton ferry running through the winter , after two years of losses and a ' +
  'report that found the pier unsafe for heavy loads . Who uses it ? About four hundred people cross each day , most ' +
  'of them workers at the shipyard and pupils of the grammar school on the far bank . What happens next ? The ' +
  'operator has until June to find a buyer , or the route closes for good . By Jane Holloway Read more';
const RAW = [
  'The council met on Monday .',
  BOX,
  'Mayor Ann Vale said the vote would come in May .',
  'Q & A What are the options for the pier ? Show Hide The council could repair it or sell it .',
].join('\n');

describe('explainer boxes', () => {
  for (const [name, clean] of BOTH_MODES)
    it(`${name}: each box is removed with its line and logged; the article's lines stay, offsets map back`, () => {
      const c = clean(RAW);
      expect(c.text.split('\n').filter(Boolean)).toEqual([
        'The council met on Monday .',
        'Mayor Ann Vale said the vote would come in May .',
      ]);
      const log = c.removed.filter((r) => r.kind === 'explainer-box');
      expect(log.map((r) => r.rawStart)).toEqual([RAW.indexOf(BOX), RAW.indexOf('Q & A')]);
      expect(log[0].text.startsWith('Quick guide Why is the Harbourton ferry closing ?')).toBe(true);
      expectOffsetsBack(RAW, c);
    });

  it('keeps prose that only uses the words', () => {
    const text =
      'Critics said the show hid the facts . Show Hide Park is closed .\n' +
      'Officials declined to comment . Show Hide is the name of the band .';
    expect(cleanPlain(text).text).toBe(text);
  });

  it('an outlet printing the same box in three articles on the subject does not reuse its own text', () => {
    const { corpus, reuse } = ownReuse(
      [1, 2, 3].map((s) => `${fillerProse(s, 70)}\n${BOX}\n${fillerProse(s + 10, 50)}`),
    );
    expect(reuse).toEqual([]);
    expect(corpus.articles.every((a) => !a.text.includes('Show Hide'))).toBe(true);
  });
});
