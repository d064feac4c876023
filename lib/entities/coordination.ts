// Names listed together are names of one kind: "Mobil, Shell and Caltex", "Alsace and Strasbourg", "Given, Breen,
// Staunton and Irwin". A name nothing types (no cue, no gazetteer entry) that stands in a list of names joined only by
// commas, "and" or "or" takes the type its listed neighbours agree on, when at least one of them is typed by strong
// evidence (gazetteer, title, head word, name shape). A list whose typed members disagree types nothing.
import type { Doc } from '../types.js';
import type { Mention } from './mentions.js';
import type { EntityType } from './types.js';

/** What may stand between two listed names: a comma, "and", "or", or a comma then "and" / "or". */
const LIST_GAP = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/;
/** The longest list gap, in characters (" , and " spaced as pre-tokenised text writes it). */
const MAX_GAP = 8;
/** The gap that closes a list: "and" or "or", after a comma or not. */
const LAST_GAP = /(?:^|[\s,])(?:and|or)\s+$/;
/** A name followed by a number is part of a longer phrase ("Interstate 5"), not a listed name. */
const NUMBER_AFTER = /^\s*\d/;

/** The types a list can lend: the name kinds the table reports. */
const LENDABLE: ReadonlySet<EntityType> = new Set<EntityType>(['person', 'org', 'place']);

/** Evidence strong enough to type a neighbour: gazetteer, title, head word, acronym definition, name shape. */
const LENDER_STRENGTH = 2;

/**
 * The lists of one document. A list is "A and B", "A, B and C" or "A, B, and C" in one sentence: names joined by
 * commas and closed by "and" / "or". Commas alone make no list ("At the Oval, Surrey captain ...", "Irvine,
 * Calif"), nor does ", and" between two names (a clause joined: "X, who won, and Y").
 */
function listsOf(d: Doc, list: readonly Mention[]): Mention[][] {
  const out: Mention[][] = [];
  let cur: Mention[] = [];
  let commaGap = false;
  for (const m of list) {
    const prev = cur[cur.length - 1];
    const near = prev && prev.sentence === m.sentence && m.start > prev.end && m.start - prev.end <= MAX_GAP;
    const gap = near ? d.text.slice(prev.end, m.start) : null;
    if (gap === null || !LIST_GAP.test(gap) || NUMBER_AFTER.test(d.text.slice(m.end, m.end + 3))) {
      cur = NUMBER_AFTER.test(d.text.slice(m.end, m.end + 3)) ? [] : [m];
      commaGap = false;
      continue;
    }
    cur.push(m);
    if (!LAST_GAP.test(gap)) {
      commaGap = true;
      continue;
    }
    if (cur.length > 2 || !gap.includes(',') || commaGap) out.push(cur);
    cur = [m];
    commaGap = false;
  }
  return out;
}

/** The one type the strongly typed members of a list agree on, and one member to name as its witness. */
function agreedType(members: readonly Mention[]): Mention | null {
  let witness: Mention | null = null;
  for (const m of members) {
    if (m.type === 'unknown') continue;
    if (!LENDABLE.has(m.type) || (witness && witness.type !== m.type)) return null;
    if (m.strength >= LENDER_STRENGTH && (!witness || m.strength > witness.strength)) witness = m;
  }
  return witness;
}

/**
 * Plural nouns of organisations that introduce the names of their kind: "firms including Mobil, Shell and Caltex",
 * "banks such as Mercantile", "carriers like Delta" (general English).
 */
const ORG_KINDS =
  'firms|companies|corporations|banks|lenders|insurers|carriers|airlines|automakers|carmakers|manufacturers|makers|' +
  'producers|retailers|brokerages|brokers|conglomerates|multinationals|newspapers|broadcasters|networks|charities';
const INTRODUCED = new RegExp(`\\b(?:${ORG_KINDS})\\s*,?\\s+(?:including|such\\s+as|like)\\s+$`, 'i');

/** The untyped names a plural noun of organisations introduces, the first and those listed after it, typed org. */
function introducedOrgs(d: Doc, list: readonly Mention[]): void {
  for (let k = 0; k < list.length; k++) {
    const m = list[k];
    if (!INTRODUCED.test(d.text.slice(Math.max(0, m.start - 40), m.start))) continue;
    for (let j = k; j < list.length; j++) {
      const x = list[j];
      if (j > k) {
        const gap = d.text.slice(list[j - 1].end, x.start);
        if (x.sentence !== m.sentence || gap.length > MAX_GAP || !LIST_GAP.test(gap)) break;
      }
      if (x.type !== 'unknown') continue;
      x.type = 'org';
      x.strength = 1;
      x.cue = 'listed after a plural of organisations';
    }
  }
}

/** Type, in place, the untyped names of every list by their neighbours (see above). */
export function typeListedNames(docs: readonly Doc[], mentions: readonly Mention[][]): void {
  docs.forEach((d, k) => {
    introducedOrgs(d, mentions[k]);
    for (const members of listsOf(d, mentions[k])) {
      const witness = agreedType(members);
      if (!witness) continue;
      for (const m of members) {
        if (m.type !== 'unknown') continue;
        m.type = witness.type;
        m.strength = 1;
        m.cue = `listed with '${witness.text}'`;
      }
    }
  });
}
