// Lone labels a site prints at the start of a line: a video player's "CLOSE" before its caption ("CLOSE Senators
// unveil a plan to …"), scraped with the page. One word in capitals that an outlet opens lines with in story after
// story, but hardly ever writes in capitals anywhere else, is a button, not a word of the outlet's: counted as its
// own narration it made "close" one outlet's most distinctive word. An acronym that opens sentences ("ICE agents
// said …", "GOP leaders …") is written in capitals mid-line too, so it stays.
import type { Doc } from '../types.js';

const CAPS = /^\p{Lu}{2,}$/u;

/** A line-opening label candidate: doc index and token. */
interface Opener {
  doc: number;
  token: number;
  word: string;
}

/** Whether token k opens its line: only blanks between it and the previous newline (or the text's start). */
function opensLine(d: Doc, k: number): boolean {
  const from = k > 0 ? d.tokens[k - 1].end : 0;
  const gap = d.text.slice(from, d.tokens[k].start);
  return k === 0 || gap.includes('\n');
}

/** The doc's line openers in capitals followed on the same line by a word not in capitals, and its other capital words. */
function scan(d: Doc, di: number, openers: Opener[], elsewhere: Map<string, number>): void {
  const t = d.tokens;
  for (let k = 0; k < t.length; k++) {
    if (t[k].kind !== 'word') continue;
    const c = d.text.charCodeAt(t[k].start);
    if (!(c >= 65 && c <= 90) && !(c > 127)) continue;
    const w = d.text.slice(t[k].start, t[k].end);
    if (!CAPS.test(w)) continue;
    const next = k + 1 < t.length ? t[k + 1] : undefined;
    const label =
      opensLine(d, k) &&
      next?.kind === 'word' &&
      !d.text.slice(t[k].end, next.start).includes('\n') &&
      !CAPS.test(d.text.slice(next.start, next.end));
    if (label) openers.push({ doc: di, token: k, word: w });
    else elsewhere.set(d.outlet + '\t' + w, (elsewhere.get(d.outlet + '\t' + w) ?? 0) + 1);
  }
}

/**
 * The (doc index, token) of every lone line label: a capital word one outlet opens lines with in at least `need`
 * places (`where(doc)`: its event, or the doc) and writes in capitals elsewhere fewer times than the places it opens.
 */
export function lineLabels(
  docs: readonly Doc[],
  where: (d: Doc) => string,
  need: number,
): { doc: number; token: number }[] {
  const openers: Opener[] = [];
  const elsewhere = new Map<string, number>();
  docs.forEach((d, i) => scan(d, i, openers, elsewhere));
  const places = new Map<string, Set<string>>();
  for (const o of openers) {
    const key = docs[o.doc].outlet + '\t' + o.word;
    (places.get(key) ?? places.set(key, new Set()).get(key)!).add(where(docs[o.doc]));
  }
  return openers.filter((o) => {
    const key = docs[o.doc].outlet + '\t' + o.word;
    const n = places.get(key)!.size;
    return n >= need && (elsewhere.get(key) ?? 0) < n;
  });
}
