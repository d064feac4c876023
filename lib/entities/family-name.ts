// The family name among a person's name words, past a generation suffix ("Martin Luther King Jr." -> "king").

/** Generation suffixes that end a person's name ("Jr.", "Sr.", "III"), as token norms write them. */
export const NAME_SUFFIX = /^(?:jr|sr)\.?$|^(?:ii|iii|iv)$/;

/** The family name among a person's lowercase name words: the last, or the one before a generation suffix ("king" of
 * "martin luther king jr."), so that "King" alone finds him. */
export function familyName(parts: readonly string[]): string {
  const n = parts.length;
  return n >= 3 && NAME_SUFFIX.test(parts[n - 1]) ? parts[n - 2] : parts[n - 1];
}
