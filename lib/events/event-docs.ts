// The articles as event finding reads them: entity ids per article, the entities and content words of its headline.
import { tokenize } from '../text/tokenize.js';
import { termStop } from '../text/stopwords.js';
import type { EventDoc } from './event-types.js';

/** The articles as event finding reads them: entity ids per doc from an entity result (docs in the same order), the
 *  entities whose spelling in the article's body is also in its headline, and, when given, the body's content-word
 *  counts (`terms`, e.g. TermCounts.byDoc) and the headline's content words. */
export function eventDocs(
  articles: readonly { id: string; outlet: string; date: string | null; event?: string; title?: string }[],
  mentions: readonly (readonly { entity: string; text?: string }[])[],
  terms?: readonly ReadonlyMap<string, number>[],
): EventDoc[] {
  return articles.map((a, i) => ({
    id: a.id,
    outlet: a.outlet,
    date: a.date,
    event: a.event,
    entities: (mentions[i] ?? []).map((m) => m.entity),
    titleEntities: headlineEntities(a.title ?? '', mentions[i] ?? []),
    ...(terms ? { terms: terms[i] ?? new Map(), titleTerms: headlineTerms(a.title ?? '') } : {}),
  }));
}

/** Content words of a headline, normalised as term counts normalise them (stopwords left out). */
export function headlineTerms(title: string): string[] {
  return tokenize(title)
    .filter((t) => t.kind === 'word' && termStop(t.norm) === 'content')
    .map((t) => t.norm);
}

/** Entities of the mentions whose text the headline contains as whole words (any case), each once, in mention order. */
export function headlineEntities(title: string, mentions: readonly { entity: string; text?: string }[]): string[] {
  if (!title) return [];
  const t = title.toLowerCase();
  const out = new Set<string>();
  const found = new Map<string, boolean>(); // spelling -> in the headline
  for (const m of mentions) {
    if (!m.text || out.has(m.entity)) continue;
    let hit = found.get(m.text);
    if (hit === undefined) found.set(m.text, (hit = hasWords(t, m.text.toLowerCase())));
    if (hit) out.add(m.entity);
  }
  return [...out];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `s` occurs in `t` with no letter or digit right before or after it. */
function hasWords(t: string, s: string): boolean {
  if (!s) return false;
  for (let i = t.indexOf(s); i >= 0; i = t.indexOf(s, i + 1)) {
    const before = i > 0 ? t[i - 1] : '';
    const after = t[i + s.length] ?? '';
    if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true;
  }
  return false;
}
