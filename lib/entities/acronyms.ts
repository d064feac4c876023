// Acronyms defined in the text: "Syrian Democratic Forces (SDF)" or "SDF (Syrian Democratic Forces)".

/** An acronym definition found in one article. */
export interface AcronymDefinition {
  acronym: string;
  /** the expansion as written (the matched words only) */
  expansion: string;
  doc: string;
  /** offset of the expansion in the article text */
  start: number;
  end: number;
}

const SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', '&', 'de', 'du', 'des', 'la', 'le']);
const PARTICLE_PREFIX = /^(?:al|el|ad|an|ar|as|ash|at|az|ez)[-\u2010\u2011'\u2019](?=\p{L})/iu;

// Regexes are module constants: a literal with \p{...} in a function body is rebuilt on every call by some compilers
// (tsx lowers it to `new RegExp(...)`).
const CAPS_TOKEN = /^\p{Lu}[\p{Lu}\d&]+$/u;
const TWO_CAPS = /\p{Lu}.*\p{Lu}|\p{Lu}\d/u;
const DOTTED_CAPS = /^(?:\p{Lu}\.){2,}$/u;
const NOT_ALNUM = /[^\p{L}\p{N}]/gu;

/**
 * Capital abbreviations that name no organisation: time zones, sports statistics and economic measures ("10 a.m.
 * GMT", "his 90th RBI", "a 3.10 ERA", "the PMI rose"), and everyday things and terms written in capitals ("on TV",
 * "a DNA test", "a photo ID", "FY 2019", "LGBT rights"). They are written like acronyms but are common nouns or
 * adjectives. Written from general knowledge.
 */
const NOT_ORG_ACRONYMS: ReadonlySet<string> = new Set(
  [
    'GMT UTC EST EDT CST CDT PST PDT BST CET ET PT RBI RBIs ERA GDP GNP CPI PPI PMI IPO IPOs CEO CFO COO NAV YTD EPS',
    'TV DNA ID FY GED PC CD DVD GPS ATM SUV VIP PDF URL FAQ IQ PTSD HIV LGBT LGBTQ OK',
  ]
    .join(' ')
    .split(' '),
);

/** Capitals with a plural s ("NGOs", "IDs", "DVDs"): a count noun, never one organisation's name. */
const PLURAL_ABBREVIATION = /^\p{Lu}{2,6}s$/u;

/** An abbreviation in capitals that is a common noun, not a name. */
export function isCommonAbbreviation(s: string): boolean {
  return NOT_ORG_ACRONYMS.has(s) || PLURAL_ABBREVIATION.test(s);
}

/** True when a token looks like an acronym: 2–8 capitals/digits, starting with a capital ("INIS", "PMU", "G7"), or dotted ("U.S."). */
export function isAcronymShape(s: string): boolean {
  return (s.length >= 2 && s.length <= 8 && CAPS_TOKEN.test(s) && TWO_CAPS.test(s)) || DOTTED_CAPS.test(s);
}

/** The initial letter of a name word for acronym matching ("al-Sham" -> "s", "Tahrir" -> "t"); '' for skipped words. */
function initial(word: string): string {
  if (SKIP.has(word.toLowerCase())) return '';
  const w = word.replace(PARTICLE_PREFIX, '');
  return w.charAt(0).toLowerCase();
}

/**
 * Keys a name of `words` shares with `acronymKeys(a)` whenever all its words spell `a` (`matchesAcronym` equal to the
 * word count): the letter its first word can give and the one its last word can give, '*' for a last word the
 * reading may pass over ("of", "the"). None when the first word gives no letter. To find the names that may spell an
 * acronym without reading every name of an article for each acronym it writes.
 */
export function spellingKeys(words: readonly string[]): string[] {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || initial(first) === '') return [];
  const firsts = [initial(first), first.replace(NOT_ALNUM, '').toLowerCase().charAt(0)];
  const lastInitial = initial(last);
  const lasts = lastInitial === '' ? ['*'] : [lastInitial, last.replace(NOT_ALNUM, '').toLowerCase().slice(-1)];
  const out = new Set<string>();
  for (const f of firsts) for (const l of lasts) if (f && l) out.add(f + l);
  return [...out];
}

/** The keys of `spellingKeys` a name spelling `acronym` has one of (none for fewer than two letters). */
export function acronymKeys(acronym: string): string[] {
  const letters = acronym.replace(NOT_ALNUM, '').toLowerCase();
  if (letters.length < 2) return [];
  return [letters[0] + letters[letters.length - 1], letters[0] + '*'];
}

