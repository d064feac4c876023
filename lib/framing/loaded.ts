// Loaded language: hits of the project's themed lexicon (data/loaded-lexicon.json) and of general evaluative
// vocabulary (lib/framing/evaluative.ts) per outlet, in the outlet's own voice and in quotes.
import type { Doc, Span } from '../types.js';
import { byString } from '../text/counts.js';
import { VOICES } from './voice.js';
import { evaluative, isPraise, wordWeight } from './evaluative.js';
import { isTermToken, isUpperChar } from '../text/tokenize.js';
export { wordWeight } from './evaluative.js';
import { isStopword } from '../text/stopwords.js';
import { logOddsDirichlet } from './distinctive.js';
import { evaluativeUse } from './wordclass.js';
import { contrastJudges } from './contrast-words.js';
import { contestedMassacreNames, eventNames } from './contested-names.js';
import { neutralSense, schoolOfThought } from './senses.js';
import { reportedLabel } from './reported-labels.js';
import { loadedRowKey } from './loaded-row-key.js';
import { isTitleCaseSentence } from '../text/title-case.js';
import type { LoadedLexicon, Voice, VoiceClass } from './types.js';
import type { NormIds } from '../text/term-ids.js';
import { escapeRegExp } from '../util/regex.js';

/** One hit of a lexicon term in a doc. */
export interface LoadedHit {
  doc: string;
  outlet: string;
  term: string;
  theme: string;
  /** 1 for a lexicon term, else the word's general evaluative weight (wordWeight) */
  weight: number;
  /** the matched text as written */
  text: string;
  start: number;
  end: number;
  voice: VoiceClass;
}

/** Per outlet and term: hits in each voice. */
export interface LoadedRow {
  outlet: string;
  term: string;
  theme: string;
  own: number;
  quoted: number;
  reported: number;
  reused: number;
  /** the distinct forms matched, e.g. "turkish-backed; us-backed" */
  forms: string;
}

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

interface Compiled {
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

/** Switches for loaded-language marking. */
export interface LoadedOptions {
  /** the project's list of loaded terms (data/loaded-lexicon.json); a hit scores 1 */
  lexicon?: LoadedLexicon;
  /** a word of blame from the general vocabularies is marked when its weight (wordWeight) reaches this (default MIN_WEIGHT) */
  minWeight?: number;
  /** keep-mask over the doc's tokens (1 = consider); default every token */
  mask?: Uint8Array;
  /** the doc's token voices (Voice.tokenVoice: 0 = own narration), for senses that read the article's own words */
  voice?: ArrayLike<number>;
  /** outlet contrast of words within the doc's event (outletContrast): word -> log-odds z of this doc's outlet */
  contrast?: ReadonlyMap<string, number>;
  /**
   * names whose "massacre" other outlets write as an attack (contestedMassacreNames, for the doc's outlet): a
   * named massacre is then the outlet's choice of name, not a report
   */
  contested?: ReadonlySet<string>;
  /**
   * contrast z that makes a word of blame loaded (default 2): one both vocabularies call blame, in evaluative use
   * (contrastJudges); any other word is the outlet's vocabulary, left to the distinctive terms
   */
  minContrast?: number;
}

/** A token marked loaded: its index in Doc.tokens, weight 0..1, the theme (lexicon theme or 'evaluative'), and the lexicon term. */
export interface LoadedToken {
  index: number;
  weight: number;
  theme: string;
  term: string;
  /** tokens in the match (1 for a general-vocabulary word; a lexicon phrase marks its first token with its length) */
  length: number;
}

/**
 * Words of physical harm the general vocabularies weigh high that state what happened ("violent clashes", "a deadly
 * outbreak"), as news desks write it: not marked by the vocabularies (their weight still ranks terms and labels). On
 * BABE's tuning topics 5 of 37 such marks were annotated, against 0.44 for the vocabularies' other marks.
 */
const STATES_HARM = new Set(['violent', 'deadly']);

/** Default weight a general-vocabulary word needs to count as loaded (tuned on BABE's tuning topics, see bench/eval/loaded.ts). */
export const MIN_WEIGHT = 0.65;

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
      if (lit.length >= 3) push(this.byStart, lit.slice(0, 3), c);
      else if (tail.length >= 3) push(this.byEnd, tail.slice(-3), c);
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

/** Append `c` to the list under `key`. */
function push(m: Map<string, Compiled[]>, key: string, c: Compiled): void {
  const l = m.get(key);
  if (l) l.push(c);
  else m.set(key, [c]);
}

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
    else {
      const key = c.term.split(/\s+/)[0];
      const l = byFirst.get(key) ?? [];
      l.push(c);
      byFirst.set(key, l);
    }
  }
  return { byFirst, wild: new WildcardIndex(wild), opposes: new Map<string, boolean>() };
}

