// Words folded for matching across edits: hyphenated compounds split into their parts ("father-of-four" = "father of
// four"), number words to digits ("four" = "4"), digit separators and currency signs dropped ("$1,905" = "1905"), and a
// light suffix stripper for inflections ("reported" = "reports"). Pure.
import { matchForm } from './fingerprints.js';

const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    zero: '0',
    one: '1',
    two: '2',
    three: '3',
    four: '4',
    five: '5',
    six: '6',
    seven: '7',
    eight: '8',
    nine: '9',
    ten: '10',
    eleven: '11',
    twelve: '12',
    thirteen: '13',
    fourteen: '14',
    fifteen: '15',
    sixteen: '16',
    seventeen: '17',
    eighteen: '18',
    nineteen: '19',
    twenty: '20',
    thirty: '30',
    forty: '40',
    fifty: '50',
    sixty: '60',
    seventy: '70',
    eighty: '80',
    ninety: '90',
    hundred: '100',
    thousand: '1000',
    million: 'million',
    billion: 'billion',
    first: '1st',
    second: '2nd',
    third: '3rd',
  }),
);

/**
 * A light English suffix stripper for matching inflections ("reports" = "reported" = "reporting" = "report"):
 * -ies/-ied -> -y; -ing, -ed, -es, -s dropped from longer words; then a final -e ("quote", "quoted" -> "quot").
 * Much cheaper than Porter, and conservative: derivational suffixes (-tion, -ly) are left alone.
 */
export function lightStem(w: string): string {
  if (w.length < 4 || !/^[a-z]+$/.test(w)) return w;
  let s = w;
  if (s.length > 4 && (s.endsWith('ies') || s.endsWith('ied'))) return s.slice(0, -3) + 'y';
  if (s.length > 5 && s.endsWith('ing')) s = undouble(s.slice(0, -3));
  else if (s.length > 4 && s.endsWith('ed')) s = undouble(s.slice(0, -2));
  else if (s.length > 4 && /(?:ss|sh|ch|x)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  return s.length > 3 && s.endsWith('e') ? s.slice(0, -1) : s;
}

/** "stopp" -> "stop" after a dropped suffix (but "call", "pass", "buzz" keep theirs). */
function undouble(s: string): string {
  const n = s.length;
  return n >= 2 && s[n - 1] === s[n - 2] && !/[lsz]/.test(s[n - 1]) ? s.slice(0, -1) : s;
}

/** Folded matching pieces of one normalised token: [piece, its offset and length inside the token]. */
export function foldToken(norm: string): [string, number, number][] {
  // fast path: a plain lowercase word that is not a number word is its own single piece
  if (/^[a-z']+$/.test(norm) && !NUMBER_WORDS.has(norm)) return [[norm, 0, norm.length]];
  const m = matchForm(norm);
  const out: [string, number, number][] = [];
  const re = /[^-\u2010\u2011]+/g;
  for (let x = re.exec(m); x; x = re.exec(m)) {
    let p = x[0];
    if (/^[$£€¥]?\d[\d,.]*/.test(p)) p = p.replace(/^[$£€¥]/, '').replace(/(\d),(?=\d{3})/g, '$1');
    else p = NUMBER_WORDS.get(p) ?? p;
    out.push([p, x.index, x[0].length]);
  }
  return out;
}
