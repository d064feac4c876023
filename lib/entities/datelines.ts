// Wire datelines: the place a story was filed from, in capitals at the start of its first line ("ESCHEN,
// Liechtenstein 1996-08-31", "FARMINGTON HILLS, Mich.", "RANGOON 1996-08-31"). The line says nothing else, so the
// name is a place whether or not the gazetteer knows it (old spellings like "BOMBAY" and "RANGOON", small towns).
// A newspaper's dateline ends in a dash and its story runs on in the same sentence ("NETIV HAASARA, Israel — A
// rocket ..."; "GAZA CITY, Gaza Strip (AP) — ...").
import type { Doc } from '../types.js';
import type { GazetteerEntry } from './gazetteer.js';

const UPPER_FIRST = /^\p{Lu}/u;
/** A date as wire copy writes it in a dateline: "1996-08-31", "08/31/1996". */
const DATE = /^\d{4}-\d\d-\d\d$|^\d\d?\/\d\d?\/\d{2,4}$/;

/** The token after a gazetteer place of one to three capitalised words starting at token k in sentence si, or -1. */
function placeAt(d: Doc, si: number, k: number, gaz: ReadonlyMap<string, GazetteerEntry>): number {
  const toks = d.tokens;
  for (let L = 3; L >= 1; L--) {
    const e = toks[k + L - 1];
    if (!e || e.sentence !== si || e.kind !== 'word') continue;
    let words = true;
    for (let j = k; j < k + L; j++) words &&= toks[j].kind === 'word' && UPPER_FIRST.test(d.text[toks[j].start]);
    if (words && gaz.get(d.text.slice(toks[k].start, e.end))?.type === 'place') return k + L;
  }
  return -1;
}

/**
 * A name in capitals on tokens first..last that starts its line, then a comma and a known place (of up to three words)
 * or a state's abbreviation, then the date or nothing: a dateline.
 */
export function isDateline(
  d: Doc,
  si: number,
  first: number,
  last: number,
  gaz: ReadonlyMap<string, GazetteerEntry>,
): boolean {
  const toks = d.tokens;
  if (first !== d.sentences[si].tokenStart || toks[last + 1]?.norm !== ',') return false;
  const w = toks[last + 2];
  if (!w || w.sentence !== si || w.kind !== 'word') return false;
  const placeEnd = placeAt(d, si, last + 2, gaz);
  const abbreviation = toks[last + 3]?.norm === '.' || w.norm.endsWith('.');
  if (placeEnd < 0 && !(abbreviation && UPPER_FIRST.test(d.text[w.start]))) return false;
  const at = placeEnd >= 0 ? placeEnd : abbreviation && !w.norm.endsWith('.') ? last + 4 : last + 3;
  const after = toks[at];
  return !after || after.sentence !== si || after.kind === 'number' || dashAt(d, at, si);
}

/** Dashes that close a news dateline ("GAZA CITY, Gaza Strip —"): em and en dash, a hyphen or two. */
const DASHES = new Set(['-', '--', '\u2014', '\u2013']);

/**
 * A dash at token k, or after a bracketed credit of up to three words ("(AP) —", "( Reuters ) -"): the end of a
 * newspaper's dateline, whose story follows in the same sentence.
 */
function dashAt(d: Doc, k: number, si: number): boolean {
  const toks = d.tokens;
  const text = (i: number) => (toks[i] && toks[i].sentence === si ? d.text.slice(toks[i].start, toks[i].end) : '');
  if (DASHES.has(text(k))) return true;
  if (text(k) !== '(') return false;
  for (let j = k + 2; j <= k + 4; j++) if (text(j) === ')') return DASHES.has(text(j + 1));
  return false;
}

/**
 * "RANGOON 1996-08-31", "AL-RAM 1996-08-30": a line of one to four words in capitals (hyphens between them allowed)
 * and a date, nothing else. Returns the name's last token, or -1.
 */
export function capitalsDateline(d: Doc, si: number): number {
  const s = d.sentences[si];
  const toks = d.tokens;
  let words = 0;
  let k = s.tokenStart;
  for (; k < s.tokenEnd && toks[k].kind !== 'number'; k++) {
    const t = toks[k];
    const w = d.text.slice(t.start, t.end);
    if (t.kind === 'word' && w === w.toUpperCase() && UPPER_FIRST.test(w)) words++;
    else if (t.norm !== '-' || k === s.tokenStart) return -1;
  }
  if (words < 1 || words > 4 || k === s.tokenStart || toks[k - 1].kind !== 'word' || k === s.tokenEnd) return -1;
  // the date's digits and dashes are tokens of their own
  return DATE.test(d.text.slice(toks[k].start, toks[s.tokenEnd - 1].end)) ? k - 1 : -1;
}