/** The lexicon indexed by first word, with `wildByNorm`: every term that can start at a given word, filled as words are met. */
type LexIndex = ReturnType<typeof indexLexicon> & { wildByNorm: Map<string, Compiled[]> };

/**
 * What loadedTokens asks of each word, by norm number (NormIds), filled as words are met, and the doc's norm numbers
 * `of`: a Map lookup by string per token and question was most of loaded language's time at 10,000 articles. `idx`
 * is scratch for a doc's content tokens (grown as needed), so that no list is made per doc.
 */
export interface LoadedScratch {
  of: Int32Array;
  /** the lexicon terms that can start at the word (lexiconMatch's candidates) */
  cands: (readonly Compiled[] | undefined)[];
  /** wordWeight of the word; NaN = not asked yet */
  weight: Float64Array;
  idx: Int32Array;
}

/** An empty LoadedScratch for words numbered below `words` (`of` is set per doc). */
export function loadedScratch(words: number): LoadedScratch {
  return {
    of: new Int32Array(0),
    cands: new Array(words),
    weight: new Float64Array(words).fill(NaN),
    idx: new Int32Array(1024),
  };
}

/** The terms that can start at a word (exact first words, then wildcards), worked out once per distinct word. */
function candidates(lx: LexIndex, norm: string): Compiled[] {
  let cands = lx.wildByNorm.get(norm);
  if (!cands) {
    const wild = lx.wild.matching(norm);
    const exact = lx.byFirst.get(norm);
    lx.wildByNorm.set(norm, (cands = exact ? exact.concat(wild) : wild));
  }
  return cands;
}

/**
 * Crimes and harms the general vocabularies give no valence ("anti-trafficking", "anti-discrimination", "anti-drug"):
 * what a law, a unit or a campaign is against, named as plainly as "anti-corruption".
 */
const WRONGS = new Set(
  'discrimination trafficking traffickers poaching piracy gang gangs drug drugs narcotics graft bribery cartel cartels obesity smoking addiction lynching genocide littering counterfeiting kidnapping kidnappings hijacking extortion plagiarism sabotage espionage insurgency'.split(
    ' ',
  ),
);

/**
 * True when an "anti-" word opposes a wrong: its stem is a word of blame in the general vocabularies ("anti-war",
 * "anti-corruption", "anti-violence"), a crime or harm of WRONGS ("anti-trafficking") or a label of the lexicon on its
 * own ("anti-fascist", "anti-racist"). Such a word names a cause or a campaign, while "anti-*" is a label when it sets
 * someone against a group or a good ("anti-immigrant", "anti-science"). On BABE's tuning topics none of 12 such marks
 * was an annotated word. Asked once per distinct word.
 */
function opposesWrong(lx: LexIndex, norm: string): boolean {
  if (!norm.startsWith('anti-')) return false;
  let v = lx.opposes.get(norm);
  if (v === undefined) {
    const stem = norm.slice(5);
    v =
      WRONGS.has(stem) ||
      evaluative(stem).valence < 0 ||
      candidates(lx, stem).some((c) => c.words.length === 1 && !c.term.startsWith('anti'));
    lx.opposes.set(norm, v);
  }
  return v;
}

