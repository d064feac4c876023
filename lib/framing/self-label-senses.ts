// A label a person or group gives itself: "the self-described democratic socialist", "a self-identified
// anti-fascist". The writer reports the bearer's own word for a stance (the adjective says so), not a label it puts on
// them; "self-proclaimed" and "self-styled", which cast doubt on the claim, are lexicon words of their own.
import type { Doc } from '../types.js';
import { wordAt } from '../text/word-at.js';

/** Adjectives that hand the following label to its bearer. */
const SELF_DESCRIBED = new Set(['self-described', 'self-identified', 'self-declared', 'self-avowed']);

/** True when a self-description stands right before token i or one modifier before it ("self-described Democratic socialist"). */
export function selfDescribedLabel(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  return SELF_DESCRIBED.has(wordAt(d, i - 1, s) ?? '') || SELF_DESCRIBED.has(wordAt(d, i - 2, s) ?? '');
}
