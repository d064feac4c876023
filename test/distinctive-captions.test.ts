// Photo captions inside an article's body ("FILE - In this … file photo, …", a paragraph closed by a bracketed credit
// "( AP Photo/Jane Doe )", a wire's "AGENCY/Jane Doe" after a caption, a credit after a bar) end with a full stop and
// pass for running prose; their formula words ("photo", "file") were counted as a wire outlet's wording. Captions are
// told by their formula, whatever the outlet, and left out of the term counts; the same word in a sentence of the
// story stays. Invented outlets, towns, photographers and wording.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { readLexicon } from '../lib/framing/data.js';
import { analyseFraming } from '../lib/framing/framing.js';
import { captionSpans } from '../lib/framing/captions.js';
import { PLACES, council } from './helpers/prose.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string) => analyse({ id, outlet, date: null, text, paragraphs: [] });

const TOPICS = ['budget', 'water', 'schools', 'roads', 'parks', 'transit'];
const SHOOTERS = ['Mara Quill', 'Tobias Fenn', 'Ines Carrow', 'Pavel Dunmore', 'Lotte Brisk', 'Omar Teague'];

/** One of four caption shapes, each with its own picture: the wire formula, a closing credit, an agency line, a bar. */
const caption = (i: number) =>
  [
    `FILE - In this May ${i + 3}, 2016, file photo, residents queue outside the ${PLACES[i]} hall in the rain. The vote on the plan is due this month. ( Wire Photo/${SHOOTERS[i]}, File )`,
    `Volunteers stack sandbags along the levee in ${PLACES[i]} on Tuesday, May ${i + 4}, 2016. ( Wire Photo/${SHOOTERS[i]} )`,
    `A council member speaks to reporters in ${PLACES[i]}, May ${i + 5}, 2016. WIREDESK/${SHOOTERS[i]}`,
    `Supporters of the plan rallied on the steps of the ${PLACES[i]} library on Friday evening. | Wire Photo/${SHOOTERS[i]}`,
  ][i % 4];

const corpus = () => {
  const docs: Doc[] = [];
  const events: Record<string, string> = {};
  TOPICS.forEach((ev, i) => {
    docs.push(doc(`a${i}`, 'Alpha Wire', council(2 * i, 'council') + '\n\n' + caption(i)));
    docs.push(doc(`b${i}`, 'Beta Ledger', council(2 * i + 1, 'council')));
    events[`a${i}`] = ev;
    events[`b${i}`] = ev;
  });
  return { docs, events };
};

describe('photo captions inside bodies', () => {
  it('leaves the caption formula out of the wire outlet’s distinctive terms', () => {
    const { docs, events } = corpus();
    const f = analyseFraming({ docs, lexicon: readLexicon(), events });
    const alpha = f.distinctive.filter((r) => r.outlet === 'Alpha Wire').map((r) => r.term);
    for (const formula of ['photo', 'file', 'wire', 'file photo'])
      expect(alpha.filter((t) => t.split(' ').includes(formula.split(' ')[0]))).toEqual([]);
  });

  it('finds each caption shape and keeps a story sentence that talks about a photo', () => {
    const shapes = [0, 1, 2, 3].map((i) =>
      captionSpans(doc(`c${i}`, 'Alpha Wire', `Story lead for ${PLACES[i]}.\n\n${caption(i)}`)),
    );
    for (const spans of shapes) expect(spans).toHaveLength(1);
    const story = doc(
      's',
      'Alpha Wire',
      'The mayor said the photo of the flooded square was taken by a resident. In this town, people still argue about it.',
    );
    expect(captionSpans(story)).toEqual([]);
  });
});
