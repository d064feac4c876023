// Which loaded-table rows count as an outlet's own loaded wording: the one rule the report's loaded-terms finding and
// notebook 04's loaded line both read, so the two never list different words. Left out: a word used only in quotes,
// a word marked only because one outlet writes it more than the others on the same story (theme "outlet contrast":
// words of blame below the vocabularies' own bar, lib/framing/contrast-words.ts), and a story's own word, which most
// outlets covering the same stories also write in their own narration (lib/report/story-words.ts).
import { loadedKey } from './loaded-spread.js';
import { pushTo } from '../util/maps.js';

/** A loaded-table row as this reads it (lib/framing/loaded-rows.ts LoadedRow). */
export type LoadedRowLike = { outlet: string; term: string; own: number; forms?: string; theme?: string };

/**
 * The rows counted, each row's name (`nameOf`: its forms, one name for a word and its plural the lexicon lists apart,
 * "claim/claims"), and per outlet the forms left out as its stories' own words ("militant/militants").
 */
export interface OwnLoaded<R> {
  rows: R[];
  nameOf: (r: R) => string;
  storyForms: Map<string, string[]>;
}

/** How a row's forms are named: its first three forms over slashes ("militant/militants"), else its term. */
export const loadedForms = (r: LoadedRowLike): string =>
  (r.forms || r.term).split(/;\s*/).filter(Boolean).slice(0, 3).join('/');

/**
 * The rows of `loaded` that are an outlet's own loaded wording, in their order: used in its own narration, not an
 * outlet contrast, and not among `story` (storyWords' outlet + row keys).
 */
export function ownLoadedRows<R extends LoadedRowLike>(
  loaded: readonly R[],
  story: ReadonlySet<string> = new Set(),
): OwnLoaded<R> {
  const rows: R[] = [];
  const storyForms = new Map<string, string[]>();
  for (const r of loaded) {
    if (r.own <= 0 || r.theme === 'outlet contrast') continue;
    if (story.has(loadedKey(r.outlet, r.term, r.forms?.split(';')[0].trim())))
      pushTo(storyForms, r.outlet, loadedForms(r));
    else rows.push(r);
  }
  const plurals = pluralNames(rows);
  return { rows, nameOf: (r) => plurals.get(r) ?? loadedForms(r), storyForms };
}

/**
 * One name for a word and its plural listed as two lexicon entries ("claim" and "claims" of one outlet and theme):
 * "claim/claims", so a finding does not list the same word twice and their uses are counted together.
 */
function pluralNames<R extends LoadedRowLike>(rows: readonly R[]): Map<R, string> {
  const byTerm = new Map<string, R>();
  for (const r of rows) if (!r.term.includes('*')) byTerm.set(r.outlet + '\u0000' + r.theme + '\u0000' + r.term, r);
  const out = new Map<R, string>();
  for (const r of byTerm.values())
    for (const end of ['s', 'es']) {
      const plural = byTerm.get(r.outlet + '\u0000' + r.theme + '\u0000' + r.term + end);
      if (!plural) continue;
      out.set(r, `${r.term}/${plural.term}`);
      out.set(plural, `${r.term}/${plural.term}`);
    }
  return out;
}
