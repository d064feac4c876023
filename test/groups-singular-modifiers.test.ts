// A singular head of people before a name or a body's name is its adjective or title ("the devout Valley Caucus",
// "devout Unionists", "settler Ivo Brenn"), and after a word of degree an adjective ("the more devout town"): no
// group mention. "a devout ," and "a settler Tuesday" stay the group's. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse, paragraphsOf } from '../lib/text/analyse.js';
import { docVoice } from '../lib/framing/voice.js';
import { groupLabelMentions } from '../lib/framing/groups.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string): Doc =>
  analyse({ id, outlet, date: null, text, paragraphs: paragraphsOf(text) });

const TEXTS: [string, string][] = [
  [
    'Valley Courier',
    'The devouts who marched were calm. The devouts said little. Members of the devout Valley Caucus met devout Unionists on Monday. A leading devout , said the plan was fair. The settlers who came were tired. The settlers said so.',
  ],
  [
    'Plain Herald',
    'The devouts who prayed were calm. The devouts said more. The plan passed the more devout town hall. Officials met settler Ivo Brenn and a settler Tuesday. The settlers who stayed were calm.',
  ],
];

describe('a singular head before a name or after a word of degree', () => {
  const docs = TEXTS.map(([o, t], i) => doc('m' + i, o, t));
  const ms = groupLabelMentions(
    docs,
    [],
    docs.map((d) => docVoice(d)),
    { minPersonal: 2 },
  );
  const singular = (word: string) => ms.filter((m) => m.label.toLowerCase().endsWith(word)).map((m) => m.doc);

  it('is an adjective or a title, no group mention', () => {
    expect(singular('devout')).toEqual(['m0']);
    expect(singular('settler')).toEqual(['m1']);
  });
});
