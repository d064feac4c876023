// A doc's loaded tokens: the longest lexicon term at each content token unless a sense rule reads it plain, else a
// word of blame of the general vocabularies in evaluative use, else a word of blame the outlet writes far more than
// the others on the same event (outlet contrast).
import type { Doc } from '../types.js';
import { isPraise, wordWeight } from './evaluative.js';
import { woundedBloodied } from './physical-senses.js';
import { evaluativeUse } from './wordclass.js';
import { contrastJudges } from './contrast-words.js';
import { eventNames } from './contested-names.js';
import { neutralSense, schoolOfThought } from './senses.js';
import { pollOption } from './poll-senses.js';
import { reportedLabel } from './reported-labels.js';
import { fightingIntensity } from './violence-senses.js';
import type { LoadedLexicon } from './types.js';
import { candidates, lexIndex, type Compiled, type LexIndex } from './loaded-lexicon.js';
import { contentTokens, lexiconMatch } from './lexicon-match.js';
import { opposesWrong } from './anti-wrongs.js';
import { inName, isNameToken } from './name-tokens.js';
import { awfulLot } from './degree-senses.js';
import { physicalRisk } from './risk-senses.js';

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

/**
 * The doc's loaded tokens: the longest lexicon term at each position (weight 1), otherwise a word of blame whose
 * general evaluative weight reaches minWeight (praise is left to the lexicon's puffery theme: isPraise). A lexicon term in its plain
 * sense (neutralSense: "asylum claims", "a wave of protests") or an "anti-" word against a wrong (opposesWrong) is left
 * unmarked. Names (capitalised inside a sentence) are never marked by the general vocabularies.
 * `sc`: the doc's norm numbers and answers by norm number (loadedScratch), when the caller has them.
 */
export function loadedTokens(d: Doc, opts: LoadedOptions = {}, lx?: LexIndex, sc?: LoadedScratch): LoadedToken[] {
  lx ??= lexIndex(opts.lexicon);
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
    // a poll's answer option ("Wrong Track 61 percent") is the pollster's label for the general vocabularies too
    if (plain || t.kind !== 'word' || isNameToken(d, i) || pollOption(d, i, i + 1)) continue;
    const w = sc ? normWeight(sc, i, t.norm) : wordWeight(t.norm);
    // "an awful lot of" measures a quantity (degree-senses.ts); "the dangerous journey" states a risk (risk-senses.ts)
    if (awfulLot(d, i) || physicalRisk(d, i)) continue;
    if (w >= minWeight && !isPraise(t.norm) && !statesHarm(d, i) && evaluativeUse(d, i) && !reportedLabel(d, i)) {
      out.push({ index: i, weight: w, theme: 'evaluative', term: t.norm, length: 1 });
      continue;
    }
    const z = opts.contrast?.get(t.norm) ?? 0;
    if (z >= (opts.minContrast ?? 2) && !statesHarm(d, i) && contrastJudges(d, i)) {
      out.push({ index: i, weight: Math.max(w, minWeight), theme: 'outlet contrast', term: t.norm, length: 1 });
    }
  }
  return out;
}

/**
 * The word at token i states harm: "violent", "deadly", "bloody" before a noun of fighting ("bloody clashes"), or
 * "bloodied" before a noun of the wounded ("bloodied victims", physical-senses.ts).
 */
function statesHarm(d: Doc, i: number): boolean {
  const w = d.tokens[i].norm;
  return (
    STATES_HARM.has(w) || ((w === 'bloody' || w === 'bloodiest') && fightingIntensity(d, i)) || woundedBloodied(d, i)
  );
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
