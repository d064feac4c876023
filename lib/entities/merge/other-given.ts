// A different given name is a different person: a bare surname is not given to the person the surname rule would
// pick when its own article says it belongs to someone else with that surname.
// - A listed given name written right before it ("Mae Ryan for The Wall Street Journal", "( Jorge Cabrera/Reuters )",
//   a credit the mention cut short; word-before.ts) that no candidate bears: those mentions stay apart, one row per
//   given name, shown in full ("Mae Ryan").
// - An article naming in full, with another given name, one untyped holder of the surname ("Allegra Love, executive
//   director of ...", typed nothing for want of a cue) and none of the candidates: its bare mentions ("Love said") are
//   that holder's. The holder's first word must be capitalised, never written in lower case in the corpus ("Tough
//   Love", "Camp Lejeune" are no one's given name) and no title; or a listed given name ("Bill", "Dean") whose mention
//   its article types a person, or, typed nothing, whose bare surname the article writes as a speaker ("Dean
//   Browning , chairman of ..." and "Browning said"): only a person speaks. The bare surname written as a speaker,
//   typed nothing by its own reading, is then typed a person on that evidence, so the holder's row is a person's.
import type { Mention } from '../mentions.js';
import { FIRST_NAMES, TITLES } from '../gazetteer.js';
import { givenNames } from '../world.js';
import { WORD_GIVEN_NAMES } from '../word-given-names.js';
import { nodeLabel, type MergeGraph } from './graph.js';
import { sharedFormal, standsFor, type NicknameTable } from '../nicknames.js';
import { editDistance } from './spelling-variant.js';
import { titleOf } from './surname-titles.js';
import { SPEECH_VERBS } from '../evidence.js';

/** The words the candidates' names have before their family name (given and middle names), lowercased. */
function candidateGiven(g: MergeGraph, fits: readonly number[]): Set<string> {
  const roots = new Set(fits.map((p) => g.uf.find(p)));
  const out = new Set<string>();
  g.nodes.forEach((n, k) => {
    if (n.core.length < 2 || !roots.has(g.uf.find(k))) return;
    for (const w of n.core.slice(0, -1)) out.add(w.replace(/\.$/, ''));
  });
  return out;
}

/**
 * Whether a given name is one of the candidates' own, as written or spelled another way: a nickname of it ("Dick" of
 * "Richard"), a slip of a letter or two ("Lahkdar", "Biana" for "Bianca"), two given names run together ("Amirali"
 * of "Amir Ali"), a full name of an initial ("David" of "D.").
 */
function theirGiven(x: string, theirs: ReadonlySet<string>, table: NicknameTable | undefined): boolean {
  if (theirs.has(x) || theirs.has(x[0])) return true;
  const all = [...theirs];
  if (all.some((w) => w.length > 1 && x.startsWith(w) && theirs.has(x.slice(w.length)))) return true;
  return all.some(
    (w) =>
      (table && (sharedFormal(table, x, w) !== null || standsFor(table, x, w) || standsFor(table, w, x))) ||
      (Math.min(w.length, x.length) >= 4 && editDistance(x, w) <= 2),
  );
}

/** A given name of the gazetteer's, the world's or the word lists, or of the nickname table ("bill", "cliff"). */
function listedGiven(w: string, table: NicknameTable | undefined): boolean {
  return FIRST_NAMES.has(w) || WORD_GIVEN_NAMES.has(w) || givenNames().has(w) || !!table?.has(w);
}

/** Capitalise a lowercased word for display. */
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * Keep apart node i's mentions written right after a listed given name none of the candidates bears (see above), one
 * node per given name. False when no mention is left to join. A node joined by an earlier rule is left as it is.
 */
export function leaveOtherGivenApart(
  g: MergeGraph,
  i: number,
  fits: readonly number[],
  shared: boolean,
  where: { given?: ReadonlyMap<Mention, string>; nicknames?: NicknameTable },
): boolean {
  const given = where.given;
  if (shared || !given?.size) return true;
  const theirs = candidateGiven(g, fits);
  const byName = new Map<string, Mention[]>();
  for (const m of g.nodes[i].mentions) {
    const x = given.get(m);
    if (x !== undefined && !theirGiven(x, theirs, where.nicknames))
      (byName.get(x) ?? byName.set(x, []).get(x)!).push(m);
  }
  const surname = nodeLabel(g.nodes[i]);
  for (const [x, ms] of byName) {
    const whole = ms.length === g.nodes[i].mentions.length;
    const n = g.nodes[whole ? i : g.split(i, ms)];
    n.display = `${capital(x)} ${surname}`;
    n.reasons.push(`'${n.display}' kept apart: another given name right before the surname`);
    if (whole) return false;
  }
  return true;
}

/**
 * Untyped (or weakly typed) two-word names ending in the surname whose first word reads as a given name (see above),
 * by article. A first word the corpus also writes in lower case counts only when a list holds it as a given name or
 * a nickname ("Bill Maher", "Ray Bowman": bill, ray) and its article types that very mention a person: "Tough Love",
 * "Camp Lejeune" and an epithet before a surname ("Animal Assad") are no one's name.
 */
