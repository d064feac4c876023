// Deterministic filler prose for overlap fixtures: sentences of words drawn from a list with a seeded generator, so
// different seeds share no 5-word run beyond chance and a test's shared passage is the only text two articles share.

/** `words` words from `list`, a capital every `sentence` words and a full stop closing each sentence. */
export function seededProse(list: readonly string[], seed: number, words: number, sentence: number): string {
  let a = (seed * 2654435761) >>> 0;
  const r = () => (a = (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    let w = list[Math.floor(r() * list.length)];
    if (i % sentence === 0) w = w[0].toUpperCase() + w.slice(1);
    out.push(w + ((i + 1) % sentence === 0 ? '.' : ''));
  }
  return out.join(' ').replace(/\.?$/, '.');
}

/** Thirty plain nouns for filler prose: no name, no quote mark, no word of saying, so no rule reads anything into it. */
export const FILLER_WORDS: readonly string[] = (
  'orchard lantern quarry meadow ribbon falcon velvet timber copper glacier marble saddle thistle beacon willow ' +
  'canyon ember parcel lagoon summit tavern walnut cobble prairie anchor violet basket kettle plume granite hollow'
).split(' ');

/** `words` words of filler prose in sentences of 11, the same for the same seed. */
export const fillerProse = (seed: number, words: number): string => seededProse(FILLER_WORDS, seed, words, 11);
