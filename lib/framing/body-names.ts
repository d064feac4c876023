// A one-word speaker no entity knows that is a body, not a person: "according to Gallup", "Axios reported", "Time
// magazine said". News copy introduces a person with a given name or a title ("Sheriff Ann Doe", "Mr. Doe") before it
// uses the surname alone; a word the article never writes that way, and cites as a source ("according to X", "X
// reported", "an X poll"), is an organisation or a medium. Pure; the words are general English, the project's own.
import { STARTS_UPPER } from '../util/letters.js';

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
 * Whether `word` (capitalised, one word, no entity) names a body in `text`, and which: null when any use of it is
 * a person's (after a capitalised word that is no sentence opener — a given name or a title: "Paul Doe", "Mr. Doe",
 * "Sen. Doe" — or before one: "Ban Ki-moon", a longer name), or when the article never cites it as a source.
 * `opener(w)`: whether a capitalised word is a function word that may open a sentence ("The", "According", "In").
 */
export function bodyKind(text: string, word: string, opener: (w: string) => boolean): BodyKind | null {
  if (/ing$/.test(word)) return null; // a participle opening a sentence ("Addressing reporters, …")
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const use = new RegExp(`(\\S+)?([ \\t]+)?(?<![\\p{L}'’-])${esc}(?![\\p{L}'’-])(?:[ \\t]+(\\S+))?`, 'gu');
  let cited = false;
  let media = false;
  for (const m of text.matchAll(use)) {
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
