// A person's given name beside the surname in an outlet's list of frequent terms: "George" (8) and "Soros" (12) as two
// rows of one article about George Soros, "Donald" beside "Trump". The corpus's two-word names (lib/text/name-phrases.ts)
// leave a person counted by the surname on purpose (the surname is how the copy names them alone); a pair too rare in
// the corpus to be found there still showed its given name as a term of its own. The uses of the given name inside
// the pair leave the outlet's shown counts; its uses alone still count, and so does every use of the surname.
//
// A given name here: a word the corpus writes capitalised (lower case in at most GIVEN_LOWER of its uses) and never
// in the plural ("Nazis", "Democrats": nouns and adjectives), that the
// outlet writes right before one same capitalised word in at least BOUND of its uses; that word, the surname, is a
// name too (lower case in at most GIVEN_LOWER of its uses) and written alone (with no capitalised word before it) in
// at least ALONE of the corpus's uses of it; the pair itself hardly ever follows an article or a preposition of
// place (NOUN_BEFORE: "the White House", "in Central America", as a person's name does not), so neither the second word of a place ("San Diego", "Central America")
// nor of a body ("White House", "Muslim Brotherhood", "Supreme Court") stands for the pair.
import type { Doc } from '../types.js';
import { isUpperChar } from '../text/tokenize.js';

/** The share of the outlet's uses of a given name that must come right before the surname. */
const BOUND = 0.75;
/** The largest share of the corpus's uses of a name's word in lower case ("white" of "White House" is no name). */
const GIVEN_LOWER = 0.05;
/** The least share of the corpus's uses of the surname written alone. */
const ALONE = 0.25;

/** Per norm: uses, lower-case uses, uses with no capitalised word before them. */
type WordUses = { all: number; lower: number; alone: number };

/** Words before a noun or a place, not before a person's name ("the White House", "in Central America"). */
const NOUN_BEFORE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'in', 'into', 'to', 'from', 'at', 'across']);
/** The largest share of the pair's uses in the corpus that may follow NOUN_BEFORE. */
const PLACED = 0.1;

/** Whether token i of d is a capitalised word in title case (not "JUST", not a number). */
function titleWord(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  if (!t || t.kind !== 'word' || !isUpperChar(d.text[t.start])) return false;
  const c = d.text.charCodeAt(t.start + 1);
  return c >= 97 && c <= 122;
}

/** Whether a word is used as a person's surname: a name, and written alone. */
function surnameLike(s: WordUses): boolean {
  return s.lower <= GIVEN_LOWER * s.all && s.alone >= ALONE * s.all;
}

/** The counts the rule reads: each word's uses in the corpus, and per outlet its words' uses and capitalised pairs. */
function pairCounts(docs: readonly Doc[]) {
  const words = new Map<string, WordUses>();
  // per pair "given surname": its uses in the corpus and those after NOUN_BEFORE
  const placed = new Map<string, { all: number; placed: number }>();
  const outlets = new Map<string, { uses: Map<string, number>; pairs: Map<string, Map<string, number>> }>();
  for (const d of docs) {
    let o = outlets.get(d.outlet);
    if (!o) outlets.set(d.outlet, (o = { uses: new Map(), pairs: new Map() }));
    for (let i = 0; i < d.tokens.length; i++) {
      const t = d.tokens[i];
      if (t.kind !== 'word') continue;
      const w = words.get(t.norm) ?? { all: 0, lower: 0, alone: 0 };
      if (!words.has(t.norm)) words.set(t.norm, w);
      w.all++;
      if (!isUpperChar(d.text[t.start])) w.lower++;
      const p = d.tokens[i - 1];
      const joined = !!p && p.sentence === t.sentence && !d.text.slice(p.end, t.start).trim();
      if (!joined || !titleWord(d, i - 1)) w.alone++;
      o.uses.set(t.norm, (o.uses.get(t.norm) ?? 0) + 1);
      if (joined && titleWord(d, i - 1) && titleWord(d, i)) {
        const after = o.pairs.get(p.norm) ?? new Map<string, number>();
        if (!o.pairs.has(p.norm)) o.pairs.set(p.norm, after);
        after.set(t.norm, (after.get(t.norm) ?? 0) + 1);
        const key = `${p.norm} ${t.norm}`;
        const q = placed.get(key) ?? { all: 0, placed: 0 };
        if (!placed.has(key)) placed.set(key, q);
        q.all++;
        const b = d.tokens[i - 2];
        if (b && b.sentence === t.sentence && NOUN_BEFORE.has(b.norm)) q.placed++;
      }
    }
  }
  return { words, outlets, placed };
}

/**
 * outlet -> given name -> its uses right before the surname, for the given names of the rule above whose given name
 * and surname the outlet's counts hold (`counted`) as words, not as one two-word term.
 */
export function givenNameUses(
  docs: readonly Doc[],
  counted: (outlet: string, key: string) => boolean,
): Map<string, Map<string, number>> {
  const { words, outlets, placed } = pairCounts(docs);
  const out = new Map<string, Map<string, number>>();
  for (const [outlet, o] of outlets)
    for (const [given, after] of o.pairs) {
      const g = words.get(given)!;
      // a word the corpus also writes in the plural is a noun or an adjective ("Nazi", "Democrat"), not a given name
      if (g.lower > GIVEN_LOWER * g.all || words.has(`${given}s`) || !counted(outlet, given)) continue;
      const [surname, n] = [...after].reduce((a, b) => (b[1] > a[1] ? b : a));
      if (n < BOUND * (o.uses.get(given) ?? 0) || !surnameLike(words.get(surname)!)) continue;
      const q = placed.get(`${given} ${surname}`)!;
      if (q.placed > PLACED * q.all) continue;
      if (!counted(outlet, surname) || counted(outlet, `${given} ${surname}`)) continue;
      const m = out.get(outlet) ?? new Map<string, number>();
      if (!out.has(outlet)) out.set(outlet, m);
      m.set(given, n);
    }
  return out;
}
