// Named ships and craft: "USS Abraham Lincoln", "HMS Montrose", "the tanker Stena Impero", "the aircraft carrier Abraham
// Lincoln". A ship is no person, organisation or place; the project types it 'event', its class of things named but
// neither actors nor places (see types.ts), so a ship named after a president is never a mention of the president.

/** Prefixes navies and shipping lines write before a ship's name (in capitals, with or without dots). */
const SHIP_PREFIXES: ReadonlySet<string> = new Set([
  'uss',
  'usns',
  'uscgc',
  'hms',
  'hmcs',
  'hmas',
  'hmnzs',
  'rms',
  'mv',
  'm/v',
]);

/** Nouns of a vessel that come right before its name in news copy ("the destroyer USS Mason", "oil tanker Grace 1").
 * Not "carrier" alone: an airline is a carrier too ("the carrier Delta"). */
const VESSEL_NOUNS: ReadonlySet<string> = new Set([
  'destroyer',
  'frigate',
  'cruiser',
  'corvette',
  'warship',
  'gunboat',
  'submarine',
  'tanker',
  'supertanker',
  'freighter',
  'vessel',
  'ship',
  'yacht',
  'ferry',
  'trawler',
  'minesweeper',
  'icebreaker',
]);

/** A name's first word (its norm, dots removed) is a ship's prefix, and a name follows it. */
export function shipPrefix(norms: readonly string[]): boolean {
  return norms.length > 1 && SHIP_PREFIXES.has(norms[0].replace(/\./g, ''));
}

/** The lower-case words right before a name ("aircraft carrier", "tanker") name a vessel: the name is the vessel's. */
export function vesselNounBefore(prev: string, prevPrev: string): boolean {
  if (VESSEL_NOUNS.has(prev)) return true;
  return prev === 'carrier' && prevPrev === 'aircraft';
}
