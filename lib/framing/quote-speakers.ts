// Who speaks each quote, as the quote table shows it: the person the speaker phrase resolves to ("Ivo Brenn"), with
// the words that describe them kept apart as the role ("former communications director and Valdor ally"), rather than
// the whole phrase as written. Pure.
import type { Span } from '../types.js';
import { firstStartingAt } from '../util/search.js';
import type { SourceMention } from './sources.js';
import type { Voice } from './types.js';
import { withoutDateline } from './speaker-datelines.js';

/** A quote row's speaker: the person (or people) who speak, and the description written with the name. */
export interface QuoteSpeaker {
  speaker: string;
  speaker_role: string;
}

/** Marks trimmed from the ends of a role. */
const EDGE_MARKS = /^[\s,;:()'’-]+|[\s,;:('’-]+$/gu;
/** A capitalised word of a name ("Rezaei", "O’Neil"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
/** A pronoun speaker: no description. */
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;

/**
 * The speaker of each quote of `voices` (in their order, quote by quote, as quoteRows lists them): the named people
 * whose speaker mentions overlap the quote's speaker phrase, with the phrase's other words as the role; the phrase as
 * written when no named person speaks there (an official, a ministry, a pronoun left unresolved).
 */
export function quoteSpeakers(voices: readonly Voice[], mentions: readonly SourceMention[]): QuoteSpeaker[] {
  // each doc's named-person mentions by start, with the longest one's length: a window for the binary search
  const byDoc = new Map<string, { at: { start: number; m: SourceMention }[]; longest: number }>();
  for (const m of mentions) {
    // (a pronoun of any kind: "he" left unresolved, "it" read as a body)
    if (m.role === 'channel' || (m.kind !== 'named' && !PRONOUN.test(m.text.trim()))) continue;
    const d = byDoc.get(m.doc) ?? byDoc.set(m.doc, { at: [], longest: 0 }).get(m.doc)!;
    d.at.push({ start: m.span.start, m });
    d.longest = Math.max(d.longest, m.span.end - m.span.start);
  }
  for (const d of byDoc.values()) d.at.sort((a, b) => a.start - b.start);
  const out: QuoteSpeaker[] = [];
  for (const v of voices)
    for (const q of v.quotes) {
      const d = byDoc.get(v.doc);
      const over = q.speakerSpan && d ? overlapping(d.at, d.longest, q.speakerSpan) : [];
      const named = over.filter((m) => m.kind === 'named');
      const names = [...new Set(named.map((m) => m.name))];
      // a description set off by commas apart from the phrase ("…,” Doe, a Valdor Republican, said) joins the role
      const apart = q.speakerRole ?? '';
      // a pronoun the sources leave unresolved is "he", not the last name the doc gave a quote; "it" is the body read
      const pronoun = over.find((m) => m.kind !== 'named');
      if (!names.length) out.push({ speaker: pronoun?.name ?? q.speaker ?? '', speaker_role: apart });
      else if (names.length > 1) out.push({ speaker: names.join(', '), speaker_role: apart });
      else out.push({ speaker: names[0], speaker_role: joinRoles(roleOf(named[0].text, names[0]), apart) });
    }
  return out;
}

/** Two parts of a role, either may be empty: "Sen." and "R-Utah, a member of the panel". */
function joinRoles(a: string, b: string): string {
  return a && b ? a + ', ' + b : a || b;
}

/** The mentions (sorted by start; none longer than `longest`) whose span overlaps `span`. */
function overlapping(at: readonly { start: number; m: SourceMention }[], longest: number, span: Span): SourceMention[] {
  const out: SourceMention[] = [];
  for (let i = firstStartingAt(at, span.start - longest); i < at.length && at[i].start < span.end; i++)
    if (at[i].m.span.end > span.start) out.push(at[i].m);
  return out;
}

/**
 * The words of speaker phrase `text` that describe the person `name`: the phrase without the name as written
 * ("Sen. Ana Doe of Valdor" → "Sen., of Valdor"); the whole phrase when it does not write the name ("the Valdor
 * senator"); nothing for a pronoun.
 */
export function roleOf(text: string, name: string): string {
  // (a dateline or byline opening the phrase is no description: "WASHINGTON ( AP ) — President")
  const t = withoutDateline(text.trim());
  if (PRONOUN.test(t)) return '';
  const parts = new Set(name.toLowerCase().split(/\s+/));
  const words = t.split(/\s+/);
  const key = (w: string) => w.toLowerCase().replace(/['’]s$/, '');
  const surname = name.toLowerCase().split(/\s+/).pop()!;
  let last = -1;
  // the surname, or the last part of the name written ("Assad" for "Bashar al-Assad")
  const inName = (w: string) => parts.has(key(w)) || (key(w).length > 2 && surname.endsWith('-' + key(w)));
  for (let i = words.length - 1; i >= 0 && last < 0; i--) if (inName(words[i])) last = i;
  if (last < 0) return t.replace(EDGE_MARKS, '');
  // a name written with another spelling of its last part ("Mohsen Rezaei" for the entity "Mohsen Rezaee"): one or
  // two capitalised words closing the phrase right after the given name are the name, not a description
  const tail = words.slice(last + 1);
  if (tail.length && tail.length <= 2 && tail.every((w) => NAME_WORD.test(w))) last = words.length - 1;
  let first = last;
  // the given names and initials written before the surname ("Luis V. Carrow")
  while (first > 0 && (parts.has(key(words[first - 1])) || /^\p{Lu}\.?$/u.test(words[first - 1]))) first--;
  const before = words.slice(0, first).join(' ').replace(EDGE_MARKS, '');
  const after = words
    .slice(last + 1)
    .join(' ')
    .replace(EDGE_MARKS, '');
  return [before, after].filter(Boolean).join(', ');
}

/** Quote rows (quoteRows) with each one's speaker and role (`speakers`, in the same order) and the field 'text'. */
export function withQuoteSpeakers<T extends { speaker: string }>(
  rows: readonly T[],
  speakers: readonly QuoteSpeaker[],
): (T & { field: 'text'; speaker_role: string })[] {
  return rows.map((q, i) => ({
    ...q,
    field: 'text',
    speaker: speakers[i]?.speaker ?? q.speaker,
    speaker_role: speakers[i]?.speaker_role ?? '',
  }));
}
