// Outlet names and aliases (data/outlets.json), and normalising a cited name to one outlet.
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import { stripDiacritics } from '../text/normalize.js';
import { readDataFile } from '../io/data-files.js';
import { outletCore } from '../corpus/outlet-name.js';
import { clippedOutlet, placeLessForms } from './outlet-short-forms.js';

/** One outlet and the names articles use for it. */
export interface OutletEntry {
  name: string;
  aliases: string[];
  /** a news agency (wire service), whose copy other outlets run */
  agency?: boolean;
}

let cachedDefault: OutletEntry[] | undefined;

/** Read an outlet table file ({outlets: [{name, aliases}]}); defaults to data/outlets.json of the project (read once). */
export function readOutletTable(path?: string): OutletEntry[] {
  if (!path && cachedDefault) return cachedDefault;
  const file = path ?? join(projectRoot(), 'data', 'outlets.json');
  const raw = readDataFile<{ outlets?: OutletEntry[] } | OutletEntry[]>('outlets', file); // data/schemas/outlets.schema.json
  const list = Array.isArray(raw) ? raw : (raw.outlets ?? []);
  const table = list
    .filter((e) => e && typeof e.name === 'string')
    .map((e) => ({
      name: e.name,
      aliases: Array.isArray(e.aliases) ? e.aliases.map(String) : [],
      ...(e.agency === true ? { agency: true } : {}),
    }));
  if (!path) cachedDefault = table;
  return table;
}

const keys = new Map<string, string>();

/**
 * The comparison key of an outlet name (memoised): its core without an edition (outletCore: "CNN (Web News)" and
 * "CNN - Editorial" are CNN, so an article citing CNN credits them and their pairs are same-outlet), diacritics
 * stripped, lowercased, a leading "the" and non-alphanumerics dropped. A name that is all edition keeps its words.
 */
export function outletKey(name: string): string {
  let k = keys.get(name);
  if (k === undefined) {
    if (keys.size > 100000) keys.clear();
    const plain = (s: string) => stripDiacritics(s).replace(/[^\p{L}\p{N}]+/gu, '');
    k = plain(outletCore(name)) || plain(name.toLowerCase().replace(/^the\s+/, ''));
    keys.set(name, k);
  }
  return k;
}

/** Resolves names to outlets: alias -> canonical name, preferring the spelling the corpus uses for that outlet. */
export interface OutletResolver {
  /** every alias, longest first, for building a matcher */
  aliases: string[];
  /** short forms of corpus outlets' names to match only as written, capitalised ("Free Beacon"; outlet-short-forms.ts) */
  exactCase?: readonly string[];
  /** canonical outlet for a name (alias or not), or null when unknown */
  resolve(name: string): string | null;
  /** whether a name (alias or corpus spelling) is an outlet the table marks as a news agency */
  isAgency(name: string): boolean;
}

/** Build a resolver from a table and the outlets present in the corpus (which resolve to themselves). */
export function outletResolver(table: readonly OutletEntry[], corpusOutlets: Iterable<string> = []): OutletResolver {
  const corpus = new Map<string, string>();
  for (const o of corpusOutlets) if (o && !corpus.has(outletKey(o))) corpus.set(outletKey(o), o);
  const byKey = new Map<string, string>();
  const aliases = new Set<string>();
  const agencies = new Set<string>();
  for (const e of table) {
    const keys = [e.name, ...e.aliases].map(outletKey).filter(Boolean);
    if (e.agency) for (const k of keys) agencies.add(k);
    // the corpus spelling wins, so citations link to corpus articles
    let canonical = e.name;
    for (const k of keys)
      if (corpus.has(k)) {
        canonical = corpus.get(k)!;
        break;
      }
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, canonical);
    for (const a of [e.name, ...e.aliases]) if (a.trim()) aliases.add(a.trim());
  }
  for (const [k, o] of corpus) {
    if (!byKey.has(k)) byKey.set(k, o);
    aliases.add(o);
  }
  // a corpus outlet's name without its place ("the Free Beacon"), where no table name or alias holds that key
  const exactCase: string[] = [];
  for (const [form, o] of placeLessForms(corpus.values()))
    if (!byKey.has(outletKey(form))) {
      byKey.set(outletKey(form), o);
      exactCase.push(form);
    }
  const list = [...aliases].sort((x, y) => y.length - x.length || (x < y ? -1 : x > y ? 1 : 0));
  const names = [...corpus.values()];
  return {
    aliases: list,
    exactCase,
    resolve: (name) => byKey.get(outletKey(name)) ?? byInitials(name, corpus) ?? clippedOutlet(name.trim(), names),
    isAgency: (name) => agencies.has(outletKey(name)),
  };
}

/** Small words a name's initials skip ("Voice of America" is VOA). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', '&']);

/**
 * The corpus outlet whose name is the initials of a written-out name of three or more words ("Christian Broadcasting
 * Network" for CBN, "National Public Radio" for NPR), or null: an outlet written out in full by one article and known
 * by its initials in the corpus. Every word but the joiners must be capitalised, so a phrase is not read as a name.
 */
function byInitials(name: string, corpus: ReadonlyMap<string, string>): string | null {
  const words = name.trim().split(/\s+/);
  const kept = words.filter((w) => !NAME_JOINERS.has(w.toLowerCase()));
  if (kept.length < 3 || !kept.every((w) => /^\p{Lu}/u.test(w))) return null;
  return corpus.get(kept.map((w) => w[0].toLowerCase()).join('')) ?? null;
}

/** Whether a name is a news outlet: one of the table's (by any alias) or of the corpus's. */
export function isOutletName(
  table: readonly OutletEntry[],
  articles: readonly { outlet: string }[],
): (name: string) => boolean {
  const r = outletResolver(
    table,
    articles.map((a) => a.outlet),
  );
  return (name) => r.resolve(name) !== null;
}
