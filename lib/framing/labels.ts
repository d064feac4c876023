// Labels: the phrases each outlet uses to name or describe the same actor or event (appositions, titles, "led by",
// co-referring noun phrases). This module combines the finders of an entity's labels; each idea lives in its own:
// label-concepts.ts (concept noun phrases and patterns), label-titles.ts (a title before a name), label-appositions.ts
// and label-apposition-clauses.ts (a description beside a name, "led by"), label-coreference.ts ("the lawmaker" later
// on), label-context.ts (what they share for one entity in one doc), label-forms.ts (keys and display), label-rows.ts
// (the actor x outlet table and its pooling).
import type { Doc, Span, EntityRef } from '../types.js';
import { byString } from '../text/counts.js';
import { firstTokenAt } from '../text/tokenize.js';
import { ordinaryWords } from '../text/word-case.js';
import type { NormIds } from '../text/term-ids.js';
import type { LabelMention, Voice } from './types.js';
import { spanCover, type SpanCover } from '../util/span-cover.js';
import { labelContext, type LabelContext } from './label-context.js';
import { titleBefore } from './label-titles.js';
import { monthGivenName } from './adherents.js';
import { appositionAfter, appositionBefore, listOrModifier } from './label-appositions.js';
import { coreferences, nearestCorefs, type Coref } from './label-coreference.js';

export { labelKey } from './label-forms.js';
export { conceptMentions } from './label-concepts.js';
export { labelRows, poolLabelRows, type LabelRow, type LabelCount } from './label-rows.js';

/**
 * Labels of named entities: their names as written, titles before them, appositions, "led by", and later "the <title>"
 * co-references. `norms` (norm numbers aligned with the docs) spares a pass when the caller has them.
 */
export function entityLabelMentions(
  docs: readonly Doc[],
  entities: readonly EntityRef[],
  titles: readonly string[],
  voices: readonly Voice[] = [],
  norms?: NormIds,
): LabelMention[] {
  const titleSet = new Set(titles.map((t) => t.toLowerCase()));
  const ordinary = ordinaryWords(docs, norms);
  const vById = new Map(voices.map((v) => [v.doc, v]));
  const docById = new Map(docs.map((d) => [d.id, d]));
  const out: LabelMention[] = [];
  const corefs: Coref[] = [];
  // spans of the labels found so far, per doc (co-references skip text already labelled)
  const spansOf = new Map<string, [number, number][]>();
  // mentions of people: an apposition never runs into another person's name ("al-Kreiti, Prime Minister al-Sudani")
  const personAt = new Map<string, Span[]>();
  for (const e of entities)
    if (e.type === 'person')
      for (const m of e.mentions) (personAt.get(m.doc) ?? personAt.set(m.doc, []).get(m.doc)!).push(m);
  const personCover = new Map<string, SpanCover>();
  for (const [docId, ms] of personAt) personCover.set(docId, spanCover(ms));
  const noPersons = spanCover([]);
  for (const e of entities) {
    const perDoc = new Map<string, Span[]>();
    for (const m of e.mentions) (perDoc.get(m.doc) ?? perDoc.set(m.doc, []).get(m.doc)!).push(m);
    for (const [docId, ms] of [...perDoc].sort((x, y) => byString(x[0], y[0]))) {
      const d = docById.get(docId);
      if (!d) continue;
      const spans = spansOf.get(docId) ?? spansOf.set(docId, []).get(docId)!;
      const persons = personCover.get(docId) ?? noPersons;
      const ctx = labelContext(d, e, vById.get(docId), titleSet, persons, out, spans, ordinary);
      const sorted = ms.slice().sort((x, y) => x.start - y.start);
      for (const m of sorted) mentionLabels(ctx, m);
      // co-references: "the lawmaker" after the entity was described as a lawmaker in this doc; a title is a person's
      // office, so a party or a chamber never takes "the president"
      if (ctx.heads.size && sorted.length && personLike(e)) corefs.push(...coreferences(ctx, sorted, spans.slice()));
    }
  }
  for (const m of nearestCorefs(corefs)) out.push(m);
  return out.sort((x, y) => byString(x.doc, y.doc) || x.start - y.start || byString(x.target, y.target));
}

/** An entity that can hold a title: a person, or an entity of no known type. */
const personLike = (e: EntityRef) => !e.type || e.type === 'person' || e.type === 'unknown';

/** The labels around one mention: its name, a title before it, an apposition after or before it. */
function mentionLabels(ctx: LabelContext, m: Span): void {
  const toks = ctx.toks;
  let ts = firstTokenAt(toks, m.start);
  if (ts > 0 && toks[ts - 1].end > m.start) ts--;
  if (ts >= toks.length) return;
  let te = ts;
  while (te < toks.length && toks[te].start < m.end) te++;
  ctx.push(m.start, m.end, 'name', ts);
  // "Justice Department lawyer August Flentje": a month's word the name was read without is its first name; the title
  // and a description set off before stand before it
  const from = monthGivenName(ctx.d, ts - 1) ? ts - 1 : ts;
  titleBefore(ctx, from);
  appositionAfter(ctx, ts, te);
  if (from >= 2 && toks[from - 1].norm === ',' && !listOrModifier(ctx, te)) appositionBefore(ctx, from, te);
}
