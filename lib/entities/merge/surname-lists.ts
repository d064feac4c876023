// A surname in a list of surnames: "Flake ( AZ ) , Graham ( SC ) , Hatch ( UT )", "McConnell , or Ryan , or Trump".
// The bare word is also a given name ("Graham", "Ryan"), so the mention reader types it "given name alone", and the
// surname rule keeps a word its articles mostly call someone by given name away from the corpus vote (surname.ts,
// `calledByGivenName`). But a word listed beside people named by their surname alone is a surname like theirs: those
// mentions do not count as given names there. A list of full names is no such list: a word alone among them is a
// person known by one name ("Madonna , Kathy Griffin , Johnny Depp").
import type { Mention } from '../mentions.js';
import { usState } from '../tags.js';
import type { MergeGraph } from './graph.js';

/** The cue the mention reader gives a listed given name written alone. */
const GIVEN_ALONE = 'given name alone';

/** The most characters between two list items: " , or ", " and ", " ( SC ) , ". */
export const LIST_GAP = 12;

/** Words that join the items of a list, as the word-before/after readers write them. */
export const JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or', '&', '(']);

/** A neighbour that names a person by surname alone: one word typed a person by anything but a given name alone. */
function personBySurname(m: Mention): boolean {
  return m.parts.length === 1 && m.type === 'person' && m.cue !== GIVEN_ALONE && m.strength >= 2;
}

/** A neighbour in m's sentence, within a list's gap, naming a person by surname alone. */
const listed = (m: Mention, x: Mention, gap: number) =>
  x.sentence === m.sentence && gap <= LIST_GAP && personBySurname(x);

/** A state or party code in brackets after a name ("( SC )", "( D-IL )"): no item of the list itself. */
const CODE = /^[A-Z]{1,2}(?:-[A-Z]{2})?$/;

/** The index of the list neighbour of ms[k] in direction `dir`, past bracketed codes (at most two). */
export function step(ms: readonly Mention[], k: number, dir: 1 | -1): number {
  let j = k + dir;
  for (let hops = 0; hops < 2 && j >= 0 && j < ms.length && CODE.test(ms[j].text); hops++) j += dir;
  return j;
}

/** Every mention of every node, per article, in text order. */
function byArticle(g: MergeGraph): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const n of g.nodes) for (const m of n.mentions) (out.get(m.doc) ?? out.set(m.doc, []).get(m.doc)!).push(m);
  for (const ms of out.values()) ms.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/**
 * The one-word mentions typed "given name alone" that stand in a list beside a person named by surname alone, in the
 * same sentence, joined by a comma, "and" or "or" (see above).
 */
export function listedSurnames(
  g: MergeGraph,
  where: { before?: ReadonlyMap<Mention, string>; after?: ReadonlyMap<Mention, string> },
): Set<Mention> {
  const out = new Set<Mention>();
  for (const ms of byArticle(g).values()) {
    ms.forEach((m, k) => {
      if (m.cue !== GIVEN_ALONE || m.parts.length !== 1) return;
      const prev: Mention | undefined = ms[step(ms, k, -1)];
      const next: Mention | undefined = ms[step(ms, k, 1)];
      const joinedBefore = JOINERS.has(where.before?.get(m) ?? '');
      const joinedAfter = JOINERS.has((where.after?.get(m) ?? '').split(' ')[0]);
      if (joinedBefore && prev && listed(m, prev, m.start - prev.end)) out.add(m);
      else if (joinedAfter && next && listed(m, next, next.start - m.end)) out.add(m);
    });
  }
  return out;
}

/** A state's postal code in brackets after a name, as the word-after reader writes it ("( sc", "( d-il"). */
const STATE_TAG = /^\( (?:[dri]-)?([a-z]{2})$/;

/** The title a bracketed state code after a bare surname stands for: the state's senator, as in a roll call. */
const TAGGED_TITLE = 'senator';

/**
 * The one-word mentions written with a state's code in brackets ("Graham ( SC )", "Kirk ( IL )", a roll call of
 * senators), each with the title it stands for: a legislator of that state. The surname rule reads it as the title
 * written before the name ("Sen. Graham"), to pick the holder the corpus names in full with it.
 */
export function stateTagged(g: MergeGraph, after: ReadonlyMap<Mention, string> | undefined): Map<Mention, string> {
  const out = new Map<Mention, string>();
  if (!after) return out;
  for (const n of g.nodes) {
    if (n.core.length !== 1) continue;
    for (const m of n.mentions) {
      const code = STATE_TAG.exec(after.get(m) ?? '')?.[1];
      if (code && usState(code.toUpperCase())) out.set(m, TAGGED_TITLE);
    }
  }
  return out;
}
