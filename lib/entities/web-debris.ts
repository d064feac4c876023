// Page debris that scraped article text carries inside its sentences: a name card (a hover box with the person's full
// name, glued to the headlines of related links) and social-media handles. Neither is a mention a reader would count.
import type { Doc } from '../types.js';
import { FIRST_NAMES } from './gazetteer.js';
import { givenNames } from './world.js';

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'\u2019-]{2,}$/u;
const CARD_WORD = /^\p{Lu}[\p{L}\p{M}'\u2019-]*$/u;
const GLUED_CAPITAL = /^\p{Lu}/u;
/** How far past the surname a card's repeat of it may lie (full name, nickname in brackets, middle names). */
const CARD_SPAN = 8;

/** The text of token k. */
function text(d: Doc, k: number): string {
  return d.text.slice(d.tokens[k].start, d.tokens[k].end);
}

/** Token k is the surname s again: the whole word (not a nickname in brackets), or s glued to the next capitalised
 * text ("NielsenKirstjen"). */
function repeatsSurname(d: Doc, k: number, s: string): boolean {
  const w = text(d, k);
  if (w === s) return d.tokens[k - 1].norm !== '(' && !capitalisedWord(d, k + 1);
  return w.length > s.length + 1 && w.startsWith(s) && GLUED_CAPITAL.test(w.slice(s.length));
}

/** Token k is a capitalised word. */
function capitalisedWord(d: Doc, k: number): boolean {
  return d.tokens[k]?.kind === 'word' && CARD_WORD.test(text(d, k));
}

/** Token k is a word of the name [first, last). */
function inName(d: Doc, k: number, first: number, last: number): boolean {
  for (let q = first; q < last; q++) if (d.tokens[q].norm === d.tokens[k].norm) return true;
  return false;
}

/** The card opens with a given name: one of the lists', the first name of the name before it, or a legal name
 * before that first name in brackets ("Jefferson ( Jeff )"). */
function cardStart(d: Doc, k: number, first: number, last: number): boolean {
  const n = d.tokens[k].norm;
  if (FIRST_NAMES.has(n) || givenNames().has(n) || inName(d, k, first, last)) return true;
  return d.tokens[k + 1]?.norm === '(' && d.tokens[k + 3]?.norm === ')' && inName(d, k + 2, first, last);
}

/** Token k may stand inside a card between the two surnames: a capitalised word, an initial, or a bracket. */
function cardToken(d: Doc, k: number): boolean {
  const t = d.tokens[k];
  if (t.kind !== 'word') return t.norm === '(' || t.norm === ')' || t.norm === '.';
  return CARD_WORD.test(text(d, k));
}

/**
 * "Secretary Kirstjen Nielsen Kirstjen Michele NielsenKirstjen Nielsen drops out": a name of two words or more (the
 * surname at token `last`), then a card: a given name, capitalised words, initials and brackets, and the same surname
 * (whole, or glued to the next link's headline). Returns the card's last token, or -1. A name that repeats a word of
 * its own ("Faiz Ahmad Faiz") has no second word before the first surname, and is left whole; a slogan that repeats
 * a word ("Buy American Hire American") has no given name after it.
 */
export function nameCardEnd(d: Doc, first: number, last: number, sentenceEnd: number): number {
  if (last <= first || d.tokens[last + 1]?.kind !== 'word') return -1;
  const s = text(d, last);
  if (!NAME_WORD.test(s) || !CARD_WORD.test(text(d, last + 1)) || !cardStart(d, last + 1, first, last)) return -1;
  const end = Math.min(sentenceEnd, last + 2 + CARD_SPAN);
  for (let k = last + 2; k < end; k++) {
    if (d.tokens[k].kind === 'word' && repeatsSurname(d, k, s)) return k;
    if (!cardToken(d, k)) return -1;
  }
  return -1;
}

const INNER_JOIN = /\p{Ll}\p{Lu}/u;

/**
 * "@SenSchumer", "@ PressSec": token i is a social-media handle (an at sign just before it), not a name;
 * "#AbolishICE", "#IranProtests": a hashtag of several words run together (a one-word hashtag, "#Syria", names); and
 * a link's path ("t.co/UgZ7hfvR24").
 */
export function isHandle(d: Doc, i: number): boolean {
  const mark = d.tokens[i - 1];
  if (mark === undefined || d.tokens[i].start - mark.end > 1) return false;
  return mark.norm === '@' || (mark.norm === '#' && INNER_JOIN.test(text(d, i))) || linkPath(d, i);
}

/** A link's host before a slash: "t.co/", "pic.twitter.com/", "video.foxnews.com/". */
const LINK_HOST = /(?:^|[./])(?:t\.co|[a-z0-9-]+\.(?:com|org|net|ly|co))$/;

/**
 * "https : //t.co/UgZ7hfvR24", "pic.twitter.com/MoS58QmGZR": token i is the path of a link, glued to the slash after
 * its host, no name ("Arizona/Mexico" has no host before the slash).
 */
function linkPath(d: Doc, i: number): boolean {
  const s = d.tokens[i].start;
  if (d.text.charCodeAt(s - 1) !== 47 /* / */) return false;
  let k = s - 1;
  while (k > 0 && k > s - 40 && d.text.charCodeAt(k - 1) > 32) k--;
  return LINK_HOST.test(d.text.slice(k, s - 1));
}
