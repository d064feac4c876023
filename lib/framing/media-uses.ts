// Names the corpus writes as media where no word of the name says so ("Foreign Policy", "The Weekly Standard"): the
// staff of a publication ("Foreign Policy writer Ivo Doe", "Weekly Standard editor …") and what it publishes ("a
// column for Foreign Policy", "an op-ed in the Harbour Courier", "published by The Weekly Standard") show it is one.
// Pure over the docs' texts: one pass of two regexes per doc, a name read in a bounded window.
import { MONTHS, WEEKDAYS } from '../util/calendar.js';
import { isDemonym } from './name-shape.js';

/** A capitalised name of one to four words (initials, "&" and hyphens inside). */
const NAME = "\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){0,3}";
/** A word of a publication's staff or of the publication itself, after its name: "Foreign Policy writer". */
const STAFF = /\s(?:editor|editors|columnist|columnists|writer|writers|contributor|contributors|magazine|newspaper)\b/g;
/** The name closing the window before a STAFF word (at most 80 characters, so each hit reads a bounded window). */
const NAME_AT_END = new RegExp(`(?<![\\p{L}])(${NAME})$`, 'u');
/**
 * What a publication publishes or employs, then its name: "a column for", "an op-ed in", "an essay in", "a columnist
 * for", "an editor at", "published by", "wrote in" (the name may follow "the").
 */
const PUBLISHED_IN = new RegExp(
  `\\b(?:(?:column|op-ed|oped|article|editorial|essay)s?\\s+(?:in|for)|(?:columnist|editor|writer|contributor)s?\\s+(?:for|at|of)|published\\s+(?:by|in)|wr(?:ote|ites)\\s+in)\\s+(?:the\\s+|The\\s+)?(${NAME})`,
  'gu',
);
/** How often a name must be written so in the corpus: once may be a slip. */
const MIN_USES = 2;
/** Words that make a run of capitals no publication's name: days and months ("CNN Thursday", "September"). */
const CALENDAR: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/**
 * The name and its shorter tails ("Then Foreign Policy" → also "Foreign Policy", "Policy": a run may open on a word
 * of the sentence), less a leading "The", a tail holding a day or a month, and a lone demonym ("Russian newspaper").
 */
function tails(name: string): string[] {
  const words = name.replace(/[.’']+$/u, '').split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const rest = words.slice(i);
    if (rest[0] === 'The' || rest.some((w) => CALENDAR.has(w.toLowerCase()))) continue;
    if (rest.length === 1 && isDemonym(rest[0])) continue;
    out.push(rest.join(' '));
  }
  return out;
}

/** The names of one text written as a publication's (STAFF, PUBLISHED_IN), each with its tails. */
function namesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(STAFF)) {
    const n = NAME_AT_END.exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (n) out.push(...tails(n[1]));
  }
  for (const m of text.matchAll(PUBLISHED_IN)) out.push(...tails(m[1]));
  return out;
}

/**
 * The names (without "the") the corpus writes at least twice as a publication, less the names in `notMedia` (places
 * and people the entity stage found: "an essay in Harbourton").
 */
export function mediaNamesByUse(texts: readonly string[], notMedia: ReadonlySet<string>): Set<string> {
  const uses = new Map<string, number>();
  for (const text of texts) for (const t of namesIn(text)) uses.set(t, (uses.get(t) ?? 0) + 1);
  const out = new Set<string>();
  for (const [name, n] of uses) if (n >= MIN_USES && !notMedia.has(name)) out.add(name);
  return out;
}
