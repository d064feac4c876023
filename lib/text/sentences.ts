// Linear-time sentence splitting over tokens, never across paragraphs (natural's SentenceTokenizer is quadratic).
import type { Paragraph, Sentence, Token } from '../types.js';
import { HAS_LOWER } from '../util/letters.js';
import { ABBREVIATIONS } from './tokenize.js';

// regexes with \p{...} made once here: written inside a function, tsx rebuilds one on every call (lib/util/letters.ts)
const OPENS_SENTENCE = /[\p{Lu}\p{N}"'\u201C\u2018(\[]/u;

const CLOSERS = new Set(['"', "'", ')', ']', '\u201D', '\u2019', '\u00BB']);
const ENDERS = new Set(['.', '!', '?', '\u2026']);

/**
 * Function words that open a sentence and never go on a name: after a word that kept its period ("U.S.", "D.C.",
 * "Inc.", "Jr.", a spaced "U.S ."), or after an initial, one of them capitalised means the period ended the sentence
 * ("moved to the U.S. He said", "into the U.S . Although …"). The pronoun "I" and the article "A" are left out: they
 * are also initials ("World War I", "Plan A").
 */
const OPENERS: ReadonlySet<string> = new Set(
  (
    'the he she it they we you his her its their our this that these those there but and or so yet although though ' +
    'however meanwhile while when whereas after before since because if as in on at by for with from during still ' +
    'also then now later earlier instead moreover nevertheless some many most according despite amid asked speaking'
  ).split(' '),
);
/** Abbreviations that introduce what follows, even a name with "The" ("e.g. The Times"). */
const LEADS_ON: ReadonlySet<string> = new Set(['e.g.', 'i.e.', 'vs.', 'cf.', 'viz.', 'a.k.a.']);
/**
 * Abbreviations (ABBREVIATIONS) that are also English words or a time zone: "sat", "sun", "wed", "mar", "EST" before a
 * spaced period are read as the word, which may end a sentence.
 */
const ALSO_WORDS: ReadonlySet<string> = new Set(['sat', 'sun', 'wed', 'mar', 'est']);
/** Abbreviations that keep their period before a number ("No . 3 in Senate leadership"), as the tokenizer reads them. */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos', 'art', 'vol', 'pp', 'fig']);
/** The two halves of the day after a clock time. */
const MERIDIEM: ReadonlySet<string> = new Set(['a.m.', 'p.m.']);
/** A time zone after a clock time: "ET", "EST", "PDT", "GMT", "UTC", "Eastern", "Pacific". */
const ZONE = /^(?:[A-Z]{1,3}T|UTC|Eastern|Central|Mountain|Pacific)$/;
/** Dashes that go on with the sentence after a spaced abbreviation ("etc . — and more"). */
const DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013', '-']);

/** Split the tokens of one article into sentences (assigns `token.sentence`); paragraphs bound sentences. */
export function splitSentences(text: string, tokens: Token[], paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  let p = 0;
  let s = 0; // first token of the current sentence
  const close = (endTok: number, para: number) => {
    if (endTok <= s) return;
    const idx = sentences.length;
    for (let k = s; k < endTok; k++) tokens[k].sentence = idx;
    sentences.push({
      start: tokens[s].start,
      end: tokens[endTok - 1].end,
      tokenStart: s,
      tokenEnd: endTok,
      paragraph: para,
    });
    s = endTok;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (p < paragraphs.length - 1 && t.start >= paragraphs[p].end) {
      close(i, p);
      p++;
    }
    // a line break ends a sentence (headlines, datelines and bylines have no final period)
    if (i > s && hasNewline(text, tokens[i - 1].end, t.start)) close(i, p);
    if (t.kind === 'word') {
      const end = keptPeriodEnd(text, tokens, i);
      if (end > i) close(end, p);
      continue;
    }
    if (t.kind !== 'punct' || !ENDERS.has(t.norm)) continue;
    // absorb runs of enders and closing quotes/brackets: ...?" ).
    let j = i + 1;
    while (
      j < tokens.length &&
      tokens[j].kind === 'punct' &&
      (ENDERS.has(tokens[j].norm) || CLOSERS.has(text[tokens[j].start])) &&
      tokens[j].start === tokens[j - 1].end
    )
      j++;
    const next = tokens[j];
    if (
      !next ||
      (startsSentence(text, next) &&
        !initialPeriod(text, tokens, i) &&
        !spacedAbbreviationGoesOn(text, tokens, i, next))
    ) {
      close(j, p);
      i = j - 1;
    }
  }
  close(tokens.length, Math.max(0, Math.min(p, paragraphs.length - 1)));
  return sentences;
}

/**
 * The word at i kept its period ("U.S.", "Inc.", "U.S ."), and the next word, after any closing quote or bracket, is a
 * capitalised function word that opens a sentence: the period ended the sentence too. The end of that sentence (the
 * token after the word and its closers), or -1.
 */
function keptPeriodEnd(text: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (text.charCodeAt(t.end - 1) !== 46 /* . */ || LEADS_ON.has(t.norm)) return -1;
  let j = i + 1;
  while (
    j < tokens.length &&
    tokens[j].kind === 'punct' &&
    CLOSERS.has(text[tokens[j].start]) &&
    tokens[j].start === tokens[j - 1].end
  )
    j++;
  return j < tokens.length && opensAfterPeriod(text, tokens[j]) ? j : -1;
}

/** A capitalised function word that opens a sentence ("The", "He", "Although"), not "I" or "A". */
function opensAfterPeriod(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  return t.kind === 'word' && c >= 65 && c <= 90 && OPENERS.has(t.norm);
}

/**
 * The period at token i is the final period of an abbreviation that pre-tokenised copy spaced off, and the sentence
 * goes on at `next`: an abbreviation that introduces what follows ("e.g . Texas", LEADS_ON), one before a number
 * ("No . 3", "Jan . 20"), before a dash ("etc . —"), or a clock time before its zone ("2:50 p.m . ET"). Before any
 * other capitalised word the period ends the sentence, as after a word ("etc . A couple", "10 p.m . Witnesses").
 */
function spacedAbbreviationGoesOn(text: string, tokens: readonly Token[], i: number, next: Token): boolean {
  if (i < 1 || tokens[i - 1].end === tokens[i].start || tokens[i - 1].kind !== 'word') return false;
  const abbr = spacedAbbreviation(tokens, i);
  if (!abbr) return false;
  if (LEADS_ON.has(abbr) || next.kind === 'number' || DASHES.has(text[next.start])) return true;
  return MERIDIEM.has(abbr) && ZONE.test(text.slice(next.start, next.end));
}

/**
 * The abbreviation, lower case with its final period, ending at the word before token i: a run of single letters
 * joined by periods ("p.m", "a.k.a"), or a word of ABBREVIATIONS or NUMBER_ABBREVIATIONS that is no English word;
 * '' for any other word.
 */
function spacedAbbreviation(tokens: readonly Token[], i: number): string {
  const w = tokens[i - 1].norm.toLowerCase();
  if (w.length > 1) return (ABBREVIATIONS.has(w) && !ALSO_WORDS.has(w)) || NUMBER_ABBREVIATIONS.has(w) ? w + '.' : '';
  let k = i - 1; // the run's first letter
  while (
    k >= 2 &&
    tokens[k - 1].norm === '.' &&
    tokens[k - 2].kind === 'word' &&
    tokens[k - 2].norm.length === 1 &&
    tokens[k - 2].end === tokens[k - 1].start &&
    tokens[k - 1].end === tokens[k].start
  )
    k -= 2;
  if (k === i - 1 || (k > 0 && tokens[k - 1].end === tokens[k].start && tokens[k - 1].kind === 'word')) return '';
  let abbr = '';
  for (let x = k; x < i; x += 2) abbr += tokens[x].norm.toLowerCase() + '.';
  return abbr;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** One capital letter: an initial ("A" of "John A. Boehner"). */
const INITIAL = /^\p{Lu}$/u;
/** A capitalised word or an initial. */
const CAPITALISED = /^\p{Lu}/u;
/** A hyphenated word ending in one letter: "D-N" of "D-N.Y.", a party tag with a dotted state. */
const HYPHEN_INITIAL = /-\p{L}$/u;

/**
 * The period at token i closes an initial inside a name, not a sentence: "John A. Boehner", "Gen. Martin E. Dempsey"
 * (an initial after a capitalised word or another initial, before a capitalised word), or "D-N.Y." (a dotted
 * abbreviation after a hyphen).
 */
function initialPeriod(text: string, tokens: readonly Token[], i: number): boolean {
  if (i < 2) return false;
  const prev = writtenAt(text, tokens, i - 1);
  const next = writtenAt(text, tokens, i + 1);
  if (tokens[i - 1].end !== tokens[i].start) return false;
  if (HYPHEN_INITIAL.test(prev) && INITIAL.test(next)) return true;
  if (i + 1 < tokens.length && opensAfterPeriod(text, tokens[i + 1])) return false;
  if (!INITIAL.test(prev) || !(CAPITALISED.test(next) || quotedNicknameAt(text, tokens, i + 1))) return false;
  // "George H. W. Bush": the second of two initials, after the first one's period
  if (writtenAt(text, tokens, i - 2) === '.' && INITIAL.test(writtenAt(text, tokens, i - 3)))
    return tokens[i - 3].end === tokens[i - 2].start && tokens[i - 2].end < tokens[i - 1].start;
  return CAPITALISED.test(writtenAt(text, tokens, i - 2)) && tokens[i - 2].kind === 'word';
}

/** Double quote marks that open or close a nickname. */
const QUOTE_MARK = /^["\u201C\u201D]$/u;

/** Tokens from k are a quoted nickname before a family name: a quote mark, one to three capitalised words, a quote
 * mark, a capitalised word ("P. “ Buck ” McKeon": the initial's period ends no sentence). Bounded: a few tokens. */
function quotedNicknameAt(text: string, tokens: readonly Token[], k: number): boolean {
  if (!QUOTE_MARK.test(writtenAt(text, tokens, k))) return false;
  for (let q = k + 1; q <= k + 4; q++) {
    const w = writtenAt(text, tokens, q);
    if (QUOTE_MARK.test(w)) return q > k + 1 && CAPITALISED.test(writtenAt(text, tokens, q + 1));
    if (!CAPITALISED.test(w) || tokens[q].kind !== 'word') return false;
  }
  return false;
}

/** Token k as written, or '' past either end (a function of the module: no closure made per call). */
function writtenAt(text: string, tokens: readonly Token[], k: number): string {
  return k >= 0 && k < tokens.length ? text.slice(tokens[k].start, tokens[k].end) : '';
}

function startsSentence(text: string, t: Token): boolean {
  const c = text[t.start];
  // a comma, semicolon, colon or closing bracket continues the sentence ("Sen. John McCain, R-Ariz., said")
  if (c === ',' || c === ';' || c === ':' || c === ')' || c === ']') return false;
  if (OPENS_SENTENCE.test(c)) return true;
  return !HAS_LOWER.test(c); // anything but a lowercase letter (e.g. non-Latin script) may start a sentence
}
