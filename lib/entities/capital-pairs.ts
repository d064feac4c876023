// Two ordinary words capitalised together for emphasis ("no longer want Border Security", "vote for Border Security
// and the Wall"): a politician's tweet or a house style sets a common phrase in capitals. The corpus tells them from
// names: it writes such a pair in lower case ("border security") far more often than it capitalises it, which it never
// does with a name ("Border Patrol" is capitalised as often as not).
import type { Doc } from '../types.js';
import { LineKind } from './lines.js';

/** Per pair of words ("border security", lowercase norms): how often the corpus writes it in lower case, how often
 * it capitalises it as a pair of its own inside a sentence, and how often it writes the first word capitalised and
 * the second in lower case ("the Obama administration"). */
export type PairCase = ReadonlyMap<string, { lower: number; cap: number; mixed: number }>;

/**
 * The case counts of every pair of capitalised words the corpus writes alone inside a sentence (no capitalised word
 * beside the pair, not a sentence's first word, not in a headline): two passes, the second counting the lowercase
 * and the capitalised-then-lowercase uses of those pairs only. `capitalWord` is corpus-case.ts's reader (passed in: that module calls this one).
 */
export function pairCase(
  docs: readonly Doc[],
  initials: readonly Uint8Array[],
  lines: readonly Uint8Array[],
  capitalWord: (d: Doc, k: number) => boolean,
): PairCase {
  const out = new Map<string, { lower: number; cap: number; mixed: number }>();
  const firsts = new Set<string>();
  docs.forEach((d, di) => {
    const toks = d.tokens;
    for (let i = 0; i + 1 < toks.length; i++) {
      const t = toks[i];
      if (initials[di][i] || t.sentence < 0 || lines[di][t.sentence] === LineKind.Headline) continue;
      if (!capitalWord(d, i) || !capitalWord(d, i + 1) || toks[i + 1].sentence !== t.sentence) continue;
      if (capitalWord(d, i - 1) || capitalWord(d, i + 2)) continue;
      const key = t.norm + ' ' + toks[i + 1].norm;
      const c = out.get(key);
      if (c) c.cap++;
      else out.set(key, { lower: 0, cap: 1, mixed: 0 });
      firsts.add(t.norm);
    }
  });
  for (const d of docs) {
    const toks = d.tokens;
    for (let i = 0; i + 1 < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'word' || !firsts.has(t.norm) || !lowerStart(d, i + 1)) continue;
      const c = toks[i + 1].sentence === t.sentence ? out.get(t.norm + ' ' + toks[i + 1].norm) : undefined;
      if (!c) continue;
      if (lowerStart(d, i)) c.lower++;
      else if (capitalWord(d, i)) c.mixed++;
    }
  }
  return out;
}

/** Token k is a word written in lower case. */
function lowerStart(d: Doc, k: number): boolean {
  const t = d.tokens[k];
  const c = d.text.charCodeAt(t.start);
  return t.kind === 'word' && c >= 97 && c <= 122;
}

/** The two words are a common phrase the corpus writes in lower case at least three times, and twice as often as it
 * capitalises them as a pair. */
export function lowerPhrase(pairs: PairCase | undefined, a: string, b: string): boolean {
  const c = pairs?.get(a + ' ' + b);
  return !!c && c.lower >= 3 && c.lower >= 2 * c.cap;
}

/** The second word of a capitalised pair is a common noun after a name: the corpus writes the name then the word in
 * lower case ("the Obama administration") at least three times, and twice as often as it capitalises the pair. */
export function lowerAfterName(pairs: PairCase | undefined, a: string, b: string): boolean {
  const c = pairs?.get(a + ' ' + b);
  return !!c && c.mixed >= 3 && c.mixed >= 2 * c.cap;
}
