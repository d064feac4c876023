// Label rows: the actor x outlet label table, labels counted per event, outlet and key with their shares, weights and
// examples, and the same rows pooled across events.
import type { Doc } from '../types.js';
import { byString } from '../text/counts.js';
import type { LabelMention, VoiceClass } from './types.js';
import { labelKey } from './label-forms.js';

/** A row of the actor × outlet label table. */
export interface LabelRow {
  /** the event these uses are in ('' when events are not known); labels are counted within events, never across */
  event: string;
  entity: string;
  /** the entity's (or concept's) id, the key to join with entity tables */
  entity_id: string;
  outlet: string;
  label: string;
  kind: LabelMention['kind'];
  /** uses in the voices selected */
  count: number;
  /** of which in the outlet's own narration */
  own: number;
  /** articles the uses come from: many uses in one article are one author's choice, not an outlet's habit */
  articles: number;
  /** the ids of the articles with own-narration uses (what a label share's article bar reads), in first-use order */
  ownDocs: string[];
  /** count / all of this outlet's references to the actor in this event (names included), rounded to 4 decimals */
  share: number;
  /** up to three short contexts, "doc: …text…" */
  examples: string[];
  /** evaluative weight of the label, 0..1: its most judging word's (labelRows' `weigh`; absent without it); for an actor label, its role words' ("regime" 1, "government" 0), the name left out */
  evaluative?: number;
  /** actor labels: the role words the outlet chose ("regime", "government forces"), what labelContrasts compares */
  variant?: string;
}

/** A label's evaluative weight: its most judging word's, by `weigh` (0..1), rounded to 4 decimals. */
function labelWeight(label: string, weigh: (word: string) => number): number {
  let w = 0;
  for (const word of label.toLowerCase().split(/\s+/)) if (word) w = Math.max(w, weigh(word));
  return Math.round(w * 1e4) / 1e4;
}

/** The actor × outlet label table: labels grouped by key per target and outlet, counted in the selected voices (default all but reused text). */
export function labelRows(
  mentions: readonly LabelMention[],
  docs: readonly Doc[],
  opts: { include?: readonly VoiceClass[]; names?: boolean; weigh?: (word: string) => number } = {},
): LabelRow[] {
  const include = opts.include ?? ['own', 'quoted', 'reported'];
  const docById = new Map(docs.map((d) => [d.id, d]));
  const m = new Map<string, LabelRow & { forms: Map<string, number>; docs: Set<string> }>();
  const totals = new Map<string, number>();
  for (const x of mentions) {
    if (!include.includes(x.voice)) continue;
    if (opts.names === false && x.kind === 'name') continue;
    const ev = x.event ?? '';
    const key = [ev, x.targetName, x.outlet, x.key].join('\u0000');
    const tk = [ev, x.targetName, x.outlet].join('\u0000');
    totals.set(tk, (totals.get(tk) ?? 0) + 1);
    let r = m.get(key);
    if (!r)
      m.set(
        key,
        (r = {
          event: ev,
          entity: x.targetName,
          entity_id: x.target,
          outlet: x.outlet,
          label: x.label,
          kind: x.kind,
          count: 0,
          own: 0,
          articles: 0,
          ownDocs: [],
          share: 0,
          examples: [],
          forms: new Map(),
          docs: new Set(),
          ...(x.variant !== undefined ? { variant: x.variant } : {}),
        }),
      );
    r.count++;
    r.docs.add(x.doc);
    if (x.voice === 'own') {
      r.own++;
      if (!r.ownDocs.includes(x.doc)) r.ownDocs.push(x.doc);
    }
    r.forms.set(x.label, (r.forms.get(x.label) ?? 0) + 1);
    if (r.examples.length < 3) {
      const d = docById.get(x.doc);
      if (d) r.examples.push(`${x.doc}: ${context(d.text, x.start, x.end)}`);
    }
  }
  const rows = [...m.values()].map(({ forms, docs, ...r }) => {
    // show the most frequent written form (ties: first in code-point order)
    const best = [...forms].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0][0];
    const share =
      Math.round((r.count / (totals.get([r.event, r.entity, r.outlet].join('\u0000')) ?? r.count)) * 1e4) / 1e4;
    const weigh = opts.weigh;
    return weigh
      ? { ...r, articles: docs.size, label: best, share, evaluative: labelWeight(r.variant ?? best, weigh) }
      : { ...r, articles: docs.size, label: best, share };
  });
  return rows.sort(
    (a, b) =>
      byString(a.event, b.event) ||
      byString(a.entity, b.entity) ||
      byString(a.outlet, b.outlet) ||
      b.count - a.count ||
      byString(a.label, b.label),
  );
}

function context(text: string, s: number, e: number, w = 50): string {
  const a = Math.max(0, s - w),
    b = Math.min(text.length, e + w);
  return (
    (a > 0 ? '…' : '') +
    text.slice(a, s).replace(/\s+/g, ' ') +
    '[' +
    text.slice(s, e) +
    ']' +
    text.slice(e, b).replace(/\s+/g, ' ') +
    (b < text.length ? '…' : '')
  );
}

/** The fields of a label row that pooling and the label table read. */
export interface LabelCount {
  entity: string;
  outlet: string;
  label: string;
  kind: string;
  count: number;
  own: number;
  event?: string;
  share?: number;
  examples?: string[];
  articles?: number;
  ownDocs?: string[];
}

/** Adds to `into` the ids of `docs` it does not hold yet, in order. */
function joinDocs(into: string[], docs: readonly string[]): void {
  for (const d of docs) if (!into.includes(d)) into.push(d);
}

/**
 * Label rows pooled across events: one row per actor, outlet and label (counts, own counts and articles summed, an
 * article being in one event; own-narration articles joined; shares recomputed, event '').
 */
export function poolLabelRows<R extends LabelCount>(rows: readonly R[]): (R & { event: string; share: number })[] {
  const m = new Map<string, R & { event: string; share: number }>();
  const totals = new Map<string, number>();
  for (const r of rows) {
    const key = [r.entity, r.outlet, labelKey(r.label)].join('\u0000');
    const tk = r.entity + '\u0000' + r.outlet;
    totals.set(tk, (totals.get(tk) ?? 0) + r.count);
    const cur = m.get(key);
    if (!cur)
      m.set(key, {
        ...r,
        event: '',
        share: 0,
        ...(r.examples ? { examples: r.examples.slice() } : {}),
        ...(r.ownDocs ? { ownDocs: r.ownDocs.slice() } : {}),
      });
    else {
      cur.count += r.count;
      cur.own += r.own;
      if (cur.articles !== undefined && r.articles !== undefined) cur.articles += r.articles;
      if (cur.ownDocs && r.ownDocs) joinDocs(cur.ownDocs, r.ownDocs);
      if (cur.examples && r.examples) cur.examples.push(...r.examples.slice(0, Math.max(0, 3 - cur.examples.length)));
    }
  }
  for (const r of m.values())
    r.share = Math.round((r.count / (totals.get(r.entity + '\u0000' + r.outlet) ?? r.count)) * 1e4) / 1e4;
  return [...m.values()].sort(
    (a, b) =>
      byString(a.entity, b.entity) || byString(a.outlet, b.outlet) || b.count - a.count || byString(a.label, b.label),
  );
}
