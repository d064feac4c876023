// Acronyms an article spells out without brackets: "the Palestinian Authority ... the PA". Copy defines an acronym in
// brackets only now and then; an article that names an organisation in full and uses capitals that are exactly its
// initials refers to it by them. Each such article gives a definition that holds in that article only (a bracketed
// one may hold corpus-wide; see `localAcronyms`): elsewhere the same capitals may be something else ("a PA system").
import { acronymKeys, matchesAcronym, spellingKeys, type AcronymDefinition } from './acronyms.js';
import type { Mention } from './mentions.js';
import { STOPWORDS } from '../text/stopwords.js';
import { pushTo } from '../util/maps.js';

/** Types a spelled-out name may have to stand behind an acronym: bodies, groups and events; people by their initials
 * only with three name words or more (see nameWords); not places. */
const BODY_TYPES: ReadonlySet<string> = new Set(['org', 'group', 'event', 'unknown']);

const CAPITALISED = /^\p{Lu}/u;
const SPACES = /\s+/;
/** A person's name words: spaces and hyphens ("Ocasio-Cortez" gives O and C). */
const PERSON_SPLIT = /[\s\u2010\u2011-]+/;

/** Capitals that may stand for a name: not dotted ("S.C.", "N.Y." abbreviate states and places) and no ordinary
 * word in capitals ("NO", "IT"). */
function plain(acronym: string): boolean {
  return acronym.indexOf('.') < 0 && !STOPWORDS.has(acronym.toLowerCase());
}

/**
 * The words of a mention that may spell an acronym by their initials, or null: a body's name of two capitalised words
 * or more, or a person's name of three words or more, its hyphenated parts counted apart ("Mohammed bin Salman" for
 * MBS, "Franklin D. Roosevelt" for FDR, "Alexandria Ocasio-Cortez" for AOC). A person of two words gives no initials:
 * two capitals are too many other things.
 */
function nameWords(m: Mention): string[] | null {
  if (m.acronym || m.canonical) return null;
  const person = m.type === 'person';
  if (!person && !BODY_TYPES.has(m.type)) return null;
  const words = person ? m.text.split(PERSON_SPLIT) : m.text.split(SPACES);
  if (words.length < (person ? 3 : 2)) return null;
  if (!CAPITALISED.test(words[0]) || !CAPITALISED.test(words[words.length - 1])) return null;
  return words;
}

/** The mentions of one article that may spell an acronym (with their words), by `spellingKeys`. */
function spellingIndex(list: readonly Mention[]): { words: (string[] | null)[]; byKey: Map<string, number[]> } {
  const byKey = new Map<string, number[]>();
  const words = list.map((m, i) => {
    const w = nameWords(m);
    if (w) for (const k of spellingKeys(w)) pushTo(byKey, k, i);
    return w;
  });
  return { words, byKey };
}

/** The mentions of `list` whose words all spell `acronym`, in list order (only those sharing a key are read). */
function spellings(list: readonly Mention[], index: ReturnType<typeof spellingIndex>, acronym: string): Mention[] {
  const at: number[] = [];
  for (const k of acronymKeys(acronym)) for (const i of index.byKey.get(k) ?? []) at.push(i);
  at.sort((x, y) => x - y);
  const out: Mention[] = [];
  for (let j = 0; j < at.length; j++) {
    if (j > 0 && at[j] === at[j - 1]) continue;
    const words = index.words[at[j]]!;
    if (matchesAcronym(words, acronym) === words.length) out.push(list[at[j]]);
  }
  return out;
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
    if (!bare.size) return;
    const index = spellingIndex(list);
    for (const a of bare) {
      const fits = spellings(list, index, a);
      if (!fits.length || new Set(fits.map((m) => m.text.toLowerCase())).size !== 1) continue;
      const f = fits[0];
      out.push({ acronym: a, expansion: f.text, doc: docs[di].id, start: f.start, end: f.end });
    }
  });
  return out;
}
