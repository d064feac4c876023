// One cited outlet for a name a corpus writes two ways, so the citations table, the outlet keys, notebook 02's "Who is
// cited" and the report count it once. Read on real coverage: "Irna" beside "IRNA" (an agency cited in title case and
// in capitals), and "LA Times" beside "Los Angeles Times" (a place written as its initials), each counted as two
// outlets. Neither needs a list: the long spelling is in the corpus's own citations or in the outlet table.
import type { Citation } from './types.js';
import { outletKey } from './outlets.js';
import { OUTLET_WORD } from './outlet-words.js';

/**
 * A one-word title-case name is cited in capitals where another citation of the corpus writes it so ("state news
 * agency Irna", "IRNA reported").
 */
export function acronymSpelling(cites: Citation[]): Citation[] {
  const caps = new Set(cites.filter((c) => /^[A-Z]{2,6}$/.test(c.cited)).map((c) => c.cited));
  if (caps.size === 0) return cites;
  for (const c of cites)
    if (/^[A-Z][a-z]{1,5}$/.test(c.cited) && caps.has(c.cited.toUpperCase())) c.cited = c.cited.toUpperCase();
  return cites;
}

/** A name opening with initials: "LA Times", "L.A. Times", "NY Post" (two to four capitals, dotted or not). */
const INITIALS_FIRST = /^(?:[Tt]he\s+)?((?:[A-Z]\.){2,4}|[A-Z]{2,4})\s+(\S.*)$/;

/** The words of a name without a leading "The". */
const wordsOf = (name: string) =>
  name
    .replace(/^the\s+/i, '')
    .trim()
    .split(/\s+/);

/**
 * The one long name among `names` whose first words have the initials of `short` and whose other words are the same
 * ("Los Angeles Times" for "LA Times"), or null when none or several differ.
 */
