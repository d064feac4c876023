// Merge rule: plural and adjective forms of a party or group ("Republican" = "Republicans" = "Republican Party";
// "Democrats" = "Democratic Party"). A known alias such as GOP reaches the party through the gazetteer. A word that
// every article writing it names as part of a person's family name takes no part ("Lanza" of "Edilberto Lanza Mejia"
// is no singular of "the Lanzas").
import { ORG_HEADS } from '../gazetteer.js';
import { nodeLabel, type MergeGraph } from './graph.js';

/** one word of letters (a module constant: tsx rebuilds a \p{...} literal on every call) */
const LETTERS = /^\p{L}+$/u;

/** "Democrats", "Democratic", "Democrat" -> "democrat"; "Republicans" -> "republican". */
function stem(word: string): string {
  const w = pluralS(word) && word.length > 4 ? word.slice(0, -1) : word;
  return w.endsWith('ic') && w.length > 6 ? w.slice(0, -2) : w;
}

/** Whether a final s can be a plural's: not in -ss ("Press", "Congress" are no plurals of "Pres", "Congres"). */
function pluralS(word: string): boolean {
  return word.endsWith('s') && !word.endsWith('ss');
}

/** Whether `plural` is `singular` + s. */
function pluralOf(plural: string, singular: string): boolean {
  return plural === singular + 's' && pluralS(plural);
}

/** The stem of a node that can take part: a one-word name, or "<word> Party"; '' otherwise. */
function partyStem(g: MergeGraph, i: number): { stem: string; party: boolean } | null {
  const { core } = g.nodes[i];
  const t = g.types[i];
  if ((t.type === 'person' || t.type === 'place') && t.strength >= 2) return null;
  if (core.length === 1 && LETTERS.test(core[0]))
    return singularPlural(core[0], t.type) ? { stem: stem(core[0]), party: false } : null;
  if (core.length === 2 && core[1] === 'party') return { stem: stem(core[0]), party: true };
  return null;
}

/**
 * Whether a one-word name may take part as a singular or a plural. Not a person's name, however weakly typed: a family
 * name ending in s is no plural of a given name ("Roberts", "Adams", "Parks"). Not an organisation's head word written
 * alone: "the Times" is a newspaper named by its head, not the plural of "Time" (a magazine).
 */
function singularPlural(word: string, type: string): boolean {
  return type !== 'person' && !ORG_HEADS.has(word);
}

/** Whether node `adj` is the -ic adjective of node `noun`'s word, both typed group ("Democratic" of "Democrats"). */
function groupAdjective(g: MergeGraph, adj: number, noun: number): boolean {
  const a = g.nodes[adj].core[0];
  const n = g.nodes[noun].core[0];
  const singular = pluralS(n) ? n.slice(0, -1) : n;
  return a === singular + 'ic' && g.types[adj].type === 'group' && g.types[noun].type === 'group';
}

/**
 * Whether one of two one-word names reads as one body or one place, whose plural names several of its kind and not it:
 * "State" (the department) and "the States", "Border" and "Borders", "Park" and "Parks". A people's or a group's word
 * on either side keeps the pair ("Salvadorians" beside an "El Salvadorian" typed a body by "gang"); so does a pair
 * with no such type ("Marine", "Dreamer", "Salafi").
 */
function oneBodyOrPlace(g: MergeGraph, a: number, b: number): boolean {
  const ts = [g.types[a].type, g.types[b].type];
  if (ts.some((t) => t === 'group' || t === 'demonym')) return false;
  return ts.some((t) => t === 'org' || t === 'place');
}

/**
 * Per article, the words a person's full name holds after its given name ("lanza" and "mejia" of "Edilberto Lanza
 * Mejia"): a one-word name every article of which names such a person is that person's family name (a Spanish first
 * surname), not the singular of a group's plural ("the Lanzas who arrived", his family).
 */
function familyWordsByDoc(g: MergeGraph): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  g.nodes.forEach((n, i) => {
    if (n.core.length < 2 || g.types[i].type !== 'person') return;
    for (const m of n.mentions) {
      const words = out.get(m.doc) ?? out.set(m.doc, new Set()).get(m.doc)!;
      for (let k = 1; k < n.core.length; k++) words.add(n.core[k]);
    }
  });
  return out;
}

/** Whether every article naming one-word node i names a person whose full name holds its word after the first. */
function familyWordEverywhere(g: MergeGraph, i: number, family: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const w = g.nodes[i].core[0];
  return g.nodes[i].mentions.every((m) => family.get(m.doc)?.has(w) ?? false);
}

