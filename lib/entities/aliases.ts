// Alias merging rules: spelling skeletons, transliteration variants, surname and shorter forms, user add/veto rules.
//
// The rule is conservative on purpose (see the README section "How names are merged"):
//  1. same name words up to case, particles (al-, el-, bin...), brackets and diacritics -> one name ("Al-Shatri" = "al-Shatri" = "Shatri");
//  2. gazetteer canonical forms (US = U.S. = United States; Shia = Shiite) and acronyms defined in the corpus (INIS = Iraqi National Intelligence Service);
//  3. two multi-word names of compatible type with the same number of words, at least one word identical or of the same
//     vowel-folded skeleton, and every other word a transliteration variant (same vowel-folded skeleton, or same consonants
//     and Jaro-Winkler >= 0.9 on words of 6+ letters, also after folding q/g/k, dh/d, kh/k, Abdel/Abdul);
//  4. a shorter person name whose first and last words equal a longer one's ("Mohammed al-Sudani" -> "Mohammed Shia al-Sudani"),
//     when exactly one longer entity fits;
//  5. a one-word name (a surname) joins a multi-word person name ending in that word only when exactly one such entity exists;
//  6. data/aliases.json adds merges and vetoes any merge (a veto wins over every automatic rule).
import { stripDiacritics } from '../text/normalize.js';
import type { EntityType } from './types.js';

/** User rules from data/aliases.json (see the file's "_format" field). */
export interface AliasRules {
  /** names to merge into one entity (each list: one entity); names are matched like mentions (case, particles and spelling variants folded) */
  merge?: { names: string[]; note?: string }[];
  /** pairs (or lists) of names that must never be in the same entity */
  veto?: { names: string[]; note?: string }[];
  /** extra known names with their type (added to the gazetteer), e.g. {"name": "Nineveh", "type": "place"} */
  entities?: { name: string; type: EntityType; canonical?: string }[];
  /** names never reported as entities */
  ignore?: string[];
}

/** Vowel-folded spelling skeleton of one name word: "Bassem" -> "basim", "Sharaa" -> "shara", "Muhammad" -> "muhamad". */
export function skeleton(word: string): string {
  let s = skeletons.get(word);
  if (s === undefined) {
    if (skeletons.size > 100_000) skeletons.clear();
    skeletons.set(word, (s = computeSkeleton(word)));
  }
  return s;
}

const skeletons = new Map<string, string>();

function computeSkeleton(word: string): string {
  let s = stripDiacritics(word)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  s = s.replace(/(.)\1+/g, '$1');
  s = s.replace(/ou/g, 'u').replace(/ee/g, 'i').replace(/e/g, 'i').replace(/o/g, 'u').replace(/y$/, 'i');
  s = s.replace(/([aiu])h$/, '$1');
  return s.replace(/(.)\1+/g, '$1');
}

/** Consonants of a skeleton ("basim" -> "bsm"). */
export function consonants(word: string): string {
  return skeleton(word).replace(/[aiu]/g, '');
}

/** Jaro-Winkler similarity of two strings (prefix scale 0.1, up to 4 characters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (!la || !lb) return 0;
  const win = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const ma = new Uint8Array(la);
  const mb = new Uint8Array(lb);
  let m = 0;
  for (let i = 0; i < la; i++) {
    for (let j = Math.max(0, i - win); j < Math.min(lb, i + win + 1); j++) {
      if (mb[j] || a[i] !== b[j]) continue;
      ma[i] = mb[j] = 1;
      m++;
      break;
    }
  }
  if (!m) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (m / la + m / lb + (m - t / 2) / m) / 3;
  let p = 0;
  while (p < 4 && p < la && p < lb && a[p] === b[p]) p++;
  return jaro + p * 0.1 * (1 - jaro);
}

const HAS_DIGIT = /\d/;

/**
 * Why two different name words are the same word spelled two ways, or null.
 * `groupTerm` maps words such as shia/shiite to a shared canonical term (from the gazetteer's demonyms).
 */
