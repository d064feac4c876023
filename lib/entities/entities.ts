// The entities of a corpus: mentions found, names merged across the corpus into entities, each merge explained.
import type { Doc, Span } from '../types.js';
import { byString } from '../text/counts.js';
import { slug } from '../util/names.js';
import { resolveAcronyms, type AcronymDefinition } from './acronyms.js';
import { nameVariant, shorterForm, skeleton, VetoUnionFind, wordVariant, type AliasRules } from './aliases.js';
import { builtinGazetteer, demonymTargets, type GazetteerEntry } from './gazetteer.js';
import { coreParts, extractMentions, nameParts, type EntityType, type Mention } from './mentions.js';

/** A mention as reported: a span into Article.text and the text at it. */
export interface EntityMention extends Span {
  text: string;
}

/** One actor or place, however spelled. */
export interface Entity {
  /** stable slug of the name ("hamid-al-shatri") */
  id: string;
  /** the display name: the most frequent full spelling */
  name: string;
  type: EntityType;
  /** every distinct spelling, most frequent first */
  aliases: string[];
  mentions: EntityMention[];
  /** outlet -> number of mentions */
  by_outlet: Record<string, number>;
  /** why the spellings were merged, one line per rule that fired */
  merged_because: string[];
}

/** A mention with its entity, for per-sentence and per-article analyses. */
export interface ResolvedMention extends Mention {
  entity: string;
}

/** What extractEntities returns. */
export interface EntityResult {
  /** entities, most mentioned first (ties by name) */
  entities: Entity[];
  /** per doc, in input order: mentions with their entity id */
  mentions: ResolvedMention[][];
  /** doc id and outlet of each doc, in input order */
  docs: { id: string; outlet: string }[];
  definitions: AcronymDefinition[];
}

/** Options of extractEntities. */
export interface EntityOptions {
  /** user rules (data/aliases.json) */
  aliases?: AliasRules;
  /** merge demonyms into their country ("Iraqi" -> Iraq); off by default */
  rollupDemonyms?: boolean;
}

interface Node {
  key: string;
  core: string[];
  mentions: Mention[];
  reasons: string[];
  gazetteer: boolean;
  acronymOf?: string;
}

