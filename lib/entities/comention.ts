// Co-mention pairs: two entities named in the same sentence.
import { byString } from '../text/counts.js';
import type { EntityType } from './types.js';
import type { EntityResult } from './entities.js';

/** A row of coMentions: two entities (ids a < b) named in the same sentence. */
export type CoMentionRow = {
  a: string;
  b: string;
  name_a: string;
  name_b: string;
  /** sentences naming both */
  sentences: number;
  articles: number;
  outlets: number;
};

/** Pairs of entities mentioned in the same sentence: sentences together, articles together, outlets (each pair once, a < b). */
export function coMentions(result: EntityResult, opts: { types?: EntityType[]; min?: number } = {}): CoMentionRow[] {
  const types = new Set(opts.types ?? (['person', 'org', 'place', 'group'] as EntityType[]));
  const byEntity = new Map(result.entities.map((e) => [e.id, e]));
  const pairs = new Map<string, { sentences: number; docs: Set<string>; outlets: Set<string> }>();
  result.mentions.forEach((list, i) => {
    const doc = result.docs[i];
    const bySentence = new Map<number, Set<string>>();
    for (const m of list) {
      if (!types.has(byEntity.get(m.entity)!.type)) continue;
      const s = bySentence.get(m.sentence) ?? new Set<string>();
      s.add(m.entity);
      bySentence.set(m.sentence, s);
    }
    for (const set of bySentence.values()) {
      const ids = [...set].sort(byString);
      for (let a = 0; a < ids.length; a++) {
        for (let b = a + 1; b < ids.length; b++) {
          const k = ids[a] + '\u0000' + ids[b];
          const p = pairs.get(k) ?? { sentences: 0, docs: new Set<string>(), outlets: new Set<string>() };
          p.sentences++;
          p.docs.add(doc.id);
          p.outlets.add(doc.outlet);
          pairs.set(k, p);
        }
      }
    }
  });
  const min = opts.min ?? 1;
  const rows: CoMentionRow[] = [];
  for (const [k, p] of pairs) {
    if (p.sentences < min) continue;
    const [a, b] = k.split('\u0000');
    rows.push({
      a,
      b,
      name_a: byEntity.get(a)!.name,
      name_b: byEntity.get(b)!.name,
      sentences: p.sentences,
      articles: p.docs.size,
      outlets: p.outlets.size,
    });
  }
  return rows.sort((x, y) => y.sentences - x.sentences || byString(x.a, y.a) || byString(x.b, y.b));
}
