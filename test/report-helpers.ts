// Shared by the report and browser tests: corpora built in memory (constructed cases) without the loader.
import type { Article, Corpus, Removal } from '../lib/types.js';
import { paragraphsOf } from '../lib/text/analyse.js';

/** An Article with plain provenance, for constructed corpora. */
export function article(
  id: string,
  outlet: string,
  date: string | null,
  title: string,
  text: string,
  extra: { file?: string; removed?: Removal[] } = {},
): Article {
  return {
    id,
    outlet,
    date,
    title,
    url: null,
    language: 'en',
    text,
    paragraphs: paragraphsOf(text),
    provenance: {
      file: extra.file ?? `${id}.txt`,
      encoding: 'utf-8',
      encodingGuessed: false,
      fields: {
        id: 'filename',
        outlet: 'manifest',
        date: 'manifest',
        title: 'guessed',
        url: 'missing',
        language: 'guessed',
      },
      removed: extra.removed ?? [],
      warnings: [],
    },
  };
}

export const HOSTILE = {
  script: '<script>window.__pwned=1</script>',
  img: '<img src=x onerror="window.__pwned=2">',
  svg: '"><svg onload="window.__pwned=3">',
};

/** A corpus whose every input-derived field carries a payload. */
export function hostileCorpus(): Corpus {
  const text = `Breaking ${HOSTILE.script} news.\n\nThe minister said ${HOSTILE.img} nothing. ${HOSTILE.svg} Damascus visit talks continue.\n\n=HYPERLINK("http://x") formula cell.`;
  const outlet = `Evil <b>Outlet</b> ${HOSTILE.img}`;
  return {
    root: 'hostile',
    articles: [
      article('h01', outlet, '2024-12-26', `<i>Title</i> ${HOSTILE.script}`, text, {
        file: `../${HOSTILE.svg}.txt`,
        removed: [{ kind: 'caption', text: HOSTILE.img }],
      }),
      article(
        'h02',
        'Plain Outlet',
        '2024-12-27',
        '=cmd|" /C calc"!A0',
        'Damascus visit talks continue. The minister said nothing new about the visit.',
      ),
    ],
    skipped: [{ file: `${HOSTILE.script}.txt`, reason: `bad ${HOSTILE.img}` }],
  };
}
