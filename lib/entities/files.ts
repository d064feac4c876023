// Reading the user's alias rules from disk (the only file input of the entities module).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import { parseAliasRules, type AliasRules } from './aliases.js';

/** Read alias rules from a JSON file (default data/aliases.json under the project root); empty rules when the default file is missing. */
export function readAliasRules(path?: string): AliasRules {
  const p = path ?? join(projectRoot(), 'data', 'aliases.json');
  if (!existsSync(p)) {
    if (path) throw new Error(`aliases file not found: ${path}`);
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(p, 'utf8'));
  } catch (e) {
    throw new Error(`aliases file ${p} is not valid JSON: ${(e as Error).message}`);
  }
  return parseAliasRules(json);
}
