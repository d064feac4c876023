// Named documents and buildings that news copy names by one word or a short name with no head word to type them:
// "the Constitution", "Obamacare", "the Bible", "REAL ID" (a law, a programme, a scripture: no actor and no place,
// typed 'event' as laws are, MISC in the eval) and "the Capitol", "the Rose Garden", "the National Mall" (a building
// or a site: a place). Written from general knowledge of English and of the United States government; a longer name
// that opens with one of them ("Capitol Police", "Bible Belt", "Constitution Avenue") is matched whole first.
import type { EntityType } from './types.js';

/** Laws, programmes and scriptures named without a head word. */
const DOCUMENTS = [
  'Constitution',
  'Obamacare',
  'ObamaCare',
  'Trumpcare',
  'TrumpCare',
  'REAL ID',
  'Real ID',
  'Magna Carta',
  'Bible',
  'Koran',
  'Quran',
  "Qur'an",
  'Talmud',
  'Torah',
];

/** Buildings and sites of government and memory. */
const SITES = [
  'Capitol',
  'Rose Garden',
  'National Mall',
  'Lincoln Memorial',
  'Washington Monument',
  'Statue of Liberty',
  'Mar-a-Lago',
  'Ground Zero',
];

/** Every landmark name as written, with its type and its canonical spelling: the first of the list's spellings that
 * differ only in case ("ObamaCare" is "Obamacare"). */
export function landmarkNames(): [string, EntityType, string][] {
  const first = new Map<string, string>();
  const out: [string, EntityType, string][] = [];
  for (const [list, type] of [
    [DOCUMENTS, 'event'],
    [SITES, 'place'],
  ] as const)
    for (const k of list) {
      const c = first.get(k.toLowerCase()) ?? k;
      first.set(k.toLowerCase(), c);
      out.push([k, type, c]);
    }
  return out;
}

const LANDMARKS: ReadonlySet<string> = new Set([...DOCUMENTS, ...SITES]);
const SITE_NAMES: ReadonlySet<string> = new Set(SITES);

/** A building or site of the list as written ("Capitol"): after a place's name it is that place's ("U.S. Capitol",
 * "Georgia Capitol"), one place. */
export function isSite(name: string): boolean {
  return SITE_NAMES.has(name);
}

/** A landmark's name as written: before other capitalised words it says nothing of the longer name ("Constitution
 * Avenue", "Capitol Visitor Center"), which the other rules type. */
export function isLandmark(name: string): boolean {
  return LANDMARKS.has(name);
}
