// Measuring mention quality against hand-annotated gold: span precision/recall (exact and overlap, typed and untyped) and merge accuracy.

/** A gold or predicted mention: offsets into one article's text, a type, and (for merge scoring) an entity id. */
export interface ScoredMention {
  doc: string;
  start: number;
  end: number;
  type: string;
  entity?: string;
  text?: string;
}

/** Precision, recall, F1 and the counts behind them. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}

/** Span scores four ways. */
export interface MentionScores {
  exactTyped: PRF;
  exactUntyped: PRF;
  overlapTyped: PRF;
  overlapUntyped: PRF;
}

const MARK = /\u27E6([^|\u27E7]+)\|([a-z]+)\|([^\u27E7]+)\u27E7/gu;

/** Parse inline gold markup "⟦Hamid al-Shatri|person|hamid-al-shatri⟧" into plain text and mentions (offsets into the plain text). */
export function parseGoldMarkup(annotated: string): {
  plain: string;
  mentions: { start: number; end: number; text: string; type: string; entity: string }[];
} {
  let plain = '';
  let last = 0;
  const mentions: { start: number; end: number; text: string; type: string; entity: string }[] = [];
  for (const m of annotated.matchAll(MARK)) {
    plain += annotated.slice(last, m.index);
    const start = plain.length;
    plain += m[1];
    mentions.push({ start, end: plain.length, text: m[1], type: m[2], entity: m[3] });
    last = m.index + m[0].length;
  }
  plain += annotated.slice(last);
  return { plain, mentions };
}

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
};
const fold = (c: string) => FOLD[c] ?? c;
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * Map offsets of `plain` (the gold's text) onto `text` (the loaded article text), where the two differ only in whitespace
 * runs and quote/dash styles. Returns null (drift) when they differ in anything else.
 */
export function alignOffsets(plain: string, text: string): Int32Array | null {
  const map = new Int32Array(plain.length + 1).fill(-1);
  let i = 0;
  let j = 0;
  while (isSpace(plain[i])) i++;
  while (isSpace(text[j])) j++;
  while (i < plain.length && j < text.length) {
    if (isSpace(plain[i]) && isSpace(text[j])) {
      while (isSpace(plain[i])) map[i++] = j;
      while (isSpace(text[j])) j++;
      continue;
    }
    if (fold(plain[i]) !== fold(text[j])) return null;
    map[i++] = j++;
  }
  while (isSpace(plain[i])) map[i++] = j;
  while (isSpace(text[j])) j++;
  if (i < plain.length || j < text.length) return null;
  map[plain.length] = text.length;
  return map;
}

/** Gold mentions of one article, with offsets into the loaded article text (throws on drift between gold and text). */
export function goldMentions(doc: string, annotated: string, text: string): ScoredMention[] {
  const { plain, mentions } = parseGoldMarkup(annotated);
  const map = alignOffsets(plain.trim(), text);
  const lead = plain.length - plain.trimStart().length;
  if (!map) throw new Error(`gold for ${doc} does not match the loaded article text (the loader or the gold changed)`);
  return mentions.map((m) => {
    const start = map[m.start - lead];
    const end = map[m.end - lead - 1] + 1;
    return { doc, start, end, type: m.type, entity: m.entity, text: text.slice(start, end) };
  });
}

function prf(tp: number, predicted: number, gold: number): PRF {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, predicted, gold };
}

/** Span precision/recall of predicted mentions against gold: exact span or overlapping span, with or without matching type (one-to-one matching). */
export function scoreMentions(gold: readonly ScoredMention[], pred: readonly ScoredMention[]): MentionScores {
  const run = (overlap: boolean, typed: boolean): PRF => {
    const used = new Uint8Array(gold.length);
    let tp = 0;
    const byDoc = new Map<string, number[]>();
    gold.forEach((g, i) => {
      const l = byDoc.get(g.doc) ?? [];
      l.push(i);
      byDoc.set(g.doc, l);
    });
    for (const p of pred) {
      for (const i of byDoc.get(p.doc) ?? []) {
        if (used[i]) continue;
        const g = gold[i];
        const hit = overlap ? p.start < g.end && g.start < p.end : p.start === g.start && p.end === g.end;
        if (!hit || (typed && p.type !== g.type)) continue;
        used[i] = 1;
        tp++;
        break;
      }
    }
    return prf(tp, pred.length, gold.length);
  };
  return {
    exactTyped: run(false, true),
    exactUntyped: run(false, false),
    overlapTyped: run(true, true),
    overlapUntyped: run(true, false),
  };
}

/**
 * Merge accuracy on the gold mentions that the system found with the exact span: over all pairs of such mentions,
 * pair precision (pairs the system put together that gold puts together) and pair recall (gold pairs the system put together), plus B-cubed F1.
 */
export function mergeAccuracy(
  gold: readonly ScoredMention[],
  pred: readonly ScoredMention[],
): { pairPrecision: number; pairRecall: number; bcubedF1: number; mentions: number } {
  const key = (m: ScoredMention) => `${m.doc}\u0000${m.start}\u0000${m.end}`;
  const predBy = new Map(pred.map((p) => [key(p), p.entity ?? '']));
  const both = gold.filter((g) => predBy.has(key(g))).map((g) => ({ g: g.entity ?? '', p: predBy.get(key(g))! }));
  let tp = 0;
  let sysPairs = 0;
  let goldPairs = 0;
  for (let i = 0; i < both.length; i++) {
    for (let j = i + 1; j < both.length; j++) {
      const sg = both[i].g === both[j].g;
      const sp = both[i].p === both[j].p;
      if (sg) goldPairs++;
      if (sp) sysPairs++;
      if (sg && sp) tp++;
    }
  }
  // B-cubed
  let bp = 0;
  let br = 0;
  for (const a of both) {
    let same = 0;
    let sysSize = 0;
    let goldSize = 0;
    for (const b of both) {
      const sg = a.g === b.g;
      const sp = a.p === b.p;
      if (sp) sysSize++;
      if (sg) goldSize++;
      if (sg && sp) same++;
    }
    bp += same / sysSize;
    br += same / goldSize;
  }
  const n = both.length || 1;
  const P = bp / n;
  const R = br / n;
  return {
    pairPrecision: sysPairs ? tp / sysPairs : 1,
    pairRecall: goldPairs ? tp / goldPairs : 1,
    bcubedF1: P + R ? (2 * P * R) / (P + R) : 0,
    mentions: both.length,
  };
}
