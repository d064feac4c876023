// A found speaker given to its quotes: its role read after the name, pronouns resolved to the last named speaker, the
// parts of a multi-paragraph quote and nested quotes given the same speaker, programme titles spoken by no one.
import { titleQuote } from './quote-titles.js';
import { roleAfterName } from './quote-appositives.js';
import type { Doc, Span } from '../types.js';
import type { Quote } from './types.js';
import { partyTag } from '../entities/tags.js';
import type { Found, QuoteContext } from './quote-context.js';
import { PRONOUN } from './speaker-cleaning.js';
import { VERB_WORDS } from './speech-verbs.js';
import { appositiveAt } from './subject-appositives.js';
import { writtenEnd } from './speaker-text.js';

/**
 * The speaker found, with the description set off by a comma after the name as its role when none was read yet
 * ("said Ana Doe, a Valdor Republican."; "Doe, R-Utah, said"): not for a pronoun or a speaker carried on.
 */
export function withRole({ doc, text }: QuoteContext, found: NonNullable<Found>): NonNullable<Found> {
  if (found.role || found.via === 'continued' || PRONOUN.test(found.text)) return found;
  const end = writtenEnd(text, found.start, found.text.replace(/\u2024/g, '.'));
  const role = roleAfterName(doc.text, text, end, describesSpeaker, (at) => partyTag(doc.text, at)?.end ?? null);
  return role ? { ...found, role } : found;
}

/**
 * A comma segment after a name that describes the person: an appositive that is no verb of saying ("…, said") nor a
 * thing's relative ("Doe's letter, which was released …").
 */
function describesSpeaker(seg: string): boolean {
  const first = seg.trim().split(/\s+/)[0];
  return !VERB_WORDS.has(first) && first !== 'which' && appositiveAt(seg);
}

/**
 * A programme's title in quote marks ("said on NBC 's “Meet the Press”") is spoken by no one: its speaker is taken
 * from it, and given to the quote before it in its sentence when that has none ("“…,” Doe, a Valdor Republican, said
 * on “Harbour Sunday.”": the title's speaker, read before it, is the quote's).
 */
export function unspokenTitles(doc: Doc, top: readonly Quote[], sentenceOf: QuoteContext['sentenceOf']): void {
  for (let i = 0; i < top.length; i++) {
    const q = top[i];
    if (!titleQuote(doc.text, q)) continue;
    const prev = i > 0 ? top[i - 1] : null;
    // (the sentence the quote before ends in: a long quote opens sentences earlier)
    const before = prev && sentenceOf(Math.max(prev.start, prev.end - 1));
    if (prev && !prev.speaker && q.speaker && q.via !== 'continued' && before && before === sentenceOf(q.start)) {
      prev.speaker = q.speaker;
      prev.speakerSpan = q.speakerSpan;
      prev.via = q.via === 'pronoun' ? 'pronoun' : 'after';
      if (q.speakerRole) prev.speakerRole = q.speakerRole;
    }
    q.speaker = null;
    q.speakerSpan = null;
    q.via = null;
    // (the description read after its speaker's name goes with the speaker: a title has no role either)
    delete q.speakerRole;
  }
}

/** 5. A later part of the same multi-paragraph quote may carry the attribution; else the previous quote in the paragraph. */
export function continuedSpeaker(q: Quote, group: readonly Quote[], prev: Quote | null): Found {
  const from = group[0] !== q && group[0].speaker ? group[0] : prev?.speaker ? prev : null;
  if (!from?.speaker) return null;
  const role = from.speakerRole ? { role: from.speakerRole } : {};
  const span = from.speakerSpan ? { span: from.speakerSpan } : {};
  return { text: from.speaker, start: from.speakerSpan?.start ?? q.start, via: 'continued', ...role, ...span };
}

/** Give the quote (and the earlier parts of its multi-paragraph group) its speaker; returns the last named speaker. */
export function assignSpeaker(
  doc: Doc,
  q: Quote,
  found: NonNullable<Found>,
  lastSpeaker: string | null,
  group: readonly Quote[],
  masked = doc.text,
): string | null {
  const written = found.text.replace(/\u2024/g, '.');
  // (where the phrase ends is read on the masked text: a tag blanked inside it is white space there)
  const span: Span = found.span ?? { doc: doc.id, start: found.start, end: writtenEnd(masked, found.start, written) };
  if (PRONOUN.test(written)) {
    // ("it" is a body or a document, never the last person who spoke: sources.ts reads which)
    q.speaker = /^it$/i.test(written) ? 'it' : (lastSpeaker ?? written.toLowerCase());
    q.via = 'pronoun';
  } else {
    q.speaker = written;
    q.via = found.via;
    if (found.role) q.speakerRole = found.role;
    if (found.via !== 'continued') lastSpeaker = written;
  }
  q.speakerSpan = span;
  for (const other of group)
    if (!other.speaker) {
      other.speaker = q.speaker;
      other.speakerSpan = span;
      other.via = 'continued';
      if (q.speakerRole) other.speakerRole = q.speakerRole;
    }
  return lastSpeaker;
}

/** Nested quotes are spoken by whoever speaks the enclosing quote. */
export function nestedSpeakers(quotes: Quote[], top: readonly Quote[]): void {
  let pi = 0;
  for (const q of quotes) {
    if (q.depth === 0) continue;
    while (pi < top.length && top[pi].end < q.end) pi++;
    const parent = pi < top.length && top[pi].start <= q.start ? top[pi] : undefined;
    if (parent) {
      q.speaker = parent.speaker;
      q.speakerSpan = parent.speakerSpan;
      q.via = parent.via;
    }
  }
}
