// Words capitalised for emphasis or by a house style, not names: a plain word in capitals beside another ("MUST ACT
// NOW"), a common noun after a determiner ("our Country", "the Wall"), an adjective a house style capitalises
// ("Congressional action"). The corpus's lower-case counts tell them from the names they look like.
import type { Doc } from '../types.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { TypeEvidence } from './evidence.js';
import { TITLES } from './gazetteer.js';
import { HAS_LOWER } from '../util/letters.js';
import { commonTriple, ordinaryWord, plainWord } from './corpus-words.js';
import { DETERMINERS } from './function-words.js';
import { isPartyWord } from './party-words.js';
import { type Ctx, tokText, type Unit } from './scan-context.js';
import type { Mention } from './mention-record.js';
import { ALL_CAPS_WORD, CAPITALISED_WORD, UPPER_FIRST } from './word-shapes.js';
import { capitalWord } from './corpus-case.js';

/** Adjective endings: "congressional", "presidential", "legislative", "diplomatic". */
const ADJECTIVE_SHAPE = /(?:al|ive|ic|ous|ary)$/;

/**
 * "by Congressional action", "Presidential candidates": an adjective a house style capitalises inside a sentence,
 * before a lowercase noun, which the corpus writes in lower case at least twice as often; no name the gazetteer knows,
 * no title, no party's word. Not at a sentence start (the ordinary-word test reads those).
 */
export function styledAdjective(d: Doc, i: number, ini: Uint8Array, ctx: Ctx): boolean {
  const t = d.tokens[i];
  const next = d.tokens[i + 1];
  if (ini[i] === 1 || !ADJECTIVE_SHAPE.test(t.norm) || !next || next.sentence !== t.sentence) return false;
  if (next.kind !== 'word' || !HAS_LOWER.test(d.text[next.start]) || STOPWORDS.has(next.norm)) return false;
  if (ctx.gaz.has(tokText(d, i)) || TITLES.has(t.norm) || ALL_CAPS_WORD.test(tokText(d, i))) return false;
  if (isPartyWord(t.norm, ctx.gazLower)) return false; // "the Conservative government"
  return (ctx.lowerUses.get(t.norm) ?? 0) >= 2 * (ctx.capMidUses.get(t.norm) ?? 0);
}

/** A word in capitals that is an ordinary word, not an acronym: a stopword ("IN"), or a word of four letters or more
 * the corpus writes in lower case ("CRICKET", "ORDERS"), unless it is a name the corpus writes in title case inside
 * sentences far more often (NAME_OVER_WORD times: "TRUMP" beside a stray "trump card"). */
export function isCommonCaps(text: string, norm: string, ctx: Ctx): boolean {
  if (text.length < 2 || text !== text.toUpperCase()) return false;
  if (STOPWORDS.has(norm)) return true;
  if (text.length === 3) return commonTriple(norm, ctx);
  const lower = ctx.lowerUses.get(norm) ?? 0;
  return text.length >= 4 && lower > 0 && (ctx.capMidUses.get(norm) ?? 0) < NAME_OVER_WORD * lower;
}

/** How many times more often than in lower case a name is capitalised inside sentences (isCommonCaps). */
const NAME_OVER_WORD = 10;

/**
 * "our Country", "the Wall", "the Border", "this Administration": one capitalised word after a determiner, typed by
 * nothing stronger than its being an organisation's head, that the corpus writes in lower case at least three times as
 * often as it capitalises it inside sentences, is a common noun capitalised for emphasis (a politician's tweet, a
 * house style), not a name. "the Court", "the Constitution", "the Capitol" are capitalised as often as not, and stay.
 */
export function capitalisedCommonNoun(
  d: Doc,
  seg: readonly Unit[],
  norms: readonly string[],
  ev: TypeEvidence,
  ctx: Ctx,
): boolean {
  if (seg.length !== 1 || ev.strength > 1 || (ev.cue !== 'no evidence' && ev.cue !== 'head word')) return false;
  const i = seg[0].i;
  const prev = d.tokens[i - 1];
  if (!prev || prev.sentence !== d.tokens[i].sentence) return false;
  // "there is no Security", "Boarder Security and Crime": after "no", or coordinated with another such word, a word
  // the corpus writes in lower case as often as it capitalises it is set in capitals for emphasis too
  if ((prev.norm === 'no' || emphasisPair(d, i, ctx)) && ordinaryWord(norms[0], ctx)) return true;
  if (!DETERMINERS.has(prev.norm)) return ev.cue === 'no evidence' && emphasisAfterWord(d, i, ctx);
  return plainWord(norms[0], ctx);
}

/**
 * "Trump ’ s Wall looms large", "the $ 20 billion dollar Wall", "devastated by Crime coming from ...": one capitalised
 * word with no evidence, after a lower-case word (a possessive, a plus; not "and" after a name: "Rice and Power") and
 * before no capitalised word, number or glued suffix ("Section 8", "Name.com"), which the corpus plainly writes in
 * lower case (`plainWord`) and its own article writes in lower case too but never as a name's last word ("Samantha
 * Power"; `articleCase`), is a common noun set in capitals for emphasis; not a publication a source is told ("told
 * Time").
 */