/** Find mentions in every doc and merge them into entities across the corpus. */
export function extractEntities(docs: readonly Doc[], opts: EntityOptions = {}): EntityResult {
  const rules = opts.aliases ?? {};
  const extra = new Map<string, GazetteerEntry>();
  for (const e of rules.entities ?? []) extra.set(e.name, { type: e.type, canonical: e.canonical ?? e.name });
  const gaz = builtinGazetteer();
  for (const [k, v] of extra) gaz.set(k, v);
  const ignore = new Set((rules.ignore ?? []).map((s) => s.toLowerCase()));
  const { mentions, definitions } = extractMentions(docs, { gazetteer: extra, ignore });
  const acronyms = resolveAcronyms(definitions);
  const groupTerm = new Map<string, string>();
  for (const [k, v] of demonymTargets()) groupTerm.set(k.toLowerCase().replace(/'/g, ''), v);

  // 1. nodes: one per name key (case, particles, brackets, gazetteer and acronym forms folded)
  const nodes: Node[] = [];
  const byKey = new Map<string, number>();
  const node = (key: string, core: string[], gazetteer: boolean): Node => {
    let i = byKey.get(key);
    if (i === undefined) {
      i = nodes.length;
      byKey.set(key, i);
      nodes.push({ key, core, mentions: [], reasons: [], gazetteer });
    }
    return nodes[i];
  };
  const keyOf = (text: string, type: EntityType, canonical?: string): { key: string; core: string[]; gaz: boolean } => {
    if (type === 'demonym') return { key: 'demonym:' + (canonical ?? text).toLowerCase(), core: [(canonical ?? text).toLowerCase()], gaz: true };
    const g = canonical ?? gaz.get(text)?.canonical;
    if (g) return { key: 'gaz:' + g.toLowerCase(), core: coreParts(nameParts(g)), gaz: true };
    const core = coreParts(nameParts(text));
    return { key: 'name:' + core.join(' '), core, gaz: false };
  };
  for (const list of mentions) {
    for (const m of list) {
      let k = keyOf(m.text, m.type, m.canonical);
      let acr: string | undefined;
      if (m.acronym && !m.canonical && acronyms.has(m.acronym)) {
        k = keyOf(acronyms.get(m.acronym)!.expansion, 'org');
        acr = m.acronym;
      }
      const n = node(k.key, k.core, k.gaz);
      n.mentions.push(m);
      if (acr && !n.acronymOf) {
        const def = acronyms.get(acr)!;
        n.acronymOf = acr;
        const d0 = def.definitions[0];
        n.reasons.push(`acronym defined in ${d0.doc}: ${acr} = ${def.expansion}`);
      }
    }
  }
  // node-level reasons: several spellings folded into one key
  for (const n of nodes) {
    const forms = distinct(n.mentions.filter((m) => !(n.acronymOf && m.acronym === n.acronymOf)).map((m) => m.text));
    if (forms.length < 2) continue;
    if (n.gazetteer) n.reasons.push(`gazetteer: ${forms.map((f) => `'${f}'`).join(' = ')} (${n.key.slice(n.key.indexOf(':') + 1)})`);
    else n.reasons.push(`same name words up to case, particles and brackets: ${forms.map((f) => `'${f}'`).join(' = ')}`);
  }

  // 2. merges between nodes
  const uf = new VetoUnionFind(nodes.length);
  const edgeReasons: { a: number; b: number; why: string }[] = [];
  const join = (a: number, b: number, why: string) => {
    if (uf.union(a, b)) edgeReasons.push({ a, b, why });
  };
  const lookup = (name: string): number | undefined => {
    const t = gaz.get(name);
    const k = keyOf(name, t?.type ?? 'org', t?.canonical);
    if (byKey.has(k.key)) return byKey.get(k.key);
    if (acronyms.has(name)) return byKey.get(keyOf(acronyms.get(name)!.expansion, 'org').key);
    return undefined;
  };
  for (const v of rules.veto ?? []) {
    const ids = v.names.map(lookup).filter((x): x is number => x !== undefined);
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) uf.veto(ids[i], ids[j]);
  }
  for (const r of rules.merge ?? []) {
    const ids = r.names.map(lookup).filter((x): x is number => x !== undefined);
    for (let i = 1; i < ids.length; i++) join(ids[0], ids[i], `aliases.json: add ${r.names.map((n) => `'${n}'`).join(' = ')}` + (r.note ? ` (${r.note})` : ''));
  }
  const typeOf = nodes.map(nodeType);
  const compatible = (a: number, b: number) => {
    const ta = typeOf[a];
    const tb = typeOf[b];
    return ta.type === tb.type || ta.strength < 3 || tb.strength < 3;
  };
  // transliteration variants among multi-word names, bucketed by the skeleton of their last and first words
  const buckets = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    if (n.core.length < 2 || typeOf[i].type === 'demonym') return;
    for (const b of ['L:' + skeleton(n.core[n.core.length - 1]), 'F:' + skeleton(n.core[0])]) {
      const list = buckets.get(b) ?? [];
      list.push(i);
      buckets.set(b, list);
    }
  });
  for (const b of [...buckets.keys()].sort(byString)) {
    const list = buckets.get(b)!;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x];
        const c = list[y];
        if (uf.find(a) === uf.find(c) || !compatible(a, c)) continue;
        const why = nameVariant(nodes[a].core, nodes[c].core, groupTerm);
        if (why) join(a, c, `${why}: '${label(nodes[a])}' = '${label(nodes[c])}'`);
      }
    }
  }
  // shorter person forms, then surnames: only when exactly one entity fits
  const persons = nodes.map((_, i) => i).filter((i) => typeOf[i].type === 'person' && typeOf[i].strength >= 2 && nodes[i].core.length >= 2);
  // indexes so each node is compared only with the persons that could fit (same first+last word; same last word or its skeleton)
  const byFirstLast = new Map<string, number[]>();
  const byLast = new Map<string, number[]>();
  const byLastSkeleton = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, i: number) => (m.get(k) ?? m.set(k, []).get(k)!).push(i);
  for (const p of persons) {
    const core = nodes[p].core;
    const last = core[core.length - 1];
    push(byFirstLast, core[0] + '\u0000' + last, p);
    push(byLast, last, p);
    push(byLastSkeleton, skeleton(last), p);
  }
  nodes.forEach((n, i) => {
    if (n.gazetteer || n.acronymOf || typeOf[i].type === 'demonym') return;
    if (typeOf[i].strength >= 3 && typeOf[i].type !== 'person') return;
    if (n.core.length >= 2) {
      if (typeOf[i].type !== 'person') return;
      const same = byFirstLast.get(n.core[0] + '\u0000' + n.core[n.core.length - 1]) ?? [];
      const fits = same.filter((p) => p !== i && shorterForm(n.core, nodes[p].core));
      const roots = distinct(fits.map((p) => String(uf.find(p))));
      if (roots.length === 1) join(i, fits[0], `shorter form '${label(n)}' of '${label(nodes[fits[0]])}' (same first and last name)`);
      return;
    }
    const w = n.core[0];
    const exact = byLast.get(w) ?? [];
    const loose = w.length >= 4 ? byLastSkeleton.get(skeleton(w)) ?? [] : [];
    const fits = [...new Set([...exact, ...loose])].sort((a, b) => a - b);
    const roots = distinct(fits.map((p) => String(uf.find(p))));
    if (roots.length === 1) {
      const p = fits[0];
      const last = nodes[p].core[nodes[p].core.length - 1];
      join(i, p, last === w ? `surname '${w}' of '${label(nodes[p])}'` : `surname '${w}' of '${label(nodes[p])}' (${wordVariant(w, last, groupTerm) ?? 'same skeleton'})`);
    }
  });
  if (opts.rollupDemonyms) {
    nodes.forEach((n, i) => {
      if (!n.key.startsWith('demonym:')) return;
      const target = byKey.get('gaz:' + n.key.slice('demonym:'.length));
      if (target !== undefined) join(i, target, `demonym roll-up: '${label(n)}' -> '${label(nodes[target])}'`);
    });
  }

  // 3. entities from the sets
  const groups = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const r = uf.find(i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  });
  const reasonsOf = new Map<number, string[]>();
  for (const e of edgeReasons) {
    const r = uf.find(e.a);
    (reasonsOf.get(r) ?? reasonsOf.set(r, []).get(r)!).push(e.why);
  }
  const outletOf = new Map(docs.map((d) => [d.id, d.outlet]));
  const entities: Entity[] = [];
  const entityOfNode = new Int32Array(nodes.length);
  const drafts: { members: number[]; entity: Entity }[] = [];
  for (const members of groups.values()) {
    const ms = members.flatMap((i) => nodes[i].mentions);
    const t = voteType(ms);
    const name = chooseName(members.map((i) => nodes[i]), t);
    const reasons = [...members.flatMap((i) => nodes[i].reasons), ...(reasonsOf.get(uf.find(members[0])) ?? [])];
    const sorted = [...ms].sort((a, b) => byString(a.doc, b.doc) || a.start - b.start);
    const byOutlet = new Map<string, number>(); // a Map: outlets named "constructor" or "__proto__" are data
    for (const m of sorted) {
      const o = outletOf.get(m.doc) ?? '';
      byOutlet.set(o, (byOutlet.get(o) ?? 0) + 1);
    }
    const aliasCounts = new Map<string, number>();
    for (const m of ms) aliasCounts.set(m.text, (aliasCounts.get(m.text) ?? 0) + 1);
    const aliases = [...aliasCounts].sort((a, b) => b[1] - a[1] || byString(a[0], b[0])).map(([s]) => s);
    drafts.push({
      members,
      entity: { id: '', name, type: t, aliases, mentions: sorted.map((m) => ({ doc: m.doc, start: m.start, end: m.end, text: m.text })), by_outlet: sortKeys(byOutlet), merged_because: reasons },
    });
  }
  drafts.sort((a, b) => b.entity.mentions.length - a.entity.mentions.length || byString(a.entity.name, b.entity.name) || byString(a.entity.type, b.entity.type));
  const used = new Set<string>();
  for (const d of drafts) {
    let id = slug(d.entity.name) || 'entity';
    if (used.has(id)) {
      id = `${id}-${d.entity.type}`;
      for (let k = 2; used.has(id); k++) id = `${slug(d.entity.name)}-${k}`;
    }
    used.add(id);
    d.entity.id = id;
    for (const i of d.members) entityOfNode[i] = entities.length;
    entities.push(d.entity);
  }
  const entityByMention = new Map<Mention, string>();
  nodes.forEach((n, i) => {
    for (const m of n.mentions) entityByMention.set(m, entities[entityOfNode[i]].id);
  });
  const resolved = mentions.map((list) => list.map((m) => ({ ...m, entity: entityByMention.get(m)! })));
  // the mentions' types follow their entity (a bare "Assad" becomes a person once merged with "Bashar al-Assad")
  const typeById = new Map(entities.map((e) => [e.id, e.type]));
  for (const list of resolved) for (const m of list) m.type = typeById.get(m.entity)!;
  return { entities, mentions: resolved, docs: docs.map((d) => ({ id: d.id, outlet: d.outlet })), definitions };
}

