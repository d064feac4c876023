// The gender an article gives a surname by a title or gendered noun before the name ("Mr. Brenn", "spokeswoman Lena
// Varga"): only a stated, unambiguous gender rules a speaker out for "he" or "she". Pure.
import { surnameKey } from './person-names.js';

/** A person's gender as an article states it in a title or a gendered noun before the name. */
export type Gender = 'm' | 'f';

/**
 * "Mr. Brenn", "Sir Ivo Brenn", "spokeswoman Lena Varga": the title or noun, then the name's capitalised words. No
 * "spokesman" or "chairman": news copy writes them of women too ("spokesman Abeer …").
 */
const GENDERED_TITLE =
  /\b(Mr|Mrs|Ms|Miss|Sir|Lord|Dame|Lady|Madam|King|Queen|(?:spokes|congress|chair|business|council)woman)\b\.?\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)/gu;

const FEMALE_TITLE = /^(?:mrs|ms|miss|dame|lady|madam|queen|\p{L}+woman)$/iu;

/**
 * The genders a doc's text gives surnames by title ("Mr. Brenn" male, "Ms. Varga" female), by lowercase surname; a
 * surname given both (two people, or a misreading) is left out: only a stated, unambiguous gender rules out a speaker.
 */
export function docGenders(text: string): Map<string, Gender> {
  const seen = new Map<string, Gender | null>();
  for (const m of text.matchAll(GENDERED_TITLE)) {
    const g: Gender = FEMALE_TITLE.test(m[1]) ? 'f' : 'm';
    const k = surnameKey(m[2]);
    const was = seen.get(k);
    seen.set(k, was === undefined || was === g ? g : null);
  }
  const out = new Map<string, Gender>();
  for (const [k, g] of seen) if (g) out.set(k, g);
  return out;
}
