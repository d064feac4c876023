// "terrorist group" beside the name of a group: a designation reported, or the outlet's verdict. The U.S. State
// Department's list of Foreign Terrorist Organizations is an official text, kept by a government under law, and news
// desks cite it the way they cite a court's charge: "the Islamic State terrorist group" in a 2015 story states the
// group's legal status, as "designated a terrorist organization" does (violence-senses.ts). Beside the name of a
// group no such list named on the article's date ("the Portville Anglers terrorist group", FARC after its 2021
// revocation, Hamas before 1997) the word is the outlet's own judgement and stays marked. Whether an outlet chooses
// "terrorist group" or "militant group" for a listed group is still a choice between outlets; the label table and
// its competing labels show it, not the loaded-word list.
import type { Doc } from '../types.js';

/** One entry of data/designated-groups.json: a group's names, the date it was listed and, if so, delisted. */
export interface DesignatedGroup {
  names: string[];
  /** ISO date (or its year) of the designation */
  designated: string;
  /** ISO date of the revocation, when revoked */
  revoked?: string;
}

/** Normalised name -> the list entries of that name (a group listed twice, such as the Houthis, has two). */
export type DesignationTable = ReadonlyMap<string, readonly DesignatedGroup[]>;

/** Nouns of a body of people that "terror"/"terrorist" may class beside a group's name. */
const GROUP_NOUNS = new Set(
  'group groups organization organizations organisation organisations network outfit movement militia cell'.split(' '),
);

/** Longest name looked for, in words. */
const MAX_NAME = 8;

/** A name as matched: lower case, apostrophes dropped, hyphens as spaces ("al-Qa'ida" = "al qaida"). */
export function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘']/g, '')
    .replace(/[-‐‑–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The table of a designated-groups list, by normalised name. */
export function designationTable(groups: readonly DesignatedGroup[]): DesignationTable {
  const out = new Map<string, DesignatedGroup[]>();
  for (const g of groups)
    for (const n of g.names) {
      const k = normaliseName(n);
      (out.get(k) ?? out.set(k, []).get(k)!).push(g);
    }
  return out;
}

/** True when one entry of `name` was in force on `date` (ISO; null: today's list, so a revoked entry is not). */
function inForce(entries: readonly DesignatedGroup[], date: string | null): boolean {
  return entries.some((g) => {
    if (date === null) return !g.revoked;
    const on = date.slice(0, 10);
    return on >= g.designated && (!g.revoked || on < g.revoked);
  });
}

/** The word tokens of sentence `s` from token `from` on, step `dir`, up to MAX_NAME of them, as written (norms). */
function wordsFrom(d: Doc, from: number, dir: 1 | -1, s: number): string[] {
  const out: string[] = [];
  for (let j = from; out.length < MAX_NAME; j += dir) {
    const t = d.tokens[j];
    if (!t || t.sentence !== s || (t.kind !== 'word' && t.kind !== 'number')) break;
    out.push(t.norm);
  }
  return out;
}

/**
 * True when `words` begin with a listed name in force on `date` ("hamas said" begins with "hamas"); `whole`: the
 * words must be the name entire ("islamic state", not "state").
 */
function listedRun(table: DesignationTable, words: readonly string[], date: string | null, whole = false): boolean {
  for (let n = whole ? words.length : 1; n <= words.length; n++) {
    const entries = table.get(normaliseName(words.slice(0, n).join(' ')));
    if (entries && inForce(entries, date)) return true;
  }
  return false;
}

/**
 * True when "terror"/"terrorist" at token i (its words end before token `end`) names a group the table lists on the
 * doc's date: before a group noun, right after the group's name ("the Hamas terrorist group", "the Islamic State
 * terror network") or with the name right after the noun ("the terrorist group Hamas", "the Lebanese terror
 * organization, Hezbollah").
 */
export function designatedGroupNamed(d: Doc, i: number, end: number, table: DesignationTable): boolean {
  const s = d.tokens[i].sentence;
  const noun = d.tokens[end];
  if (!noun || noun.sentence !== s || !GROUP_NOUNS.has(noun.norm)) return false;
  const before = wordsFrom(d, i - 1, -1, s).reverse(); // the words before it, read forwards
  for (let n = 1; n <= before.length; n++)
    if (listedRun(table, before.slice(before.length - n), d.date, true)) return true;
  const after = d.tokens[end + 1]?.norm === ',' ? end + 2 : end + 1;
  return listedRun(table, wordsFrom(d, after, 1, s), d.date);
}