/** The longest lexicon term among `cands` starting at content token k (idx: the first n content token indices), or null. */
function lexiconMatch(
  d: Doc,
  idx: ArrayLike<number>,
  n: number,
  k: number,
  cands: readonly Compiled[],
): { c: Compiled; len: number } | null {
  const first = d.tokens[idx[k]];
  let best: { c: Compiled; len: number } | null = null;
  for (const c of cands) {
    if (k + c.words.length > n) continue;
    let ok = true;
    for (let w = 0; w < c.words.length && ok; w++) {
      const t = d.tokens[idx[k + w]];
      ok =
        t.sentence === first.sentence &&
        c.words[w].test(t.norm) &&
        (w === 0 || adjacent(d, idx[k + w - 1], idx[k + w]));
    }
    if (ok && (!best || c.words.length > best.len)) best = { c, len: c.words.length };
  }
  return best;
}

/**
 * Two words of a phrase follow each other: nothing but a possessive 's between them ("illegal, alien" is two words
 * of a list, not the phrase "illegal alien").
 */
function adjacent(d: Doc, i: number, j: number): boolean {
  for (let x = i + 1; x < j; x++) if (d.tokens[x].norm !== "'s") return false;
  return true;
}

/** True when a word token is written with a capital inside its sentence: a name, left to the entities analysis. */
export function isNameToken(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  const ch = d.text[t.start];
  if (!isUpperChar(ch)) return false;
  return i > 0 && d.tokens[i - 1].sentence === t.sentence && d.tokens[i - 1].kind === 'word';
}

/** Marks before a name in a list ("The NAACP, Anti-Defamation League and ..."). */
const LIST_MARKS = new Set([',', ';', '&']);

/**
 * A name token (isNameToken), or a capitalised hyphenated word after a comma inside its sentence: the next name of a
 * list ("The NAACP, Anti-Defamation League"). A word without a hyphen there is as often a proper adjective ("a
 * dangerous, Marxist group"). In a headline written in title case (lib/text/title-case.ts) no capital marks a name.
 */
function inName(d: Doc, i: number): boolean {
  if (!isUpperChar(d.text[d.tokens[i].start]) || isTitleCaseSentence(d, d.tokens[i].sentence)) return false;
  if (isNameToken(d, i)) return true;
  const prev = d.tokens[i - 1];
  return (
    i > 0 &&
    d.tokens[i].norm.includes('-') &&
    prev.sentence === d.tokens[i].sentence &&
    LIST_MARKS.has(prev.norm) &&
    isUpperChar(d.text[d.tokens[i].start])
  );
}

/** The content tokens of a doc (words and numbers), skipping the possessive 's, into `idx` (grown when short); their number. */
function contentTokens(d: Doc, sc: { idx: Int32Array }): number {
  if (sc.idx.length < d.tokens.length) sc.idx = new Int32Array(Math.max(d.tokens.length, sc.idx.length * 2));
  let n = 0;
  for (let i = 0; i < d.tokens.length; i++) {
    const t = d.tokens[i];
    if (isTermToken(t) && t.norm !== "'s") sc.idx[n++] = i;
  }
  return n;
}

/**
 * The doc's loaded tokens: the longest lexicon term at each position (weight 1), otherwise a word of blame whose
 * general evaluative weight reaches minWeight (praise is left to the lexicon's puffery theme: isPraise). A lexicon term in its plain
 * sense (neutralSense: "asylum claims", "a wave of protests") or an "anti-" word against a wrong (opposesWrong) is left
 * unmarked. Names (capitalised inside a sentence) are never marked by the general vocabularies.
 * `sc`: the doc's norm numbers and answers by norm number (loadedScratch), when the caller has them.
 */
