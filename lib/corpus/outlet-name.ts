// The core of an outlet's name, as its own copy and other outlets' copy write it.

/**
 * An outlet's name as its own copy writes it: lower case, without a leading "the", a bracketed or dashed edition
 * ("CNN (Web News)", "New York Times - News") or a trailing "Online News" ("NPR Online News"): "told CNN" in a record
 * of "CNN (Web News)" is the outlet citing itself.
 */
export function outletCore(outlet: string): string {
  return outlet
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s+[-\u2013\u2014]\s+.*$/, '')
    .replace(/\s+(?:online|web)(?:\s+news)?$/, '')
    .trim();
}
