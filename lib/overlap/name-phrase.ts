// Rule 2 of the passage kinds, for names: a reuse passage made of names and titles ("Senate Majority Whip John
// Cornyn", a list of states) is how both articles name someone, stock, not copied narration.
import { HAS_LETTER } from '../util/letters.js';
import { setKind, type KindPair } from './kind-pair.js';

/** Content words of a name phrase are at least this share capitalised: a way of naming someone, not narration. */
export const NAME_SHARE = 0.7;

const STOP_SHORT = new Set(
  'a an the of for and or to in on at by with from as is was are were be said says that this'.split(' '),
);

/**
 * A passage made of names (a title and a name, an institution, a list of states): most of its content words are
 * capitalised past the first word. Two articles naming one person or body the same way have not copied each other.
 */
export function namePhrase(text: string): string | null {
  const words = text.split(/\s+/).filter((w) => HAS_LETTER.test(w));
  let content = 0,
    caps = 0;
  words.forEach((w, i) => {
    const bare = w.replace(/^[^\p{L}]+/u, '');
    if (i === 0 || !bare || STOP_SHORT.has(bare.toLowerCase())) return;
    content++;
    if (bare[0] !== bare[0].toLowerCase()) caps++;
  });
  if (content < 3 || caps < NAME_SHARE * content) return null;
  return `names and titles (${caps} of ${content} words capitalised): how both name someone, not copied narration`;
}

/** Mark every reuse passage that is a name phrase as stock (in place). */
export function markNames(pairs: readonly KindPair[]): void {
  for (const p of pairs)
    for (const x of p.passages) {
      const names = x.kind === 'reuse' ? namePhrase(x.text) : null;
      if (names) setKind(x, 'stock', names);
    }
}