export function loadedTokens(d: Doc, opts: LoadedOptions = {}, lx?: LexIndex, sc?: LoadedScratch): LoadedToken[] {
  lx ??= { ...indexLexicon(opts.lexicon), wildByNorm: new Map() };
  const minWeight = opts.minWeight ?? MIN_WEIGHT;
  const mask = opts.mask;
  // content tokens only (words and numbers), skipping the possessive 's; a match never crosses a sentence
  const idx = sc ?? { idx: new Int32Array(d.tokens.length) };
  const n = contentTokens(d, idx);
  const out: LoadedToken[] = [];
  for (let k = 0; k < n; k++) {
    const i = idx.idx[k];
    if (mask && !mask[i]) continue;
    const t = d.tokens[i];
    const cands = sc ? (sc.cands[sc.of[i]] ??= candidates(lx, t.norm)) : candidates(lx, t.norm);
    const best = cands.length ? lexiconMatch(d, idx.idx, n, k, cands) : null;
    // a lexicon term in its plain sense ("asylum claims", "fake IDs") is no evaluative word either
    const plain =
      best !== null &&
      (neutralSense(d, i, idx.idx[k + best.len - 1] + 1, best.c.term, opts.voice) ||
        (best.c.eponym && schoolOfThought(d, i))) &&
      !(opts.contested?.size && best.c.term.startsWith('massacre') && contestedName(d, i, opts.contested));
    // a wildcard term matches a name only by a part joined by a hyphen after it ("*-loving" in "Kremlin-loving"):
    // "bash*" is not "Bashar", and "anti-*" is not the "Anti-Defamation League" (a capitalised word inside a sentence);
    // a word made from a person's name ("Marxist", "Stalinist") is written with a capital wherever it stands
    if (
      best &&
      !plain &&
      !(best.c.term.includes('*') && !best.c.term.startsWith('*') && !best.c.eponym && inName(d, i)) &&
      !opposesWrong(lx, t.norm) &&
      !reportedLabel(d, i)
    ) {
      out.push({ index: i, weight: 1, theme: best.c.theme, term: best.c.term, length: best.len });
      k += best.len - 1; // longest match wins; no overlapping hits
      continue;
    }
    if (plain || t.kind !== 'word' || isNameToken(d, i)) continue;
    const w = sc ? normWeight(sc, i, t.norm) : wordWeight(t.norm);
    if (
      w >= minWeight &&
      !isPraise(t.norm) &&
      !STATES_HARM.has(t.norm) &&
      evaluativeUse(d, i) &&
      !reportedLabel(d, i)
    ) {
      out.push({ index: i, weight: w, theme: 'evaluative', term: t.norm, length: 1 });
      continue;
    }
    const z = opts.contrast?.get(t.norm) ?? 0;
    if (z >= (opts.minContrast ?? 2) && !STATES_HARM.has(t.norm) && contrastJudges(d, i)) {
      out.push({ index: i, weight: Math.max(w, minWeight), theme: 'outlet contrast', term: t.norm, length: 1 });
    }
  }
  return out;
}

/** True when the event noun at token i carries a name in `contested` ("the Benghazi massacre"). */
function contestedName(d: Doc, i: number, contested: ReadonlySet<string>): boolean {
  return eventNames(d, i).some((w) => contested.has(w));
}

/** wordWeight of token i's word, asked once per norm number. */
function normWeight(sc: LoadedScratch, i: number, norm: string): number {
  const id = sc.of[i];
  let w = sc.weight[id];
  if (w !== w) w = sc.weight[id] = wordWeight(norm);
  return w;
}

/**
 * Outlet contrast within events: for each event covered by two or more outlets, the log-odds z (informative
 * Dirichlet prior from the event's own counts) of each outlet's lower-case content words against the other outlets
 * on the same event. Names, stopwords, numbers and words used fewer than `minCount` times by the outlet are left out.
 * Returns event -> outlet -> word -> z (z > 0 only). `events` maps doc id to event; docs without one form one event.
 */