export function wordVariant(a: string, b: string, groupTerm: ReadonlyMap<string, string>): string | null {
  if (a === b) return null;
  const ga = groupTerm.get(a);
  if (ga && ga === groupTerm.get(b)) return `variant ${a}~${b} (same term '${ga}' in the gazetteer)`;
  if (a.length < 3 || b.length < 3) return null;
  // numbers are not spelled two ways: "9th" and "5th" (of "the 9th Circuit", "the 5th Circuit") differ
  if (HAS_DIGIT.test(a) || HAS_DIGIT.test(b)) return null;
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (sa === sb) return `transliteration variant ${a}~${b} (skeleton ${sa.replace(/[aiu]/g, '')})`;
  const ca = sa.replace(/[aiu]/g, '');
  if (sa.length >= 6 && sb.length >= 6 && ca === sb.replace(/[aiu]/g, '') && jaroWinkler(sa, sb) >= 0.9) {
    return `transliteration variant ${a}~${b} (consonants ${ca}, Jaro-Winkler ${jaroWinkler(sa, sb).toFixed(2)})`;
  }
  return null;
}

/**
 * Why two name words are one Arabic or Persian name in two romanisations, or null: the same skeleton once the
 * letters that English copy uses for one sound are folded (`foldConsonants`): "Qaddafi" = "Gadhafi" = "Kadafi",
 * "Araghchi" = "Araqchi", "Tawfik" = "Tawfiq", "Abdel" = "Abdul". Looser than `wordVariant`, so used only inside a
 * full name with another word spelled alike (`nameVariant`), never for a bare surname.
 */
export function romanisationVariant(a: string, b: string, groupTerm: ReadonlyMap<string, string>): string | null {
  const strict = wordVariant(a, b, groupTerm);
  if (strict || a.length < 4 || b.length < 4 || HAS_DIGIT.test(a) || HAS_DIGIT.test(b)) return strict;
  const fa = foldConsonants(a);
  const fb = foldConsonants(b);
  if (fa === a && fb === b) return null;
  return fa === fb || wordVariant(fa, fb, groupTerm) ? `romanisation variant ${a}~${b} (folded ${skeleton(fa)})` : null;
}

/**
 * One romanisation of each sound that English copy spells several ways: q, g, k and c before a vowel are one
 * letter (Arabic qaf, written q, g or k); dh, th, gh and kh lose the h (Qadhafi, Gaddafi); Abd al-, the "servant
 * of" that opens many names, is abdul whether written Abdel, Abdal or Abdul; the article written into a surname is
 * dropped as it is when hyphened ("Elbeblawi" = "el-Beblawi").
 */
export function foldConsonants(word: string): string {
  let f = folds.get(word);
  if (f === undefined) {
    if (folds.size > 100_000) folds.clear();
    f = stripDiacritics(word).toLowerCase().replace(GLUED_ARTICLE, '').replace(ABD_AL, 'abdul');
    f = f.replace(H_DIGRAPH, '$1').replace(VELAR, 'k');
    folds.set(word, f);
  }
  return f;
}

const folds = new Map<string, string>();

const ABD_AL = /^abd[aeiou]l/;
/** The Arabic article written into the surname ("Elbeblawi", "ElBaradei"), before four letters or more. */
const GLUED_ARTICLE = /^(?:al|el)(?=[a-z]{4,}$)/;
const H_DIGRAPH = /([dtgk])h/g;
const VELAR = /[qgc](?!h)/g;

/** Why two multi-word names (core words, particles removed) are one name spelled differently, or null. */
export function nameVariant(
  a: readonly string[],
  b: readonly string[],
  groupTerm: ReadonlyMap<string, string>,
): string | null {
  if (a.length !== b.length || a.length < 2) return null;
  let anchor = 0;
  const why: string[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) {
      anchor++;
      continue;
    }
    if (skeleton(a[i]) === skeleton(b[i])) anchor++;
    const w = romanisationVariant(a[i], b[i], groupTerm);
    if (!w) return null;
    why.push(w);
  }
  // one word written alike (the same letters or vowel skeleton) anchors the rest: "Fouad Massoum" = "Fuad Masum",
  // "Muammar Qaddafi" = "Moammar Gadhafi"
  return anchor && why.length ? why.join('; ') : null;
}

