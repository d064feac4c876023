// Pure: link cards a web page glued into a sentence after a person's name, found and cut with the line's offset map.
//
// Some news sites show a card on a politician's name: the full legal name, the latest headlines about them, and a
// "MORE" link. Scraped, the card lands inside the sentence, glued to the name's last word:
//   "Sen. Ivo Dorr Ivo Anton DorrSenate panel rejects water bill … budget fight MORE ( R-Utah ) said …"
// Read as the outlet's words, the card's headlines (about other stories) become its terms, loaded words, speakers
// ("Dorr MORE") and entities ("DorrSenate"). A card is cut only when all of these hold, so ordinary text
// never is: a "MORE" in capitals closes it, within MAX_CARD characters of a word glued to the next one
// ("DorrSenate", "KellyMORE"); the glued word's first part is the surname just written before it; and
// only name words (capitalised words, initials, a nickname in brackets) stand between that surname and the glue.
// What is cut: from the card's first name word to "MORE", with the space before it ("Ivo Dorr ( R-Utah ) said").

import { rawOffset } from './provenance.js';

/** The longest card cut, in characters (cards carry up to three headlines; the longest seen ~600). */
const MAX_CARD = 800;
/** A "MORE" closing a card: capitals, glued to a word or after a space, before a space, punctuation or the end. */
const MORE = /MORE(?=[\s)\],.;:'’]|$)/g;
/** A lower-case letter glued to a capital: where a glued word may split ("McAdam|Senate", "Dorr|Senate"). */
const GLUE = /\p{Ll}(?=\p{Lu})/gu;
/** The capitalised prefix of a surname written with an inner capital ("McAdam", "MacNeil", "DeSoto", "LaRue"): a
 * glue inside the name, not the card's. */
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Du|La|Le|Van)$/u;
/** A letter or a character inside a name ("O'Rourke", "Ocasio-Cortez"). */
const NAME_CHAR = /[\p{L}\p{M}'’-]/u;
/** A word of a full legal name: capitalised, an initial, a bracket, or a suffix. */
const NAME_WORD = /^(?:\(?\p{Lu}[\p{L}\p{M}.'’-]*\)?|[()])$/u;
/** How many name words a full name may have between the shown surname and the glue. */
const MAX_NAME_WORDS = 8;

/** The [start, end) spans of the link cards in one line of text, in order, not overlapping. */
export function linkCards(line: string): [number, number][] {
  if (!line.includes('MORE')) return [];
  const out: [number, number][] = [];
  let from = 0;
  for (const m of line.matchAll(MORE)) {
    const end = m.index + 4;
    const start = cardStart(line, Math.max(from, m.index - MAX_CARD), m.index);
    if (start < 0) continue;
    const cut = start > 0 && line[start - 1] === ' ' ? start - 1 : start;
    out.push([cut, end]);
    from = end;
  }
  return out;
}

/**
 * Where the card closed at `more` starts (its first name word), or -1: at the first glue point in [lo, more) whose
 * word's part before it is the surname the card's name ends with ("McAdam" of "McAdamSenate").
 */
function cardStart(line: string, lo: number, more: number): number {
  GLUE.lastIndex = lo;
  for (let g = GLUE.exec(line); g && g.index < more; g = GLUE.exec(line)) {
    let ws = g.index;
    while (ws > lo && NAME_CHAR.test(line[ws - 1])) ws--;
    const surname = line.slice(ws, g.index + 1);
    if (!/^\p{Lu}/u.test(surname) || NAME_PREFIX.test(surname)) continue;
    const start = nameAfterSurname(line, lo, ws, surname);
    if (start >= 0) return start;
  }
  return -1;
}

/**
 * The start of the card's full name, which ends with `surname` glued at `glue`: after the shown `surname` among the
 * MAX_NAME_WORDS words before it ("Ivo Dorr | Ivo Anton DorrSenate panel"), or inside the shown surname
 * glued to the card's first name ("Paul Okafor-Lind|Paul Okafor-LindGovernor signs"); every word between is a name word. Else -1.
 */
function nameAfterSurname(line: string, lo: number, glue: number, surname: string): number {
  let end = glue;
  for (let n = 0; n <= MAX_NAME_WORDS; n++) {
    while (end > lo && line[end - 1] === ' ') end--;
    let start = end;
    while (start > lo && line[start - 1] !== ' ') start--;
    if (start === end) return -1;
    const word = line.slice(start, end);
    if (word === surname) return n > 0 ? end + 1 : -1;
    if (word.startsWith(surname) && /^\p{Lu}/u.test(word.slice(surname.length))) return start + surname.length;
    if (!NAME_WORD.test(word)) return -1;
    end = start;
  }
  return -1;
}

/**
 * A line's text with `spans` cut out, and its offset map (flat pairs [textOffset, rawOffset], as lib/corpus/clean.ts
 * keeps them) carried over: text after a cut maps to the raw text after it.
 */
export function cutSpans(
  text: string,
  segs: readonly number[],
  spans: readonly [number, number][],
): { text: string; segs: number[] } {
  if (!spans.length) return { text, segs: [...segs] };
  const rawAt = (o: number) => rawOffset({ offsets: segs }, o);
  const parts: string[] = [];
  const out: number[] = [];
  let from = 0;
  let shift = 0;
  const keep = (a: number, b: number) => {
    out.push(a - shift, rawAt(a));
    for (let k = 0; k < segs.length; k += 2) if (segs[k] > a && segs[k] < b) out.push(segs[k] - shift, segs[k + 1]);
    parts.push(text.slice(a, b));
  };
  for (const [a, b] of spans) {
    if (a > from) keep(from, a);
    shift += b - Math.max(a, from);
    from = Math.max(from, b);
  }
  if (from < text.length) keep(from, text.length);
  return { text: parts.join(''), segs: out.length ? out : [0, rawAt(Math.min(from, Math.max(0, text.length - 1)))] };
}
