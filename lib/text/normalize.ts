// Matching forms of text: quote and dash variants folded, case folded. The article text itself is never changed.

const QUOTE_FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u02BC': "'",
  '`': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
};
const DASH_RE = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const QUOTE_RE = /[\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;

/** Fold curly quotes to straight ones and every dash variant to '-', one character for one (offsets survive). */
export function foldPunctuation(s: string): string {
  return s.replace(QUOTE_RE, (c) => QUOTE_FOLD[c] ?? c).replace(DASH_RE, '-');
}

/** The matching form of a token or phrase: punctuation folded and lowercased. */
export function normalizeTerm(s: string): string {
  return foldPunctuation(s).toLowerCase();
}

/** Combining marks; a module constant, since tsx rebuilds a \p{...} literal on every call. */
const MARKS = /\p{M}+/gu;

/** Strip Latin diacritics for loose matching ("Türkiye" -> "turkiye"); not offset-preserving. */
export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

/**
 * A name's O or D prefix joined to its name as pre-tokenised text spaces it apart: "O ’ Reilly" → "O’Reilly",
 * "d ' souza" → "d'souza", and a name's inner apostrophe before its lower-case rest: "Ja ’ afari" → "Ja’afari" (the
 * tokenizer makes such a run one token; names and their display read it joined).
 */
export function joinNamePrefix(s: string): string {
  return s.replace(NAME_PREFIX_RE, '$1$2').replace(NAME_INNER_RE, '$1$2');
}
const NAME_PREFIX_RE = /\b([OoDd])[ \t]*(['\u2019])[ \t]*(?=\p{L})/gu;
const NAME_INNER_RE = /(\p{L})[ \t]+(['\u2019])[ \t]+(?=\p{Ll})/gu;