/** A name part that is an initial with its period ("w."). */
const isInitialPart = (p: string) => p.length === 2 && p.charCodeAt(1) === 46;

/** Why a shorter person name is a form of a longer one (same first and last word, the rest a subsequence), or null. */
export function shorterForm(short: readonly string[], long: readonly string[]): string | null {
  if (short.length < 2 || short.length >= long.length) return null;
  if (short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return null;
  // "George W. Bush" is not "George H. W. Bush": a shorter name with initials has all the longer one's
  const initials = short.filter(isInitialPart).join(' ');
  if (initials && initials !== long.filter(isInitialPart).join(' ')) return null;
  let j = 0;
  for (const w of short) {
    while (j < long.length && long[j] !== w) j++;
    if (j === long.length) return null;
    j++;
  }
  return 'same first and last name';
}

/** Union-find over name nodes that refuses any union joining two vetoed nodes. */
export class VetoUnionFind {
  private parent: Int32Array;
  private size: number;
  private vetoes: [number, number][] = [];
  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = n;
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  /** Add a node in a set of its own, with the vetoes of node `like` (a node split off another); returns its index. */
  add(like: number): number {
    if (this.size === this.parent.length) {
      const grown = new Int32Array(Math.max(8, this.size * 2));
      grown.set(this.parent);
      this.parent = grown;
    }
    const i = this.size++;
    this.parent[i] = i;
    for (const [x, y] of this.vetoes.slice()) {
      if (x === like) this.vetoes.push([i, y]);
      if (y === like) this.vetoes.push([x, i]);
    }
    return i;
  }
  /** The representative of a node's set. */
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  /** Forbid nodes a and b from ever sharing a set. */
  veto(a: number, b: number): void {
    this.vetoes.push([a, b]);
  }
  /** True when joining the sets of a and b would join a vetoed pair. */
  vetoed(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    for (const [x, y] of this.vetoes) {
      const rx = this.find(x);
      const ry = this.find(y);
      if ((rx === ra && ry === rb) || (rx === rb && ry === ra)) return true;
    }
    return false;
  }
  /** Join the sets of a and b unless already joined or vetoed; true when joined. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb || this.vetoed(a, b)) return false;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
    return true;
  }
}

/** Validate parsed aliases-file JSON and return the rules (throws with a readable message on a malformed file). */
export function parseAliasRules(json: unknown): AliasRules {
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new Error('aliases file: expected a JSON object with "merge", "veto", "entities", "ignore"');
  const o = json as Record<string, unknown>;
  const lists = (k: string) => {
    const v = o[k] ?? [];
    if (!Array.isArray(v)) throw new Error(`aliases file: "${k}" must be a list`);
    return v as unknown[];
  };
  const rules: AliasRules = { merge: [], veto: [], entities: [], ignore: [] };
  for (const k of ['merge', 'veto'] as const) {
    for (const r of lists(k)) {
      const names = Array.isArray(r) ? r : (r as { names?: unknown })?.names;
      if (!Array.isArray(names) || names.length < 2 || !names.every((n) => typeof n === 'string'))
        throw new Error(`aliases file: each "${k}" entry needs "names": a list of at least two strings`);
      rules[k]!.push({
        names: names,
        note: typeof (r as { note?: unknown }).note === 'string' ? (r as { note: string }).note : undefined,
      });
    }
  }
  const types = new Set(['person', 'org', 'place', 'group', 'demonym']);
  for (const e of lists('entities')) {
    const x = e as { name?: unknown; type?: unknown; canonical?: unknown };
    if (typeof x?.name !== 'string' || !types.has(String(x.type)))
      throw new Error(
        'aliases file: each "entities" entry needs "name" and "type" (person, org, place, group, demonym)',
      );
    rules.entities!.push({
      name: x.name,
      type: x.type as EntityType,
      canonical: typeof x.canonical === 'string' ? x.canonical : undefined,
    });
  }
  for (const n of lists('ignore')) {
    if (typeof n !== 'string') throw new Error('aliases file: "ignore" must be a list of strings');
    rules.ignore!.push(n);
  }
  return rules;
}
