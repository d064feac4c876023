// First-level regions (US states, Canadian provinces, Indian and Mexican states, Russian republics) of the name lexicon,
// by their lower-case name: a place that outlets and firms name their regional branches after ("X Texas", "X
// Ontario") and that is nobody's family name.
import { REGIONS } from './lexicon-data.js';

let regions: ReadonlySet<string> | null = null;

/** The lower-case name ("texas", "british columbia") is a first-level region of the lexicon. */
export function isRegionName(norm: string): boolean {
  regions ??= new Set(REGIONS.split('|'));
  return regions.has(norm);
}