function spelledOut(short: string, names: readonly string[]): string | null {
  const m = INITIALS_FIRST.exec(short);
  if (!m) return null;
  const letters = m[1].replace(/\./g, '');
  const rest = m[2].toLowerCase().split(/\s+/).join(' ');
  const found = new Map<string, string>(); // by outlet key: "The Los Angeles Times" and "Los Angeles Times" are one
  for (const name of names) {
    const w = wordsOf(name);
    if (w.length !== letters.length + rest.split(' ').length) continue;
    const head = w.slice(0, letters.length);
    if (!head.every((x, i) => /^\p{Lu}\p{Ll}/u.test(x) && x[0] === letters[i])) continue;
    if (w.slice(letters.length).join(' ').toLowerCase() === rest && !found.has(outletKey(name)))
      found.set(outletKey(name), name);
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/**
 * A name written with a place's initials is cited as the spelled-out name the corpus cites or the outlet table and the
 * corpus know ("LA Times" as "Los Angeles Times"); its kind is read again (the article's own outlet: self).
 * `resolve` gives the table's or corpus's name of a spelling; `own` whether a cited name is the citing article's
 * outlet.
 */
export function initialsSpelling(
  cites: Citation[],
  known: readonly string[],
  resolve: (name: string) => string | null,
  own: (c: Citation, cited: string) => boolean,
): Citation[] {
  const shorts = cites.filter((c) => c.kind !== 'generic' && INITIALS_FIRST.test(c.cited));
  if (!shorts.length) return cites;
  const names = [...new Set([...cites.filter((c) => c.kind !== 'generic').map((c) => c.cited), ...known])];
  const memo = new Map<string, string | null>();
  for (const c of shorts) {
    if (!memo.has(c.cited)) {
      const long = spelledOut(c.cited, names);
      memo.set(c.cited, long && (resolve(long) ?? long));
    }
    const long = memo.get(c.cited);
    if (!long) continue;
    c.cited = long;
    c.kind = own(c, long) ? 'self' : 'outlet';
  }
  return cites;
}

/**
 * One label per cited outlet: citations whose names share an outlet key ("The Los Angeles Times", "Los Angeles Times")
 * are cited under the spelling most of them use (ties: the shorter, then the first in order), so the table lists the
 * outlet once.
 */
export function keySpelling(cites: Citation[]): Citation[] {
  const counts = new Map<string, Map<string, number>>();
  for (const c of cites) {
    if (c.kind === 'generic') continue;
    const k = outletKey(c.cited);
    const m = counts.get(k) ?? counts.set(k, new Map()).get(k)!;
    m.set(c.cited, (m.get(c.cited) ?? 0) + 1);
  }
  const label = new Map<string, string>();
  for (const [k, m] of counts) {
    if (m.size < 2) continue;
    const best = [...m].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length || (x[0] < y[0] ? -1 : 1))[0][0];
    label.set(k, best);
  }
  if (label.size) for (const c of cites) if (c.kind !== 'generic') c.cited = label.get(outletKey(c.cited)) ?? c.cited;
  return cites;
}

/** A medium word closing a newsroom's name ("Al-Manar TV", "Fars News Agency", "NPR News"): the words before it
 * name the same newsroom. One word at a time, so "Fars News Agency" is read as "Fars News", then "Fars". */
const MEDIUM_END = /^(.*\S)\s+(?:TV|Television|Radio|News|Agency|Network)$/;
const MAX_LABEL = 120;
const BARE_WORD = new RegExp(`^(?:[Tt]he\\s+)?${OUTLET_WORD}$`);

/** The group of a cited label, keyed by its shortest form without medium words that another cited label or a known
 * outlet has, and the known outlet when it is one; null when no shorter form is cited or known. */
function mediumGroup(
  label: string,
  keys: ReadonlySet<string>,
  resolve: (name: string) => string | null,
): { key: string; known: string | null } | null {
  let found: { key: string; known: string | null } | null = null;
  for (let m = MEDIUM_END.exec(label); m; m = MEDIUM_END.exec(m[1])) {
    // a bare outlet word is a piece of many names, no newsroom ("the Daily" of "the Daily News")
    if (BARE_WORD.test(m[1])) break;
    const known = resolve(m[1]);
    if (known) found = { key: outletKey(known), known };
    else if (keys.has(outletKey(m[1]))) found = { key: outletKey(m[1]), known: null };
  }
  return found;
}

/**
 * One cited outlet for a name written with and without its medium word: "Al-Manar TV" beside "Al Manar", "Fars News
 * Agency" beside "Fars News" are one outlet, cited under the spelling most citations use (ties: the shorter); a name
 * whose shorter form the outlet table or the corpus knows ("NPR News" where the corpus holds NPR) is cited as that
 * outlet. A known name keeps its medium words ("Sky News"). `own`: whether a cited name is the citing article's outlet
 * (the kind is read again).
 */
export function mediumSpelling(
  cites: Citation[],
  resolve: (name: string) => string | null,
  own: (c: Citation, cited: string) => boolean,
): Citation[] {
  const named = cites.filter((c) => c.kind !== 'generic');
  const keys = new Set(named.map((c) => outletKey(c.cited)));
  const groups = new Map<string, { key: string; known: string | null }>();
  for (const label of new Set(named.map((c) => c.cited))) {
    // a label longer than a name (a corpus's outlet field may hold anything) is read as it is: MEDIUM_END backtracks
    const g = label.length > MAX_LABEL || resolve(label) === label ? null : mediumGroup(label, keys, resolve);
    if (g) groups.set(label, g);
  }
  if (!groups.size) return cites;
  const keyOf = (label: string) => groups.get(label)?.key ?? outletKey(label);
  const counts = new Map<string, Map<string, number>>();
  for (const c of named) {
    const m = counts.get(keyOf(c.cited)) ?? counts.set(keyOf(c.cited), new Map()).get(keyOf(c.cited))!;
    m.set(c.cited, (m.get(c.cited) ?? 0) + 1);
  }
  const most = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length)[0][0];
  for (const c of named) {
    const g = groups.get(c.cited);
    const best = g?.known ?? most(counts.get(keyOf(c.cited))!);
    if (best === c.cited) continue;
    c.cited = best;
    c.kind = own(c, best) ? 'self' : 'outlet';
  }
  return cites;
}
