// Merge rule: a person's formal name, with middle initials and a generation suffix ("Eric H. Holder Jr.", "Samuel A.
// Alito Jr.", "James R. Clapper Jr.": the first reference of many papers), is the person the corpus names by given
// and family name alone ("Eric Holder"), when nothing says the suffix tells two people apart:
// - the corpus never writes the name with those initials and no suffix ("Robert F. Kennedy" is the father of "Robert
//   F. Kennedy Jr."; "Donald J. Trump" of a "Donald J. Trump Jr."), nor with another suffix ("X Sr." beside "X Jr.");
// - the suffixed name has a middle initial (a suffix with no initials is read below);
// - exactly one person (set) is named by that given and family name.
// A suffix with no initials ("Joe Manchin III", "Donald Verrilli Jr.", "Martin Luther King Jr.") is how some papers
// write a person every time; it joins the person named by the same words without it, unless the corpus writes the
// name with another suffix, an article writes both names and one of them after a kin noun ("Tomas Vale Jr. spoke .
// His father Tomas Vale listened": a son and his father; "Martin Luther King Jr." beside "Martin Luther King" with no
// kin noun is one man written two ways), or that person is a figure of his own, named in FIGURE_ARTICLES articles or more and FIGURE_RATIO times as
// many as the suffixed name ("Donald Trump" in 900, "Donald Trump Jr.", his son, in 2): a figure's formal name would
// be written in more of his articles. "Jr" and "Jr." are one suffix.
import { shorterForm } from '../aliases.js';
import { NAME_SUFFIX } from '../family-name.js';
import { nodeLabel, type MergeGraph } from './graph.js';
import { mayJoinPerson, type PersonIndex } from './person-index.js';
import type { Mention } from '../mentions.js';
import type { Relative } from '../relative-names.js';

/** A middle initial with its period ("h.", "w.s."). */
const INITIAL = /^(?:\p{L}\.)+$/u;

/** The parts of a formal name: given, initials, family, suffix; null when the name is no such name. */
function formal(core: readonly string[]): { first: string; initials: string[]; family: string; suffix: string } | null {
  const n = core.length;
  if (n < 4 || !NAME_SUFFIX.test(core[n - 1])) return null;
  const initials = core.slice(1, n - 2);
  if (!initials.every((w) => INITIAL.test(w)) || INITIAL.test(core[0]) || INITIAL.test(core[n - 2])) return null;
  return { first: core[0], initials, family: core[n - 2], suffix: core[n - 1].replace(/\.$/, '') };
}

/** The name keys written in the corpus: every node's core words, and each suffixed name's given, family and suffix. */
function writtenNames(g: MergeGraph): { cores: Set<string>; suffixes: Map<string, Set<string>> } {
  const cores = new Set<string>();
  const suffixes = new Map<string, Set<string>>();
  for (const n of g.nodes) {
    cores.add(n.core.join(' '));
    const k = n.core.length;
    if (k >= 3 && NAME_SUFFIX.test(n.core[k - 1])) {
      const key = n.core[0] + ' ' + n.core[k - 2];
      (suffixes.get(key) ?? suffixes.set(key, new Set()).get(key)!).add(n.core[k - 1].replace(/\.$/, ''));
    }
  }
  return { cores, suffixes };
}

/** Join each formal name with a generation suffix to the one person named by its given and family name alone. */
export function mergeGenerationSuffixes(
  g: MergeGraph,
  idx: PersonIndex,
  relatives: ReadonlyMap<Mention, Relative> = new Map(),
): void {
  mergeSuffixForms(g);
  mergeFormalNames(g, idx);
  mergeBareSuffixes(g, relatives);
}

/** A suffixed person name's core words with the suffix's period dropped ("jr." -> "jr"), or null. */
function suffixed(g: MergeGraph, i: number): string[] | null {
  const core = g.nodes[i].core;
  const n = core.length;
  if (n < 3 || !NAME_SUFFIX.test(core[n - 1]) || g.types[i].type !== 'person' || !mayJoinPerson(g, i)) return null;
  return [...core.slice(0, n - 1), core[n - 1].replace(/\.$/, '')];
}

/**
 * One person's suffixed name written with and without the suffix's period, or with and without middle initials
 * ("Edwin Roessler Jr" and "Edwin C. Roessler Jr."): same given name, family name and suffix, the shorter a form of
 * the one longer name it fits.
 */
function mergeSuffixForms(g: MergeGraph): void {
  const byKey = new Map<string, { i: number; core: string[] }[]>();
  g.nodes.forEach((_, i) => {
    const core = suffixed(g, i);
    if (!core) return;
    const k = core[0] + ' ' + core.slice(-2).join(' ');
    (byKey.get(k) ?? byKey.set(k, []).get(k)!).push({ i, core });
  });
  for (const list of byKey.values()) {
    // (a hostile corpus may write one given and family name with thousands of middle names: compared pairwise)
    if (list.length > SUFFIX_FORMS) continue;
    for (const a of list) {
      const longer = list.filter((b) => b.i !== a.i && b.core.length > a.core.length && shorterForm(a.core, b.core));
      const same = list.filter((b) => b.i > a.i && b.core.join(' ') === a.core.join(' '));
      for (const b of same)
        g.join(a.i, b.i, `'${nodeLabel(g.nodes[a.i])}' = '${nodeLabel(g.nodes[b.i])}' (the suffix's period)`);
      if (longer.length === 1)
        g.join(
          a.i,
          longer[0].i,
          `shorter form '${nodeLabel(g.nodes[a.i])}' of '${nodeLabel(g.nodes[longer[0].i])}' (same first and last name and suffix)`,
        );
    }
  }
}

