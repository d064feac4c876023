// What the label finders of one entity in one doc share: the doc, the entity, its voice, the title words, the
// people named in the doc, the title heads given so far, and how a label is pushed.
import type { Doc, Token, EntityRef } from '../types.js';
import type { OrdinaryWord } from '../text/word-case.js';
import type { LabelMention, Voice } from './types.js';
import { covers, type SpanCover } from '../util/span-cover.js';
import { display, labelKey, voiceAt } from './label-forms.js';
import { NOT_HOLDER, titleHead, titleOnly } from './label-title-words.js';

/** Where an entity was given a title head, and whether bare. */
export interface HeadAt {
  at: number;
  bare: boolean;
}

/** What the label finders of one entity in one doc share. */
export interface LabelContext {
  d: Doc;
  toks: Doc['tokens'];
  e: EntityRef;
  v: Voice | undefined;
  titleSet: ReadonlySet<string>;
  /** person mentions in the doc */
  persons: SpanCover;
  /** title head -> where this entity was given it */
  heads: Map<string, HeadAt[]>;
  /** whether the corpus uses a word as an ordinary word (lower case far more often than capitalised inside sentences) */
  ordinary: OrdinaryWord;
  push(s: number, e2: number, kind: LabelMention['kind'], tokenIndex: number): void;
  /** record the head of a title span (tokens) given at `at`; `prev` is the word before the span, if any */
  addHead(span: readonly Token[], at: number, prev?: Token): void;
}

export function labelContext(
  d: Doc,
  e: EntityRef,
  v: Voice | undefined,
  titleSet: ReadonlySet<string>,
  persons: SpanCover,
  out: LabelMention[],
  spans: [number, number][],
  ordinary: OrdinaryWord,
): LabelContext {
  const heads = new Map<string, HeadAt[]>();
  return {
    d,
    toks: d.tokens,
    e,
    v,
    titleSet,
    persons,
    heads,
    ordinary,
    addHead(span, at, prev) {
      const h = prev && NOT_HOLDER.has(prev.norm) ? null : titleHead(span, titleSet);
      if (h) (heads.get(h.head) ?? heads.set(h.head, []).get(h.head)!).push({ at, bare: h.bare });
    },
    push(s, e2, kind, tokenIndex) {
      const text = d.text.slice(s, e2);
      // a title alone ("President", "former President") says nothing about the actor: never a label
      if ((kind === 'title' || kind === 'name') && titleOnly(text, titleSet)) return;
      out.push({
        doc: d.id,
        outlet: d.outlet,
        start: s,
        end: e2,
        target: e.id,
        targetName: e.name,
        label: display(text),
        key: labelKey(text),
        kind,
        voice: voiceAt(v, tokenIndex),
      });
      spans.push([s, e2]);
    },
  };
}

export const inPerson = (ctx: LabelContext, pos: number) => covers(ctx.persons, pos);
