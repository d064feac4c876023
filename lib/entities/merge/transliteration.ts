// Merge rule: transliteration variants among multi-word names ("Basim Al-Awadi" = "Bassem Al-Awadi"),
// compared only within buckets sharing the skeleton of their last or first word, and within a bucket only the names
// whose other end word could be a variant (`variantKeys`): a book or a long transcript names thousands of people
// sharing a first name, and comparing every pair of them grew with the square of the names.
import { byString } from '../../text/counts.js';
import { consonants, foldConsonants, nameVariant, skeleton } from '../aliases.js';
import { pushTo } from '../../util/maps.js';
import { partitionPoint } from '../../util/search.js';
import { nodeLabel, type MergeGraph } from './graph.js';
import { spelledApart, spellingCounts, type SpellingCounts } from './own-spellings.js';

/** Join multi-word names of compatible type whose words are equal or transliteration variants. */
export function mergeTransliterations(g: MergeGraph, groupTerm: ReadonlyMap<string, string>): void {
  const buckets = new Map<string, number[]>();
  g.nodes.forEach((n, i) => {
    if (n.core.length < 2 || g.types[i].type === 'demonym') return;
    for (const b of ['L:' + skeleton(n.core[n.core.length - 1]), 'F:' + skeleton(n.core[0])]) pushTo(buckets, b, i);
  });
  const keys = new Map<string, string[]>();
  const keysOf = (w: string) => {
    let k = keys.get(w);
    if (!k) keys.set(w, (k = variantKeys(w, groupTerm)));
    return k;
  };
  let counts: SpellingCounts | undefined;
  for (const b of [...buckets.keys()].sort(byString)) {
    const list = buckets.get(b)!;
    // the bucket shares one end word's skeleton; the other end word must be equal or a variant too
    const other = (i: number) => {
      const core = g.nodes[i].core;
      return keysOf(b.startsWith('L:') ? core[0] : core[core.length - 1]).map((k) => `${core.length}|${k}`);
    };
    for (const [x, y] of candidatePairs(list, other)) {
      const a = list[x];
      const c = list[y];
      if (g.uf.find(a) === g.uf.find(c) || !g.compatible(a, c)) continue;
      const why = nameVariant(g.nodes[a].core, g.nodes[c].core, groupTerm);
      // a family name spelled with other vowels and written as a name of its own is another person (own-spellings.ts)
      if (why && spelledApart(g, a, c, (counts ??= spellingCounts(g)))) continue;
      if (why) g.join(a, c, `${why}: '${nodeLabel(g.nodes[a])}' = '${nodeLabel(g.nodes[c])}'`);
    }
  }
}

/**
 * Keys that any two words `romanisationVariant` (or equal) share at least one of: the gazetteer term of the word or
 * of its folded spelling, the consonants of its skeleton (equal skeletons, the Jaro-Winkler case) and those of its
 * folded spelling.
 */
function variantKeys(w: string, groupTerm: ReadonlyMap<string, string>): string[] {
  const f = foldConsonants(w);
  const out = ['c:' + consonants(w), 'f:' + consonants(f)];
  const g = groupTerm.get(w);
  if (g !== undefined) out.push('g:' + g);
  const gf = groupTerm.get(f);
  if (gf !== undefined) out.push('g:' + gf);
  return out;
}

/**
 * The pairs x < y of `list` positions whose items share a key, in the order of a double loop over the list (x, then
 * y): every pair the rule could join, in the order it always read them.
 */
function* candidatePairs(list: readonly number[], keysOf: (item: number) => string[]): Generator<[number, number]> {
  const at = new Map<string, number[]>();
  const own: string[][] = list.map((item, x) => {
    const k = keysOf(item);
    for (const key of k) pushTo(at, key, x);
    return k;
  });
  for (let x = 0; x < list.length; x++) {
    const ys: number[] = [];
    for (const key of own[x]) {
      const xs = at.get(key)!;
      for (let j = partitionPoint(xs.length, (i) => xs[i] > x); j < xs.length; j++) ys.push(xs[j]);
    }
    ys.sort((p, q) => p - q);
    for (let j = 0; j < ys.length; j++) if (j === 0 || ys[j] !== ys[j - 1]) yield [x, ys[j]];
  }
}