/** The most spellings of one suffixed name compared pairwise. */
const SUFFIX_FORMS = 32;

/** Articles a person named with only a suffix's worth of difference must outnumber ... */
const FIGURE_ARTICLES = 20;
/** ... and by this factor, to be a figure of his own (see above). */
const FIGURE_RATIO = 5;

/** The articles naming each set, for the roots asked. */
function setArticles(g: MergeGraph, roots: ReadonlySet<number>): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  g.nodes.forEach((n, k) => {
    const r = g.uf.find(k);
    if (!roots.has(r)) return;
    const docs = out.get(r) ?? out.set(r, new Set()).get(r)!;
    for (const m of n.mentions) docs.add(m.doc);
  });
  return out;
}

/** An article writes the suffixed name and the plain one both, one of them after a kin noun: a son and his father
 * ("Tomas Vale Jr. spoke . His father Tomas Vale listened"). */
function kinTogether(
  g: MergeGraph,
  i: number,
  plain: readonly number[],
  relatives: ReadonlyMap<Mention, Relative>,
): boolean {
  const docs = new Set(g.nodes[i].mentions.map((m) => m.doc));
  const shared = new Set<string>();
  for (const p of plain) for (const m of g.nodes[p].mentions) if (docs.has(m.doc)) shared.add(m.doc);
  if (!shared.size) return false;
  const kin = (m: Mention) => shared.has(m.doc) && relatives.has(m);
  return [i, ...plain].some((k) => g.nodes[k].mentions.some(kin));
}

/** Join each suffixed name with no initials to the person named by the same words without the suffix (see above). */
function mergeBareSuffixes(g: MergeGraph, relatives: ReadonlyMap<Mention, Relative>): void {
  const byCore = new Map<string, number[]>();
  g.nodes.forEach((n, k) => {
    if (n.core.length >= 2 && g.types[k].type === 'person' && mayJoinPerson(g, k))
      (byCore.get(n.core.join(' ')) ?? byCore.set(n.core.join(' '), []).get(n.core.join(' '))!).push(k);
  });
  const written = writtenNames(g);
  const pairs: [number, number][] = [];
  g.nodes.forEach((n, i) => {
    const core = suffixed(g, i);
    if (!core || core.some((w) => INITIAL.test(w))) return;
    if ((written.suffixes.get(core[0] + ' ' + core[core.length - 2])?.size ?? 0) > 1) return;
    const plain = byCore.get(n.core.slice(0, -1).join(' ')) ?? [];
    const roots = new Set(plain.map((p) => g.uf.find(p)));
    if (roots.size === 1 && g.uf.find(i) !== g.uf.find(plain[0]) && !kinTogether(g, i, plain, relatives))
      pairs.push([i, plain[0]]);
  });
  // the articles of each set before any of these joins: a figure is one before his son's rows join him
  const docs = setArticles(g, new Set(pairs.flatMap(([i, p]) => [g.uf.find(i), g.uf.find(p)])));
  const count = (k: number) => docs.get(g.uf.find(k))?.size ?? 0;
  const sizes = pairs.map(([i, p]) => [count(i), count(p)]);
  pairs.forEach(([i, p], k) => {
    const [own, theirs] = sizes[k];
    if (theirs >= FIGURE_ARTICLES && theirs >= FIGURE_RATIO * own) return;
    g.join(i, p, `'${nodeLabel(g.nodes[i])}' of '${nodeLabel(g.nodes[p])}' (the same name with a generation suffix)`);
  });
}

/** Join each formal name with initials and a suffix to the one person named by its given and family name. */
function mergeFormalNames(g: MergeGraph, idx: PersonIndex): void {
  let written: ReturnType<typeof writtenNames> | undefined;
  g.nodes.forEach((n, i) => {
    const f = formal(n.core);
    if (!f || g.types[i].type !== 'person' || !mayJoinPerson(g, i)) return;
    written ??= writtenNames(g);
    if (written.cores.has([f.first, ...f.initials, f.family].join(' '))) return;
    if ((written.suffixes.get(f.first + ' ' + f.family)?.size ?? 0) > 1) return;
    const plain = (idx.byFirstLast.get(f.first + '\u0000' + f.family) ?? []).filter(
      (p) => g.nodes[p].core.length === 2 && g.types[p].type === 'person',
    );
    const roots = new Set(plain.map((p) => g.uf.find(p)));
    if (roots.size !== 1) return;
    g.join(
      i,
      plain[0],
      `formal name '${nodeLabel(n)}' of '${nodeLabel(g.nodes[plain[0]])}' (middle initials and '${f.suffix}')`,
    );
  });
}