function emphasisAfterWord(d: Doc, i: number, ctx: Ctx): boolean {
  const toks = d.tokens;
  const t = toks[i];
  const prev = toks[i - 1];
  // after a lower-case word, a possessive's "'s" ("Trump's Wall", "Trump ’ s Wall") or a plus ("E-Verify + Wall")
  const lowerBefore =
    prev.kind === 'word' ? LOWER_START.test(d.text[prev.start]) : prev.norm === "'s" || prev.norm === '+';
  if (!lowerBefore || !plainWord(t.norm, ctx)) return false;
  if ((prev.norm === 'and' || prev.norm === 'or') && capitalWord(d, i - 2)) return false;
  const next = toks[i + 1];
  const glued = next !== undefined && next.start === t.end && !/\s/.test(d.text[next.end] ?? ' ');
  if (next && next.sentence === t.sentence && (glued || UPPER_OR_DIGIT.test(d.text[next.start]))) return false;
  return !publicationBeside(d, i) && articleCase(d, i);
}

/** How far either side of a word its article is searched (`articleCase`). */
const ARTICLE_WINDOW = 2000;

/** Within ARTICLE_WINDOW tokens of token i, its article writes the word in lower case, and never capitalised right
 * after another capitalised word (a name's last word: "Samantha Power ... Power called"). */
function articleCase(d: Doc, i: number): boolean {
  const toks = d.tokens;
  const norm = toks[i].norm;
  let lower = false;
  for (let k = Math.max(1, i - ARTICLE_WINDOW), to = Math.min(toks.length, i + ARTICLE_WINDOW); k < to; k++) {
    if (toks[k].norm !== norm || toks[k].kind !== 'word') continue;
    if (LOWER_START.test(d.text[toks[k].start])) lower = true;
    else if (toks[k - 1].sentence === toks[k].sentence && capitalWord(d, k - 1)) return false;
  }
  return lower;
}

const LOWER_START = /^\p{Ll}/u;
const UPPER_OR_DIGIT = /^[\p{Lu}\d]/u;

/** "Security and Safety", "Drugs and Crime": the word at i and a capitalised plain word joined by "and"/"or" on either
 * side of it, each alone (no capitalised word beyond the pair). */
function emphasisPair(d: Doc, i: number, ctx: Ctx): boolean {
  const toks = d.tokens;
  const si = toks[i].sentence;
  const other = (j: number, k: number, beyond: number) => {
    const c = toks[j];
    const t = toks[k];
    if (!c || !t || t.sentence !== si || (c.norm !== 'and' && c.norm !== 'or')) return false;
    if (!CAPITALISED_WORD.test(tokText(d, k)) || !plainWord(t.norm, ctx)) return false;
    const b = toks[beyond];
    return !b || b.sentence !== si || !UPPER_FIRST.test(tokText(d, beyond));
  };
  return other(i + 1, i + 2, i + 3) || other(i - 1, i - 2, i - 3);
}

/**
 * "Congress MUST ACT NOW", "an ' ACT OF WAR '": a word in capitals that the corpus writes in lower case ten times or
 * more, beside another word in capitals that is a plain word (a stopword or a word the corpus writes in lower case),
 * is a word set in capitals for emphasis, not an acronym ("ICE RAIDS" is no such pair: "ice" is rare in lower case).
 */
export function emphasisCaps(d: Doc, i: number, ctx: Ctx): boolean {
  const t = d.tokens[i];
  if (t.end - t.start < 3 || (ctx.lowerUses.get(t.norm) ?? 0) < 10) return false;
  return capsWordBeside(d, i, i - 1, ctx) || capsWordBeside(d, i, i + 1, ctx);
}

/**
 * "WHY IS THE TRUMP ADMINISTRATION ...", "OUR COUNTRY IS FULL": a function word in capitals that the gazetteer knows
 * as a name other than a place ("IS" for the Islamic State; "US" stays the country), beside a plain word in capitals,
 * is the function word ("( IS )", "IS fighters" keep the name).
 */
export function functionWordInCapitals(d: Doc, i: number, ctx: Ctx): boolean {
  const t = d.tokens[i];
  const text = tokText(d, i);
  if (!STOPWORDS.has(t.norm) || !ALL_CAPS_WORD.test(text) || ctx.gaz.get(text)?.type === 'place') return false;
  return capsWordBeside(d, i, i - 1, ctx) || capsWordBeside(d, i, i + 1, ctx);
}

/**
 * "RICE STUDENTS DEMAND ...", "HILL REPUBLICANS REVIVE ...", "'BLACK HOUSE'": a one-word name in capitals, beside
 * another word in capitals, that the corpus also writes in lower case (UNNAMED_LOWER times or more) and capitalises inside
 * sentences less than UNNAMED_OVER_WORD times as often, is the plain word when the article's body never names it by
 * that word alone (`bodyNames`): a headline glued in from another story. "TRUMP" (capitalised 565 times as often as
 * "trump" is written) stays the name.
 */
