// Acronyms an article writes: the words of four to eight capital letters in it ("KIND", "AQIM", "WOLA"). A phrase
// whose initials spell one of them is that body's name written out, in that article.
import type { Doc } from '../types.js';
import { cached } from '../util/maps.js';

const ACRONYM = /^\p{Lu}{4,8}$/u;
const byDoc = new WeakMap<Doc, Set<string>>();

/** The lower-case forms of the acronyms of four letters or more that doc d writes in capitals (computed once). */
export function docAcronyms(d: Doc): ReadonlySet<string> {
  return cached(byDoc, d, () => {
    const out = new Set<string>();
    for (const t of d.tokens) {
      if (t.kind !== 'word' || t.end - t.start < 4 || t.end - t.start > 8) continue;
      const c = d.text.charCodeAt(t.start);
      if ((c < 65 || c > 90) && c < 128) continue; // fast path: an ASCII word that starts in lower case
      if (ACRONYM.test(d.text.slice(t.start, t.end))) out.add(t.norm);
    }
    return out;
  });
}
