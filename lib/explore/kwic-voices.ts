// The uses of a term per outlet and voice as a table a reader hands on: one row per outlet (in name order) with
// columns named for a reader ("uses", "articles", "own", "quoted", "reported", "reused"). danfo's groupby(['outlet',
// 'voice']).agg({ match: 'count' }) gave one row per outlet and voice with a `match_count` column, which reads as code
// (pure).
import { byString } from '../util/compare.js';
import type { VoiceClass } from '../framing/types.js';
import type { KwicRow } from './types.js';

/** A row of voiceUseTable: an outlet's uses of the term, the articles they are in, and the uses in each voice. */
export type VoiceUseRow = { outlet: string; uses: number; articles: number } & Record<VoiceClass, number>;

/** Per outlet (in name order): how many uses of the term kwic found, in how many articles, and in which voice. */
export function voiceUseTable(lines: readonly KwicRow[]): VoiceUseRow[] {
  const by = new Map<string, { row: VoiceUseRow; docs: Set<string> }>();
  for (const l of lines) {
    let s = by.get(l.outlet);
    if (!s) {
      const row = { outlet: l.outlet, uses: 0, articles: 0, own: 0, quoted: 0, reported: 0, reused: 0 };
      by.set(l.outlet, (s = { row, docs: new Set() }));
    }
    s.row.uses++;
    s.row[l.voice]++;
    s.docs.add(l.doc);
    s.row.articles = s.docs.size;
  }
  return [...by.values()].map((s) => s.row).sort((a, b) => byString(a.outlet, b.outlet));
}
