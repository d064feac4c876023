// Co-references: "the lawmaker", "the prime minister" after an entity was given that title in the doc, each given
// to one entity only (bare before qualified, then the nearest).
import type { Span } from '../types.js';
import type { LabelMention } from './types.js';
import { display, labelKey, voiceAt } from './label-forms.js';
import type { LabelContext } from './label-context.js';

/**
 * A co-reference candidate, its distance to the entity's last name or title before it, and whether the entity was
 * given the title bare ("President X", "X, the president") rather than only qualified ("Syrian President X").
 */
export interface Coref {
  m: LabelMention;
  dist: number;
  bare: boolean;
}

/** "the lawmaker", "the prime minister" after the entity was given that title in the doc, outside labelled text. */
export function coreferences(ctx: LabelContext, sorted: readonly Span[], taken: readonly [number, number][]): Coref[] {
  const { d, toks, titleSet, heads, e, v } = ctx;
  const firstAt = sorted[0].start;
  const out: Coref[] = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    const det =
      toks[i - 1].norm === 'the'
        ? i - 1
        : i >= 2 && titleSet.has(toks[i - 1].norm) && toks[i - 2].norm === 'the'
          ? i - 2
          : -1;
    if (t.start <= firstAt || !heads.has(t.norm) || det < 0) continue;
    const nx = toks[i + 1];
    if (nx && (nx.norm === 'of' || /^[A-Z]/.test(d.text[nx.start]))) continue;
    if (taken.some(([s, e2]) => t.start >= s && t.end <= e2)) continue;
    const given = heads.get(t.norm)!.filter((x) => x.at < t.start);
    if (!given.length) continue;
    const at = Math.max(...given.map((x) => x.at));
    const lastName = sorted.reduce((x, m) => (m.start < t.start ? Math.max(x, m.start) : x), -1);
    const text = d.text.slice(toks[det].start, t.end);
    out.push({
      m: {
        doc: d.id,
        outlet: d.outlet,
        start: toks[det].start,
        end: t.end,
        target: e.id,
        targetName: e.name,
        label: display(text),
        key: labelKey(text),
        kind: 'coreference',
        voice: voiceAt(v, i),
      },
      dist: t.start - Math.max(at, lastName),
      bare: given.some((x) => x.bare),
    });
  }
  return out;
}

/**
 * "the president" refers to one entity before it that was given that title in the doc, never to two: one given the
 * title bare before one given it only qualified ("President X" before "Syrian President Y": a writer qualifies the
 * president who is not the default one), then the nearest (last named or titled).
 */
export function nearestCorefs(corefs: readonly Coref[]): LabelMention[] {
  const best = new Map<string, Coref>();
  const better = (c: Coref, cur: Coref) =>
    c.bare !== cur.bare ? c.bare : c.dist !== cur.dist ? c.dist < cur.dist : c.m.target < cur.m.target;
  for (const c of corefs) {
    const k = c.m.doc + '\u0000' + c.m.start;
    const cur = best.get(k);
    if (!cur || better(c, cur)) best.set(k, c);
  }
  return [...best.values()].map((c) => c.m);
}
