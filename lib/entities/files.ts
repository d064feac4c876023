// Reading the user's alias rules from disk (the only file input of the entities module).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import { readDataFile } from '../io/data-files.js';
import { parseAliasRules, type AliasRules } from './aliases.js';

/** Read alias rules from a JSON file (default data/aliases.json under the project root); empty rules when the default file is missing. */
export function readAliasRules(path?: string): AliasRules {
  const p = path ?? join(projectRoot(), 'data', 'aliases.json');
  if (!existsSync(p)) {
    if (path) throw new Error(`aliases file not found: ${path}`);
    return {};
  }
  return parseAliasRules(readDataFile<unknown>('aliases', p)); // checked against data/schemas/aliases.schema.json
}
