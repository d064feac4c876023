// Shared by the entity tests: analysed docs from plain text, entity extraction over them, and the entity a spelling
// landed in.
import { analyse } from '../../lib/text/analyse.js';
import { extractEntities, type EntityResult } from '../../lib/entities/entities.js';
import type { Doc } from '../../lib/types.js';

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

/** The entity ids of the mentions spelled exactly `text` in doc `id`, in text order. */
export const idsIn = (r: EntityResult, id: string, text: string) => {
  const k = r.docs.findIndex((d) => d.id === id);
  return r.mentions[k].filter((m) => m.text === text).map((m) => m.entity);
};

/** The id of the entity whose display name is `name`. */
export const idOf = (r: EntityResult, name: string) => r.entities.find((e) => e.name === name)?.id;
