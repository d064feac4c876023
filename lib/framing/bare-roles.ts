// Bare role nouns: "the regime", "the government", "the junta", "the militants" with no name, after the article has
// named an actor with a role noun ("the Assad regime … the regime's forces"). Such a noun is a label of the actor the
// article has in play:
// - only within the article, and only actors named before the bare noun (a label names back, not ahead);
// - the actor named with the same noun ("the regime" after "the Assad regime"), when the article has named one actor
//   only with that noun; else the actor of the same class ("the government" after "the Assad regime"), when the
//   article has named one actor only of that class, for the nouns of rulers and armed forces only (CLASS_ANAPHORS:
//   "the administration" is the writer's own country's executive, and armed groups of one class fight each other),
//   and to a state's actor only ("the army" after "Hamas forces" is a state's army, not Hamas's armed members);
// - not to the government of a person not known as a state's sitting head ("the Bush administration", "the Mubarak
//   regime"): a bare noun names the government in office; Two actors in play ("the Obama administration" and "the Assad
//   regime" before "the government") leave the noun unresolved: the rule does not guess;
// - not inside quotes (a speaker's "the regime" may be another), and not a noun with a modifier or an of-phrase of its
//   own ("the regime change", "the government of a neighbour").
import type { Doc } from '../types.js';
import { isStopword } from '../text/stopwords.js';
import { ACTING_VERBS } from './capital-metonyms.js';
import { CLASS_ANAPHORS, roleClass, type RoleClass } from './role-nouns.js';

/** An actor the article has named with a role noun: where, with which noun and class, and the referent. */
export interface NamedRole {
  /** token index of the role noun */
  at: number;
  noun: string;
  cls: RoleClass;
  target: string;
  targetName: string;
  /** the government or forces of a person not known as a state's sitting head ("the Bush administration") */
  personal?: boolean;
  /** the referent is a state's (a country, its adjective or its sitting head named it), not a body's ("Hamas") */
  state?: boolean;
}

/**
 * True when role noun `i` stands bare after "the": no modifier before it, no of-phrase after it, and no word after it
 * that may be the noun it modifies ("the military exercises"): what follows is punctuation, a possessive, a function
 * word, a verb of the acting lists or a past form ("the regime denied", "the regime 's forces", "the regime and").
 */
export function bareRole(d: Doc, i: number): boolean {
  const toks = d.tokens;
  const t = toks[i];
  const prev = toks[i - 1];
  if (!prev || prev.sentence !== t.sentence || prev.norm !== 'the') return false;
  const next = toks[i + 1];
  if (!next || next.sentence !== t.sentence || next.kind !== 'word') return true;
  if (next.norm === 'of') return false;
  return isStopword(next.norm) || next.norm === "'s" || ACTING_VERBS.has(next.norm) || /ed$/.test(next.norm);
}

/** The one referent among `named` (before token `at`) that `pick` accepts; undefined for none or several. */
function only(named: readonly NamedRole[], at: number, pick: (n: NamedRole) => boolean): NamedRole | undefined {
  let found: NamedRole | undefined;
  for (const n of named) {
    if (n.at >= at || !pick(n)) continue;
    if (found && found.target !== n.target) return undefined;
    found = n;
  }
  return found;
}

/**
 * The referent of the bare role noun at token `at` with norm `noun`, from the actors the article named before it
 * with a role noun (`named`, any order): the one named with the same noun, or else the one of the same class.
 */
export function bareReferent(named: readonly NamedRole[], at: number, noun: string): NamedRole | undefined {
  const cls = roleClass(noun);
  if (!cls) return undefined;
  const found = named.some((n) => n.at < at && n.noun === noun)
    ? only(named, at, (n) => n.noun === noun)
    : // another noun of the class: only among the nouns of a state's rulers and armed forces (role-nouns.ts)
      CLASS_ANAPHORS.has(noun)
      ? only(named, at, (n) => n.cls === cls && CLASS_ANAPHORS.has(n.noun) && !!n.state)
      : undefined;
  // a bare noun is the government in office: "the administration" after "the Bush administration" is today's
  return found?.personal ? undefined : found;
}
