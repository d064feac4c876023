// A name that is one of the corpus's outlets ("Politico", "Breitbart") is a publication, an organisation, whatever a
// preposition before it suggests ("in Politico" is no place). Not when the name is typed a person or a people, or the
// gazetteer knows it as something else ("The Atlantic" is also an ocean), and not a one-word name the corpus also
// writes in lower case ("The Week", "The Hill": "a week", "Chris Hill").
import { outletCore } from '../corpus/outlet-name.js';
import type { Doc } from '../types.js';
import type { Mention } from './mentions.js';
import type { WordSet } from './types.js';
import { isLanguageName } from './languages.js';

/** The outlet names of the corpus as names: lower-case cores, one-word ones only when never written in lower case. */
function outletNames(docs: readonly Doc[], lowerWords: WordSet): Set<string> {
  const cores = new Set<string>();
  const add = (c: string) => {
    if (c.length >= 3 && (c.includes(' ') || !lowerWords.has(c))) cores.add(c);
  };
  for (const d of docs) {
    const c = outletCore(d.outlet);
    add(c);
    // "Breitbart News", "Fox News": the name without its "News" is the outlet too
    if (c.endsWith(' news')) add(c.slice(0, -5));
  }
  return cores;
}

/**
 * "Al Jazeera Arabic", "Voice of America Persian": an outlet of the corpus and a language's name after it is the
 * outlet's service in that language, an organisation, over the weak title-case reading of a person's name (a language
 * word is a family name too: "David French", so only after an outlet's whole name).
 */
function languageService(text: string, cores: ReadonlySet<string>): boolean {
  const cut = text.lastIndexOf(' ');
  return cut > 0 && isLanguageName(text.slice(cut + 1)) && cores.has(outletCore(text.slice(0, cut)));
}

/** Type, in place, the mentions that name an outlet of the corpus (or its language service) as organisations. */
export function typeOutletNames(docs: readonly Doc[], mentions: readonly Mention[][], lowerWords: WordSet): void {
  const cores = outletNames(docs, lowerWords);
  if (!cores.size) return;
  for (const list of mentions)
    for (const m of list) {
      if (m.type === 'demonym' || m.canonical || m.cue.startsWith('gazetteer')) continue;
      const service = m.strength < 2 && languageService(m.text, cores);
      if (m.type === 'person' && !service) continue;
      if (!service && !cores.has(outletCore(m.text))) continue;
      m.type = 'org';
      m.strength = 3;
      m.cue = service ? "an outlet's language service" : 'an outlet of the corpus';
    }
}
