// Names that end in a possessive: a firm, a shop or a ground named for its founder ("Boatmen's", "McDonald's",
// "Sainsbury's"). A possessive needs a noun after it; a name followed by 's and then a verb, a punctuation mark or the
// end of the sentence ("Boatmen's was the prize", "a bid for Boatmen's.") owns no noun, so the 's is part of the
// name. In an article that writes it so once, every "X's" of that name is the name, "Boatmen's stock" too. A person
// ("a friend of Clinton's") and a gazetteer name ("the choice is Germany's") are left alone: those are possessives
// of the name. So is a name the article writes more often without the 's than with it: a shop named for its founder
// carries the 's wherever it is named, while "Mirza" (a woman named only so, 62 times in one article) has an elided
// noun in "David's status was listed as single while Mirza's was listed as unknown".
import type { Doc } from '../types.js';
import { partsKey, type Mention } from './mentions.js';
import { givenNames, surnameSet } from './world.js';

/** 's after a name, as plain text writes it or as pre-tokenised text spaces it ("Boatmen ’ s"). */
const POSSESSIVE = /^ ?['\u2019] ?s\b/;
/** What may follow a name's own 's: a punctuation mark that ends a phrase, the end of the line, or a verb of the name
 * as subject. Not a closing quote or bracket: "(Arafat's) call", "Puig's \"greatest gift\"" own the words after. */
const STANDS_ALONE =
  /^(?:\s*(?:$|[,.;:!?\n])| (?:is|was|has|had|have|will|would|said|says|did|does|can|could|should|may|might|agreed|declined)\b)/;

/** The length of the possessive after the mention, or 0. */
function possessiveAfter(d: Doc, m: Mention): number {
  const t = d.text;
  const c = t.charCodeAt(t.charCodeAt(m.end) === 32 ? m.end + 1 : m.end);
  if (c !== 39 && c !== 0x2019) return 0;
  const p = POSSESSIVE.exec(d.text.slice(m.end, m.end + 4));
  return p ? p[0].length : 0;
}

/** A mention that may own its 's: not a person, not a gazetteer name, and no one word that is a given name or a
 * surname (an article may name "Trump" alone: "the decision is Trump's"). */
function mayOwn(m: Mention): boolean {
  if (m.type === 'person' || m.canonical !== undefined || m.acronym) return false;
  return m.parts.length !== 1 || (!givenNames().has(m.parts[0]) && !surnameSet().has(m.parts[0]));
}

/** Extend, in place, the mentions of names that end in their own 's (see above). */
export function ownPossessives(docs: readonly Doc[], mentions: readonly Mention[][]): void {
  docs.forEach((d, k) => {
    let owned: Set<string> | null = null;
    for (const m of mentions[k]) {
      const n = possessiveAfter(d, m);
      if (n && mayOwn(m) && STANDS_ALONE.test(d.text.slice(m.end + n, m.end + n + 12)))
        (owned ??= new Set()).add(partsKey(m.parts));
    }
    if (owned) owned = mostlyWithPossessive(d, mentions[k], owned);
    if (!owned) return;
    for (const m of mentions[k]) {
      if (!mayOwn(m) || !owned.has(partsKey(m.parts))) continue;
      const n = possessiveAfter(d, m);
      if (!n) continue;
      m.end += n;
      m.text = d.text.slice(m.start, m.end);
    }
  });
}

/** The names of `owned` that the doc writes with their 's at least as often as without it; null when none is left. */
function mostlyWithPossessive(d: Doc, mentions: readonly Mention[], owned: Set<string>): Set<string> | null {
  const balance = new Map<string, number>(); // uses with the 's minus uses without
  for (const m of mentions) {
    const key = partsKey(m.parts);
    if (owned.has(key)) balance.set(key, (balance.get(key) ?? 0) + (possessiveAfter(d, m) ? 1 : -1));
  }
  const kept = [...owned].filter((key) => balance.get(key)! >= 0);
  return kept.length ? new Set(kept) : null;
}
