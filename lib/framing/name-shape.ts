// Whether a capitalised phrase caught as a speaker has the shape of a person's name. Live-blog and transcript subheads
// are written in title case ("Party Leader Says …"), and a sentence opens with a capital ("The Valdorian government
// said"): a run of capitalised words that holds only demonyms, region adjectives, titles and determiners ("The
// Valdorian", "Egyptian President", "Muslim Brother Leader") names no one, and a capitalised word between a
// determiner and a lower-case head ("the Valdorian armed forces") only modifies the head. Pure.
import { gazetteerMaps } from '../entities/gazetteer.js';
import { isRegionAdjective } from '../entities/peoples.js';
import { HAS_UPPER, STARTS_LOWER, STARTS_UPPER } from '../util/letters.js';

/** Determiners that open a phrase: a name after one is a modifier or a description, not a person's name. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|some|many|several|most|other|another|one)$/i;

/** Titles that end a run of capitalised words only when it names no one ("Party Leader", not "Steve King"). */
const END_TITLE =
  /^(?:leaders?|president|minister|secretary|spokes(?:man|woman|person)|chief|chair(?:man|woman)?|director|officials?|commander|ambassador|envoy|governor|senator|mayor|lawmakers?|founder)$/i;

/** Whether a capitalised word is a demonym or a people's or faith's name ("Valdorian" would be, "Egyptian", "Muslims"). */
export function isDemonym(w: string): boolean {
  return gazetteerMaps().exact.get(w.replace(/['’]s$/, ''))?.type === 'demonym';
}

/**
 * Whether `name` has a person's shape: after leading determiners, at least one word is no demonym, region adjective
 * or word that `notAName` says is no given name (titles, offices, honorifics). "The Valdorian", "Egyptian
 * President", "Central American" have none; "Christian Ramirez", "Najib Danish" have one.
 */
export function personShaped(name: string, notAName: (w: string) => boolean): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  // a title comes before a name, never last: "Opposition Party Leader", "Harbour Council Chief"
  if (words.length > 1 && END_TITLE.test(words[words.length - 1])) return false;
  let i = 0;
  while (i < words.length && DETERMINER.test(words[i])) i++;
  for (; i < words.length; i++) {
    const w = words[i];
    const plain = w.replace(/\.$/, '');
    if (isDemonym(w) || isRegionAdjective(plain.toLowerCase())) continue;
    if (notAName(plain) || notAName(plain.toLowerCase()) || notAName(w.toLowerCase())) continue;
    return true;
  }
  return false;
}

/**
 * Whether phrase `t` is a determiner, capitalised words, then a lower-case head with nothing capitalised after it:
 * "The Valdorian government", "the Doe administration", "An Islamist group claiming responsibility": the capitalised
 * words modify the head, which speaks (a body, a group), not a person they may name. "The Valdor senator Ana Doe"
 * ends on a name and is no such phrase.
 */
export function modifiesHead(t: string): boolean {
  const words = t.trim().split(/\s+/);
  if (words.length < 3 || !DETERMINER.test(words[0])) return false;
  let i = 1;
  while (i < words.length && STARTS_UPPER.test(words[i])) i++;
  if (i === 1 || i === words.length || !STARTS_LOWER.test(words[i])) return false;
  for (let k = i + 1; k < words.length; k++) if (HAS_UPPER.test(words[k])) return false;
  return true;
}

/** Short forms of given names that do not share the full form's first letter ("Bob" for Robert). */
const SHORT_FORMS = new Map(
  (
    'bob:robert bobby:robert bill:william billy:william will:william dick:richard ted:edward ned:edward ' +
    'jack:john hank:henry liz:elizabeth beth:elizabeth betsy:elizabeth betty:elizabeth peggy:margaret ' +
    'sandy:alexandra beto:robert'
  )
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);

/**
 * Whether full name `a` gives its person another given name than `b`: the word before `a`'s surname is none of `b`'s
 * words and no short form of its first ("Merle Black" and "Diane Black" do; "Bob Doe" and "Robert Doe", "Tom Doe" and
 * "Thomas Doe" (one first letter), "Senate Whip Ana Doe" and "Ana Doe", "Lyall Grant" and "Mark Lyall Grant" do not).
 * A one-word name gives none.
 */
export function otherGivenName(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/\s+/);
  const y = b.toLowerCase().split(/\s+/);
  if (x.length < 2 || y.length < 2) return false;
  const f = x[x.length - 2];
  const g = y[0];
  if (f[0] === g[0] || y.includes(f)) return false;
  return SHORT_FORMS.get(f) !== g && SHORT_FORMS.get(g) !== f;
}