export function outletContrast(
  docs: readonly Doc[],
  events: ReadonlyMap<string, string> = new Map(),
  masks: ReadonlyMap<string, Uint8Array> = new Map(),
  minCount = 2,
): Map<string, Map<string, Map<string, number>>> {
  const counts = new Map<string, Map<string, Map<string, number>>>(); // event -> outlet -> word -> count
  for (const d of docs) {
    const ev = events.get(d.id) ?? '';
    let byOutlet = counts.get(ev);
    if (!byOutlet) counts.set(ev, (byOutlet = new Map()));
    let m = byOutlet.get(d.outlet);
    if (!m) byOutlet.set(d.outlet, (m = new Map()));
    const mask = masks.get(d.id);
    d.tokens.forEach((t, i) => {
      if (t.kind !== 'word' || (mask && !mask[i]) || t.norm.length < 3 || isStopword(t.norm) || isNameToken(d, i))
        return;
      m.set(t.norm, (m.get(t.norm) ?? 0) + 1);
    });
  }
  const out = new Map<string, Map<string, Map<string, number>>>();
  for (const [ev, byOutlet] of counts) {
    if (byOutlet.size < 2) continue;
    const all = new Map<string, number>();
    const totals = new Map<string, number>();
    let nAll = 0;
    for (const [o, m] of byOutlet) {
      let n = 0;
      for (const [w, c] of m) {
        all.set(w, (all.get(w) ?? 0) + c);
        n += c;
      }
      totals.set(o, n);
      nAll += n;
    }
    const evOut = new Map<string, Map<string, number>>();
    for (const [o, m] of byOutlet) {
      const ni = totals.get(o)!,
        nj = nAll - ni,
        zs = new Map<string, number>();
      for (const [w, yi] of m) {
        if (yi < minCount) continue;
        const yAll = all.get(w)!;
        const z = logOddsDirichlet(yi, ni, yAll - yi, nj, yAll, nAll).z;
        if (z > 0) zs.set(w, Math.round(z * 1e4) / 1e4);
      }
      evOut.set(o, zs);
    }
    out.set(ev, evOut);
  }
  return out;
}

/**
 * Every loaded hit in the docs, with the voice it is in (voices aligned with docs by id; a doc without one counts as own
 * voice). With `events` (doc id -> event), outlet contrast on each doc's event (outletContrast over the own voice) can
 * make a word loaded too; without it only the lexicon and the general vocabularies mark words.
 */
export function loadedHits(
  docs: readonly Doc[],
  voices: readonly Voice[],
  lex?: LoadedLexicon,
  opts: Omit<LoadedOptions, 'lexicon' | 'mask' | 'contrast' | 'voice' | 'contested'> & {
    events?: ReadonlyMap<string, string>;
    /** the docs' norm numbers (normIds, `of` aligned with `docs`), when the caller has them */
    norms?: NormIds;
  } = {},
): LoadedHit[] {
  const lx = { ...indexLexicon(lex), wildByNorm: new Map<string, Compiled[]>() };
  const sc = loadedScratch(opts.norms?.norms.length ?? 0);
  const vById = new Map(voices.map((v) => [v.doc, v]));
  let contrast: Map<string, Map<string, Map<string, number>>> | null = null;
  if (opts.events?.size) {
    const own = new Map<string, Uint8Array>();
    for (const v of voices)
      own.set(
        v.doc,
        v.tokenVoice.map((c) => (c === 0 ? 1 : 0)),
      );
    contrast = outletContrast(docs, opts.events, own);
  }
  const contested = contestedMassacreNames(docs, voices);
  const hits: LoadedHit[] = [];
  docs.forEach((d, di) => {
    const v = vById.get(d.id);
    const z = contrast?.get(opts.events!.get(d.id) ?? '')?.get(d.outlet);
    if (opts.norms) sc.of = opts.norms.of[di];
    const o = { ...opts, contrast: z, voice: v?.tokenVoice, contested: contested.get(d.outlet) };
    for (const m of loadedTokens(d, o, lx, opts.norms ? sc : undefined)) {
      const first = d.tokens[m.index];
      let last = first;
      for (let i = m.index, seen = 0; i < d.tokens.length && seen < m.length; i++) {
        const t = d.tokens[i];
        if (isTermToken(t) && t.norm !== "'s") {
          seen++;
          last = t;
        }
      }
      hits.push({
        doc: d.id,
        outlet: d.outlet,
        term: m.term,
        theme: m.theme,
        weight: m.weight,
        text: d.text.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        voice: v ? VOICES[v.tokenVoice[m.index]] : 'own',
      });
    }
  });
  return hits;
}

