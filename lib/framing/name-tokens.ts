// Name masks for the framing readers: a word written with a capital inside its sentence, a capitalised hyphenated
// word heading the next name of a list, and hits inside the mention of a longer proper name are a name's words, not
// the writer's.
import type { Doc, Span } from '../types.js';
import { isUpperChar } from '../text/tokenize.js';
import { isTitleCaseSentence } from '../text/title-case.js';

/** True when a word token is written with a capital inside its sentence: a name, left to the entities analysis. */
export function isNameToken(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  const ch = d.text[t.start];
  if (!isUpperChar(ch)) return false;
  return i > 0 && d.tokens[i - 1].sentence === t.sentence && d.tokens[i - 1].kind === 'word';
}

/** Marks before a name in a list ("The NAACP, Anti-Defamation League and ..."). */
const LIST_MARKS = new Set([',', ';', '&']);

/**
 * A name token (isNameToken), or a capitalised hyphenated word after a comma inside its sentence: the next name of a
 * list ("The NAACP, Anti-Defamation League"). A word without a hyphen there is as often a proper adjective ("a
 * dangerous, Marxist group"). In a headline written in title case (lib/text/title-case.ts) no capital marks a name.
 */
export function inName(d: Doc, i: number): boolean {
  if (!isUpperChar(d.text[d.tokens[i].start]) || isTitleCaseSentence(d, d.tokens[i].sentence)) return false;
  if (isNameToken(d, i)) return true;
  const prev = d.tokens[i - 1];
  return (
    i > 0 &&
    d.tokens[i].norm.includes('-') &&
    prev.sentence === d.tokens[i].sentence &&
    LIST_MARKS.has(prev.norm) &&
    isUpperChar(d.text[d.tokens[i].start])
  );
}

/** Entity types whose names are proper names: a lexicon word inside one is the name's, not the writer's. */
const NAME_TYPES = new Set(['person', 'org', 'place']);

/**
 * The hits that are not part of a longer proper name: "Amnesty" in "Amnesty International", "Militant" in the name of
 * a party are words of a name the writer did not choose. `names`: entities with their mention spans; only people,
 * organisations and places count, and only mentions longer than the hit (a one-word name is the hit itself).
 */
export function outsideNames<H extends { doc: string; start: number; end: number }>(
  hits: H[],
  names: readonly { type?: string; mentions: readonly Span[] }[],
): H[] {
  const byDoc = new Map<string, [number, number][]>();
  for (const e of names)
    if (e.type && NAME_TYPES.has(e.type))
      for (const m of e.mentions) (byDoc.get(m.doc) ?? byDoc.set(m.doc, []).get(m.doc)!).push([m.start, m.end]);
  for (const list of byDoc.values()) list.sort((a, b) => a[0] - b[0]);
  return hits.filter((h) => {
    const list = byDoc.get(h.doc);
    if (!list) return true;
    let lo = 0,
      hi = list.length - 1,
      at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid][0] > h.start) hi = mid - 1;
      else {
        at = mid;
        lo = mid + 1;
      }
    }
    const m = list[at];
    return !(m && m[1] >= h.end && m[1] - m[0] > h.end - h.start);
  });
}
