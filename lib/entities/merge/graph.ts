// The merge graph: one node per name key, a union-find over them, and the reason for every union.
// Each merge rule lives in its own file in this folder and only calls `join`; so "where are X merged?" is the file list.
import { byString } from '../../text/counts.js';
import { VetoUnionFind } from '../aliases.js';
import type { Mention } from '../mentions.js';
import type { EntityType } from '../types.js';

/** All mentions sharing one name key (case, particles, brackets, gazetteer and acronym forms folded). */
export interface MergeNode {
  key: string;
  /** the name words without particles */
  core: string[];
  mentions: Mention[];
  /** why spellings were folded into this node */
  reasons: string[];
  gazetteer: boolean;
  /** the acronym, when the node is a defined acronym's expansion */
  acronymOf?: string;
  /** the name to show when the node is an entity alone ("Mrs. Trump", a titled surname kept apart) */
  display?: string;
}

/** A node's type by vote, and the strongest evidence for it. */
export interface NodeType {
  type: EntityType;
  strength: number;
}

/** The nodes, their types and the union-find, with `join` recording why two nodes were merged. */
export interface MergeGraph {
  nodes: readonly MergeNode[];
  byKey: ReadonlyMap<string, number>;
  types: readonly NodeType[];
  uf: VetoUnionFind;
  edges: { a: number; b: number; why: string }[];
  /** merge the sets of nodes a and b (unless vetoed) and record why */
  join(a: number, b: number, why: string): void;
  /** types of a and b may merge: equal, or at least one of them weakly typed */
  compatible(a: number, b: number): boolean;
  /**
   * Move some of node i's mentions (set i must be node i alone) into a new node of the same name key, in a set of its
   * own with node i's vetoes; returns the new node. A bare surname's mentions then follow the person their own article
   * names, while every rule still only joins nodes.
   */
  split(i: number, moved: readonly Mention[]): number;
}

const TYPE_ORDER: EntityType[] = ['person', 'group', 'org', 'place', 'event', 'demonym'];

/**
 * The type most strongly voted for (ties person > group > org > place > event > demonym); 'unknown' only when no mention has
 * another type. Each article votes once per type, with its strongest mention (strength squared): one article that
 * repeats a name many times, or copies one cue to all its mentions ("surname of ... in this article"), does not
 * outvote what other articles say.
 */
export function voteType(ms: readonly Mention[]): EntityType {
  // the common case, one type throughout (or no type): no vote to count
  let k = 1;
  while (k < ms.length && ms[k].type === ms[0].type) k++;
  if (k === ms.length) return ms.length ? ms[0].type : 'unknown';
  const perDoc = new Map<string, number>();
  const shapeAbstains = ms.some(typedSpelledOut);
  for (const m of ms) {
    if (m.type === 'unknown' || (shapeAbstains && byShapeAlone(m))) continue;
    const k = m.doc + '\u0000' + m.type;
    perDoc.set(k, Math.max(perDoc.get(k) ?? 0, m.strength * m.strength));
  }
  const score = new Map<EntityType, number>();
  for (const [k, v] of perDoc) {
    const t = k.slice(k.indexOf('\u0000') + 1) as EntityType;
    score.set(t, (score.get(t) ?? 0) + v);
  }
  let best: EntityType = ms.find((m) => m.type !== 'unknown')?.type ?? 'unknown';
  for (const t of TYPE_ORDER) if ((score.get(t) ?? 0) > (score.get(best) ?? 0)) best = t;
  return weakMinority(ms, perDoc, best) ? 'unknown' : best;
}

/**
 * A bare acronym typed an organisation by its capitals alone ("MPP", "ITIN"): its shape says nothing once the entity
 * has a spelled-out name typed by a cue of its own (strength 2 or more), the expansion the corpus defines it by
 * ("Migrant Protection Protocols ( MPP )") or a name it was merged with, so it abstains from the vote there. A cue
 * of the acronym's own ("NBC program") is no such name.
 */
