// Merge rule: a one-word name that is the head of one "X of Y" name in the corpus joins it ("the Gang" =
// "Gang of Eight", "the Department" = "Department of Labor"), when neither is a person and their types agree, and the
// word is not written in far more articles than the longer name ("the Wall", a hundred articles on a border wall, is
// no short form of a "Wall of Shame" named once). Every name the word heads counts as a rival, however it is
// spelled ("Justice Department" beside "Department of Homeland Security"): with two or more, each article's
// mentions join the "X of Y" name when it is the one rival the article names; an article naming none, two, or only a
// name ending in the word ("the House" beside "White House") keeps the word apart. A name whose "of" is followed by
// a possessive ("Faith of My Fathers", a memoir) is a work's title: its first word heads nothing.
import { parentsByArticle } from './article-parent.js';
import type { Mention } from '../mentions.js';
import { namedFarLess } from './far-less.js';
import { nodeLabel, type MergeGraph } from './graph.js';
import { pushTo } from '../../util/maps.js';

/** Possessive determiners: after "of" they start no institution's or place's name, only a title's. */
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their']);

/** The lower-cased heads a node's spellings give: "X" of "X of Y ..." (`of`), and of a longer name ending in "X". */
function headsOf(g: MergeGraph, i: number): { of: Set<string>; heads: Set<string> } {
  const n = g.nodes[i];
  const of = new Set<string>();
  const heads = new Set<string>();
  if (n.acronymOf || g.types[i].type === 'person') return { of, heads };
  for (const text of new Set(n.mentions.map((m) => m.text))) {
    const words = text.toLowerCase().split(/\s+/);
    // "X of my Y" is a work's title ("Faith of My Fathers", a memoir), and a work is not called by its first word
    if (words.length >= 3 && words[1] === 'of' && !POSSESSIVES.has(words[2])) of.add(words[0]);
    else if (words.length >= 2) heads.add(words[words.length - 1]);
  }
  for (const h of of) heads.add(h);
  return { of, heads };
}

/** "X of Y" nodes by their head, and every node each head word names (rivals included). */
function headIndex(g: MergeGraph): { ofNodes: Map<string, number[]>; named: Map<string, number[]> } {
  const ofNodes = new Map<string, number[]>();
  const named = new Map<string, number[]>();
  g.nodes.forEach((_, i) => {
    const { of, heads } = headsOf(g, i);
    for (const h of heads) pushTo(named, h, i);
    for (const h of of) pushTo(ofNodes, h, i);
  });
  return { ofNodes, named };
}

const typesAgree = (a: string, b: string) => a === b || a === 'unknown' || b === 'unknown';

/** Join one-word names to the one "X of Y" name they head (article by article when the corpus has rivals). */
export function mergeOfHeads(g: MergeGraph): void {
  const { ofNodes, named } = headIndex(g);
  if (!ofNodes.size) return;
  const n0 = g.nodes.length;
  for (let i = 0; i < n0; i++) {
    const n = g.nodes[i];
    if (n.core.length !== 1 || n.gazetteer || n.acronymOf) continue;
    const list = ofNodes.get(n.core[0]);
    if (!list) continue;
    const a = g.types[i].type;
    const rivals = (named.get(n.core[0]) ?? list).filter((p) => typesAgree(a, g.types[p].type));
    const roots = new Set(rivals.map((p) => g.uf.find(p)));
    if (a === 'person' || !typesAgree(a, g.types[list[0]].type) || namedFarLess(g, i, rivals)) continue;
    if (roots.size === 1) {
      g.join(list[0], i, `head '${nodeLabel(n)}' of the one '${nodeLabel(g.nodes[list[0]])}'`);
      continue;
    }
    // a place's formal name shares its head with common words ("State media", "secretary of State"): unique only
    if (g.types[list[0]].type === 'place') continue;
    const ofRoots = new Set(list.map((p) => g.uf.find(p)));
    // a rival is named by any of its spellings but a one-word byname: "Pentagon" names the Department of Defense, but
    // an article writing it beside "Department officials" names no department by its head
    const names = (m: Mention) => /\s/.test(m.text.trim()) || m.text.toUpperCase() === m.text;
    for (const [p, ms] of parentsByArticle(g, i, roots, names)) {
      if (!ofRoots.has(g.uf.find(p))) continue; // "House" beside "White House" alone: not its short form
      const part = ms.length === g.nodes[i].mentions.length ? i : g.split(i, ms);
      g.join(p, part, `head '${nodeLabel(n)}' of '${nodeLabel(g.nodes[p])}', the one its article names`);
    }
  }
}
