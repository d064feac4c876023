// A name's head word and the type it gives: the last word, or the word before its "of" ("Ministry of Defense"), as an
// organisation's, a group's, an event's or a place's head; a word of geography that opens a place ("Mount Sinjar");
// a company's legal form that ends a name ("Inc").
import type { EntityType } from './types.js';
import { PLACE_LEADS, GROUP_HEADS, ORG_HEADS, PLACE_HEADS, EVENT_HEADS } from './gazetteer.js';
import { ROMAN } from './numerals.js';
import { ON_HEADS } from './body-names.js';

/** A company's legal form ends its name: "of" after it gives the company's seat ("Vexor Medical Inc of Cardale"),
 * though the form is an organisation head, which "of" otherwise continues ("Ministry of Defense"). */ export const LEGAL_FORMS: ReadonlySet<string> =
  new Set(
    ['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'ag', 'nv', 'bhd', 'sa', 'spa', 'gmbh', 'bros'].flatMap((w) => [
      w,
      w + '.',
    ]),
  );

/**
 * "Mount Sinjar", "Lake Geneva", "Fort Sill", "Strait of Hormuz": a word of geography and one name word, or the word
 * and an "of" phrase, is a place. Longer runs are left to other cues ("Fort Worth Star-Telegram" is a newspaper), and
 * "Gulf" only with "of" ("Gulf of Oman"; "Gulf Arab", "Gulf Cartel" are no places).
 */
export function placeLead(norms: readonly string[]): boolean {
  if (!PLACE_LEADS.has(norms[0]) || norms.length < 2) return false;
  if (norms[1] === 'of') return norms.length > 2;
  return norms.length === 2 && norms[0] !== 'gulf';
}

/** Words that open the name of a storm or of a named operation: "Hurricane Harvey", "Tropical Storm Alberto",
 * "Operation Gatekeeper". The name after them is the event's, not a person's or a place's. */
const EVENT_LEADS: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'superstorm', 'operation']);

/** "Hurricane Katrina", "Typhoon Haiyan", "Tropical Storm Bill", "Operation Iraqi Freedom": an event's word and one
 * or more name words is an event's name. */
export function eventLead(norms: readonly string[]): boolean {
  const k = norms[0] === 'tropical' && norms[1] === 'storm' ? 2 : 1;
  return norms.length > k && (k === 2 || EVENT_LEADS.has(norms[0])) && norms[k] !== 'of';
}

/** The head word: the last word, or the word before "of" when the last is not a head ("Ministry of Defense"). */
export function headWord(norms: readonly string[]): string {
  const n = norms.length;
  // "World War II", "Vatican Council II": a numeral after a head word numbers it
  if (n > 1 && ROMAN.test(norms[n - 1]) && headTypeOf(norms[n - 2])) return norms[n - 2];
  const head = norms[n - 1];
  // "Supreme Council of the Armed Forces": a body of an armed group is headed by the word before "of the"
  if (GROUP_HEADS.has(head))
    for (let k = 1; k + 1 < norms.length; k++)
      if (norms[k] === 'of' && norms[k + 1] === 'the' && headTypeOf(norms[k - 1])) return norms[k - 1];
  if (ORG_HEADS.has(head) || ABBREVIATED_ORG_HEADS.has(head) || GROUP_HEADS.has(head)) return head;
  if (PLACE_HEADS.has(head)) return bodyOfPlaceWord(norms) ?? head;
  for (let k = 1; k < norms.length; k++) {
    if (norms[k] === 'of' || norms[k] === 'for' || (norms[k] === 'on' && ON_HEADS.has(norms[k - 1])))
      return norms[k - 1];
    // "Committee to Protect Journalists": the head before its purpose
    if (norms[k] === 'to' && bodyHead(norms[k - 1])) return norms[k - 1];
  }
  return head;
}

/**
 * "Department of State", "Council of State", "University of the District", "Departments of State": a body's head and
 * "of" with a place's head word as its whole object names the body, not a state or a district. Only the place word
 * right after "of" (or "of the"): "Bank of America Plaza" is a building named after the bank, a place.
 */
function bodyOfPlaceWord(norms: readonly string[]): string | null {
  const n = norms.length;
  const of = norms[n - 2] === 'the' ? n - 3 : n - 2;
  if (of < 1 || norms[of] !== 'of') return null;
  const body = norms[of - 1];
  const single = body.endsWith('s') ? body.slice(0, -1) : body;
  if (ORG_HEADS.has(body) || GROUP_HEADS.has(body)) return body;
  return ORG_HEADS.has(single) || GROUP_HEADS.has(single) ? single : null;
}

/** An organisation's, group's or place's head word ("School" of "School of Law"). */
export function bodyHead(w: string): boolean {
  return ORG_HEADS.has(w) || GROUP_HEADS.has(w) || PLACE_HEADS.has(w);
}

/** Abbreviated organisation heads ("the Justice Dept.", "State Dept"), with or without their dot. */
const ABBREVIATED_ORG_HEADS: ReadonlySet<string> = new Set(['dept', 'dept.', 'depts', 'depts.']);

/** The type a head word gives ("Ministry" org, "Brigades" group, "Province" place, "Cup" event), or null. */
export function headTypeOf(head: string): EntityType | null {
  if (GROUP_HEADS.has(head)) return 'group';
  if (ORG_HEADS.has(head) || ABBREVIATED_ORG_HEADS.has(head)) return 'org';
  if (EVENT_HEADS.has(head)) return 'event';
  return PLACE_HEADS.has(head) ? 'place' : null;
}
