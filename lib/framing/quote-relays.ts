// A quote whose sentence names its speaker before it and the outlet that carried it after it: "Doe said there were
// “serious gaps,” Reuters reported." The outlet is where the quote appeared (a channel), not who spoke it. Pure.

/** What follows a quote when an outlet relays it: "…,” the Harbour Post (also) reported / reports the Harbour Post. */
const RELAY_AFTER =
  /^[ \t]*,?[ \t]*(?:((?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of))*)\s+(?:also\s+|first\s+|later\s+)?(?:reported|reports)\b|(?:reported|reports)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)*))/u;

/** A comma closing the quote's words, inside or just outside its closing mark. */
const CLAUSE_END = /,\s*(?:''|”|")|(?:''|”|")\s*,/;

/**
 * The outlet named as relaying the quote that ends at `end` of `text` ("…,” the Harbour Post reported."), as its
 * phrase and where it starts; null when none is written there.
 */
export function relayAfter(text: string, end: number): { text: string; start: number } | null {
  // the quote ends a clause of its sentence, not the sentence ("…, the goal is peace ,” the Harbour Post reported)
  if (!CLAUSE_END.test(text.slice(Math.max(0, end - 6), end + 2))) return null;
  const m = RELAY_AFTER.exec(text.slice(end, end + 120));
  const t = m && (m[1] ?? m[2]);
  return m && t ? { text: t, start: end + m.index + m[0].indexOf(t) } : null;
}

/** "which she called “…”": a subject pronoun right before "called" and the quote (its speaker, as the pronoun). */
const PRONOUN_CALLED = /\b(he|she|they)\s+(?:\p{Ll}+ly\s+)?called\s*$/u;

/** The pronoun that calls a quote something ("which she called “…”"), as its text and offset in `before`. */
export function pronounCalling(before: string): { text: string; offset: number } | null {
  const m = PRONOUN_CALLED.exec(before);
  return m ? { text: m[1], offset: m.index } : null;
}
