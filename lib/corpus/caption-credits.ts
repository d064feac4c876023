// The words of a photo credit, one list for the two readers of captions: the loader cuts a short caption line from
// every layer (lib/corpus/lines.ts, isCaption), and the framing reader masks a long caption paragraph from term counts
// (lib/framing/captions.ts). Each builds its own patterns (a line that carries a credit anywhere; a paragraph a credit
// closes), from these lists, so a credit one reader knows the other knows too.

/**
 * The nouns a credit names the picture by, lower case ("Photo: …", "( AP Photo/… )", "Image courtesy of …"), a
 * longer word before its prefix ("photograph" before "photo": an alternation takes the first that fits).
 */
export const PICTURE_NOUNS: readonly string[] = [
  'photographs',
  'photograph',
  'photos',
  'photo',
  'images',
  'image',
  'pictures',
  'picture',
];

/** Agencies whose name stands before a photographer's ("AP Photo/Jane Doe", "REUTERS/Jane Doe", "via AFP"). */
export const PHOTO_AGENCIES: readonly string[] = ['AP', 'AFP', 'Reuters', 'EPA', 'Anadolu', 'Xinhua'];

/** Picture libraries named as a credit on their own ("( Getty Images )", "via Getty Images"). */
export const PICTURE_LIBRARIES: readonly string[] = ['Getty Images'];

/** A regex alternation of `words` in their order, a space matching any run of spaces or none. */
export function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*')).join('|');
}

/** `words` with a capital first letter ("Photo", "Images"): how a credit closing a caption writes them. */
export function capitalised(words: readonly string[]): string[] {
  return words.map((w) => w[0].toUpperCase() + w.slice(1));
}
