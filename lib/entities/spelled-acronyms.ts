// Acronyms an article spells out without brackets: "the Palestinian Authority ... the PA". Copy defines an acronym in
// brackets only now and then; an article that names an organisation in full and uses capitals that are exactly its
// initials refers to it by them. Each such article gives a definition that holds in that article only (a bracketed
// one may hold corpus-wide; see `localAcronyms`): elsewhere the same capitals may be something else ("a PA system").
import { matchesAcronym, type AcronymDefinition } from './acronyms.js';
import type { Mention } from './mentions.js';
import { STOPWORDS } from '../text/stopwords.js';

/** Types a spelled-out name may have to stand behind an acronym: bodies, groups and events, not people or places. */
const BODY_TYPES: ReadonlySet<string> = new Set(['org', 'group', 'event', 'unknown']);

const CAPITALISED = /^\p{Lu}/u;
const SPACES = /\s+/;

/** Capitals that may stand for a name: not dotted ("S.C.", "N.Y." abbreviate states and places) and no ordinary
 * word in capitals ("NO", "IT"). */
function plain(acronym: string): boolean {
  return acronym.indexOf('.') < 0 && !STOPWORDS.has(acronym.toLowerCase());
}

/** The words of a mention that spell `acronym` by their initials, all of them, or null. */
function spells(m: Mention, acronym: string): boolean {
  if (!BODY_TYPES.has(m.type) || m.acronym || m.canonical) return false;
  const words = m.text.split(SPACES);
  if (words.length < 2 || !CAPITALISED.test(words[0]) || !CAPITALISED.test(words[words.length - 1])) return false;
  return matchesAcronym(words, acronym) === words.length;
}

/**
 * Definitions from articles that write an acronym bare and one name in full whose initials it is, for acronyms the
 * corpus never defines in brackets and the gazetteer does not know. Two different full names that fit leave it
 * undefined there.
 */
export function spelledAcronyms(
  docs: readonly { id: string }[],
  mentions: readonly Mention[][],
  defined: readonly AcronymDefinition[],
): AcronymDefinition[] {
  const explicit = new Set(defined.map((x) => x.acronym));
  const out: AcronymDefinition[] = [];
  mentions.forEach((list, di) => {
    const bare = new Set<string>();
    for (const m of list)
      if (m.acronym && !m.canonical && !explicit.has(m.acronym) && plain(m.acronym)) bare.add(m.acronym);
    for (const a of bare) {
      const fits = list.filter((m) => spells(m, a));
      if (!fits.length || new Set(fits.map((m) => m.text.toLowerCase())).size !== 1) continue;
      const f = fits[0];
      out.push({ acronym: a, expansion: f.text, doc: docs[di].id, start: f.start, end: f.end });
    }
  });
  return out;
}
