// A live blog stamps each update with the time ("Update at 2:50 p.m. ET."), notes when it rewrote the top of the post,
// and promises more updates; other pages print correction notes, photo credits and a video player's notice. None of it
// is how the outlet words the story, yet it made "update", "updates", "earlier updates" and "posted" one outlet's
// distinctive terms. The story's own words around it must stay.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { analyseFraming } from '../lib/framing/framing.js';
import { readLexicon } from '../lib/framing/data.js';
import { houseStyleMask } from '../lib/framing/distinctive.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string): Doc =>
  analyse({ id, outlet, date: null, text, paragraphs: [] });

const LIVE = [
  '( We most recently updated the top of this post at 5:08 p.m . ET . )',
  'Update at 2:50 p.m . ET . Harbour Talks Stall As Ferry Strike Drags On :',
  'The reckless closure will cost the island its ferries.',
  'Update at 11:45 a.m . ET . Ferry Deal Close , But Not Final :',
  'Negotiators met at noon ET and again at 9am EST in the port office.',
  "We 'll update as more news comes in . Our original post and earlier updates :",
  'Correction : This posting has been updated with a revised count of ferries.',
  '| Wilson Ring/AP Photo Your browser does not support the video tag .',
].join('\n');

const PLAIN = [
  'The ferry strike entered its third day as talks between the union and the port stalled.',
  'The union said the closure would cost the island its ferries, and the port disagreed.',
];

describe('web furniture is no distinctive wording', () => {
  it('leaves time stamps, notes about the post, credits and player notices out of the term counts', () => {
    const d = doc('l', 'Harbour Times', LIVE);
    const keep = houseStyleMask(d);
    const kept = d.tokens.filter((t, k) => keep[k] && t.kind === 'word').map((t) => t.norm);
    for (const w of ['update', 'updated', 'updates', 'posting', 'et', 'est', 'p.m', 'browser', 'photo', 'correction'])
      expect(kept).not.toContain(w);
    // the story's own words stay: the update's headline, the narration, the meeting place
    for (const w of ['harbour', 'talks', 'stall', 'reckless', 'closure', 'negotiators', 'noon', 'port', 'ferry'])
      expect(kept).toContain(w);
  });

  it("gives a live blog's outlet no distinctive stamp words, and keeps its judging word", () => {
    const docs = [
      ...[0, 1, 2].map((i) => doc(`h${i}`, 'Harbour Times', LIVE)),
      ...[0, 1, 2].map((i) => doc(`c${i}`, 'Coast Courier', PLAIN.join(' '))),
    ];
    const f = analyseFraming({ docs, lexicon: readLexicon() });
    const terms = f.distinctive.filter((r) => r.outlet === 'Harbour Times').map((r) => r.term);
    const furniture = /\b(?:update|updates|updated|posting|post|est|photo|browser|video tag|correction)\b/;
    expect(terms.filter((t) => furniture.test(t))).toEqual([]);
    expect(terms.some((t) => t.split(' ').includes('reckless'))).toBe(true);
  });

  it('keeps "update" and times that are the story\'s own words', () => {
    const d = doc(
      's',
      'Harbour Times',
      'The council will update the harbour rules. The vote is at 3 in the hall, he said.',
    );
    const keep = houseStyleMask(d);
    const kept = d.tokens.filter((t, k) => keep[k] && t.kind !== 'punct').map((t) => t.norm);
    expect(kept).toEqual(expect.arrayContaining(['update', 'harbour', 'rules', '3', 'hall']));
  });
});
