// A family named as one: "the Clintons", "the Al Saud", "the House of Assad". The type set has no slot for a family;
// it is typed 'person', as the standard annotations do (CoNLL-2003 marks "the Kennedys" PER, ACE files a family as a
// person entity of the subtype Group): a family is people, not a body with offices ('org') nor a party or a movement
// ('group'). The merge keeps such a mention apart from the member the article names in full (the plurals and the
// "Al" dynasties are its `plurals` and `kin` sets, merge/surname.ts). Before, they were typed org by an article
// before title-case words or a head word ("house"), or left untyped.
import type { Doc } from '../types.js';
import type { Mention } from './mention-record.js';
import { familyName } from './family-name.js';
import { namesFamilyPlural, namesHouse, singularsOf } from './kin-plurals.js';
import { isPeopleWord } from './peoples.js';

/** "Al Saud": the Arabic "family of" written apart, and a name. */
const AL_NAME = /^Al (\p{Lu}\p{Ll}+)$/u;

/** The Arabic article and "family of" as a name's first part. */
const ARTICLES: ReadonlySet<string> = new Set(['al', 'el']);

/** "House of Assad": a dynasty's house and one capitalised word. */
const HOUSE_OF_NAME = /^House of (\p{Lu}\p{Ll}+)$/u;

/** What the corpus says of its names: the family names of the people it names in full (two name words or more) that
 * it uses as family names more often than as given names ("assad", not "benjamin" of Benjamin Netanyahu), twice at
 * least; and the last words of its longer names that are no person's ("brewers" of the Milwaukee Brewers: a team). */
interface NameUse {
  families: ReadonlySet<string>;
  longerNames: ReadonlySet<string>;
}

function nameUse(mentions: readonly (readonly Mention[])[]): NameUse {
  const last = new Map<string, number>();
  const first = new Map<string, number>();
  const longerNames = new Set<string>();
  for (const list of mentions)
    for (const m of list) {
      // "Al Aqsa", "al-Assad": a name the article opens with nothing but its particle names no one in full
      if (m.parts.length < 2 || ARTICLES.has(m.parts[0])) continue;
      if (m.type !== 'person') {
        longerNames.add(m.parts[m.parts.length - 1]);
        continue;
      }
      const f = familyName(m.parts);
      last.set(f, (last.get(f) ?? 0) + 1);
      first.set(m.parts[0], (first.get(m.parts[0]) ?? 0) + 1);
    }
  const families = new Set<string>();
  for (const [w, n] of last) if (n >= 2 && n > (first.get(w) ?? 0)) families.add(w);
  return { families, longerNames };
}

/** The cue of a mention that names a family (see above), or null. A surname before a family word ("the Vale
 * family") is left as it is: the words after it say that of the family, and the merge keeps it from the person. */
function familyCue(text: string, m: Mention, use: NameUse): string | null {
  const { families } = use;
  const al = AL_NAME.exec(m.text);
  if (al && families.has(al[1].toLowerCase()) && namesHouse(text, m)) return 'a family: Al and a name';
  const house = HOUSE_OF_NAME.exec(m.text);
  if (house && families.has(house[1].toLowerCase())) return 'a family: house of a name';
  if (/\s/.test(m.text) || (m.type !== 'unknown' && m.type !== 'person') || isPeopleWord(m.text)) return null;
  // "the Tibbetts case": a surname that ends in -s is no plural
  const plural = m.text.toLowerCase();
  if (families.has(plural) || use.longerNames.has(plural) || !namesFamilyPlural(text, m.start, m.text)) return null;
  return singularsOf(m.text).some((w) => families.has(w)) ? 'a family: plural of a name' : null;
}

/**
 * Type, in place, the mentions that name a family as one (see above) as people: a plural after "the" whose singular
 * is the family name of someone the corpus names in full ("the Clintons", not "the Masters"); "the Al Saud" and "the
 * House of Assad", where the name is such a family name ("the Al Aqsa" mosque is no family's).
 */
export function typeFamilies(docs: readonly Doc[], mentions: readonly Mention[][]): void {
  const use = nameUse(mentions);
  docs.forEach((d, k) => {
    for (const m of mentions[k]) {
      const cue = familyCue(d.text, m, use);
      if (cue === null) continue;
      m.type = 'person';
      m.strength = 3;
      m.cue = cue;
    }
  });
}
