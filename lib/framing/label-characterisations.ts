// Someone else's characterisation, reported in the writer's narration: "the attack, which the administration blamed on
// a 'spontaneous' mob", "saying that the attack on our consulate was mob violence", "Rice insisted the attack was not
// terror but a protest that escalated", "Petraeus described the attack as tied to a demonstration". The noun is what
// the blamer, the speaker or the describer called the thing, not the outlet's name for it: no outlet chooses it. Pure:
// a doc and a token index in, a yes or no out.
import type { Doc } from '../types.js';
import { REPORTING_PARTICIPLES, REPORTING_VERBS } from './quotes.js';

/** Forms of "blame": its object is the cause someone names, "on" gives the cause of what it blames. */
const BLAME = /^blam(?:e|es|ed|ing)$/;

/** Verbs of describing whose complement after "as" is the subject's word ("described the attack as tied to a …"). */
const DESCRIBING = /^(?:describ|characteri[sz]|portray|depict|paint|cast|frame|present|classif|call|label|brand|dub)/;

/** Verbs of saying and claiming whose clause a copula's complement is reported in ("saying that the attack was …"). */
const SAYING: ReadonlySet<string> = new Set([
  ...REPORTING_VERBS,
  ...REPORTING_PARTICIPLES,
  ...'saying insisting claiming suggesting arguing asserting maintaining contending'.split(' '),
]);

/** Words of a question or a relative clause as a copula's subject ("who was behind the shooting"). */
const WH: ReadonlySet<string> = new Set('who what which whom whose'.split(' '));

/** Copulas whose complement characterises the clause's subject ("the attack was a protest"). */
const COPULAS: ReadonlySet<string> = new Set('was were is are been be'.split(' '));

/** Tokens that end the clause a reading goes back over: a full stop's kin and the semicolon. */
const HARD_BREAKS: ReadonlySet<string> = new Set([';', ':', '.', '?', '!', '--', '—']);

/** Quote marks, passed over in a reading (`` and '' as the copy writes them, curly and straight). */
const QUOTE = /^["“”‘’'`]+$/;

/** The tokens before i in its sentence back to a hard break, at most n, as [index, norm] nearest first. */
function back(d: Doc, i: number, n: number): [number, string][] {
  const toks = d.tokens;
  const out: [number, string][] = [];
  for (let k = i - 1; k >= 0 && k >= i - n && toks[k].sentence === toks[i].sentence; k--) {
    if (HARD_BREAKS.has(toks[k].norm)) break;
    out.push([k, toks[k].norm]);
  }
  return out;
}

/**
 * The head is what a blame names as the cause: after "blamed on" ("blamed on a 'spontaneous' mob"), or the object of
 * "blame" when no "on" follows it ("talking points blaming a YouTube video and a random protest"); not after "for"
 * ("blamed the Brotherhood for the failure to end the protests") nor an object blamed on something ("blaming the
 * protests on counterrevolutionary forces": the protests took place).
 */
function blamedCause(d: Doc, i: number): boolean {
  const before = back(d, i, 10);
  const at = before.findIndex(([, w]) => BLAME.test(w));
  if (at < 0) return false;
  const between = before.slice(0, at).map(([, w]) => w);
  // "blamed the Brotherhood for the failure to end the protests", "feds to blame in immigrant shooting case"
  if (between.some((w) => w === ',' || (w !== 'on' && PLACE_WORDS.has(w)))) return false;
  if (between[between.length - 1] === 'on') return true;
  const toks = d.tokens;
  for (let k = i + 1; k < toks.length && k <= i + 10 && toks[k].sentence === toks[i].sentence; k++) {
    if (toks[k].norm === 'on') return false;
    if (HARD_BREAKS.has(toks[k].norm) || toks[k].norm === ',') break;
  }
  return true;
}

/**
 * The head is the complement of "as" after a verb of describing, with at most four words between ("described the
 * attack as tied to a demonstration", "characterized by officials as growing out of a protest").
 */
function describedAs(d: Doc, i: number): boolean {
  const before = back(d, i, 6);
  const as = before.findIndex(([, w]) => w === 'as');
  if (as < 0 || before.slice(0, as).some(([k, w]) => d.tokens[k].kind !== 'word' && !QUOTE.test(w))) return false;
  return back(d, before[as][0], 8).some(([, w]) => DESCRIBING.test(w));
}

/**
 * The head is the complement of a copula in a clause of saying: "saying that the attack … was mob violence", "insisted
 * the attack was not a coordinated act of terror, but a protest", "suggesting they were part of a series of protests";
 * the copula at most ten tokens before the head, a verb of saying at most ten before the copula.
 */
function saidToBe(d: Doc, i: number): boolean {
  const before = back(d, i, 10);
  const at = before.findIndex(([, w]) => COPULAS.has(w));
  if (at < 0 || before.slice(0, at).some(([, w]) => PLACE_WORDS.has(w))) return false;
  const cop = before[at][0];
  // "did not say who was behind the shooting": a question's copula; "the only policy he mentioned was his ban": the
  // verb of saying is in the subject's relative clause (not so in "what they say was a peaceful protest")
  const prev = d.tokens[cop - 1]?.norm ?? '';
  if (WH.has(prev)) return false;
  if (SAYING.has(prev) && !back(d, cop - 1, 3).some(([, w]) => w === 'what')) return false;
  // "there were protests in 20 cities": no characterisation, a report that they took place; "was moving children",
  // "were killed in protests": an auxiliary, no copula
  if (d.tokens[cop - 1]?.norm === 'there' || /(?:ing|ed|en)$/.test(d.tokens[cop + 1]?.norm ?? '')) return false;
  return back(d, cop, 10).some(([, w]) => SAYING.has(w));
}

/**
 * Words between a copula and the head that make the head no complement of it: prepositions ("she was at the
 * protest"), a relative ("was the man who led the rally"), a verb's particle ("was sent to the rally").
 */
const PLACE_WORDS: ReadonlySet<string> = new Set(
  'in at on to from for with by about into over after before behind during against among through near outside inside who which that when where'.split(
    ' ',
  ),
);

/** True when the head at token i names what someone else blamed, described or said a thing was (see the module). */
export function reportedCharacterisation(d: Doc, i: number): boolean {
  return blamedCause(d, i) || describedAs(d, i) || saidToBe(d, i);
}