/**
 * Whether one-word node i is a common noun capitalised: the corpus writes its word in lower case more often than
 * the node is named. "Freedom" alone is a piece of a longer name ("Freedom for Immigrants", "Vets for Freedom",
 * "Azadi , or Freedom , Square"), no short form of a "Freedom Party".
 */
function commonNoun(g: MergeGraph, i: number, lower: ReadonlyMap<string, number>): boolean {
  const n = g.nodes[i];
  return n.core.length === 1 && (lower.get(n.core[0]) ?? 0) > n.mentions.length;
}

/** The one-word names the corpus types a place (lowercase): "america", "carolina". */
function placeWords(g: MergeGraph): Set<string> {
  const out = new Set<string>();
  g.nodes.forEach((n, i) => {
    if (g.types[i].type !== 'place') return;
    for (const m of n.mentions) if (LETTERS.test(m.text)) out.add(m.text.toLowerCase());
  });
  return out;
}

/**
 * Whether one-word node i is the plural of a place's name: a region ("the Americas", "the Carolinas"), no party's
 * members ("America Party").
 */
function placePlural(g: MergeGraph, i: number, places: ReadonlySet<string>): boolean {
  const w = g.nodes[i].core[0];
  return g.nodes[i].core.length === 1 && pluralS(w) && places.has(w.slice(0, -1));
}

/** Join a party's plural and adjective forms to each other and to "<X> Party" (a common noun, or a place's plural,
 * not to the party). */
export function mergePartyForms(g: MergeGraph, lower: ReadonlyMap<string, number> = new Map()): void {
  const byStem = new Map<string, number[]>();
  const family = familyWordsByDoc(g);
  const places = placeWords(g);
  g.nodes.forEach((_, i) => {
    const s = partyStem(g, i);
    if (s && !(g.nodes[i].core.length === 1 && familyWordEverywhere(g, i, family)))
      (byStem.get(s.stem) ?? byStem.set(s.stem, []).get(s.stem)!).push(i);
  });
  for (const list of byStem.values()) {
    if (list.length < 2) continue;
    const party = list.find((i) => partyStem(g, i)!.party);
    // without a "<X> Party" node, only a singular and its plural merge ("Republican" = "Republicans"), and a group's
    // -ic adjective with its noun ("Democratic" = "Democrats")
    const formOf = (i: number, j: number) =>
      pluralOf(g.nodes[i].core[0], g.nodes[j].core[0]) ||
      pluralOf(g.nodes[j].core[0], g.nodes[i].core[0]) ||
      groupAdjective(g, i, j) ||
      groupAdjective(g, j, i);
    const anchor = party ?? list.find((i) => list.some((j) => j !== i && formOf(i, j)));
    if (anchor === undefined) continue;
    for (const i of list) {
      if (i === anchor) continue;
      const plural = formOf(i, anchor);
      if (party === undefined && (!plural || oneBodyOrPlace(g, i, anchor))) continue;
      if (party !== undefined && (commonNoun(g, i, lower) || placePlural(g, i, places))) continue;
      g.join(
        anchor,
        i,
        `${party !== undefined ? 'party name and its' : 'singular and'} plural or adjective form: '${nodeLabel(g.nodes[anchor])}' = '${nodeLabel(g.nodes[i])}'`,
      );
    }
  }
}

/**
 * The plural noun among a group's spellings for a one-word display name that is its singular or -ic adjective:
 * "Republican" → "Republicans", "Democratic" → "Democrats" (a group is named by its noun; "Democratic" 29 mentions
 * reads as an adjective). Null when the name is no such form or no plural is written.
 */
export function pluralSpelling(name: string, spellings: Iterable<string>): string | null {
  // an acronym ("ISIS") is no singular of its mixed-case spelling ("Isis")
  if (!LETTERS.test(name) || pluralS(name) || name.toUpperCase() === name) return null;
  const lower = name.toLowerCase();
  const plural = (s: string) =>
    s[0] === name[0] &&
    s.toLowerCase() !== lower &&
    LETTERS.test(s) &&
    pluralS(s) &&
    stem(s.toLowerCase()) === stem(lower);
  for (const s of spellings) if (plural(s)) return s;
  return null;
}

/**
 * Whether `alias` is the members' noun or the adjective of the party named `name` ("Republicans", "Republican",
 * "Democrats" of "Republican Party", "Democratic Party"): counted with the party, but no spelling of its name.
 */
export function partyMemberForm(name: string, alias: string): boolean {
  const ws = name.split(/\s+/);
  if (ws.length !== 2 || ws[1].toLowerCase() !== 'party' || /\s/.test(alias) || !LETTERS.test(alias)) return false;
  return stem(alias.toLowerCase()) === stem(ws[0].toLowerCase());
}
