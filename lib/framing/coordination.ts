// Coordinated predicates: "Doe condemned the attack and called on the board to act", "Doe did not rule it out, but
// warned that …". The verb after "and"/"but" shares the subject of the first verb of its clause, so the speaker is
// that subject, not the object of the verb before the conjunction.

import { STARTS_LOWER } from '../util/letters.js';

/** A lower-case past form in -ed of at least two letters before the ending: "condemned", "urged". */
const PAST_ED = /^\p{Ll}{2,}ed$/u;
/** "… and", "…, but also", "… and later" closing the text before a cue verb: the cue continues a predicate. */
const COORDINATOR_END = /[\s,](?:and|but)(?:\s+(?:also|then|later|again|still|\p{Ll}+ly))?\s*$/u;

/**
 * The text before the conjunction when `pre` (the text before a cue verb) ends on one, else null. Only the last 40
 * characters are searched (a conjunction and an adverb fit): `pre` may be a whole paragraph.
 */
export function coordinatedHead(pre: string): string | null {
  const tail = pre.length > 40 ? pre.slice(-40) : ' ' + pre;
  const m = COORDINATOR_END.exec(tail);
  if (!m) return null;
  const head = pre.slice(0, Math.max(0, pre.length - (tail.length - m.index))).replace(/[\s,]+$/, '');
  return head || null;
}

/** Auxiliaries and modals: finite when no determiner comes before them. */
const AUXILIARIES = new Set(
  'has have had was were is are did does do will would can could should may might must'.split(' '),
);
/** Irregular past forms that news copy uses as main verbs ("Doe met the envoy and said …"). */
const IRREGULAR_PAST = new Set(
  (
    'met spoke took made gave went came got sent left held kept put saw knew thought brought became began ran won lost ' +
    'led stood felt found heard paid sought struck threw wrote told said drew chose shut cut hit set let ' +
    'broke'
  ).split(' '),
);
/** Words after which a past form is no finite verb: determiners, possessives, prepositions, "to", auxiliaries. */
const NOT_BEFORE_VERB = new Set(
  (
    'the a an this that these those his her its their our my your some any no every each of by to for from with in on ' +
    'at as into than who which whom whose what newly so-called being been be having s'
  ).split(' '),
);

/**
 * Where the words of `clause` that may be its finite verb start, left to right: reporting and act verbs (`verbs`),
 * auxiliaries, past forms in -ed and common irregular pasts, lower case, after a word that is no determiner,
 * possessive, preposition or auxiliary ("the embattled mayor", "Israel's elected government", "was arrested").
 */
export function finiteVerbStarts(clause: string, verbs: ReadonlySet<string>): number[] {
  const out: number[] = [];
  let prev = '';
  for (const m of clause.matchAll(/\S+/g)) {
    const w = m[0];
    const p = prev.toLowerCase();
    prev = w;
    if (!STARTS_LOWER.test(w)) continue;
    if (m.index > 0 && (NOT_BEFORE_VERB.has(p) || /['’]s$/.test(p) || /^['’]s$/.test(p) || AUXILIARIES.has(p)))
      continue;
    if (AUXILIARIES.has(w) || verbs.has(w) || IRREGULAR_PAST.has(w) || PAST_ED.test(w)) out.push(m.index);
  }
  return out;
}
