// A page's markup scraped as text (a video player's poster attribute opening the article, spaced out by a
// tokeniser: `poster= '' http : //…jpg ? pubId=… ''`) is cut from the cleaned text and listed in the cleaning log,
// with offsets still pointing into the user's raw text: otherwise "http", "jpg" and "pubId" count as the outlet's
// words and open the passage viewer. Invented outlet and addresses.
import { describe, expect, it } from 'vitest';
import { cleanPlain, cleanText } from '../lib/corpus/clean.js';
import { markupRemnants } from '../lib/corpus/markup-remnants.js';
import { rawOffset } from '../lib/corpus/provenance.js';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';

const POSTER = "poster= '' http : //v.harbourpost.example/images/2018/12/3970-vs.jpg ? pubId=4410 '' ";
const LEAD = 'Congress Mayor Ivo Dorr says he is proud to close the ferry office during the fight with the council .';
const RAW = `${POSTER}${LEAD}\n\nThe council met on Monday and voted against the plan .`;

describe('markup remnants', () => {
  it('finds an attribute with its quoted address, the tag around it and the next attribute', () => {
    const cut = (s: string) => markupRemnants(s).map(([a, b]) => s.slice(a, b));
    expect(cut(`${POSTER}${LEAD}`)).toEqual([POSTER]);
    const tag = '<video poster="https://x.example/a.jpg" data-video-id="4410" > The mayor spoke .';
    expect(cut(tag)).toEqual(['<video poster="https://x.example/a.jpg" data-video-id="4410" > ']);
  });

  it('leaves prose and code-like text with no address alone', () => {
    for (const s of [
      'The source = "a person familiar with the talks" , he wrote .',
      'He said the href = "nothing" joke fell flat and the score was 2 = 2 .',
      'A width = 40 feet wall and a class of "dreamers" were debated .',
      "Their 'id' was checked at the door ( id = 'none' was not an option ) .",
    ])
      expect(markupRemnants(s), s).toEqual([]);
  });

  for (const [name, clean] of [
    ['cleanPlain', cleanPlain],
    ['cleanText', (s: string) => cleanText(s, { keepFirstLine: true })],
  ] as const)
    it(`${name}: cuts the remnant, logs it and keeps offsets into the raw text`, () => {
      const r = clean(RAW);
      expect(r.text.startsWith('Congress Mayor Ivo Dorr')).toBe(true);
      expect(r.text).not.toMatch(/jpg|pubId|http/);
      expect(r.removed.find((x) => x.kind === 'markup-remnant')).toMatchObject({ text: POSTER.trim(), rawStart: 0 });
      const at = r.text.indexOf('Dorr');
      expect(RAW.slice(rawOffset(r, at), rawOffset(r, at) + 4)).toBe('Dorr');
    });

  it('the address is not counted among the outlet’s words', () => {
    const corpus = corpusFromRecords([{ id: 'a1', outlet: 'Harbour Post', title: 'Ferry office', text: RAW }]);
    const a = analyseCorpus(corpus);
    const words = a.docs[0].tokens.map((t) => t.norm);
    expect(words).not.toContain('jpg');
    expect(words).not.toContain('http');
    // the rest of the poster's line is the player's box (a section label, the video's title), not the record's title:
    // it goes whole (test/corpus-first-line-boxes.test.ts); the body stays
    expect(words).not.toContain('ferry');
    expect(words).toContain('council');
  });
});
