// A media player's box scraped onto a line of its own (its labels, the title of another video or of the recording,
// a duration) is no sentence of the article: it is removed at loading, from records too, and logged, with the
// offsets of the rest still pointing into the raw text. Left in, its labels read as names ("JUST WATCHED Ivo Dorr").
import { describe, expect, it } from 'vitest';
import { cleanPlain } from '../lib/corpus/clean.js';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { BOTH_MODES, expectOffsetsBack } from './helpers/cleaning.js';

const BOX_1 =
  'JUST WATCHED Ivo Dorr on the harbour bill Replay More Videos ... MUST WATCH Ivo Dorr on the harbour bill 02:41';
const BOX_2 = 'Play Video 1:04 Ferries held at Harbourton pier – video';
const BOX_3 = 'Harbourton Votes On Ferry Money Listen · 3:09 3:09';
const RAW = [
  'The council met on Monday .',
  BOX_1,
  'Mayor Ann Vale said the vote would come in May .',
  BOX_2,
  BOX_3,
  'Residents can WATCH the debate online .',
].join('\n');

describe('media player boxes', () => {
  for (const [name, clean] of BOTH_MODES)
    it(`${name}: each box is removed with its line and logged; the article's lines stay, offsets map back`, () => {
      const c = clean(RAW);
      expect(c.text.split('\n').filter(Boolean)).toEqual([
        'The council met on Monday .',
        'Mayor Ann Vale said the vote would come in May .',
        'Residents can WATCH the debate online .',
      ]);
      const log = c.removed.filter((r) => r.kind === 'video-player');
      expect(log.map((r) => [r.text, r.rawStart])).toEqual([
        [BOX_1, RAW.indexOf(BOX_1)],
        [BOX_2, RAW.indexOf(BOX_2)],
        [BOX_3, RAW.indexOf(BOX_3)],
      ]);
      expectOffsetsBack(RAW, c);
    });

  it('keeps a line that only mentions a player or a duration', () => {
    const text = 'Viewers could replay more videos . The clip ran 2:09 .\nListen · the mayor said 3:09 was late .';
    expect(cleanPlain(text).text).toBe(text);
  });

  it('no "JUST WATCHED" name and no box title in the entities', () => {
    const a = analyseCorpus(
      corpusFromRecords([
        { id: 'p1', outlet: 'Capitol Daily', title: 'Vote', text: RAW },
        { id: 'p2', outlet: 'Harbour Times', title: 'Vote', text: 'Mayor Ann Vale said the council would vote .' },
      ]),
    );
    const names = a.entities.entities.map((e) => e.name).join('|');
    expect(names).not.toMatch(/JUST|MUST|Replay|Ivo Dorr|Listen|Ferries/);
    expect(names).toContain('Ann Vale');
  });
});