/** Type of a node by weighted vote of its mentions (strength squared; ties: person > group > org > place > demonym). */
function nodeType(n: Node): { type: EntityType; strength: number } {
  const t = voteType(n.mentions);
  return { type: t, strength: n.mentions.reduce((s, m) => (m.type === t && m.strength > s ? m.strength : s), 0) }; // no spread: mentions are unbounded
}

const TYPE_ORDER: EntityType[] = ['person', 'group', 'org', 'place', 'demonym'];
function voteType(ms: readonly Mention[]): EntityType {
  const score = new Map<EntityType, number>();
  for (const m of ms) score.set(m.type, (score.get(m.type) ?? 0) + m.strength * m.strength);
  let best: EntityType = ms[0]?.type ?? 'org';
  for (const t of TYPE_ORDER) if ((score.get(t) ?? 0) > (score.get(best) ?? 0)) best = t;
  return best;
}

/** Display name: the gazetteer's canonical name, else the most frequent spelling among the longest names (no brackets, no bare acronyms). */
function chooseName(ns: readonly Node[], type: EntityType): string {
  if (type === 'demonym') return label(ns.find((n) => n.key.startsWith('demonym:')) ?? ns[0]);
  const g = ns.find((n) => n.gazetteer && n.key.startsWith('gaz:'));
  if (g) {
    const canonical = g.mentions.find((m) => m.canonical)?.canonical;
    if (canonical) return canonical;
  }
  const counts = new Map<string, { n: number; len: number }>();
  for (const n of ns) {
    for (const m of n.mentions) {
      if (m.acronym) continue;
      const clean = !/[[\]]/.test(m.text);
      const len = coreParts(m.parts).length * 2 + (clean ? 1 : 0);
      const c = counts.get(m.text) ?? { n: 0, len };
      c.n++;
      counts.set(m.text, c);
    }
  }
  if (!counts.size) return ns[0].mentions[0].text;
  return [...counts].sort((a, b) => b[1].len - a[1].len || b[1].n - a[1].n || byString(a[0], b[0]))[0][0];
}

function label(n: Node): string {
  const counts = new Map<string, number>();
  for (const m of n.mentions) if (!m.acronym) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0];
  return best ? best[0] : n.mentions[0].text;
}

function distinct<T extends string>(xs: readonly T[]): T[] {
  return [...new Set(xs)].sort(byString);
}

function sortKeys(o: ReadonlyMap<string, number>): Record<string, number> {
  // no prototype: by_outlet["constructor"] is a count or undefined, never Object's own function
  const out: Record<string, number> = Object.create(null);
  for (const [k, v] of [...o].sort((a, b) => byString(a[0], b[0]))) out[k] = v;
  return out;
}

