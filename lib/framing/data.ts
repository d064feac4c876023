// Reading the user-editable framing data files (input/output module): data/frames.json and data/loaded-lexicon.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import type { FramesConfig } from './labels.js';
import type { LoadedLexicon } from './loaded.js';

/** Read a frames file (default data/frames.json under the project root). */
export function readFrames(path = join(projectRoot(), 'data', 'frames.json')): FramesConfig {
  const f = JSON.parse(readFileSync(path, 'utf8')) as FramesConfig;
  if (!Array.isArray(f.concepts)) throw new Error(`${path}: "concepts" must be an array`);
  f.titles ??= [];
  return f;
}

/** Read a loaded-language lexicon (default data/loaded-lexicon.json under the project root). */
export function readLexicon(path = join(projectRoot(), 'data', 'loaded-lexicon.json')): LoadedLexicon {
  const l = JSON.parse(readFileSync(path, 'utf8')) as LoadedLexicon;
  if (!Array.isArray(l.themes)) throw new Error(`${path}: "themes" must be an array`);
  return l;
}
