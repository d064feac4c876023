// House spelling, not wording (pure). An outlet that spells a word the British way uses "programme" where the others
// write "program": its distinctive-term list then leads with a spelling (BBC News, "programme" 6 against 0
// elsewhere, read as clear of chance), which says where the outlet is edited, not how it frames the news. A term is
// a house spelling when the other spelling of the same word (data/spelling-variants.json) is in the corpus.

/** The spelling table (data/spelling-variants.json). */
export interface SpellingTable {
  pairs: readonly (readonly [string, string])[];
  suffixes: readonly string[];
  endings: readonly (readonly [string, string])[];
}

/** Each form's other spellings, by stem and suffix, and the endings that need the corpus to confirm them. */
export interface SpellingIndex {
  forms: Map<string, string>;
  endings: readonly (readonly [string, string])[];
}

/** Index a spelling table: every stem with every suffix, both ways ("colours" -> "colors", "colors" -> "colours"). */
export function spellingIndex(t: SpellingTable): SpellingIndex {
  const forms = new Map<string, string>();
  for (const [gb, us] of t.pairs)
    for (const s of t.suffixes) {
      if (!forms.has(gb + s)) forms.set(gb + s, us + s);
      if (!forms.has(us + s)) forms.set(us + s, gb + s);
    }
  const endings = t.endings.flatMap(([gb, us]) => [[gb, us] as const, [us, gb] as const]);
  return { forms, endings: endings.sort((x, y) => y[0].length - x[0].length) };
}

/** The other spelling of one word, by the table's stems or its endings (unchecked), or undefined. */
function otherWord(word: string, ix: SpellingIndex): string[] {
  const direct = ix.forms.get(word);
  if (direct) return [direct];
  return ix.endings
    .filter(([a]) => word.length > a.length + 2 && word.endsWith(a))
    .map(([a, b]) => word.slice(0, -a.length) + b);
}

/**
 * The other spelling of `term` (one word or several) when the corpus holds it (`inCorpus`, asked with the other
 * spelling and the word as the term spells it), else undefined: "programme" -> "program", "defence minister" ->
 * "defense minister" (each word spelt the other way where it has another spelling; the term counts when its other
 * spelling, or each changed word's, is in the corpus).
 */
export function houseSpelling(
  term: string,
  ix: SpellingIndex,
  inCorpus: (other: string, word: string) => boolean,
): string | undefined {
  let changed = false;
  const out = term.split(' ').map((w) => {
    const other = otherWord(w, ix).find((x) => inCorpus(x, w));
    if (!other) return w;
    changed = true;
    return other;
  });
  return changed ? out.join(' ') : undefined;
}
