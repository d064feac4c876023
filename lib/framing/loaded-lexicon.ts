// The loaded-language lexicon (data/loaded-lexicon.json) compiled into token matchers and indexed by first word, so
// that each word of a doc is tested only against the terms that can start at it.
import type { LoadedLexicon } from './types.js';
import { isUpperChar } from '../text/tokenize.js';
import { escapeRegExp } from '../util/regex.js';
import { pushTo } from '../util/maps.js';

/** What a lexicon wildcard stands for: a run of letters, digits, apostrophes and hyphens. */
const WILD_RUN = "[\\p{L}\\p{N}'-]*";
/** A word made only of such characters, in which a wildcard run may be read as "any run". */
const WILD_WORD = /^[\p{L}\p{N}'-]*$/u;

/**
 * One word of a lexicon term with wildcards, as a pattern. A word made only of the characters a wildcard stands for
 * (nearly every token) is tested with each run read as "any characters": the same answer, from a pattern V8 compiles
 * in microseconds, while a \p{L} class costs milliseconds per pattern to compile (about 0.7 s for the lexicon's 299
 * wildcard terms, paid by every analysis of real text). Other words get the exact pattern, compiled when first needed.
 */
class WildWord {
  private readonly fast: RegExp;
  private exact: RegExp | null = null;
  constructor(readonly source: string) {
    this.fast = new RegExp(source.split(WILD_RUN).join('[^]*'), 'u');
  }
  test(norm: string): boolean {
    return WILD_WORD.test(norm) ? this.fast.test(norm) : (this.exact ??= new RegExp(this.source, 'u')).test(norm);
  }
}

/** A word of a term: its pattern's source and test (a RegExp, or a WildWord for words with wildcards). */
type WordMatcher = Pick<RegExp, 'source' | 'test'>;

export interface Compiled {
  term: string;
  theme: string;
  words: WordMatcher[];
  /** position in the lexicon (first theme first) */
  order: number;
  /** written with a capital in the lexicon ("Marxis*"): a word made from a person's name, no name itself */
  eponym: boolean;
}

/** Compile the lexicon's terms into token matchers (a term in two themes is kept under the first). */
export function compileLexicon(lex: LoadedLexicon): Compiled[] {
  const seen = new Set<string>();
  const out: Compiled[] = [];
  for (const th of lex.themes) {
    const not = notForms(th.not);
    for (const raw of th.terms) {
      const term = raw.trim().toLowerCase().replace(/[’‘]/g, "'");
      if (!term || seen.has(term)) continue;
      seen.add(term);
      const words = term.split(/\s+/).map((w): WordMatcher => {
        if (!w.includes('*')) return new RegExp('^' + escapeRegExp(w) + '$', 'u');
        return new WildWord('^' + not + noDoctrine(w) + w.split('*').map(escapeRegExp).join(WILD_RUN) + '$');
      });
      out.push({ term, theme: th.theme, words, order: out.length, eponym: isUpperChar(raw.trim()[0]) });
    }
  }
  return out;
}

/**
 * A lookahead that keeps a wildcard off the "-ism" noun of its stem, unless the term spells "ism" itself: "racis*" marks
 * "racist", the label put on someone, not "racism", the name of the problem a story is about ("protests against racism",
 * "a rise in anti-Semitism"). On BABE's tuning topics 8 of 91 such marks were words the annotators chose, against 0.56
 * for the other lexicon marks; terms written out ("cronyism") are the lexicon author's choice and stay.
 */
function noDoctrine(w: string): string {
  return w.includes('ism') ? '' : `(?!${WILD_RUN}isms?$)`;
}

/**
 * A theme's `not` forms as a lookahead that keeps its wildcards off them ("anti-*" is a label of people and ideas, not
 * the anti-aircraft gun); '' without any.
 */
function notForms(not: readonly string[] | undefined): string {
  if (!not?.length) return '';
  const forms = not.map((f) => escapeRegExp(f.trim().toLowerCase()));
  return `(?!(?:${forms.join('|')})$)`;
}

/**
 * Wildcard terms found by the literal text of their first word: a word is tested only against the terms whose first
 * word starts with the word's first three letters, or, for a term that opens with a wildcard ("*-loving"), ends with
 * its last three; only a term with neither literal start nor end is tested against every word.
 */
export class WildcardIndex {
  private byStart = new Map<string, Compiled[]>();
  private byEnd = new Map<string, Compiled[]>();
  private open: Compiled[] = [];
  constructor(terms: readonly Compiled[]) {
    for (const c of terms) {
      const parts = c.term.split(/\s+/)[0].split('*');
      const lit = parts[0],
        tail = parts[parts.length - 1];
      if (lit.length >= 3) pushTo(this.byStart, lit.slice(0, 3), c);
      else if (tail.length >= 3) pushTo(this.byEnd, tail.slice(-3), c);
      else this.open.push(c);
    }
  }
  /** The terms whose first word matches `norm`, in lexicon order. */
  matching(norm: string): Compiled[] {
    const near = this.byStart.get(norm.slice(0, 3));
    const end = this.byEnd.get(norm.slice(-3));
    let cands = near ? near.concat(this.open) : this.open;
    if (end) cands = cands.concat(end);
    const out = cands.filter((c) => c.words[0].test(norm));
    return out.length > 1 ? out.sort((a, b) => a.order - b.order) : out;
  }
}

/** The compiled terms by exact first word, the wildcard-first terms in a WildcardIndex. */
function indexLexicon(lex: LoadedLexicon | undefined): {
  byFirst: Map<string, Compiled[]>;
  wild: WildcardIndex;
  /** opposesWrong by word, filled as words are met */
  opposes: Map<string, boolean>;
} {
  const byFirst = new Map<string, Compiled[]>(); // exact first words, for speed; wildcard-first terms kept apart
  const wild: Compiled[] = [];
  for (const c of lex ? compileLexicon(lex) : []) {
    if (c.words[0].source.includes('[\\p{L}')) wild.push(c);
    else pushTo(byFirst, c.term.split(/\s+/)[0], c);
  }
  return { byFirst, wild: new WildcardIndex(wild), opposes: new Map<string, boolean>() };
}

/** The lexicon indexed by first word, with `wildByNorm`: every term that can start at a given word, filled as words are met. */
export type LexIndex = ReturnType<typeof indexLexicon> & { wildByNorm: Map<string, Compiled[]> };

/** The terms that can start at a word (exact first words, then wildcards), worked out once per distinct word. */
export function candidates(lx: LexIndex, norm: string): Compiled[] {
  let cands = lx.wildByNorm.get(norm);
  if (!cands) {
    const wild = lx.wild.matching(norm);
    const exact = lx.byFirst.get(norm);
    lx.wildByNorm.set(norm, (cands = exact ? exact.concat(wild) : wild));
  }
  return cands;
}

/** The lexicon indexed, with an empty `wildByNorm` (an empty index without a lexicon). */
export function lexIndex(lex: LoadedLexicon | undefined): LexIndex {
  return { ...indexLexicon(lex), wildByNorm: new Map<string, Compiled[]>() };
}
