// What an entity's aliases are, for a reader told "X appears under N spellings": a spelling writes the same name
// another way (case, dots, spaces: "U.S." = "US" = "UNITED STATES"; its initials: "USA" of "United States of
// America", "GOP" of "Grand Old Party"); another name is none of these ("America" for the United States, "GOP"
// beside "Republican Party"); a party's members and adjective ("Republicans", "Republican") are neither: they are
// counted with the party (a news count of who is named counts "Republicans blocked the bill" as the party acting) but
// are no name of it.
import { partyMemberForm } from './merge/party-forms.js';
import { gazetteerMaps } from './gazetteer.js';
import { NAME_SUFFIX } from './family-name.js';

/** Letters and digits only, lowercased: "U.S ." -> "us". */
function letters(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The initials of a name of two words or more, "of" and "the" skipped: "United States of America" -> "usa". */
function initials(s: string): string {
  const ws = s.split(/[\s.]+/).filter((w) => w && !/^(?:of|the|and|&)$/i.test(w));
  return ws.length >= 2 ? ws.map((w) => w[0].toLowerCase()).join('') : '';
}

/**
 * The name without a country (or other place) written before it: "House" of "U.S. House", "Senate" of "US Senate".
 * The country names where the body is, not another name of it. Empty when nothing is left or no place leads.
 */
function withoutLeadingPlace(s: string): string {
  const ws = s.split(/\s+/);
  const places = gazetteerMaps().lower;
  for (let k = Math.min(3, ws.length - 1); k >= 1; k--)
    if (places.get(ws.slice(0, k).join(' ').toLowerCase())?.type === 'place') return ws.slice(k).join(' ');
  return '';
}

/** The name words of an alias, lowercased, brackets and dots dropped, a generation suffix dropped; null when a word
 * joins two names ("of"). */
function nameWords(s: string): string[] | null {
  const ws = s
    .replace(/[()[\]."“”`']+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  if (ws.some((w) => /^(?:of|the|and|&|for|de|del)$/.test(w))) return null;
  // a generation suffix ends the name's formal form ("Eric H. Holder Jr."): no word of the name itself
  return ws.length > 2 && NAME_SUFFIX.test(ws[ws.length - 1]) ? ws.slice(0, -1) : ws;
}

/**
 * One name in its long and short forms, as a person's is written: the family or the given name alone ("Trump",
 * "Donald" of "Donald Trump"), or with a middle name or initial ("Donald J. Trump"). Not across a joining word:
 * "America" is another name of the "United States of America".
 */
function nameForms(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (!wa || !wb || !wa.length || !wb.length || wa.length > 4 || wb.length > 4) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const first = short[0] === long[0];
  const last = short[short.length - 1] === long[long.length - 1];
  if (short.length === 1) return long.length > 1 && (first || last);
  return first && last;
}

/** Whether two aliases spell one name: the same letters, one the other's initials, its long and short forms, or one
 * the other after a country. */
function sameName(a: string, b: string): boolean {
  const la = letters(a);
  const lb = letters(b);
  if (la === lb || (la !== '' && la === initials(b)) || (lb !== '' && lb === initials(a))) return true;
  if (nameForms(a, b)) return true;
  const pa = letters(withoutLeadingPlace(a));
  const pb = letters(withoutLeadingPlace(b));
  return (pa !== '' && (pa === lb || pa === pb)) || (pb !== '' && pb === la);
}

/** The aliases split into the party's members' forms and the rest. */
export function memberForms(name: string, aliases: readonly string[]): { members: string[]; rest: string[] } {
  const members = aliases.filter((a) => partyMemberForm(name, a));
  return { members, rest: aliases.filter((a) => !members.includes(a)) };
}

/** How many distinct names the aliases are, spellings of one name counted once (see above). */
export function distinctNames(aliases: readonly string[]): number {
  const group = aliases.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i])));
  for (let i = 0; i < aliases.length; i++)
    for (let j = i + 1; j < aliases.length; j++) if (sameName(aliases[i], aliases[j])) group[find(i)] = find(j);
  return new Set(aliases.map((_, i) => find(i))).size;
}
