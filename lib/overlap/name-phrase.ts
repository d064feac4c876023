// Rule 2 of the passage kinds, for names: a reuse passage made of names and titles ("Senate Majority Whip John
// Cornyn", "France 's foreign minister Jean-Yves Le Drian said", a list of states) is how both articles name someone,
// stock, not copied narration.
import { HAS_LETTER } from '../util/letters.js';
import { setKind, type KindPair } from './kind-pair.js';
import { TITLES } from '../entities/gazetteer.js';

/** Content words of a name phrase are at least this share capitalised: a way of naming someone, not narration. */
export const NAME_SHARE = 0.7;

const STOP_SHORT = new Set(
  'a an the of for and or to in on at by with from as is was are were be said says that this'.split(' '),
);

/** A possessive set off as its own token ("Israel 's", "Iran ’ s"): part of the name before it, no word of its own. */
const CLITIC = /^['\u2019](?:s)?$/;

/**
 * The words of `words` that are a title written before or beside a name (lowercase, in the entity reader's list of
 * titles, alone or as two words: "ambassador", "foreign minister"): they name someone as the capitalised words do.
 */
function titleWords(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  const lower = words.map((w) => w.toLowerCase());
  lower.forEach((w, i) => {
    if (words[i] !== w) return;
    if (TITLES.has(w)) out.add(i);
    if (i + 1 < lower.length && TITLES.has(`${w} ${lower[i + 1]}`)) out.add(i).add(i + 1);
  });
  return out;
}

/**
 * A passage made of names (a title and a name, an institution, a list of states): most of its content words are
 * capitalised past the first word, or titles ("Israel 's ambassador to the United States , Michael Ortiz"). Two
 * articles naming one person or body the same way have not copied each other.
 */
export function namePhrase(text: string): string | null {
  const words = text
    .split(/\s+/)
    .filter((w) => HAS_LETTER.test(w))
    .map((w) => w.replace(/^[^\p{L}]+/u, ''))
    .filter((w) => w && !CLITIC.test(w));
  const titles = titleWords(words);
  let content = 0,
    caps = 0;
  words.forEach((w, i) => {
    if (i === 0 || STOP_SHORT.has(w.toLowerCase())) return;
    content++;
    if (w[0] !== w[0].toLowerCase() || titles.has(i)) caps++;
  });
  if (content < 3 || caps < NAME_SHARE * content) return null;
  return `names and titles (${caps} of ${content} words capitalised or titles): how both name someone, not copied narration`;
}

/** Mark every reuse passage that is a name phrase as stock (in place). */
export function markNames(pairs: readonly KindPair[]): void {
  for (const p of pairs)
    for (const x of p.passages) {
      const names = x.kind === 'reuse' ? namePhrase(x.text) : null;
      if (names) setKind(x, 'stock', names);
    }
}