function untypedHolders(
  g: MergeGraph,
  full: readonly number[],
  roots: ReadonlySet<number>,
  opts: {
    lower: ReadonlyMap<string, number>;
    nicknames?: NicknameTable;
    theirs: ReadonlySet<string>;
    spoken: ReadonlySet<string>;
  },
): Map<string, Set<number>> {
  const { lower, nicknames, theirs, spoken } = opts;
  const out = new Map<string, Set<number>>();
  for (const p of full) {
    const n = g.nodes[p];
    const t = g.types[p];
    if (n.core.length !== 2 || n.gazetteer || n.acronymOf || roots.has(g.uf.find(p))) continue;
    // a person typed on evidence is a candidate of its own; a place, a work or event, a group or a strongly typed body
    // is no one's name ("Michael Collins", the film); a body typed on weak cues may be a person the vote mistook
    if (t.type === 'person' ? t.strength >= 2 : t.type !== 'unknown' && (t.type !== 'org' || t.strength >= 3)) continue;
    const first = n.core[0];
    if (TITLES.has(first) || first.length < 2 || theirGiven(first, theirs, nicknames)) continue;
    const common = !!lower.get(first);
    if (common && !listedGiven(first, nicknames)) continue;
    const weak = t.type === 'unknown' || t.type === 'person';
    for (const m of n.mentions) {
      if (!/^\p{Lu}\p{Ll}/u.test(m.text)) continue;
      if (m.type !== 'person' && (!weak || (common && (m.type !== 'unknown' || !spoken.has(m.doc))))) continue;
      (out.get(m.doc) ?? out.set(m.doc, new Set()).get(m.doc)!).add(g.uf.find(p));
    }
  }
  return out;
}

/**
 * A titled bare surname ("Dr. Glosser") whose title a candidate carries before its full name somewhere in the corpus
 * ("Dr. David Glosser") and the holder never does: the title says it is the candidate, not the ancestor or namesake
 * the article names in full.
 */
function titledForCandidate(
  g: MergeGraph,
  m: Mention,
  holder: { root: number; full: readonly number[] },
  fits: readonly number[],
): boolean {
  const t = titleOf(m);
  if (t === undefined) return false;
  const titled = (p: number) => g.nodes[p].mentions.some((x) => x.parts.length >= 2 && titleOf(x) === t);
  if (holder.full.some((p) => g.uf.find(p) === holder.root && titled(p))) return false;
  return fits.some(titled);
}

/** A bare surname written as a speaker: a verb of saying right before or after it ("said Browning", "Browning
 * told"). */
function speaks(
  m: Mention,
  where: { before?: ReadonlyMap<Mention, string>; after?: ReadonlyMap<Mention, string> },
): boolean {
  const next = where.after?.get(m)?.split(' ')[0] ?? '';
  return SPEECH_VERBS.has(where.before?.get(m) ?? '') || SPEECH_VERBS.has(next);
}

/** The articles writing a bare surname as a speaker (see `speaks`). */
function speakerArticles(
  ms: readonly Mention[],
  where: { before?: ReadonlyMap<Mention, string>; after?: ReadonlyMap<Mention, string> },
): Set<string> {
  const out = new Set<string>();
  for (const m of ms) if (speaks(m, where)) out.add(m.doc);
  return out;
}

/** The cue of a bare surname typed a person for speaking, when it joins an untyped holder. */
const SPEAKER_CUE = 'speaker: a verb of saying beside the family name';

/** Type the untyped speaking mentions of a joined surname a person (see above); the rest are left as they are. */
function typeSpeakers(
  ms: readonly Mention[],
  where: { before?: ReadonlyMap<Mention, string>; after?: ReadonlyMap<Mention, string> },
): void {
  for (const m of ms)
    if (m.type === 'unknown' && speaks(m, where)) Object.assign(m, { type: 'person', strength: 2, cue: SPEAKER_CUE });
}

/**
 * Give node i's mentions in articles naming one untyped holder of the surname and none of the candidates to that
 * holder (see above). False when no mention is left to join. A node joined by an earlier rule is left as it is.
 */
export function joinUntypedHolders(
  g: MergeGraph,
  i: number,
  fits: readonly number[],
  full: readonly number[] | undefined,
  opts: {
    shared: boolean;
    lower?: ReadonlyMap<string, number>;
    nicknames?: NicknameTable;
    before?: ReadonlyMap<Mention, string>;
    after?: ReadonlyMap<Mention, string>;
  },
): boolean {
  if (opts.shared || !full?.length || !opts.lower) return true;
  const roots = new Set(fits.map((p) => g.uf.find(p)));
  const theirs = candidateGiven(g, fits);
  const spoken = speakerArticles(g.nodes[i].mentions, opts);
  const holders = untypedHolders(g, full, roots, { lower: opts.lower, nicknames: opts.nicknames, theirs, spoken });
  if (!holders.size) return true;
  const named = new Set<string>();
  for (const p of fits) for (const m of g.nodes[p].mentions) named.add(m.doc);
  const byHolder = new Map<number, Mention[]>();
  for (const m of g.nodes[i].mentions) {
    const h = holders.get(m.doc);
    if (!h || h.size !== 1 || named.has(m.doc)) continue;
    const r = h.values().next().value as number;
    if (titledForCandidate(g, m, { root: r, full }, fits)) continue;
    (byHolder.get(r) ?? byHolder.set(r, []).get(r)!).push(m);
  }
  for (const [r, ms] of byHolder) {
    const p = full.find((x) => g.uf.find(x) === r)!;
    const whole = ms.length === g.nodes[i].mentions.length;
    const why = `surname '${g.nodes[i].core[0]}' of '${nodeLabel(g.nodes[p])}', the one holder its article names in full`;
    typeSpeakers(ms, opts);
    g.join(whole ? i : g.split(i, ms), p, why);
    if (whole) return false;
  }
  return true;
}