/**
 * How many trailing words of `words` spell `acronym` by their initials (skipping of/the/and and name particles),
 * or 0 when no suffix does. "Iraqi National Intelligence Service" spells INIS with 4 words. A joiner may give its
 * initial too and a dotted or capitals abbreviation all its letters, when the acronym has them: "U.N. Interim Force
 * in Lebanon" spells UNIFIL. The plain reading is tried first.
 */
export function matchesAcronym(words: readonly string[], acronym: string): number {
  const letters = acronym.replace(NOT_ALNUM, '').toLowerCase();
  if (letters.length < 2) return 0;
  const wi = spellsFrom(words, letters, words.length - 1, letters.length - 1);
  if (wi < -1) return 0;
  // include skipped words only inside the match, never leading ones
  let first = wi + 1;
  while (first < words.length && initial(words[first]) === '') first++;
  return words.length - first;
}

/** Reading words[..wi] backwards against letters[..li]: the index of the word before the match once every letter is
 * spelled, or -2 when they are not. */
function spellsFrom(words: readonly string[], letters: string, wi: number, li: number): number {
  if (li < 0) return wi;
  if (wi < 0) return -2;
  const w = words[wi];
  const c = initial(w);
  if (c === '') {
    const skipped = spellsFrom(words, letters, wi - 1, li);
    if (skipped >= -1 || w.charAt(0).toLowerCase() !== letters[li]) return skipped;
    return spellsFrom(words, letters, wi - 1, li - 1);
  }
  if (c === letters[li]) {
    const r = spellsFrom(words, letters, wi - 1, li - 1);
    if (r >= -1) return r;
  }
  // "U.N.", "UN": an abbreviation gives every letter
  const all = w.length > 1 && (DOTTED_CAPS.test(w) || CAPS_TOKEN.test(w)) ? w.replace(NOT_ALNUM, '').toLowerCase() : '';
  if (all.length < 2 || li + 1 < all.length || letters.slice(li + 1 - all.length, li + 1) !== all) return -2;
  return spellsFrom(words, letters, wi - 1, li - all.length);
}

/** Resolve each acronym to one expansion: the most often defined one (ties: first defined), with every definition kept. */
export function resolveAcronyms(
  defs: readonly AcronymDefinition[],
): Map<string, { expansion: string; definitions: AcronymDefinition[] }> {
  const by = new Map<string, AcronymDefinition[]>();
  for (const d of defs) {
    const list = by.get(d.acronym) ?? [];
    list.push(d);
    by.set(d.acronym, list);
  }
  const out = new Map<string, { expansion: string; definitions: AcronymDefinition[] }>();
  for (const [acr, list] of by) {
    const counts = new Map<string, number>();
    for (const d of list) counts.set(d.expansion.toLowerCase(), (counts.get(d.expansion.toLowerCase()) ?? 0) + 1);
    let best = list[0];
    for (const d of list)
      if (counts.get(d.expansion.toLowerCase())! > counts.get(best.expansion.toLowerCase())!) best = d;
    out.set(acr, { expansion: best.expansion, definitions: list });
  }
  return out;
}

/**
 * How many times as many articles may use an acronym as define it before its definition stops holding corpus-wide.
 * News copy defines an acronym where it names something local ("NPR (National Population Register)" in two articles on
 * India) and leaves it undefined where readers know it ("NPR", the broadcaster, in a hundred US articles): there the
 * definition holds only in the articles that give it.
 */
const WIDE_USE_RATIO = 10;

/**
 * Acronyms whose definitions hold only in the articles that define them: those used bare in more than
 * WIDE_USE_RATIO times as many articles as define them, and those in `alwaysLocal` (spelled out without brackets). Returns acronym -> the ids of the defining articles.
 * `usedIn` is acronym -> the ids of the articles with a bare mention of it.
 */
export function localAcronyms(
  acronyms: ReadonlyMap<string, { definitions: readonly AcronymDefinition[] }>,
  usedIn: ReadonlyMap<string, ReadonlySet<string>>,
  alwaysLocal: ReadonlySet<string> = new Set(),
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [acr, { definitions }] of acronyms) {
    const defining = new Set(definitions.map((d) => d.doc));
    const wide = (usedIn.get(acr)?.size ?? 0) > WIDE_USE_RATIO * defining.size;
    if (wide || alwaysLocal.has(acr)) out.set(acr, defining);
  }
  return out;
}
