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
// - not to a state's actor when the article names another state near the noun, without a role noun ("Italy's foreign
//   minister said the government …" after "the Syrian government"; "his trip to Myanmar … the regime" after "the
//   Iranian regime"): a country, its capital or its adjective in the noun's sentence before it or in the sentence
//   before that is a second candidate, and two candidates leave the noun unresolved;
// - not inside quotes (a speaker's "the regime" may be another), and not a noun with a modifier or an of-phrase of its
//   own ("the regime change", "the government of a neighbour"), and not "the government" as a party of a court case
//   ("testify for the government": the court's state, named or not).
import type { Doc, EntityRef, Token } from '../types.js';
import type { EntityIndex } from './leader-states.js';
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
  /** the state's country name, for a state's referent that is a country (not a city: "Gaza militants") */
  stateId?: string;
}

/** Words of a court case before "for" / "against" a party ("testify for the government", "lawyers for the government"). */
const COURT: ReadonlySet<string> = new Set(
  (
    'testify testified testifies testifying witness witnesses attorney attorneys lawyer lawyers counsel prosecutor ' +
    'prosecutors suit suits lawsuit sued argued argues argue ruled rules ruling rulings verdict verdicts'
  ).split(' '),
);

/**
 * True when "the government" at token i is a party of a court case: "for" or "against" before "the", a word of a court
 * case before that ("testify for the government", "the judge ruled against the government"). The party is the state
 * of the court, the writer's own most often, whichever state the article named last: no label of a named actor. ("The
 * administration" is the writer's own executive already, so "a ruling against the administration" stays its label.)
 */
function courtParty(toks: readonly Token[], i: number): boolean {
  if (toks[i].norm !== 'government') return false;
  const p = toks[i - 2];
  const w = toks[i - 3];
  return (
    !!p && !!w && w.sentence === toks[i].sentence && (p.norm === 'for' || p.norm === 'against') && COURT.has(w.norm)
  );
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
  if (courtParty(toks, i)) return false;
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

/** Prepositions of a place as a setting ("the deputy chief of mission in Libya", "near Aleppo"). */
const SETTING: ReadonlySet<string> = new Set('in inside within throughout across near outside around'.split(' '));
/** Directions before "of" ("southeast of Baghdad"): the place is a setting too. */
const DIRECTION = /^(?:north|south|east|west)(?:east|west)?$/;

/** True when the state named at tokens a.. is only a setting: after a preposition of place or "<direction> of". */
function setting(toks: readonly Token[], a: number): boolean {
  const p = toks[a - 1]?.norm ?? '';
  return SETTING.has(p) || (p === 'of' && DIRECTION.test(toks[a - 2]?.norm ?? ''));
}

/**
 * The state named last before token `at` of `d`, in its sentence, by country name: the country or capital
 * (`stateOf`) nearest before the noun unless it is only the setting ("in Libya"), or a country's adjective before a
 * word that `acts` ("Italian foreign minister", "the Algerian military"; not "Iraqi detainees", a people). Undefined
 * for none.
 */
export function stateNear(
  d: Doc,
  at: number,
  ix: EntityIndex,
  stateOf: (e: EntityRef) => string | undefined,
  acts: (norm: string) => boolean,
): string | undefined {
  const toks = d.tokens;
  const s = toks[at].sentence;
  for (let j = at - 1; j >= 0 && toks[j].sentence === s; j--) {
    const named = ix.at(d.id, j);
    if (!named) continue;
    j = Math.min(j, named.a);
    const id = named.whole ? stateOf(named.e) : undefined;
    if (!id || setting(toks, named.a)) continue;
    if (named.e.type !== 'demonym' || acts(toks[named.b + 1]?.norm ?? '')) return id;
  }
  return undefined;
}

/**
 * The referent of the bare role noun at token `at` with norm `noun`, from the actors the article named before it
 * with a role noun (`named`, any order): the one named with the same noun, or else the one of the same class. A
 * state's referent must be the state named last before the noun in its sentence, if any (`near`, stateNear).
 */
export function bareReferent(
  named: readonly NamedRole[],
  at: number,
  noun: string,
  near: () => string | undefined = () => undefined,
): NamedRole | undefined {
  const cls = roleClass(noun);
  if (!cls) return undefined;
  if (named.some((n) => n.at < at && n.noun === noun)) {
    const found = only(named, at, (n) => n.noun === noun);
    // a bare noun is the government in office: "the administration" after "the Bush administration" is today's
    if (!found || found.personal) return undefined;
    // "the U.S. military … 200 Syrian soldiers … the military's last holdout": another state's armed forces named
    // since, no guess (armies face each other; "the regime" after "the Syrian regime … the U.S. government" is Syria's)
    const since = (n: NamedRole) =>
      n.at > found.at && n.at < at && n.cls === 'forces' && !!n.state && n.target !== found.target;
    return found.cls === 'forces' && named.some((n) => since(n) && CLASS_ANAPHORS.has(n.noun)) ? undefined : found;
  }
  // another noun of the class: only among the nouns of a state's rulers and armed forces (role-nouns.ts)
  if (!CLASS_ANAPHORS.has(noun)) return undefined;
  const found = only(named, at, (n) => n.cls === cls && CLASS_ANAPHORS.has(n.noun) && !!n.state);
  if (!found || found.personal) return undefined;
  // "Italy's foreign minister said the government …" after "the Syrian regime": another state in play, no guess
  const other = found.stateId ? near() : undefined;
  return other && other !== found.stateId ? undefined : found;
}
