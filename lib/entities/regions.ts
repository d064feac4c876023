// First-level regions (US states, Canadian provinces, Indian and Mexican states, Russian republics) of the name lexicon,
// by their lower-case name: a place that outlets and firms name their regional branches after ("X Texas", "X
// Ontario") and that is nobody's family name.
import type { GazetteerEntry } from './gazetteer.js';
import { isRegionAdjective } from './peoples.js';
import { GEONAMES_CITIES, REGIONS } from './lexicon-data.js';

let regions: ReadonlySet<string> | null = null;

/** The lower-case name ("texas", "british columbia") is a first-level region of the lexicon. */
export function isRegionName(norm: string): boolean {
  regions ??= new Set(REGIONS.split('|'));
  return regions.has(norm);
}

/** How many of the lexicon's cities, largest first, have a million people or more (GeoNames' counts, read when
 * bench/make-name-lexicon.ts last ran: "Zhu Cheng City" is the last of them, "Kitakyushu" the first below). */
const MILLION_CITIES = 359;

let bigCities: ReadonlySet<string> | null = null;

/** The name ("Milan", "Volgograd") is a city of a million people or more: a club or a firm is named after it ("Inter
 * Milan", "Rotor Volgograd"), and it is too big a place to be often a family name. */
export function isMillionCity(name: string): boolean {
  bigCities ??= new Set(GEONAMES_CITIES.split('|', MILLION_CITIES));
  return bigCities.has(name);
}

/**
 * "South Vietnam", "West Berlin", "Northern California", "South China": a compass word and a gazetteer place is a part
 * of that place (a name the gazetteer knows whole, "North Korea", "West Bank", is read before this). A compass word
 * before a building or a room ("West Wing", "South Lawn") is no gazetteer place and is left alone.
 */
export function compassPlace(
  gaz: ReadonlyMap<string, GazetteerEntry>,
  norms: readonly string[],
  rest: string,
): boolean {
  return norms.length > 1 && isRegionAdjective(norms[0]) && gaz.get(rest)?.type === 'place';
}

/** "Middle Easterners": a people's adjective in -ern the gazetteer knows ("Middle Eastern") and -ers names its people,
 * as "Central Americans" does; the entry, or undefined. */
export function ernPeople(gaz: ReadonlyMap<string, GazetteerEntry>, text: string): GazetteerEntry | undefined {
  if (!text.endsWith('erners')) return undefined;
  const g = gaz.get(text.slice(0, -3));
  return g?.type === 'demonym' ? g : undefined;
}
