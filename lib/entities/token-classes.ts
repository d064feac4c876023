// The class of each word token that name runs are built from: a capitalised word, an acronym, a lowercase name
// particle ("bin", "van"), a capitalised prefix glued to a lowercase word ("US-occupied"), or other. A sentence's
// classes are computed when first asked for, once per token.
import type { Token, Doc } from '../types.js';
import { isAcronymShape } from './acronyms.js';
import {
  COMPOUND,
  CAP_PARTICLE_WORD,
  INFIX_NAME,
  PARTICLE_COMPOUND,
  UPPER_FIRST,
  PARTICLE_WORD,
} from './word-shapes.js';

/** Standalone lowercase particles that join capitalised name parts ("Osama bin Laden", "Ludwig van Beethoven"). */
export const JOIN_PARTICLES = new Set('al el bin ibn abu bint de van von der bani ben'.split(' '));
// Dutch, Spanish, Portuguese, Italian, French and Bantu family-name particles ("Anna den Bosma", "Luis del Prado",
// "Joao dos Reis", "Piet ter Horst", "Ali wa Kamba")
for (const p of ['den', 'del', 'da', 'dos', 'di', 'du', 'ter', 'wa']) JOIN_PARTICLES.add(p);

export const isCapLike = (c: C) => c === C.Cap || c === C.Acr;

/** Token classes used to build runs. */
export const enum C {
  Other = 0,
  Cap = 1, // capitalised word
  Acr = 2, // acronym shape
  Particle = 3, // standalone lowercase particle (al, bin, de...)
  Compound = 4, // US-occupied
}

/** Class of a word token, with a fast path for the common lowercase word. */
function classifyToken(text: string, t: Token): C {
  const c = text.charCodeAt(t.start);
  if (c >= 97 && c <= 122) {
    if (JOIN_PARTICLES.has(t.norm)) return C.Particle;
    if ((c === 97 || c === 101) && t.norm.indexOf('-') > 0) return classify(text.slice(t.start, t.end));
    return C.Other;
  }
  return classify(text.slice(t.start, t.end));
}

function classify(w: string): C {
  if (w.charCodeAt(w.length - 1) === 45 /* - */) return C.Other; // a prefix split off its word ("Then-")
  if (COMPOUND.test(w) && !CAP_PARTICLE_WORD.test(w) && !INFIX_NAME.test(w)) return C.Compound;
  if (PARTICLE_COMPOUND.test(w)) return C.Compound; // "al-Qaida-linked": the name inside, no person
  if (isAcronymShape(w)) return C.Acr;
  if (UPPER_FIRST.test(w) || PARTICLE_WORD.test(w)) return C.Cap;
  if (JOIN_PARTICLES.has(w)) return C.Particle;
  return C.Other;
}

/** The token classes of one sentence, each computed when first asked for; one instance serves every sentence. */
export class SentenceClasses {
  private cache = new Int8Array(256);
  private d: Doc | null = null;
  private from = 0;
  private to = 0;

  /** Start on the tokens [from, to) of d. */
  reset(d: Doc, from: number, to: number): void {
    if (this.cache.length < to - from) this.cache = new Int8Array(2 * (to - from));
    this.cache.fill(-1, 0, to - from);
    this.d = d;
    this.from = from;
    this.to = to;
  }

  /** The sentence's end: the index after its last token (read-only; `reset` sets it). */
  get end(): number {
    return this.to;
  }

  /** The class of token i (Other past the sentence's end and for tokens that are not words). */
  at(i: number): C {
    const d = this.d!;
    if (i >= this.to || d.tokens[i].kind !== 'word') return C.Other;
    const k = i - this.from;
    if (this.cache[k] < 0) this.cache[k] = classifyToken(d.text, d.tokens[i]);
    return this.cache[k];
  }
}