export function unnamedCapitalsWord(d: Doc, i: number, bodyNames: ReadonlySet<string>, ctx: Ctx): boolean {
  const t = d.tokens[i];
  if (t.end - t.start < 3 || !ALL_CAPS_WORD.test(tokText(d, i)) || bodyNames.has(t.norm)) return false;
  const lower = ctx.lowerUses.get(t.norm) ?? 0;
  if (lower < UNNAMED_LOWER || (ctx.capMidUses.get(t.norm) ?? 0) >= UNNAMED_OVER_WORD * lower) return false;
  return capsWord(d, i, i - 1) || capsWord(d, i, i + 1);
}

/** Token k, in the sentence of token i, is a word of two letters or more written in capitals. */
function capsWord(d: Doc, i: number, k: number): boolean {
  const t = d.tokens[k];
  return (
    t !== undefined &&
    t.sentence === d.tokens[i].sentence &&
    t.kind === 'word' &&
    t.end - t.start >= 2 &&
    ALL_CAPS_WORD.test(tokText(d, k))
  );
}

/** How often the corpus must write a word in lower case, and how many times more often at most it may capitalise it
 * inside sentences, for a name in capitals the article does not name to read as the word (`unnamedCapitalsWord`). */
const UNNAMED_LOWER = 3;
const UNNAMED_OVER_WORD = 100;

/** Token k, in the sentence of token i, is a plain word in capitals. */
function capsWordBeside(d: Doc, i: number, k: number, ctx: Ctx): boolean {
  const t = d.tokens[k];
  if (!t || t.sentence !== d.tokens[i].sentence || t.kind !== 'word') return false;
  const text = tokText(d, k);
  return text.length >= 2 && ALL_CAPS_WORD.test(text) && isCommonCaps(text, t.norm, ctx);
}

/**
 * "What's New in Shutdown Messaging", "x New @ PressSec statement", a tweet's "NEW :": one word with nothing but its
 * capitals for a name, which the corpus writes in lower case ten times or more and twenty times as often as it
 * capitalises it standing alone inside a sentence, is a word that opens longer names ("New York", "New Jersey"), not
 * a name of its own, unless its article names it otherwise too (`namedOtherwise`).
 */
export function wordOfLongerNames(
  d: Doc,
  seg: readonly Unit[],
  norms: readonly string[],
  ev: TypeEvidence,
  ctx: Ctx,
): boolean {
  if (seg.length !== 1 || ev.strength > 1) return false;
  if (ev.cue !== 'no evidence' && ev.cue !== 'acronym' && ev.cue !== 'capitals') return false;
  if (publicationBeside(d, seg[0].i)) return false;
  const lower = ctx.lowerUses.get(norms[0]) ?? 0;
  return lower >= 10 && lower >= 20 * (ctx.capAloneUses.get(norms[0]) ?? 0);
}

/** The kind of a publication, written after its one-word name ("Time magazine"). */
const PUBLICATION_KINDS: ReadonlySet<string> = new Set(['magazine', 'newspaper', 'tabloid']);

/**
 * A publication cue beside token i, which names what the capitalised word stands for: its kind in lower case after
 * it ("Time magazine"), or "told" or "according to" before it ("told Time"; one tells a person or an outlet, not a
 * plain noun; what one goes by is a source).
 */
function publicationBeside(d: Doc, i: number): boolean {
  const next = d.tokens[i + 1];
  if (next?.kind === 'word' && PUBLICATION_KINDS.has(next.norm) && d.text.charCodeAt(next.start) >= 97) return true;
  const prev = d.tokens[i - 1];
  if (prev?.kind !== 'word' || d.text.charCodeAt(prev.start) < 97) return false;
  // "according to Time": a source, and a capitalised plain word there is a publication's name
  return prev.norm === 'told' || (prev.norm === 'to' && d.tokens[i - 2]?.norm === 'according');
}

/**
 * The lone words (`wordOfLongerNames`) of one article left out of its mentions, unless another mention of the article
 * ends on the word ("Samantha Power … Power said"), has it typed on evidence ("Secretary-General Ban … Ban said"), or
 * is a person's name typed on evidence that opens with it ("Secretary-General Ban Ki-moon … Ban said"); the first word
 * of another longer name ("New Dale") is no such mention.
 */
export function dropLoneWords(out: Mention[], lone: readonly Mention[]): void {
  if (!lone.length) return;
  const named = new Set<string>();
  const loneSet = new Set(lone);
  for (const m of out) {
    if (loneSet.has(m) || !m.parts.length) continue;
    // the last word of a longer name (a family name, "Power"), or a word typed on evidence ("Secretary-General Ban")
    if (m.parts.length > 1 || m.strength >= 2) named.add(m.parts[m.parts.length - 1]);
    // the first word of a person's name typed on evidence: a family name written first ("Secretary-General Ban
    // Ki-moon … Ban said") or a given name ("Sen. Mark Warner … Mark said")
    if (m.parts.length > 1 && m.type === 'person' && m.strength >= 2) named.add(m.parts[0]);
  }
  const drop = new Set(lone.filter((m) => !named.has(m.parts[0])));
  if (!drop.size) return;
  let w = 0;
  for (const m of out) if (!drop.has(m)) out[w++] = m;
  out.length = w;
}
