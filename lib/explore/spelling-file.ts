// Reading the spelling table (data/spelling-variants.json) from disk, once per process (input module).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import { readDataFile } from '../io/data-files.js';
import { spellingIndex, type SpellingIndex, type SpellingTable } from './house-spelling.js';

let cached: SpellingIndex | undefined;

/** The spelling index of data/spelling-variants.json (checked against its schema); empty when the file is missing. */
export function defaultSpellings(): SpellingIndex {
  if (!cached) {
    const p = join(projectRoot(), 'data', 'spelling-variants.json');
    cached = existsSync(p)
      ? spellingIndex(readDataFile<SpellingTable>('spelling-variants', p))
      : { forms: new Map(), endings: [] };
  }
  return cached;
}
