// The doc's text as the speaker patterns read it (honorific and initialism periods masked, party tags between commas
// or in brackets blanked; same length), and where a phrase read from it ends in the doc's own text.
import { partyTags } from '../entities/tags.js';
import { SPACED_TITLES } from '../text/tokenize.js';
import { PLURAL_TITLES } from './speaker-cleaning.js';

/**
 * `dotted` (the doc's text, same length) with each party tag set off by commas in `text` masked for the speaker
 * patterns (spaces, the closing comma kept): "Sen. Ana Dorr, R-Utah, said" reads "Sen. Ana Dorr, said", and "…, R-Utah, a
 * member of the panel, said" keeps its appositive.
 */
function maskSetOffTags(text: string, dotted: string): string {
  let out = '';
  let done = 0;
  const tags = partyTags(text);
  const brackets = tags.map((t) => bracketAround(text, t));
  for (const [i, t] of tags.entries()) {
    // "Sen. Ana Dorr ( R. , Utah ) said", "Rep. Ivo Brenn (D-N.Y.) told": the bracket, its periods and comma, blanked,
    // unless a list of tagged names holds it (the list readers read the tags: "Doe ( D. , Val. ) and Roe ( R. , Orl. )")
    const bracket = brackets[i];
    const listed = (j: number) => brackets[j] && bracket && Math.abs(brackets[j][0] - bracket[0]) < LIST_REACH;
    if (bracket && bracket[0] >= done && !listed(i - 1) && !listed(i + 1)) {
      out += dotted.slice(done, bracket[0]) + ' '.repeat(bracket[1] - bracket[0]);
      done = bracket[1];
      continue;
    }
    let from = t.start;
    while (from > done && WHITE.test(text[from - 1])) from--;
    if (from <= done || text[from - 1] !== ',') continue;
    from--;
    while (from > done && WHITE.test(text[from - 1])) from--;
    let to = t.end;
    while (to < text.length && WHITE.test(text[to])) to++;
    if (text[to] !== ',') continue;
    out += dotted.slice(done, from) + ' '.repeat(to - from);
    done = to;
  }
  return done === 0 ? dotted : out + dotted.slice(done);
}
/** One white-space character. */
const WHITE = /\s/;

/** How near two bracketed tags stand when they tag the names of one list ("Doe ( D. , Val. ) and Ivo Roe ( R. , Orl. )"). */
const LIST_REACH = 60;

/**
 * The brackets around a party tag ("( R. , Utah )", "(D-N.Y.)"): [the opening bracket, after the closing one], when
 * only white space lies between them and the tag; else null.
 */
function bracketAround(text: string, t: { start: number; end: number }): [number, number] | null {
  let from = t.start;
  while (from > 0 && WHITE.test(text[from - 1])) from--;
  if (from === 0 || text[from - 1] !== '(') return null;
  let to = t.end;
  while (to < text.length && WHITE.test(text[to])) to++;
  return text[to] === ')' ? [from - 1, to + 1] : null;
}

const HONORIFIC_DOT = new RegExp(
  `\\b(Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Maj|Brig|Adm|Cmdr|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|${PLURAL_TITLES.join('|')})\\.`,
  'g',
);
/** The same with the period pre-tokenised copy spaced off, before a name ("Gov . Rick Perry"): the titles the tokenizer
 * keeps so, and the plural ones. */
const HONORIFIC_SPACED_DOT = new RegExp(
  `\\b(${[...[...SPACED_TITLES].map((t) => t[0].toUpperCase() + t.slice(1)), ...PLURAL_TITLES].join('|')})[ \\t]\\.(?=[ \\t]\\p{Lu})`,
  'gu',
);
/** The periods of an initialism ("U.S.", "U.N.", "D.C."): not clause boundaries either. */
const INITIALISM = /\b(?:\p{Lu}\.){2,}/gu;

/**
 * A doc's text as the speaker patterns read it, same length: the period of an honorific or initialism ("Mr. Trump
 * said", "U.S. officials") is no clause boundary (masked as \u2024, restored in speaker names; a spaced one, "Gov . Rick",
 * is read as "Gov\u2024  Rick"), and a party tag between
 * commas or in brackets is blanked ("Sen. Ana Dorr, R-Utah, said" reads "Sen. Ana Dorr, said"; "Sen. Ana Dorr ( R. ,
 * Utah ) said" reads "Sen. Ana Dorr said": the tag's periods end no clause).
 */
export function speakerText(text: string): string {
  const dotted = text
    .replace(HONORIFIC_DOT, '$1\u2024')
    .replace(HONORIFIC_SPACED_DOT, '$1\u2024 ')
    .replace(INITIALISM, (m) => m.replace(/\./g, '\u2024'));
  return maskSetOffTags(text, dotted);
}

/**
 * Where `written`, a phrase read from text[start..] with its white space folded ("Gov . Rick" read as "Gov. Rick"), ends
 * in the text: white space the phrase lacks is stepped over.
 */
export function writtenEnd(text: string, start: number, written: string): number {
  const space = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
  let i = start;
  for (let k = 0; k < written.length && i < text.length; k++) {
    const c = written.charCodeAt(k);
    if (space(c)) {
      while (i < text.length && space(text.charCodeAt(i))) i++;
      continue;
    }
    while (i < text.length && space(text.charCodeAt(i))) i++;
    i++;
  }
  return i;
}
