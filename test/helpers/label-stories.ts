// Short invented articles for the label-share tests: an outlet's article of `regime` sentences calling the Syrian
// government a regime and `government` sentences that do not, and the label rows the framing stage reads from them.
import { runFraming } from '../../lib/framing/run.js';
import { paragraphsOf } from '../../lib/text/analyse.js';
import type { Article } from '../../lib/types.js';

/** An article dated 2024-03-04 with its paragraphs. */
export const art = (id: string, outlet: string, text: string): Article =>
  ({ id, outlet, date: '2024-03-04', title: '', text, paragraphs: paragraphsOf(text) }) as Article;

/** An article: `regime` sentences calling the Syrian government a regime, `government` sentences not. */
export const story = (id: string, outlet: string, regime: number, government: number): Article =>
  art(
    id,
    outlet,
    [
      ...Array.from({ length: regime }, (_, k) => `The Syrian regime shelled town ${k + 1} on Monday.`),
      ...Array.from({ length: government }, (_, k) => `The Syrian government denied shelling village ${k + 1}.`),
    ].join('\n\n'),
  );

/** The label rows of articles all given one event. */
export const rowsOf = (articles: Article[]) =>
  runFraming(articles, {
    withOverlap: false,
    events: Object.fromEntries(articles.map((a) => [a.id, 'e'])),
  }).framing.labels;
