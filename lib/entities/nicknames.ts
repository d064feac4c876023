// Nicknames (hypocorisms) of given names: "chuck" stands for "charles", "bill" for "william". The table comes from
// data/nicknames.json (read in files.ts); this module only builds and queries it.
import { byString } from '../util/compare.js';

/** The shape of data/nicknames.json: formal given name -> its short forms, all lowercase. */
export interface NicknameFile {
  about?: string;
  names: Record<string, string[]>;
}

/** Given name (lowercase) -> the formal names it may stand for, sorted; a formal name stands for itself. */
export type NicknameTable = ReadonlyMap<string, readonly string[]>;

/** The lookup table of a nickname file. */
export function nicknameTable(file: NicknameFile): NicknameTable {
  const forms = new Map<string, string[]>();
  const add = (name: string, formal: string) => {
    const list = forms.get(name) ?? forms.set(name, []).get(name)!;
    if (!list.includes(formal)) list.push(formal);
  };
  for (const formal of Object.keys(file.names).sort(byString)) {
    add(formal, formal);
    for (const nick of file.names[formal]) if (nick !== formal) add(nick, formal);
  }
  for (const list of forms.values()) list.sort(byString);
  return forms;
}

/**
 * The formal name two different given names both stand for ("chuck" and "charles": "charles"; "bob" and "rob":
 * "robert"), or null: the same name, names the table does not link, or two different formal names.
 */
export function sharedFormal(table: NicknameTable, a: string, b: string): string | null {
  if (a === b) return null;
  const fa = table.get(a);
  const fb = table.get(b);
  if (!fa || !fb) return null;
  for (const f of fa) if (fb.includes(f)) return f;
  return null;
}

/** Whether a given name can stand for `formal` (it is that name or one of its short forms). */
export function standsFor(table: NicknameTable, name: string, formal: string): boolean {
  return name === formal || (table.get(name)?.includes(formal) ?? false);
}
