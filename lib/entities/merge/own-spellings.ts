// Two full names alike but for a family name spelled with other vowels ("Bill Burton" / "Bill Bratton", "James
// Phelps" / "James Phillips": same consonants, Jaro-Winkler 0.9 or more) are two people when one of them is a name of
// its own: an article that never writes the other spelling writes it twice or more (in full and again alone, "Mr.
// Burton"). A slip of the pen is written once beside the right spelling's many articles ("David H. Petreaus"); a
// house romanisation is spelled alike by its skeleton and is not judged here, nor a slip of one or two letters
// (changed, dropped or swapped: "Guilroy" for "Guillory", whose article writes it once or twice). The spelling in fewer articles is the
// one tested (both on a tie): the common one is always written often.
import { familyName } from '../family-name.js';
import { skeleton } from '../aliases.js';
import type { MergeGraph } from './graph.js';

/** How often each last name word is written, article by article (over every mention, full or alone). */
export type SpellingCounts = Map<string, Map<string, number>>;

/** The counts of each mention's last name word per article. */
export function spellingCounts(g: MergeGraph): SpellingCounts {
  const out: SpellingCounts = new Map();
  for (const n of g.nodes)
    for (const m of n.mentions) {
      const w = m.parts[m.parts.length - 1];
      if (w === undefined) continue;
      const byDoc = out.get(w) ?? out.set(w, new Map()).get(w)!;
      byDoc.set(m.doc, (byDoc.get(m.doc) ?? 0) + 1);
    }
  return out;
}

/** Edit distance with swaps of two neighbouring letters counted as one edit (optimal string alignment). */
export function swapDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** The one position where two name word lists of one length differ, or -1 (none, or more than one). */
function onlyDifference(a: readonly string[], b: readonly string[]): number {
  let at = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (at >= 0) return -1;
    at = k;
  }
  return at;
}

/** Whether some article naming node `p` in full writes `own` twice or more and `other` never. */
function writtenAsOwnName(g: MergeGraph, p: number, own: string, other: string, counts: SpellingCounts): boolean {
  const mine = counts.get(own);
  const theirs = counts.get(other);
  for (const m of g.nodes[p].mentions) if ((mine?.get(m.doc) ?? 0) >= 2 && !theirs?.has(m.doc)) return true;
  return false;
}

/** The number of articles naming node p. */
const articles = (g: MergeGraph, p: number) => new Set(g.nodes[p].mentions.map((m) => m.doc)).size;

/**
 * Whether person nodes a and b, alike but for their family name spelled with other vowels, are two people (see the
 * rule above).
 */
export function spelledApart(g: MergeGraph, a: number, b: number, counts: SpellingCounts): boolean {
  if (g.types[a].type !== 'person' || g.types[b].type !== 'person') return false;
  const [ca, cb] = [g.nodes[a].core, g.nodes[b].core];
  const k = onlyDifference(ca, cb);
  if (k < 0 || ca[k] !== familyName(ca) || cb[k] !== familyName(cb)) return false;
  // a slip changes a letter or two, or swaps two ("Petreaus", "Vitellio", "Guilroy"); another name changes more
  if (skeleton(ca[k]) === skeleton(cb[k]) || swapDistance(ca[k], cb[k]) < 3) return false;
  const [na, nb] = [articles(g, a), articles(g, b)];
  if (na <= nb && writtenAsOwnName(g, a, ca[k], cb[k], counts)) return true;
  return nb <= na && writtenAsOwnName(g, b, cb[k], ca[k], counts);
}
