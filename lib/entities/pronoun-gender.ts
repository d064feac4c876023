// The pronoun a writer uses right after a person's full name tells the person's gender as the writer sees it
// ("Foreign Minister Adel Zubayri said he would travel": a man, whatever the given-name lists say of "Adel"). Each full
// name gets the first he/him/his or she/her/hers after it in its own sentence, or opening the next sentence, unless
// another person is named first or the name is a possessive ("Vale's wife said she": the wife). One vote per mention;
// the surname rule weighs them with the forms of address (merge/surname-gender.ts).
import type { Doc } from '../types.js';
import type { Mention } from './mention-record.js';
import type { Gender } from './name-gender.js';

const PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/i;
const OPENER = /^\s*[\u201c"']?\s*(he|his|she|her)\b/i;

const genderOf = (w: string): Gender => (/^(he|him|his|himself)$/i.test(w) ? 'male' : 'female');

/** The gender the first pronoun in text[from, to) tells, if any. */
function firstPronoun(text: string, from: number, to: number, opener: boolean): Gender | undefined {
  if (to <= from) return undefined;
  const m = (opener ? OPENER : PRONOUN).exec(text.slice(from, to));
  return m ? genderOf(m[1]) : undefined;
}

/** The pronoun gender after one full name of doc d (see above); `limit`: where the next person is named. */
function after(d: Doc, m: Mention, limit: number): Gender | undefined {
  const s = d.sentences[m.sentence];
  if (!s || /^\s*['\u2019]s?\b/.test(d.text.slice(m.end, m.end + 3))) return undefined;
  const own = firstPronoun(d.text, m.end, Math.min(s.end, limit), false);
  if (own) return own;
  const next = d.sentences[m.sentence + 1];
  return next && next.start < limit ? firstPronoun(d.text, next.start, Math.min(next.end, limit), true) : undefined;
}

/** Per full-name person mention (two name words or more), the gender of the pronoun that follows it, where one does. */
export function pronounGenders(docs: readonly Doc[], mentions: readonly (readonly Mention[])[]): Map<Mention, Gender> {
  const out = new Map<Mention, Gender>();
  docs.forEach((d, di) => {
    const people = mentions[di].filter((m) => m.type === 'person');
    for (let k = 0; k < people.length; k++) {
      const m = people[k];
      if (m.parts.length < 2) continue;
      // the next person named; the same surname without a form of address ("Zubayri said he") is no other
      const last = m.parts[m.parts.length - 1];
      let n = k + 1;
      while (n < people.length && !people[n].title && people[n].parts[people[n].parts.length - 1] === last) n++;
      const x = after(d, m, people[n]?.start ?? d.text.length);
      if (x) out.set(m, x);
    }
  });
  return out;
}
