// Reading the user's alias rules and the nickname table from disk (the only file input of the entities module).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import { readDataFile } from '../io/data-files.js';
import { parseAliasRules, type AliasRules } from './aliases.js';
import { nicknameTable, type NicknameFile, type NicknameTable } from './nicknames.js';

/** Read alias rules from a JSON file (default data/aliases.json under the project root); empty rules when the default file is missing. */
export function readAliasRules(path?: string): AliasRules {
  const p = path ?? join(projectRoot(), 'data', 'aliases.json');
  if (!existsSync(p)) {
    if (path) throw new Error(`aliases file not found: ${path}`);
    return {};
  }
  return parseAliasRules(readDataFile<unknown>('aliases', p)); // checked against data/schemas/aliases.schema.json
}

let defaultNicknames: NicknameTable | undefined;

/**
 * The nickname table of a JSON file, checked against data/schemas/nicknames.schema.json. Without a path:
 * data/nicknames.json under the project root, read once per process (an empty table when the file is missing).
 */
export function readNicknames(path?: string): NicknameTable {
  if (path) return nicknameTable(readDataFile<NicknameFile>('nicknames', path));
  if (!defaultNicknames) {
    const p = join(projectRoot(), 'data', 'nicknames.json');
    defaultNicknames = existsSync(p) ? nicknameTable(readDataFile<NicknameFile>('nicknames', p)) : new Map();
  }
  return defaultNicknames;
}
