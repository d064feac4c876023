// Merge rule: a one-word name that is the last word of exactly one longer name in the corpus, and is written in
// articles that name the longer one, is its short form ("the Brotherhood" of "Muslim Brotherhood", "the Patrol" of
// "Border Patrol"). A head word that names a kind of body or place ("House", "Court", "Senate") is a name of its own
// or of many such bodies, and a word most of whose articles never name the longer one ("Islam" beside a brigade
// "Liwa al-Islam") is another thing, unless the longer name is an Arabic group word and that one word, written with
// its article ("al-Nusra" of "Jabhat al-Nusra"); persons and places are left to the surname rule and the gazetteer.
// A word the corpus also writes in lower case (a common noun: "marathon", "attack", "motel") is a body's short form
// only when written as one, "the Brotherhood", "the Bee", or right after the longer name's own word before it (a
// name cut in two: "Control and [Prevention]"), in half its mentions or more; otherwise it is capitalised for another
// reason: a sentence's first word ("Marathon talks in Geneva"), a title-case line ("Under Attack"), a brand ("Motel 6").
import { ARABIC_GROUP_LEADS, GROUP_HEADS, ORG_HEADS, PLACE_HEADS, gazetteerMaps } from '../gazetteer.js';
import { skeleton } from '../aliases.js';
import { nodeLabel, type MergeGraph } from './graph.js';
import type { PersonIndex } from './person-index.js';
import type { Mention } from '../mention-record.js';

/** The share of the word's articles that must name the longer name too. */
const ALONGSIDE = 0.5;

/** The types of longer names whose last word may stand for them: organisations, groups and events (a place's or a
 * person's last word is a place or a surname of its own, and an untyped phrase is often a common noun's). */
const LONG_TYPES: ReadonlySet<string> = new Set(['org', 'group', 'event']);

/** Longer organisation, group and event names by their last name word. */
function byLastWord(g: MergeGraph): Map<string, number[]> {
  const out = new Map<string, number[]>();
  g.nodes.forEach((n, i) => {
    if (n.core.length < 2 || !LONG_TYPES.has(g.types[i].type) || n.acronymOf || campusLast(n.mentions)) return;
    const w = n.core[n.core.length - 1];
    (out.get(w) ?? out.set(w, []).get(w)!).push(i);
  });
  return out;
}

/** "of", a place, and one last word: "University of Alaska Fairbanks" (bounded, linear). */
const OF_PLACE_LAST = /\bof\s+(\S{1,40})\s+\S{1,40}$/;

/**
 * The last word names a campus or a branch by its town, after "of" and a place: "University of Alaska Fairbanks",
 * "University of Wisconsin Madison". Alone the word is the town ("in Fairbanks"), not the body.
 */
function campusLast(ms: readonly Mention[]): boolean {
  const places = gazetteerMaps().lower;
  return ms.some((x) => {
    const m = OF_PLACE_LAST.exec(x.text);
    return !!m && places.get(m[1].toLowerCase())?.type === 'place';
  });
}

/** The share of node i's articles that also name one of the nodes in `list`. */
function sharedArticles(g: MergeGraph, i: number, list: readonly number[]): number {
  const named = new Set<string>();
  for (const p of list) for (const m of g.nodes[p].mentions) named.add(m.doc);
  const docs = new Set(g.nodes[i].mentions.map((m) => m.doc));
  let both = 0;
  for (const d of docs) if (named.has(d)) both++;
  return both / docs.size;
}

/** "Jabhat al-Nusra", "Jaish al-Islam": an Arabic group word and one name word, whose name word alone ("al-Nusra") is
 * the group's short name wherever it is written, as English copy shortens it. */
function arabicGroup(g: MergeGraph, p: number): boolean {
  const core = g.nodes[p].core;
  return core.length === 2 && ARABIC_GROUP_LEADS.has(core[0]);
}

/** Most of the mentions write the word with the Arabic article ("al-Nusra", not "Islam"). */
function withArticle(ms: readonly { parts: readonly string[] }[]): boolean {
  let n = 0;
  for (const m of ms) if (m.parts.length === 2 && (m.parts[0] === 'al' || m.parts[0] === 'el')) n++;
  return n * 2 > ms.length;
}

/** What the corpus writes in lower case (token norms) and the word before each one-word mention (word-before.ts). */
export interface WordUses {
  lower: ReadonlyMap<string, number>;
  before: ReadonlyMap<Mention, string>;
  /** the two words after each one-word mention (word-before.ts) */
  after?: ReadonlyMap<Mention, string>;
}

/** The words after a name that make it the subject of a speech verb ("Breed said", "Breed told reporters"). */
const SAID = /^(?:said|says|told|tells|added|announced)\b/;

/** The lowercased words written right before the last word in the longer names' own mentions ("and" in "Centers for
 * Disease Control and Prevention"). */
function leadWords(g: MergeGraph, list: readonly number[]): Set<string> {
  const out = new Set<string>();
  for (const p of list)
    for (const m of g.nodes[p].mentions) {
      const ws = m.text.split(/\s+/);
      if (ws.length >= 2) out.add(ws[ws.length - 2].toLowerCase());
    }
  return out;
}

/** A common word (written in lower case too) is written as the short form of a body in half its mentions or more:
 * after "the", after the word the longer name has before it (see above), or as the subject of "said". A proper word
 * always is. */
function writtenAsShortForm(g: MergeGraph, i: number, list: readonly number[], words?: WordUses): boolean {
  const n = g.nodes[i];
  if (!words || !(words.lower.get(n.core[0]) ?? 0)) return true;
  const lead = leadWords(g, list);
  let k = 0;
  for (const m of n.mentions) {
    const b = words.before.get(m) ?? '';
    // a common word does not say or tell: capitalised before "said" it names the speaker
    if (b === 'the' || lead.has(b) || SAID.test(words.after?.get(m) ?? '')) k++;
  }
  return k * 2 >= n.mentions.length;
}

/** Join one-word names to the one longer name they end (see the rule above). */
export function mergeLastWords(g: MergeGraph, people: PersonIndex, words?: WordUses): void {
  const byLast = byLastWord(g);
  g.nodes.forEach((n, i) => {
    if (n.core.length !== 1 || n.gazetteer || n.acronymOf) return;
    const w = n.core[0];
    // a word that is (or spells like) a person's surname is left to the surname rule ("Star" beside "Starr")
    if (people.byLast.has(w) || (w.length >= 4 && people.byLastSkeleton.has(skeleton(w)))) return;
    const t = g.types[i].type;
    if (t === 'person' || t === 'demonym' || ORG_HEADS.has(w) || GROUP_HEADS.has(w) || PLACE_HEADS.has(w)) return;
    const list = byLast.get(w);
    if (!list || new Set(list.map((p) => g.uf.find(p))).size !== 1) return;
    const short = arabicGroup(g, list[0]) && withArticle(n.mentions);
    // an organisation and an armed group are one kind of body here ("al-Nusra said it" types an organisation)
    const fits = g.compatible(i, list[0]) || (short && (t === 'org' || t === 'group'));
    if (!fits || (sharedArticles(g, i, list) < ALONGSIDE && !short)) return;
    if (!short && !writtenAsShortForm(g, i, list, words)) return;
    const how = short ? 'the Arabic group name without its group word' : 'named alongside it';
    g.join(list[0], i, `last word '${nodeLabel(n)}' of the one '${nodeLabel(g.nodes[list[0]])}', ${how}`);
  });
}