function byShapeAlone(m: Mention): boolean {
  return m.type === 'org' && m.strength === 1 && m.acronym !== undefined && m.text === m.acronym;
}

/** A mention typed by a cue of strength 2 or more, not written in capitals only (an expansion, a full name). */
function typedSpelledOut(m: Mention): boolean {
  // (a mention built by hand for a vote may carry no text)
  return m.strength >= 2 && m.type !== 'unknown' && !!m.text && m.text.toUpperCase() !== m.text;
}

/** The winning type rests on weak cues from a small minority of the articles naming it: (one headline's "in X"
 * among a hundred articles with no cue): less than a tenth of the articles, none with a strength-3 cue. */
function weakMinority(ms: readonly Mention[], perDoc: ReadonlyMap<string, number>, best: EntityType): boolean {
  const docs = new Set<string>();
  for (const m of ms) docs.add(m.doc);
  let typedDocs = 0;
  for (const [k, v] of perDoc) {
    if (!k.endsWith('\u0000' + best)) continue;
    if (v >= 9) return false;
    typedDocs++;
  }
  return typedDocs * 10 < docs.size;
}

/** Type of a node by weighted vote of its mentions. */
export function nodeType(n: MergeNode): NodeType {
  const t = voteType(n.mentions);
  let strength = 0;
  for (const m of n.mentions) if (m.type === t && m.strength > strength) strength = m.strength;
  return { type: t, strength };
}

const labels = new WeakMap<MergeNode, string>();

/** The most frequent spelling of a node (bare acronyms aside); computed once per node (a node's mentions are fixed). */
export function nodeLabel(n: MergeNode): string {
  let label = labels.get(n);
  if (label === undefined) {
    label = computeLabel(n.mentions);
    labels.set(n, label);
  }
  return label;
}

function computeLabel(ms: readonly Mention[]): string {
  let best: string | undefined;
  let bestN = 0;
  const counts = new Map<string, number>();
  for (const m of ms) {
    if (m.acronym) continue;
    const c = (counts.get(m.text) ?? 0) + 1;
    counts.set(m.text, c);
    if (c > bestN || (c === bestN && byString(m.text, best!) < 0)) {
      best = m.text;
      bestN = c;
    }
  }
  return best ?? ms[0].text;
}

/** Distinct strings, sorted. */
export function distinct<T extends string>(xs: readonly T[]): T[] {
  return [...new Set(xs)].sort(byString);
}

/** A merge graph over the nodes, with no unions yet. */
export function mergeGraph(initial: readonly MergeNode[], byKey: ReadonlyMap<string, number>): MergeGraph {
  const uf = new VetoUnionFind(initial.length);
  const edges: { a: number; b: number; why: string }[] = [];
  const nodes = initial.slice();
  const types = nodes.map(nodeType);
  return {
    nodes,
    byKey,
    types,
    uf,
    edges,
    join(a, b, why) {
      if (uf.union(a, b)) edges.push({ a, b, why });
    },
    compatible(a, b) {
      const ta = types[a];
      const tb = types[b];
      return ta.type === tb.type || ta.strength < 3 || tb.strength < 3;
    },
    split(i, moved) {
      const out = new Set(moved);
      const n = nodes[i];
      // fresh node objects: a node's label is cached per object
      nodes[i] = { ...n, mentions: n.mentions.filter((m) => !out.has(m)) };
      types[i] = nodeType(nodes[i]);
      const part: MergeNode = { ...n, mentions: moved.slice(), reasons: sameText(moved) ? [] : n.reasons.slice() };
      const j = uf.add(i);
      nodes.push(part);
      types.push(nodeType(part));
      return j;
    },
  };
}

/** All mentions have the same text (nothing folded into the node's key). */
function sameText(ms: readonly Mention[]): boolean {
  for (let k = 1; k < ms.length; k++) if (ms[k].text !== ms[0].text) return false;
  return true;
}
