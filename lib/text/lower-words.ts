// Whether a text writes a word in lower case, as a word of its own: "the agency", "anti-agency", "al-qaeda" (a common
// word, not a name, when the same article writes "Agency said" or "Al-Qaeda said"). One index per text, made by the
// caller once (per document) and passed in: no module state. Pure.

/**
 * A run of letters and digits, with inner hyphens or apostrophes joining runs ("anti-agency", "o'neill"); the joiner is
 * a single character the runs cannot hold, so the match is linear on any input.
 */
const WORD_RUN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** The joiners of a compound run. */
const JOINER = /['’-]/;
/** A capital letter anywhere: a run holding one is not written in lower case. */
const HAS_UPPER = /\p{Lu}/u;

/** The words a text writes wholly in lower case: every run, joined ("anti-agency") and each of its parts ("agency"). */
export type LowerWords = ReadonlySet<string>;

/** The lower-case words of `text` (see LowerWords): made once per text, read by `writesLower`. */
export function lowerWords(text: string): LowerWords {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD_RUN)) {
    const run = m[0];
    if (!HAS_UPPER.test(run)) out.add(run);
    if (!JOINER.test(run)) continue;
    for (const part of run.split(JOINER)) if (!HAS_UPPER.test(part)) out.add(part);
  }
  return out;
}

/**
 * Whether the text indexed by `words` writes `word` (any case; hyphenated or not) in lower case as a word of its own:
 * "Agency" when it writes "agency" or "anti-agency"; "Al-Qaeda" when it writes "al-qaeda" (not "al-Qaeda").
 */
export function writesLower(words: LowerWords, word: string): boolean {
  return words.has(word.toLowerCase());
}
