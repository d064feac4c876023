// The names an outlet's copy gives its own staff: "NPR's Michele Kelemen reports", "CNN's Jake Tapper", "Fox News'
// Ed Henry". In that outlet's articles such a name is sourcing, as the outlet's own name is (term-rows.ts leaves both
// out of its own list): "kelemen" among NPR's most frequent words says who filed, not what the story is about. The
// cue is general, the outlet's own name in the possessive before two or three capitalised words; other outlets'
// lists keep the name, so a story about the reporter still shows it.
import type { Doc } from '../types.js';
import { isUpperChar } from '../text/tokenize.js';
import { ordinaryWords, type OrdinaryWord } from '../text/word-case.js';
import { ownNameTerms } from './own-name-terms.js';

/**
 * outlet -> the norms of the words of the staff names its own articles give after "<Outlet>'s", each kept only when
 * every article of the outlet that uses the word gives the name there: a word the outlet also writes in stories
 * without its reporter ("king" beside "CNN's John King") is the story's too. Words the corpus writes as ordinary words
 * ("CNN's The Situation Room", "NPR's Morning Edition") are no name.
 */
export function staffNameTerms(
  docs: readonly Doc[],
  ordinary: OrdinaryWord = ordinaryWords(docs),
): Map<string, Set<string>> {
  const names = new Map<string, string[][]>();
  const introduced = docs.map((d) => {
    let own = names.get(d.outlet);
    if (!own) names.set(d.outlet, (own = [...ownNameTerms(d.outlet)].map((n) => n.split(' '))));
    const found = new Set<string>();
    for (let i = 0; i < d.tokens.length; i++)
      for (const words of own) for (const w of staffAfter(d, i, words, ordinary)) found.add(w);
    return found;
  });
  const candidates = new Map<string, Set<string>>();
  docs.forEach((d, k) => {
    const set = candidates.get(d.outlet) ?? candidates.set(d.outlet, new Set()).get(d.outlet)!;
    introduced[k].forEach((w) => set.add(w));
  });
  // a word any article of the outlet uses without giving the name is not only sourcing there
  docs.forEach((d, k) => {
    const set = candidates.get(d.outlet)!;
    if (!set.size) return;
    for (const t of d.tokens) if (set.has(t.norm) && !introduced[k].has(t.norm)) set.delete(t.norm);
  });
  for (const [o, set] of candidates) if (!set.size) candidates.delete(o);
  return candidates;
}

/** The norms of a staff name after the own name `words` at token i and its possessive, or [] when none follows. */
function staffAfter(d: Doc, i: number, words: readonly string[], ordinary: OrdinaryWord): string[] {
  const toks = d.tokens;
  for (let k = 0; k < words.length; k++) if (toks[i + k]?.norm !== words[k]) return [];
  const mark = toks[i + words.length];
  if (!mark || (mark.norm !== "'s" && mark.norm !== "'")) return [];
  const found: string[] = [];
  for (let k = i + words.length + 1; k < toks.length && found.length <= 3; k++) {
    const t = toks[k];
    if (t.kind !== 'word' || t.sentence !== mark.sentence || !isUpperChar(d.text[t.start])) break;
    found.push(t.norm);
  }
  // a person's name is two or three capitalised words that are no ordinary words ("Michele Kelemen"); one is a place
  // ("CNN's Syria coverage"), ordinary words a show ("NPR's Morning Edition")
  const name = found.filter((w) => !ordinary(w));
  return found.length <= 3 && name.length >= 2 ? name : [];
}
