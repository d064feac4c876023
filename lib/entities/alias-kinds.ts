// What an entity's aliases are, for a reader told "X appears under N spellings": a spelling writes the same name
// another way (case, dots, spaces: "U.S." = "US" = "UNITED STATES"; its initials: "USA" of "United States of
// America", "GOP" of "Grand Old Party"); another name is none of these ("America" for the United States, "GOP"
// beside "Republican Party"); a party's members and adjective ("Republicans", "Republican") are neither: they are
// counted with the party (a news count of who is named counts "Republicans blocked the bill" as the party acting) but
// are no name of it.
import { partyMemberForm } from './merge/party-forms.js';

/** Letters and digits only, lowercased: "U.S ." -> "us". */
function letters(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The initials of a name of two words or more, "of" and "the" skipped: "United States of America" -> "usa". */
function initials(s: string): string {
  const ws = s.split(/[\s.]+/).filter((w) => w && !/^(?:of|the|and|&)$/i.test(w));
  return ws.length >= 2 ? ws.map((w) => w[0].toLowerCase()).join('') : '';
}

/** Whether two aliases spell one name: the same letters, or one the other's initials. */
function sameName(a: string, b: string): boolean {
  const la = letters(a);
  const lb = letters(b);
  return la === lb || (la !== '' && la === initials(b)) || (lb !== '' && lb === initials(a));
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
