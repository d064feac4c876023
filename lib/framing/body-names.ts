// A one-word speaker no entity knows that is a body, not a person: "according to Gallup", "Axios reported", "Time
// magazine said". News copy introduces a person with a given name or a title ("Sheriff Ann Doe", "Mr. Doe") before it
// uses the surname alone; a word the article never writes that way, and cites as a source ("according to X", "X
// reported", "an X poll"), is an organisation or a medium. Pure; the words are general English, the project's own.
import { STARTS_UPPER } from '../util/letters.js';
import { pushTo } from '../util/maps.js';

// regexes with \p{...} made once here: written inside a function, tsx rebuilds one on every call (lib/util/letters.ts)
/** A short capitalised abbreviation: "Dr.", "Sept." */
const ABBREVIATION = /^\p{Lu}\p{Ll}{0,3}\.$/u;

/** What a lone unknown word names, when the article shows it is no person. */
export type BodyKind = 'institution' | 'media';

/** Nouns after the word that make it a medium: "Time magazine", "Axios reporters", "McClatchy reported". */
const MEDIA_AFTER = /^(?:magazine|newspaper|paper|reporters?|correspondents?|editorial|editors|website|reported)$/;
/** Nouns after the word that make it a source body: "a Pew poll", "the Amnesty report", "Gallup data". */
const SOURCE_AFTER = /^(?:reports|polls?|polling|surveys?|report|study|studies|analysis|data|figures|researchers)$/;

/** "according to" (and an article) just before the word. */
const ACCORDING = /\baccording to(?:\s+the)?\s+$/i;

/**
 * `bodyKind` for one text, each word read once: a capitalised word of letters, apostrophes and hyphens is looked for
 * only where the text writes it (an index of the text's capitalised words, made at the first call), so a long
 * transcript with thousands of one-word speakers costs its length once, not once per speaker.
 */
export function bodyKinds(text: string, opener: (w: string) => boolean): (word: string) => BodyKind | null {
  let runs: Map<string, number[]> | undefined;
  const memo = new Map<string, BodyKind | null>();
  return (word) => {
    let kind = memo.get(word);
    if (kind === undefined) {
      const indexed = STARTS_UPPER.test(word) && NAME_CHARS.test(word);
      const at = indexed ? ((runs ??= capitalisedRuns(text)).get(word) ?? []) : undefined;
      memo.set(word, (kind = bodyKind(text, word, opener, at)));
    }
    return kind;
  };
}

/** A word of letters, apostrophes and hyphens only: the characters the use pattern's boundaries exclude. */
const NAME_CHARS = /^[\p{L}'’-]+$/u;
/** A run of those characters (global: read with matchAll, which copies it). */
const NAME_RUN = /[\p{L}'’-]+/gu;
/** One white-space character, as \S excludes them. */
const WHITE = /\s/;

/** Where each capitalised run of letters, apostrophes and hyphens starts in `text`, by the run. */
function capitalisedRuns(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const m of text.matchAll(NAME_RUN)) if (STARTS_UPPER.test(m[0])) pushTo(out, m[0], m.index ?? 0);
  return out;
}

/**
 * Whether `word` (capitalised, one word, no entity) names a body in `text`, and which: null when any use of it is
 * a person's (after a capitalised word that is no sentence opener — a given name or a title: "Paul Doe", "Mr. Doe",
 * "Sen. Doe" — or before one: "Ban Ki-moon", a longer name), or when the article never cites it as a source.
 * `opener(w)`: whether a capitalised word is a function word that may open a sentence ("The", "According", "In").
 * `found`: where `text` writes `word` as a whole run of letters, apostrophes and hyphens (for such a word only), so the
 * pattern is run from just before each use instead of over the whole text; the same matches either way.
 */
export function bodyKind(
  text: string,
  word: string,
  opener: (w: string) => boolean,
  found?: readonly number[],
): BodyKind | null {
  if (/ing$/.test(word)) return null; // a participle opening a sentence ("Addressing reporters, …")
  if (found?.length === 0) return null; // never written: no use to read
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const use = new RegExp(`(\\S+)?([ \\t]+)?(?<![\\p{L}'’-])${esc}(?![\\p{L}'’-])(?:[ \\t]+(\\S+))?`, 'gu');
  let cited = false;
  let media = false;
  for (const m of found ? usesAt(text, use, found) : text.matchAll(use)) {
    const before = m[2] ? (m[1] ?? '') : '';
    const after = m[3] ?? '';
    // "… in Washington. Doe said": a capitalised word that ends a sentence is no given name
    // ("Mr. Doe", "Sen. Doe": a short word with a full stop is a title, no sentence end)
    const ends = /[.!?:;"”)]$/u.test(before) && !ABBREVIATION.test(before);
    if (STARTS_UPPER.test(before) && !ends && !opener(before.replace(/,$/, ''))) return null;
    if (STARTS_UPPER.test(after)) return null;
    if (MEDIA_AFTER.test(after)) media = cited = true;
    else if (SOURCE_AFTER.test(after)) cited = true;
    const at = (m.index ?? 0) + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    if (ACCORDING.test(text.slice(Math.max(0, at - 20), at))) cited = true;
  }
  return cited ? (media ? 'media' : 'institution') : null;
}

/**
 * The matches `text.matchAll(use)` gives, found by starting the search at the next use of the word (`at`, sorted)
 * less the words and blanks the pattern may take before it: no match can start earlier, since a match's text before
 * the word is one run of non-blanks and spaces, and that run starts no later for a later use.
 */
function* usesAt(text: string, use: RegExp, at: readonly number[]): Generator<RegExpExecArray> {
  let end = 0;
  for (let i = 0; i < at.length; i++) {
    if (at[i] < end) continue;
    let from = at[i];
    while (from > end && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    while (from > end && !WHITE.test(text[from - 1])) from--;
    use.lastIndex = from;
    const m = use.exec(text);
    if (!m) return;
    yield m;
    end = use.lastIndex;
  }
}