/**
 * Evaluative weight of a term (a word or a 2-3-word phrase, lower case), for ranking distinctive terms: 1 for a lexicon
 * word or a phrase holding a lexicon phrase, a word's general weight (wordWeight), half the best word's weight for other
 * phrases. Results are cached per word.
 */
export function termWeigher(lex?: LoadedLexicon): (term: string) => number {
  const compiled = lex ? compileLexicon(lex) : [];
  const single = compiled.filter((c) => c.words.length === 1);
  const exact = new Set(single.filter((c) => !c.term.includes('*')).map((c) => c.term));
  const wild = new WildcardIndex(single.filter((c) => c.term.includes('*')));
  const phrases = new Set(compiled.filter((c) => c.words.length > 1 && !c.term.includes('*')).map((c) => c.term));
  const spaced = [...phrases].every((p) => p.includes(' '));
  const wordCache = new Map<string, number>();
  const word = (w: string): number => {
    let v = wordCache.get(w);
    if (v === undefined) {
      v = exact.has(w) || wild.matching(w).length ? 1 : Math.round(wordWeight(w) * 1e4) / 1e4;
      wordCache.set(w, v);
    }
    return v;
  };
  return (term: string) => {
    if (!term.includes(' ')) return word(term);
    if (phrases.size && holdsPhrase(term, phrases, spaced)) return 1;
    // a phrase around a loaded word ("chaos is akin") is a fragment more often than a coined phrase: half the word's weight
    let best = 0;
    for (const w of term.split(' ')) best = Math.max(best, word(w));
    return best / 2;
  };
}

/**
 * True when one of `phrases` is a run of whole words of `term` (" p " inside " term ", words split at single spaces):
 * the term's runs looked up in a Set, instead of searching the term for each lexicon phrase (every phrase of every
 * outlet's terms is weighed, some twice). `spaced`: every phrase holds a space, so one-word runs are not looked up.
 */
function holdsPhrase(term: string, phrases: ReadonlySet<string>, spaced: boolean): boolean {
  for (let s = 0; ;) {
    const first = term.indexOf(' ', s); // the end of the runs' first word
    if (first < 0) return !spaced && phrases.has(term.slice(s));
    if (!spaced && phrases.has(term.slice(s, first))) return true;
    for (let e = term.indexOf(' ', first + 1); ; e = term.indexOf(' ', e + 1)) {
      if (phrases.has(term.slice(s, e < 0 ? term.length : e))) return true;
      if (e < 0) break;
    }
    s = first + 1;
  }
}

/** Entity types whose names are proper names: a lexicon word inside one is the name's, not the writer's. */
const NAME_TYPES = new Set(['person', 'org', 'place']);

/**
 * The hits that are not part of a longer proper name: "Amnesty" in "Amnesty International", "Militant" in the name of
 * a party are words of a name the writer did not choose. `names`: entities with their mention spans; only people,
 * organisations and places count, and only mentions longer than the hit (a one-word name is the hit itself).
 */
