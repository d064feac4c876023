// The gender an article gives a surname by a title or gendered noun before the name ("Mr. Brenn", "spokeswoman Lena
// Varga"): only a stated, unambiguous gender rules a speaker out for "he" or "she". Pure.
import { givenNameGender } from '../entities/name-gender.js';
import { rangeAt } from '../util/search.js';
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

/** A possessive right after a name: "Doe 's wife said she …" speaks of another. */
const POSSESSIVE_NEXT = /^\s*['’]\s*s?\b/;
/**
 * What stands between a name and the pronoun that is the subject of its statement: a verb of saying or thinking
 * closing the text, maybe "that" or the one told ("Doe said he", "Doe told reporters that she"), and no noun phrase
 * opened by an article, which may be the pronoun's person ("Doe told reporters the woman told them she").
 */
const SAID_BEFORE =
  /^(?![^]*\b(?:the|a|an)\s)[^.;:!?]*?\b(?:said|says|told\s+\S+|tells\s+\S+|added|adds|insisted|insists|argued|argues|believes|believed|thinks|thought|wrote|writes|noted|explained)\s+(?:that\s+)?$/i;
/** Votes a person needs before the writer's pronouns tell its gender. */
const MIN_VOTES = 2;

/**
 * The gender the writer's pronouns give each person of a doc (`people`: its person mentions, sorted; `quoted`: its
 * quotes, sorted), by entity id: each mention votes with "he" or "she" as the subject of its statement ("Ana Doe said
 * she would …", not "Doe said the plan hurt her" nor "Doe told reporters the woman said she"), outside quotes, before
 * the next person is named; a gender wins with two votes or more and more than twice the other's.
 */
export function writerGenders(
  text: string,
  sentences: readonly { start: number; end: number }[],
  people: readonly { start: number; end: number; e: { id: string } }[],
  quoted: readonly { start: number; end: number }[],
): Map<string, Gender> {
  const votes = new Map<string, [number, number]>();
  for (let k = 0; k < people.length; k++) {
    const m = people[k];
    const s = sentences[rangeAt(sentences, m.start)];
    if (!s || POSSESSIVE_NEXT.test(text.slice(m.end, m.end + 4))) continue;
    let limit = s.end;
    for (let n = k + 1; n < people.length && people[n].start < limit; n++)
      if (people[n].e.id !== m.e.id) limit = people[n].start;
    const p = PRONOUN_AFTER.exec(text.slice(m.end, Math.max(m.end, limit)));
    if (!p || rangeAt(quoted, m.end + p.index) >= 0 || !SAID_BEFORE.test(text.slice(m.end, m.end + p.index))) continue;
    const v = votes.get(m.e.id) ?? votes.set(m.e.id, [0, 0]).get(m.e.id)!;
    v[p[1] ? 0 : 1]++;
  }
  const out = new Map<string, Gender>();
  for (const [id, [male, female]] of votes)
    if (male >= MIN_VOTES && male > 2 * female) out.set(id, 'm');
    else if (female >= MIN_VOTES && female > 2 * male) out.set(id, 'f');
  return out;
}
/** The first subject pronoun of a text. */
const PRONOUN_AFTER = /\b(?:(he)|(she))\b/i;

/** The gender the project's given-name lexicon tells of a full name's first word ("Ana Doe"), if any. */
export function givenNameOf(name: string): Gender | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  const g = givenNameGender(words[0].toLowerCase());
  return g === 'male' ? 'm' : g === 'female' ? 'f' : undefined;
}
