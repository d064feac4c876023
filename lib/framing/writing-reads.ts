// A writing quoted by what it "reads": "“…,” the statement read", "“…,” the memo reads, “…”", "His last message read:
// “…”". The writing speaks (sources.ts reads it as a document, or as the body or person whose writing it is). "read" is
// no verb of saying elsewhere ("Doe read the letter aloud"), so only a writing's noun right before it is read.
import type { Quote } from './types.js';
import type { Found, QuoteContext } from './quote-context.js';
import { cleanSpeaker, cleanedAt } from './speaker-cleaning.js';

/** Nouns of writings that "read" what they say (general English). */
const WRITINGS =
  'statement|letter|message|note|sign|post|tweet|release|text|e-?mail|memo|memorandum|caption|headline|banner|' +
  'placard|poster|notice|card|bio|petition|plaque|inscription|document|order|resolution|complaint|filing|ad|' +
  'advertisement|flyer|leaflet|manifesto|invitation|slogan|label|page|entry|citation|summary|report|points';
/** The writing's noun phrase: a determiner or a possessor, at most three words, then the noun. */
const WRITING =
  `((?:(?:the|a|an|one|another|his|her|its|their|that|this|each)\\s+|[^\\s,.;:!?"“”«»]+\\s*['’]\\s*s?\\s+)` +
  `(?:[^\\s,.;:!?"“”«»]+\\s+){0,3}?(?:${WRITINGS})s?)`;
/** After the quote: "“…,” the statement read" (a comma or the quote's own mark before it). */
const READS_AFTER = new RegExp(`^\\s*[,.]?\\s*${WRITING}\\s+(?:read|reads)\\b`, 'iu');
/** Before the quote: "His last message read: “…”". */
const READS_BEFORE = new RegExp(`(?:^|[\\s,;])${WRITING}\\s+(?:read|reads)(?:\\s+in\\s+part)?\\s*[:,]\\s*$`, 'iu');

/** The writing that reads the quote, written after it or before it (a colon or a comma before the quote). */
export function writingReads({ text }: QuoteContext, q: Quote, ctxFrom: number, paraEnd: number): Found {
  const after = READS_AFTER.exec(text.slice(q.end, Math.min(paraEnd, q.end + 120)));
  const ta = after && cleanSpeaker(after[1]);
  if (after && ta) return { text: ta, start: q.end + cleanedAt(after, ta), via: 'after' };
  const from = Math.max(ctxFrom, q.start - 160);
  const before = READS_BEFORE.exec(text.slice(from, q.start));
  const tb = before && cleanSpeaker(before[1]);
  return before && tb ? { text: tb, start: from + cleanedAt(before, tb), via: 'before' } : null;
}
