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

/** FILLER_WORDS and seventeen more: a wider list, so longer articles repeat fewer runs by chance. */
export const WIDE_FILLER_WORDS: readonly string[] = FILLER_WORDS.concat(
  'mirror pepper signal island ladder tunnel cradle shadow ginger ivory jasper kiln locket mosaic nectar oyster pebble'.split(
    ' ',
  ),
);

/** `words` words of filler prose from WIDE_FILLER_WORDS in sentences of 11, the same for the same seed. */
export const wideFillerProse = (seed: number, words: number): string => seededProse(WIDE_FILLER_WORDS, seed, words, 11);

/** `words` words of filler prose in sentences of 11, the same for the same seed. */
export const fillerProse = (seed: number, words: number): string => seededProse(FILLER_WORDS, seed, words, 11);

/** Eight towns for invented council stories. */
export const PLACES: readonly string[] = [
  'Tucson',
  'Fresno',
  'El Paso',
  'Yuma',
  'Laredo',
  'Salinas',
  'Merced',
  'Visalia',
];

/**
 * Article i of a council story: sentences of its own (shared text would be reuse, not the outlet's voice); `word` is how
 * the outlet names the ruling council, the one difference of wording the comparison tests plant.
 */
export const council = (i: number, word: string): string =>
  `Members of the ${word} in ${PLACES[i % 8]} met on day ${i + 3} to weigh measure ${100 + i}. ` +
  `The ${word} heard ${i + 4} speakers, and the ${word} said hearing ${i + 1} would resume after ${i + 2} weeks. ` +
  `Officials counted ${40 + 7 * i} letters at the ${PLACES[(i + 2) % 8]} office before the ${word} adjourned. ` +
  `Residents of ${PLACES[(i + 5) % 8]} asked the ${word} to publish minute ${i + 11} and the ${word} agreed.`;

/**
 * Article i of a council story about a plan: `plan` is the outlet's spelling of the plan's word ("programme" or
 * "program"), the one difference the house-spelling tests plant.
 */
export const councilPlan = (i: number, plan: string): string =>
  `Members of the council in ${PLACES[i % 8]} met on day ${i + 3} to weigh measure ${100 + i} and its ${plan}. ` +
  `The council heard ${i + 4} speakers on the ${plan}, and said hearing ${i + 1} would resume after ${i + 2} weeks. ` +
  `Officials counted ${40 + 7 * i} letters at the ${PLACES[(i + 2) % 8]} office before the council adjourned. ` +
  `Residents of ${PLACES[(i + 5) % 8]} asked the council to publish minute ${i + 11} and the council agreed. ` +
  `The ${plan} costs ${i + 9} million, and a second ${plan} for ${PLACES[(i + 3) % 8]} waits.`;
