// Names of languages ("Farsi", "Hebrew", "Urdu", "Latin"): "said in Farsi", "a sign in Hebrew" names a language, no
// place and no person. Read from the world-countries package (every country's languages, in English), as world.ts
// reads its names; one-word names only, an alternative in brackets taken too ("Persian (Farsi)").
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';

let names: ReadonlySet<string> | null = null;

/** The one-word language names of world-countries, as written ("Hebrew", "Farsi"). */
function languageNames(): ReadonlySet<string> {
  if (names) return names;
  const require = createRequire(join(projectRoot(), 'package.json'));
  const countries = require('world-countries') as { languages?: Record<string, string> }[];
  const s = new Set<string>();
  for (const c of countries)
    for (const v of Object.values(c.languages ?? {}))
      for (const part of v.split(/ \(|\)/)) if (/^\p{Lu}\p{Ll}+$/u.test(part)) s.add(part);
  names = s;
  return s;
}

/** The word, as written, is a language's name. */
export function isLanguageName(word: string): boolean {
  return languageNames().has(word);
}
