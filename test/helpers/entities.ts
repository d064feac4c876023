// Shared by the entity tests: analysed docs from plain text, entity extraction over them, and the entity a spelling
// landed in, the types of the spellings a test names.
import { expect } from 'vitest';
import { analyse } from '../../lib/text/analyse.js';
import { extractEntities, type EntityResult } from '../../lib/entities/entities.js';
import type { Doc } from '../../lib/types.js';
import { mk, type Mention } from '../../lib/entities/mention-record.js';
import { mergeGraph, type MergeNode } from '../../lib/entities/merge/graph.js';

/** An analysed doc (outlet = id unless given). */
export const doc = (id: string, text: string, outlet = id): Doc =>
  analyse({ id, outlet, date: null, text, paragraphs: [] });

/** Entities of one doc per text (ids d0, d1, …). */
export const run = (...texts: string[]): EntityResult => extractEntities(texts.map((t, i) => doc('d' + i, t)));

/** The entity the first mention spelled exactly `text` belongs to. */
export const entityWith = (r: EntityResult, text: string) => {
  const m = r.mentions.flat().find((x) => x.text === text);
  return m ? r.entities.find((e) => e.id === m.entity) : undefined;
};

/** The types of every mention spelled exactly `text`, in text order. */
export const typesOf = (r: EntityResult, text: string) =>
  r.mentions
    .flat()
    .filter((m) => m.text === text)
    .map((m) => m.type);

/** The type of the first mention spelled exactly `text`. */
export const typeOf = (r: EntityResult, text: string) => typesOf(r, text)[0];

/**
 * Every spelling in `want` has the type given for its first mention (undefined where nothing is spelled so); the
 * failure shows the whole table, ours beside the one asked for.
 */
export const expectTypes = (r: EntityResult, want: Record<string, string | undefined>) =>
  expect(Object.fromEntries(Object.keys(want).map((text) => [text, typeOf(r, text)]))).toEqual(want);

/** The mentions spelled `a` and `b` are both there, in one entity. */
export const expectSameEntity = (r: EntityResult, a: string, b: string) => {
  const e = entityWith(r, a);
  expect(e, `no mention spelled "${a}"`).toBeDefined();
  expect(entityWith(r, b)?.id, `"${b}" is not in the entity of "${a}" (${e?.name})`).toBe(e?.id);
};

/** The mentions spelled `a` and `b` are not in one entity (or one of them is not there). */
export const expectApart = (r: EntityResult, a: string, b: string) =>
  expect(entityWith(r, a)?.id, `"${a}" and "${b}" in one entity`).not.toBe(entityWith(r, b)?.id);

/** The text of every mention, doc by doc, in text order. */
export const texts = (r: EntityResult) => r.mentions.flat().map((m) => m.text);

/** The entity ids of the mentions spelled exactly `text` in doc `id`, in text order. */
export const idsIn = (r: EntityResult, id: string, text: string) => {
  const k = r.docs.findIndex((d) => d.id === id);
  return r.mentions[k].filter((m) => m.text === text).map((m) => m.entity);
};

/** The id of the entity whose display name is `name`. */
export const idOf = (r: EntityResult, name: string) => r.entities.find((e) => e.name === name)?.id;

/** A merge-graph node of `n` mentions of one name (one doc each), typed as given, with its cue and strength. */
export const mergeNode = (text: string, type: Mention['type'], n: number, cue: string, strength = 1): MergeNode => {
  const mentions = Array.from({ length: n }, (_, k) =>
    mk(doc(`d${k}`, text, 'o'), 0, 0, text.length, type, strength, cue),
  );
  return {
    key: 'name:' + mentions[0].parts.join(' '),
    core: mentions[0].parts,
    mentions,
    reasons: [],
    gazetteer: false,
  };
};

/** The merge graph of `nodes`, indexed by key. */
export const mergeGraphOf = (nodes: MergeNode[]) => mergeGraph(nodes, new Map(nodes.map((n, i) => [n.key, i])));
