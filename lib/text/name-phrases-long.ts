// Names that a term list would cut into common words, and fixed pairs of words a corpus never writes apart; each is
// counted as one term (lib/text/name-phrases.ts adds them to the two-word names it finds by their words' binding):
// - a body or an office named with "of": "Department of Justice", "State of the Union", "Department of Homeland
//   Security": its words apart read as the outlet's vocabulary ("justice", "security", "union").
//   The word before "of" must be the head noun of a body, an office or a place (OF_HEADS), so that a person and a place
//   ("Sen. Tom Cotton of Arkansas", "Jeff Sessions of Alabama", "a Republican of Arizona") stay two names; the name
//   after "of" is one or two capitalised words ("of the" takes one), the phrase closed by a word that is no name's;
// - a body's two-word name standing alone ("Justice Department", "State Department", "Judiciary Committee"): Fox's
//   "justice" (10) came from the department's name, not from the outlet's word;
// - a law named by its capitalised words and "Act" or "Law": "Kate's Law", "Davis-Oliver Act", "DREAM Act": the name of
//   the person it honours is no mention of the person, and "act" no verb;
// - two words in lower case that the corpus writes only together ("bona fide"): either alone is no word of the outlet.
// Each must be written so at least `min` times in the corpus. Found in one pass over the tokens, bounded windows.
import type { Doc } from '../types.js';
import { termStop } from './stopwords.js';
import { isUpperChar } from './tokenize.js';
import { opensSentence } from './sentence-open.js';

/** Words that join a long name's parts, written in lower case inside it ("of", "the") or the possessive "'s". */
export const NAME_JOINS: ReadonlySet<string> = new Set(['of', 'the', "'s"]);

/**
 * Head nouns of the bodies, offices and places named with "of" ("Department of Justice", "Court of Appeals", "Gang of
 * Eight", "Secretary of State", "Statue of Liberty", "Gulf of Mexico"): a general list, written from knowledge.
 */
