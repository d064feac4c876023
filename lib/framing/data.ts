// Reading the user-editable framing data files (input/output module): data/frames.json and data/loaded-lexicon.json.
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import { readDataFile } from '../io/data-files.js';
import type { FramesConfig, LoadedLexicon } from './types.js';
import type { ActFamily } from './act-names.js';

/** Read a frames file (default data/frames.json under the project root). */
export function readFrames(path = join(projectRoot(), 'data', 'frames.json')): FramesConfig {
  const f = readDataFile<FramesConfig>('frames', path); // checked against data/schemas/frames.schema.json
  f.titles ??= [];
  return f;
}

/** Read a loaded-language lexicon (default data/loaded-lexicon.json under the project root). */
export function readLexicon(path = join(projectRoot(), 'data', 'loaded-lexicon.json')): LoadedLexicon {
  return readDataFile<LoadedLexicon>('loaded-lexicon', path); // checked against data/schemas/loaded-lexicon.schema.json
}

/** Read the act-noun families (default data/act-nouns.json under the project root). */
export function readActNouns(path = join(projectRoot(), 'data', 'act-nouns.json')): ActFamily[] {
  return readDataFile<{ families: ActFamily[] }>('act-nouns', path).families; // checked against its schema
}