export function outsideNames(
  hits: LoadedHit[],
  names: readonly { type?: string; mentions: readonly Span[] }[],
): LoadedHit[] {
  const byDoc = new Map<string, [number, number][]>();
  for (const e of names)
    if (e.type && NAME_TYPES.has(e.type))
      for (const m of e.mentions) (byDoc.get(m.doc) ?? byDoc.set(m.doc, []).get(m.doc)!).push([m.start, m.end]);
  for (const list of byDoc.values()) list.sort((a, b) => a[0] - b[0]);
  return hits.filter((h) => {
    const list = byDoc.get(h.doc);
    if (!list) return true;
    let lo = 0,
      hi = list.length - 1,
      at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid][0] > h.start) hi = mid - 1;
      else {
        at = mid;
        lo = mid + 1;
      }
    }
    const m = list[at];
    return !(m && m[1] >= h.end && m[1] - m[0] > h.end - h.start);
  });
}

/** Hits summed per outlet and term (per word for hyphen wildcards, loadedRowKey), one column per voice, sorted by outlet, theme, then most own-voice hits. */
export function loadedRows(hits: readonly LoadedHit[]): LoadedRow[] {
  const m = new Map<string, LoadedRow & { _forms: Set<string> }>();
  for (const h of hits) {
    const key = h.outlet + '\u0000' + loadedRowKey(h.term, h.text);
    let r = m.get(key);
    if (!r)
      m.set(
        key,
        (r = {
          outlet: h.outlet,
          term: h.term,
          theme: h.theme,
          own: 0,
          quoted: 0,
          reported: 0,
          reused: 0,
          forms: '',
          _forms: new Set(),
        }),
      );
    r[h.voice]++;
    r._forms.add(h.text.toLowerCase().replace(/[’]/g, "'"));
  }
  const rows = [...m.values()].map(({ _forms, ...r }) => ({ ...r, forms: [..._forms].sort(byString).join('; ') }));
  return rows.sort(
    (a, b) =>
      byString(a.outlet, b.outlet) ||
      byString(a.theme, b.theme) ||
      b.own - a.own ||
      b.quoted - a.quoted ||
      byString(a.term, b.term) ||
      byString(a.forms, b.forms),
  );
}

/** Per outlet and theme: own-voice and quoted hits per 1,000 own-voice / quoted words (rates make outlets of different length comparable). */
export function loadedThemeRows(
  hits: readonly LoadedHit[],
  voices: readonly Voice[],
  docs: readonly Doc[],
): { outlet: string; theme: string; own: number; quoted: number; own_per_1000: number; quoted_per_1000: number }[] {
  const outletOf = new Map(docs.map((d) => [d.id, d.outlet]));
  const words = new Map<string, { own: number; quoted: number }>();
  for (const v of voices) {
    const o = outletOf.get(v.doc) ?? '';
    const w = words.get(o) ?? { own: 0, quoted: 0 };
    w.own += v.words.own;
    w.quoted += v.words.quoted;
    words.set(o, w);
  }
  const m = new Map<string, { outlet: string; theme: string; own: number; quoted: number }>();
  for (const h of hits) {
    if (h.voice !== 'own' && h.voice !== 'quoted') continue;
    const key = h.outlet + '\u0000' + h.theme;
    const r = m.get(key) ?? { outlet: h.outlet, theme: h.theme, own: 0, quoted: 0 };
    r[h.voice]++;
    m.set(key, r);
  }
  return [...m.values()]
    .map((r) => {
      const w = words.get(r.outlet) ?? { own: 0, quoted: 0 };
      return {
        ...r,
        own_per_1000: w.own ? Math.round((r.own / w.own) * 1e6) / 1e3 : 0,
        quoted_per_1000: w.quoted ? Math.round((r.quoted / w.quoted) * 1e6) / 1e3 : 0,
      };
    })
    .sort((a, b) => byString(a.outlet, b.outlet) || byString(a.theme, b.theme));
}
