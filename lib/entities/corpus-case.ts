// The corpus's case statistics, read once before any mention is found: which words it writes in lower case and how
// often, which it capitalises inside sentences (alone or beside other names), which capitals look like acronyms; per
// doc its line kinds and the tokens that start a sentence or a quotation (their capital says nothing).
import type { Doc } from '../types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { Tally } from '../util/tally.js';
import { lineKind, LineKind } from './lines.js';
import { isTermToken } from '../text/tokenize.js';
import { OPEN_QUOTES } from './function-words.js';
import type { Ctx } from './scan-context.js';
import { UPPER_FIRST } from './word-shapes.js';
import { lowerDefinedAcronyms } from './acronym-kinds.js';
import { peopleClassAcronyms } from './people-acronyms.js';
import { pairCase } from './capital-pairs.js';

const SPACE_OR_OPEN = /\s|\(|\[/;

/**
 * Corpus statistics, into ctx: words seen in lower case, capitalised forms seen away from sentence starts (with their
 * counts); and per doc its line kinds and sentence-initial tokens.
 */
export function corpusCase(docs: readonly Doc[], ctx: Ctx): { headlines: Uint8Array[]; initials: Uint8Array[] } {
  const headlines: Uint8Array[] = [];
  const initials: Uint8Array[] = [];
  const lowerUses = new Tally();
  const capMidUses = new Tally();
  const capAloneUses = new Tally();
  for (const d of docs) {
    const h = new Uint8Array(d.sentences.length);
    const ini = new Uint8Array(d.tokens.length);
    for (let si = 0; si < d.sentences.length; si++) {
      h[si] = lineKind(d, si);
      markInitials(d, d.sentences[si].tokenStart, d.sentences[si].tokenEnd, ini);
    }
    for (let i = 0; i < d.tokens.length; i++) {
      const t = d.tokens[i];
      if (t.kind !== 'word') continue;
      const c = d.text.charCodeAt(t.start);
      if (c >= 97 && c <= 122) {
        lowerUses.add(t.norm);
      } else if (!ini[i] && h[t.sentence] !== LineKind.Headline && t.sentence >= 0) {
        ctx.capMid.add(d.text.slice(t.start, t.end));
        capMidUses.add(t.norm);
        if (standsAlone(d, i)) {
          ctx.capAlone.add(t.norm);
          capAloneUses.add(t.norm);
        }
        if (t.end - t.start >= 3 && t.end - t.start <= 8 && ALL_CAPS.test(d.text.slice(t.start, t.end)))
          ctx.acronymsSeen.add(t.norm);
      }
      if (c < 97 && t.norm.indexOf('-') > 0) ctx.hyphened.add(t.norm);
    }
    headlines.push(h);
    initials.push(ini);
  }
  lowerUses.into(ctx.lowerUses);
  capMidUses.into(ctx.capMidUses);
  capAloneUses.into(ctx.capAloneUses);
  const lowerDefined = lowerDefinedAcronyms(docs);
  // an acronym of a class of people ("UAC") is a common noun in every article, as one spelled in lower case is in its
  // own; so are its capitalised words ("Unaccompanied Alien Children"), ignored as names are that the user lists
  const everyDoc = new Set(docs.map((d) => d.id));
  const ignore = new Set(ctx.ignore);
  for (const [a, spelled] of peopleClassAcronyms(docs)) {
    lowerDefined.set(a, everyDoc);
    for (const s of spelled) ignore.add(s);
  }
  ctx.ignore = ignore;
  ctx.lowerDefined = lowerDefined;
  ctx.pairs = pairCase(docs, initials, headlines, capitalWord);
  return { headlines, initials };
}

/** The capitalised word at i has no capitalised word (other than "The") or "of" beside it ("The Times said", not
 * "United Nations" or "League of Nations"). */
function standsAlone(d: Doc, i: number): boolean {
  return !capitalWord(d, i - 1) && !capitalWord(d, i + 1) && d.tokens[i - 1]?.norm !== 'of';
}

/** Token k is a capitalised word other than a stopword (a function of the module: no closure made per call). */
export function capitalWord(d: Doc, k: number): boolean {
  const t = d.tokens[k];
  if (t === undefined || t.kind !== 'word') return false;
  const c = d.text.charCodeAt(t.start);
  // ASCII answered by its code, the rest by the regex
  const upper = c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(d.text[t.start]);
  return upper && !STOPWORDS.has(t.norm);
}

/** Mark tokens that start a sentence, or open a quotation, as sentence-initial. */
function markInitials(d: Doc, from: number, to: number, ini: Uint8Array): void {
  let atStart = true;
  let credit = -1; // a bracket opened at the start: "( CNN ) Calls to eliminate ..."
  for (let i = from; i < to; i++) {
    const t = d.tokens[i];
    // the outlet's credit in brackets before the text proper: the word after it starts the sentence
    if (d.text[t.start] === '(' && atStart) credit = i;
    else if (credit >= 0 && d.text[t.start] === ')') {
      atStart = i - credit <= 3;
      credit = -1;
      continue;
    }
    if (isTermToken(t)) {
      if (atStart) ini[i] = 1;
      atStart = false;
      continue;
    }
    const ch = d.text[t.start];
    // an opening quote: “, « and `` (pre-tokenised text's opening mark) always; a straight quote when preceded by
    // space or start, and alone (a clitic written apart, "Egypt 's", is one token starting with the apostrophe)
    if (
      ch === '\u201C' ||
      ch === '\u00AB' ||
      ch === '`' ||
      ((ch === '"' || ch === "'" || ch === '\u2018') &&
        t.end === t.start + 1 &&
        (t.start === 0 || SPACE_OR_OPEN.test(d.text[t.start - 1])))
    )
      atStart = true;
    // a spaced dash after a dateline ("ERBIL (Kurdistan24) - According to ...") starts the text proper
    else if (
      (ch === '-' || ch === '\u2014' || ch === '\u2013') &&
      ((/\s/.test(d.text[t.start - 1] ?? ' ') && /\s/.test(d.text[t.end] ?? ' ')) || gluedDateline(d, from, i))
    )
      atStart = true;
    else if (!OPEN_QUOTES.has(ch)) atStart = false;
  }
}

const DATELINE_WORD = /^\p{Lu}{2,}$/u;

/** "WASHINGTON—Top officials said": a dash (at i) glued to a dateline in capitals that opens the sentence (every word
 * before it in capitals) starts the text proper, as a spaced one does. */
function gluedDateline(d: Doc, from: number, i: number): boolean {
  if (i === from || d.tokens[i - 1].kind !== 'word' || d.tokens[i - 1].end !== d.tokens[i].start) return false;
  for (let k = from; k < i; k++) {
    const t = d.tokens[k];
    if (t.kind === 'word' && !DATELINE_WORD.test(d.text.slice(t.start, t.end))) return false;
  }
  return true;
}

const ALL_CAPS = /^[A-Z]+$/;