export const OF_HEADS: ReadonlySet<string> = new Set(
  [
    'department departments ministry office bureau agency administration commission committee council board',
    'court district university college school institute academy academies association federation society',
    'conference chamber center centre foundation corps church bank house union league',
    'secretary director chief chiefs speaker state states republic kingdom gang group',
    'bill declaration statue port ports gulf strait bay isle cape',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Head nouns of bodies named by one capitalised word before them ("Justice Department", "State Department", "Supreme
 * Court", "Judiciary Committee", "Oval Office"): the word is the body's, not the outlet's "justice" or "state".
 */
const BODY_HEADS: ReadonlySet<string> = new Set(
  'department ministry agency bureau commission committee council court office'.split(' '),
);

/**
 * Whether token h (a body's head, capitalised) and the capitalised word before it are a body's name standing alone:
 * no capitalised word before or after the pair in its sentence, the first word not opening the sentence, a content
 * word.
 */
function bodyPair(d: Doc, h: number): boolean {
  const s = d.tokens[h].sentence;
  if (!capWord(d, h, s) || !capWord(d, h - 1, s) || capWord(d, h + 1, s)) return false;
  // a body named with "of" after its head is the "of" name's ("U.S. Department of Homeland Security")
  if (lowerWord(d, h + 1, s, 'of')) return false;
  // a capitalised word before the pair is a longer name's ("Homeland Security Department"), not "The" opening it
  if (capWord(d, h - 2, s) && termStop(d.tokens[h - 2].norm) === 'content') return false;
  const a = d.tokens[h - 1];
  if (termStop(a.norm) !== 'content' || opensSentence(d, h - 1)) return false;
  return /\p{Ll}/u.test(d.text.slice(a.start, d.tokens[h].end));
}

/** The head nouns that close the name of a statute ("Act", "Law"). */
const LAW_HEADS: ReadonlySet<string> = new Set(['act', 'law']);

/** The most capitalised words before a statute's head ("Keep Families Together Act"). */
const MAX_LAW_WORDS = 4;

/** Whether token i of `d` is a word whose first letter is a capital. */
function capWord(d: Doc, i: number, sentence: number): boolean {
  const t = d.tokens[i];
  return !!t && t.sentence === sentence && t.kind === 'word' && isUpperChar(d.text[t.start]);
}

/** Whether token i is a word in lower case (its first character), in `sentence`. */
function lowerWord(d: Doc, i: number, sentence: number, norm?: string): boolean {
  const t = d.tokens[i];
  if (!t || t.sentence !== sentence || t.kind !== 'word' || (norm !== undefined && t.norm !== norm)) return false;
  const c = d.text.charCodeAt(t.start);
  return c >= 97 && c <= 122;
}

/** A phrase key of tokens [i, j): norms joined by a space, the possessive "'s" joined to the word before it. */
export function phraseKey(d: Doc, i: number, j: number): string {
  let key = d.tokens[i].norm;
  for (let k = i + 1; k < j; k++) key += (d.tokens[k].norm === "'s" ? '' : ' ') + d.tokens[k].norm;
  return key;
}

/** The "of" names closed after token `of` (the index of "of"): [start, end) spans, one or two words after it. */
function ofNames(d: Doc, of: number): [number, number][] {
  const s = d.tokens[of].sentence;
  const head = of - 1;
  if (!capWord(d, head, s) || !OF_HEADS.has(d.tokens[head].norm) || opensSentence(d, head)) return [];
  let b = of + 1;
  const withThe = lowerWord(d, b, s, 'the');
  if (withThe) b++;
  const out: [number, number][] = [];
  if (!capWord(d, b, s) || termStop(d.tokens[b].norm) !== 'content') return out;
  if (!capWord(d, b + 1, s)) out.push([head, b + 1]);
  else if (!withThe && termStop(d.tokens[b + 1].norm) === 'content' && !capWord(d, b + 2, s)) out.push([head, b + 2]);
  return out;
}

/** The statute's name closed by token `h` ("Act", "Law" capitalised, no capitalised word after it), or null. */
function lawName(d: Doc, h: number): [number, number] | null {
  const s = d.tokens[h].sentence;
  if (!capWord(d, h, s) || capWord(d, h + 1, s)) return null;
  let start = h;
  let words = 0;
  for (let k = h - 1; k >= 0 && words <= MAX_LAW_WORDS; k--) {
    const t = d.tokens[k];
    if (t.sentence !== s) break;
    if (t.norm === "'s" && capWord(d, k - 1, s)) continue;
    if (!capWord(d, k, s) || termStop(t.norm) !== 'content') break;
    start = k;
    words++;
  }
  if (words === 0 || words > MAX_LAW_WORDS || d.tokens[start].norm === "'s") return null;
  return [start, h + 1];
}

/** The share of a word's uses that must stand in its pair for the pair to be bound. */
const BOUND_SHARE = 0.9;

/** Each token's norm as a number (one per distinct norm over the docs), and the norms by number. */
function numbered(docs: readonly Doc[]): { of: Int32Array[]; norms: string[] } {
  const ids = new Map<string, number>();
  const norms: string[] = [];
  const of = docs.map((d) => {
    const v = new Int32Array(d.tokens.length);
    for (let i = 0; i < d.tokens.length; i++) {
      const n = d.tokens[i].norm;
      let k = ids.get(n);
      if (k === undefined) {
        ids.set(n, (k = norms.length));
        norms.push(n);
      }
      v[i] = k;
    }
    return v;
  });
  return { of, norms };
}

/**
 * The pairs of words the corpus writes together at least BOUND_SHARE of each one's uses, mostly in lower case, at
 * least `min` times ("bona fide", "alma mater"): each word's partner after it and before it by a majority vote
 * (Boyer-Moore), then the pairs counted. Plain arrays over norm numbers: this reads every token of the corpus.
 */
function boundPairs(docs: readonly Doc[], min: number): string[] {
  const { of, norms } = numbered(docs);
  const v = norms.length;
  const content = new Uint8Array(v);
  norms.forEach((w, k) => (content[k] = termStop(w) === 'content' ? 1 : 0));
  const uses = new Int32Array(v);
  const lower = new Int32Array(v);
  const next = new Int32Array(v).fill(-1);
  const nextLead = new Int32Array(v);
  const prev = new Int32Array(v).fill(-1);
  const prevLead = new Int32Array(v);
  const vote = (word: Int32Array, lead: Int32Array, k: number, x: number) => {
    if (lead[k] === 0) word[k] = x;
    lead[k] += word[k] === x ? 1 : -1;
  };
  docs.forEach((d, di) => {
    const ids = of[di];
    for (let i = 0; i < d.tokens.length; i++) {
      const t = d.tokens[i];
      const k = ids[i];
      if (t.kind !== 'word' || !content[k]) continue;
      uses[k]++;
      if (lowerWord(d, i, t.sentence)) lower[k]++;
      vote(next, nextLead, k, d.tokens[i + 1]?.sentence === t.sentence ? ids[i + 1] : -1);
      vote(prev, prevLead, k, d.tokens[i - 1]?.sentence === t.sentence ? ids[i - 1] : -1);
    }
  });
  const mostlyLower = (k: number) => uses[k] >= min && 2 * lower[k] >= uses[k];
  const pairs = new Map<number, number>(); // first word -> uses of the pair
  for (let a = 0; a < v; a++) {
    const b = next[a];
    if (b >= 0 && b !== a && content[b] && prev[b] === a && mostlyLower(a) && mostlyLower(b)) pairs.set(a, 0);
  }
  if (!pairs.size) return [];
  docs.forEach((d, di) => {
    const ids = of[di];
    for (let i = 0; i + 1 < d.tokens.length; i++) {
      const n = pairs.get(ids[i]);
      if (n !== undefined && ids[i + 1] === next[ids[i]] && d.tokens[i].sentence === d.tokens[i + 1].sentence)
        pairs.set(ids[i], n + 1);
    }
  });
  const out: string[] = [];
  for (const [a, n] of pairs)
    if (n >= BOUND_SHARE * uses[a] && n >= BOUND_SHARE * uses[next[a]]) out.push(`${norms[a]} ${norms[next[a]]}`);
  return out;
}

/**
 * The long names and bound pairs of a corpus (see the file head), each written as one at least `min` times: an "of"
 * name closed after it and not opening its sentence, a statute's name closed after its head, a body's two-word name
 * standing alone.
 */
export function longNames(docs: readonly Doc[], min = 3): string[] {
  const seen = new Map<string, number>();
  const add = (k: string) => seen.set(k, (seen.get(k) ?? 0) + 1);
  for (const d of docs)
    for (let i = 1; i < d.tokens.length; i++) {
      const t = d.tokens[i];
      if (t.norm === 'of' && lowerWord(d, i, t.sentence)) {
        for (const [a, b] of ofNames(d, i)) add(phraseKey(d, a, b));
      } else if (LAW_HEADS.has(t.norm)) {
        const span = lawName(d, i);
        if (span) add(phraseKey(d, span[0], span[1]));
      } else if (BODY_HEADS.has(t.norm) && bodyPair(d, i)) add(phraseKey(d, i - 1, i + 1));
    }
  const out = [...seen].filter(([, n]) => n >= min).map(([k]) => k);
  return [...out, ...boundPairs(docs, min)];
}
