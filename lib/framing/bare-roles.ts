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
//   regime"): a bare noun names the government in office; two actors in play ("the Obama administration" and "the Assad
//   regime" before "the government") leave the noun unresolved unless its paragraph names one's state nearest (below);
// - not to a state's actor when the article names another state near the noun, without a role noun ("Italy's foreign
//   minister said the government …" after "the Syrian government"; "his trip to Myanmar … the regime" after "the
//   Iranian regime"): by class, a country, its capital or its adjective in the noun's sentence before it is a second
//   candidate, and two candidates leave the noun unresolved; by the same noun, a state's government is left when the
//   sentence names another state and neither its paragraph nor the two before name the government's own
//   (near-states.ts: "Russia to rein in the regime" after "Assad" stays Syria's);
// - of two or more actors the article named, the one whose state the noun's paragraph names nearest before it
//   (not "the administration": the writer's own executive, whatever the paragraph names);
// - not a state's actor when a clause after the noun has that state acting on it ("Tehran and the forces it backs":
//   the forces Iran backs, not Iran's own);
// - not inside quotes (a speaker's "the regime" may be another), and not a noun with a modifier or an of-phrase of its
//   own ("the regime change", "the government of a neighbour"), and not "the government" as a party of a court case
//   ("testify for the government": the court's state, named or not).
import type { Doc, Token } from '../types.js';
import type { ParagraphStates } from './near-states.js';
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

/** The distinct referents among `named` before token `at` that `pick` accepts, each by its last role noun. */
function candidates(named: readonly NamedRole[], at: number, pick: (n: NamedRole) => boolean): NamedRole[] {
  const by = new Map<string, NamedRole>();
  for (const n of named) if (n.at < at && pick(n)) by.set(n.target, n);
  return [...by.values()];
}

/** Where a bare noun stands: the state its sentence names last before it (stateNear), the states its paragraphs name. */
export interface NounPlace {
  sentence(): string | undefined;
  /** the state its sentence names first after it (stateAfter), read when none stands before it */
  after?(): string | undefined;
  paragraph(): ParagraphStates;
  /** whether a relative clause with "it" as its subject follows the noun ("the forces it backs") */
  itClause?(): boolean;
  /** the state that is the subject of the noun's own clause, if any (near-states.ts clauseSubjectState) */
  clauseSubject?(): string | undefined;
}

const NOWHERE: NounPlace = { sentence: () => undefined, paragraph: () => ({ acting: [], named: [], from: 0 }) };

/**
 * True when the bare noun at token i opens a relative clause whose subject is "it", with no "that" or "which" between
 * ("Tehran and the forces it backs", "the government it appointed"): the noun is what "it" acts on.
 */
export function itClause(d: Doc, i: number): boolean {
  const next = d.tokens[i + 1];
  return next?.norm === 'it' && next.sentence === d.tokens[i].sentence;
}

/**
 * True when the state that acts on the noun through its relative clause is the referent's own: "Tehran and the forces
 * it backs" are the forces Iran backs, another body than Iran's own forces, which no writer names by a clause of
 * whom they serve. A clause whose "it" is another actor ("the military -- and the government it appointed") leaves the
 * referent: the sentence names no state before the noun there. So too when the referent's state is the subject of the
 * noun's own clause ("the United States is inventing stories about the government's use", an Assad loyalist's
 * words): a writer names a state's own government in its clause by "its", and "the government" there is another's.
 */
function actedOnByOwnState(found: NamedRole, where: NounPlace): boolean {
  if (!found.stateId) return false;
  return (!!where.itClause?.() && where.sentence() === found.stateId) || where.clauseSubject?.() === found.stateId;
}

/**
 * The referent of a bare noun among its candidates. The only one, unless it is a state's, its sentence names another
 * state acting before the noun, and neither its paragraph nor the one before names the candidate's state ("In listing
 * Myanmar's reforms … the regime has barred her" three paragraphs after "Iran's regime"; "Russia to rein in the
 * regime" in a paragraph naming Assad stays Syria's). Among several, the one whose state the noun's paragraph names
 * acting nearest before it ("Iraq's military … both the military and the government"); none when that state is no
 * candidate's. "The administration" is the writer's own executive whatever the paragraph names: the only one, or none.
 */
function choose(cs: readonly NamedRole[], noun: string, where: NounPlace): NamedRole | undefined {
  if (!cs.length) return undefined;
  const local = noun !== 'administration';
  if (cs.length === 1) {
    const found = cs[0];
    // "the Iraqi Army would hand over control … who see the army as a tool" after "U.S. troops": Iraq's, not the
    // one state's forces named before
    if (!local || !found.stateId || (found.cls !== 'government' && found.cls !== 'forces')) return found;
    // "Breaking up the army after Saddam Hussein's fall could haunt Iraq": a state named after the noun is in play too
    const other = where.sentence() ?? where.after?.();
    if (!other || other === found.stateId) return found;
    const p = where.paragraph();
    return found.at >= p.from || p.named.includes(found.stateId) ? found : undefined;
  }
  if (!local) return undefined;
  const nearest = where.paragraph().acting[0];
  const near = cs.filter((c) => nearest !== undefined && c.stateId === nearest);
  return near.length === 1 ? near[0] : undefined;
}

/**
 * The referent of the bare role noun at token `at` with norm `noun`, from the actors the article named before it
 * with a role noun (`named`, in text order): the one named with the same noun, or else the one of the same class,
 * chosen by where the noun stands (`where`: choose). By class, a state's referent must also be the state named last
 * before the noun in its sentence, if any (stateNear).
 */
export function bareReferent(
  named: readonly NamedRole[],
  at: number,
  noun: string,
  where: NounPlace = NOWHERE,
): NamedRole | undefined {
  const cls = roleClass(noun);
  if (!cls) return undefined;
  if (named.some((n) => n.at < at && n.noun === noun)) {
    const found = choose(
      candidates(named, at, (n) => n.noun === noun),
      noun,
      where,
    );
    // a bare noun is the government in office: "the administration" after "the Bush administration" is today's
    if (!found || found.personal || actedOnByOwnState(found, where)) return undefined;
    // "the U.S. military … 200 Syrian soldiers … the military's last holdout": another state's armed forces named
    // since, no guess (armies face each other; "the regime" after "the Syrian regime … the U.S. government" is Syria's)
    const since = (n: NamedRole) =>
      n.at > found.at && n.at < at && n.cls === 'forces' && !!n.state && n.target !== found.target;
    return found.cls === 'forces' && named.some((n) => since(n) && CLASS_ANAPHORS.has(n.noun)) ? undefined : found;
  }
  // another noun of the class: only among the nouns of a state's rulers and armed forces (role-nouns.ts)
  if (!CLASS_ANAPHORS.has(noun)) return undefined;
  const of = (n: NamedRole) => n.cls === cls && CLASS_ANAPHORS.has(n.noun) && !!n.state;
  const found = choose(candidates(named, at, of), noun, where);
  if (!found || found.personal || actedOnByOwnState(found, where)) return undefined;
  // "Italy's foreign minister said the government …" after "the Syrian regime": another state in play, no guess
  const other = found.stateId ? where.sentence() : undefined;
  return other && other !== found.stateId ? undefined : found;
}
