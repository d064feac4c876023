// One list of credit words for the two caption readers: the loader cuts a short caption line (isCaption), the framing
// reader masks a caption paragraph from term counts (captionSpans). A credit word or agency one knew and the other
// did not ("Photographs by …", "( … via Xinhua )") is now read by both. Invented names and places.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { captionSpans } from '../lib/framing/captions.js';
import { isCaption, photoCredit } from '../lib/corpus/lines.js';

const doc = (text: string) => analyse({ id: 'a', outlet: 'Alpha Wire', date: null, text, paragraphs: [] });

describe('one list of caption credits', () => {
  it('the loader reads every credit noun the framing reader does', () => {
    expect(isCaption('Photographs by Jane Roe')).toBe(true);
    expect(photoCredit('Rescuers at the dam (Photograph: Jane Roe)')).toBe('Jane Roe');
  });

  it('the framing reader reads every agency the loader does', () => {
    const text =
      'The council met on Monday and voted on the dam.\n\n' +
      'Rescue workers search the rubble in Harlow on Monday . ( Handout via Xinhua )';
    const spans = captionSpans(doc(text));
    expect(spans).toHaveLength(1);
  });

  it('keeps a story sentence that names an agency', () => {
    expect(captionSpans(doc('The council met on Monday , an official told Xinhua .'))).toEqual([]);
    expect(
      isCaption(
        'The council met on Monday, an official told Xinhua, and the vote was put off until the spring session.',
      ),
    ).toBe(false);
  });
});
