// Gold entity annotations (test/gold/entities): the five seeds (offsets into the loaded text) and held-out news-like text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Doc } from '../lib/types.js';
import { analyse } from '../lib/text/analyse.js';
import { goldMentions, parseGoldMarkup, type ScoredMention } from '../lib/entities/evaluate.js';

/** A gold set: docs to run extractors on and the gold mentions. */
export interface GoldSet {
  name: string;
  docs: Doc[];
  gold: ScoredMention[];
}

/** Gold for the seed articles (annotated on the loaded text; throws if the loader's text drifted). */
export function seedGold(root: string, articles: readonly Article[]): GoldSet {
  const docs = articles.map(analyse);
  const gold = articles.flatMap((a) =>
    goldMentions(a.id, readFileSync(join(root, 'test/gold/entities', `${a.id}.txt`), 'utf8'), a.text),
  );
  return { name: 'seeds', docs, gold };
}

/** Held-out gold: news-like paragraphs written for testing, never used to tune the extractor. */
export function heldOutGold(root: string): GoldSet {
  const raw = readFileSync(join(root, 'test/gold/entities/heldout.txt'), 'utf8');
  const docs: Doc[] = [];
  const gold: ScoredMention[] = [];
  for (const part of raw.split(/^=== /m).filter((s) => s.trim())) {
    const nl = part.indexOf('\n');
    const [id, outlet] = part
      .slice(0, nl)
      .split('|')
      .map((s) => s.trim());
    const { plain, mentions } = parseGoldMarkup(part.slice(nl + 1));
    const text = plain.trimEnd();
    docs.push(analyse({ id, outlet, date: null, text, paragraphs: [] }));
    for (const m of mentions)
      gold.push({ doc: id, start: m.start, end: m.end, type: m.type, entity: m.entity, text: m.text });
  }
  return { name: 'held-out', docs, gold };
}
