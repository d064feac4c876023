// "claim" as a filing in the asylum process, not a doubted assertion: "discourage weak claims", "a credible fear claim",
// "Refugees are those who make claims from their home countries", "a claim can still be filed", "evaluate an
// immigrant's claim and reject it". Immigration law calls the request for protection a claim, and desks write it so in
// their own narration; the word takes no side there. "asylum claims" and "claim asylum" are read in senses.ts
// (FILED_FOR, CLAIMED); this reads the noun whose sentence (or the sentence before) is about asylum, or whose verb is
// one of filing and judging.
// "the claim that …" and a verb "claims" stay assertions.
import type { Doc } from '../types.js';
import { wordAt } from '../text/word-at.js';

/** Words that make a sentence one about asylum or refugee status. */
const ASYLUM = new Set(
  'asylum asylum-seekers asylum-seeker refugee refugees refugee-status persecution asylee asylees'.split(' '),
);

/**
 * Verbs of filing or judging a claim ("filed", "adjudicate", "evaluate", "approved"), near the noun; not "deny" or
 * "reject", which an assertion takes as often ("a claim Tehran has denied").
 */
const FILE_VERBS = new Set(
  'file filed files filing adjudicate adjudicated adjudicating adjudication process processed processing pursue pursues pursued pursuing evaluate evaluates evaluated evaluating approve approved heard hear resolve resolves resolved resolving deter deters deterred deterring'.split(
    ' ',
  ),
);

/** Words before "claim(s)" that make it a noun ("their claims", "weak claims", "make a claim"). */
const NOUN_BEFORE = new Set(
  "the a an their his her its 's these those this that such any no new weak valid legitimate fraudulent frivolous bogus meritless pending existing future initial more fewer many make makes making made file filed her fear".split(
    ' ',
  ),
);

/**
 * Words after "claim(s)" that make it a noun ("claims are made", "claims from", "her claim :"); not "to", which a verb
 * takes too ("can't claim to be").
 */
const NOUN_AFTER = new Set(
  'are were is was have has had can could will would may might made filed from by in for and or of'.split(' '),
);

/** Finite verbs that open a clause's predicate ("the claim Muslim refugees were favoured": "were"). */
const FINITE = new Set('was were is are has have had would will could did does do can should'.split(' '));

/** Pronouns before a verb "claims" ("he claims", "which claims"). */
const SUBJECT = new Set('he she it they who which i we you'.split(' '));

/** True when the "claim"/"claims" at token i is a claim filed in the asylum process (see the module comment). */
export function asylumClaim(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  if (t.norm !== 'claim' && t.norm !== 'claims') return false;
  const s = t.sentence;
  const prev = wordAt(d, i - 1, s),
    next = wordAt(d, i + 1, s);
  // "the claim that …": an assertion; not "claims that have clogged the courts", a relative clause on the filing
  if (next === 'that' && !FINITE.has(wordAt(d, i + 2, s) ?? '')) return false;
  if (SUBJECT.has(prev ?? '')) return false; // "the pressure he claims is put on officers": a verb
  // not a closing punctuation mark: "…, the minister claims ." ends on a verb
  const noun = NOUN_BEFORE.has(prev ?? '') || NOUN_AFTER.has(next ?? '');
  if (!noun) return false;
  if (prev === 'fear') return true; // "a credible fear claim"
  for (let k = i - 4; k <= i + 4; k++) if (k !== i && FILE_VERBS.has(wordAt(d, k, s) ?? '')) return true;
  if (next !== 'that' && opensClause(d, i, s)) return false; // "the claim refugees were favoured": what is claimed, not a filing
  for (let k = i - 1; k >= 0 && d.tokens[k].sentence === s; k--) if (ASYLUM.has(d.tokens[k].norm)) return true;
  for (let k = i + 1; k < d.tokens.length && d.tokens[k].sentence === s; k++)
    if (ASYLUM.has(d.tokens[k].norm)) return true;
  // (from the sentence before, "a claim that has generated debate" is an assertion: no "that" after it)
  return next !== 'that' && asylumBefore(d, i, s);
}

/** How many tokens of the sentence before a claim's are read for an asylum word. */
const BEFORE_REACH = 80;

/**
 * An asylum word in the sentence before the claim's ("Most asylum claims are made at the border . The report looked
 * at claims made in 2005"): the topic carries over one sentence; the last BEFORE_REACH tokens of it are read.
 */
function asylumBefore(d: Doc, i: number, s: number): boolean {
  let k = i - 1;
  while (k >= 0 && d.tokens[k].sentence === s) k--;
  for (let n = 0; k >= 0 && d.tokens[k].sentence === s - 1 && n < BEFORE_REACH; k--, n++)
    if (ASYLUM.has(d.tokens[k].norm)) return true;
  return false;
}

/**
 * Whether a clause without "that" follows the noun at i: a subject of one to three words, then a finite verb ("the
 * claim Muslim refugees were prioritized"), which the asylum words of its sentence then belong to.
 */
function opensClause(d: Doc, i: number, s: number): boolean {
  const next = wordAt(d, i + 1, s);
  if (next === undefined || NOUN_AFTER.has(next)) return false;
  for (let k = i + 2; k <= i + 4; k++) if (FINITE.has(wordAt(d, k, s) ?? '')) return true;
  return false;
}

/** What one lays claim to as one's own: land, waters, a title ("claims to these areas", "a claim to the throne"). */
const HELD = new Set(
  'land lands territory territories area areas island islands sea seas waters region regions city throne title sovereignty ownership property estate seat seats crown border borders'.split(
    ' ',
  ),
);

/** Words that open a noun phrase after "claims to" ("the same land", "these and other areas", "parts of"). */
const OBJECT_OPENING = new Set(
  'the these this those a an its their his her our all parts part much some any both'.split(' '),
);

/**
 * "claim(s) to" land or a title within four words after "to" ("Israel's legitimate claims to these and other areas",
 * "a claim to the disputed islands"): a right asserted over a possession, not an assertion put in doubt.
 */
export function claimToHolding(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  if (!/^claims?$/.test(d.tokens[i].norm) || wordAt(d, i + 1, s) !== 'to') return false;
  // "claims to address border security": a verb after "to" makes it the verb of assertion
  const first = wordAt(d, i + 2, s) ?? '';
  if (!HELD.has(first) && !OBJECT_OPENING.has(first)) return false;
  for (let k = 2; k <= 6; k++) {
    const w = wordAt(d, i + k, s);
    if (w === undefined) return false;
    if (HELD.has(w)) return true;
  }
  return false;
}

/**
 * Objects of a verb "claimed" that make it a seizure of ground or a seat: "claimed control of the city". Not a
 * border, which opens the topic of a claim as often ("claims border fraud is rampant", "claimed the border fence
 * cut crime").
 */
const SEIZED = new Set([...HELD, 'control', 'territories'].filter((w) => !w.startsWith('border')));
/** Words between the verb and its object that show the noun is no object ("claims about a border wall"). */
const NOT_OBJECT = new Set('that about at in on for from against of with by'.split(' '));
/** Words that show a clause, not an object, after the holding noun ("claim sanctuary cities were never …"). */
const CLAUSE_VERB = new Set(
  'is are was were has have had will would can could should do does did makes make'.split(' '),
);

/**
 * The verb "claimed" with land, a seat or control as its object within four words ("forces claimed large areas of
 * territory", "militants have claimed control of the city", "she claimed her seat in the chamber"): a seizure,
 * not an assertion put in doubt. Not when the noun opens a clause ("claim sanctuary cities were never meant to"),
 * nor with "that" or a preposition first ("claimed that", "claimed to").
 */
export function claimedHolding(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  if (!/^claim(?:ed|s|ing)?$/.test(d.tokens[i].norm)) return false;
  const first = wordAt(d, i + 1, s) ?? '';
  if (first === 'that' || first === 'to' || first === 'responsibility') return false;
  for (let k = 1; k <= 4; k++) {
    const w = wordAt(d, i + k, s);
    if (w === undefined) return false;
    if (SEIZED.has(w)) return !CLAUSE_VERB.has(wordAt(d, i + k + 1, s) ?? '');
    if (NOT_OBJECT.has(w) || CLAUSE_VERB.has(w)) return false;
  }
  return false;
}

/** Nouns of a filing in court: a "claim" they make is the filing's legal ground ("the lawsuit claims …"). */
const FILINGS = new Set('lawsuit lawsuits suit suits complaint petition plaintiff plaintiffs'.split(' '));
/** Words that put a sentence in court. */
const COURT = new Set(
  'injunction lawsuit lawsuits suit court courts judge judges ruling plaintiff plaintiffs appeals'.split(' '),
);
/** Modifiers of a legal claim's scope ("a narrow claim that the agency skipped a step", "broader claims"). */
const SCOPE = new Set('narrow narrower broad broader'.split(' '));

/**
 * "claim" as a legal ground in court: "small claims" (the court), "the merits of their claim", a filing's claim ("the
 * lawsuit will also claim that …", "has filed suit …, claiming that …": a filing noun within six tokens before), or a
 * claim of narrow or broad scope in a sentence about a court ("the injunction was based on a narrow claim that the
 * agency had skipped a step"). The words of a pleading, not a doubted assertion.
 */
export function claimInCourt(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  if (!/^claim(?:s|ed|ing)?$/.test(t.norm)) return false;
  const s = t.sentence;
  const at = (k: number) => wordAt(d, i + k, s) ?? '';
  if (t.norm === 'claims' && at(-1) === 'small') return true;
  if (at(-1) === 'of' ? at(-2) === 'merits' : at(-2) === 'of' && at(-3) === 'merits') return true;
  for (let k = 1; k <= 6; k++) if (FILINGS.has(at(-k))) return true;
  if (!/^claims?$/.test(t.norm) || !SCOPE.has(at(-1))) return false;
  for (let k = i - 1; k >= 0 && d.tokens[k].sentence === s; k--) if (COURT.has(d.tokens[k].norm)) return true;
  for (let k = i + 1; k < d.tokens.length && d.tokens[k].sentence === s; k++)
    if (COURT.has(d.tokens[k].norm)) return true;
  return false;
}

/**
 * What one files for as one's due, the object of a verb "claim": asylum, a credible fear of persecution (the asylum
 * screening's term), tax credits, refunds, deductions.
 */
const DUE = new Set('asylum fear credits refunds refund deduction deductions exemption exemptions'.split(' '));
/** Words that end the object before anything due is found: a clause, "to", a preposition. */
const NO_OBJECT = new Set('that to about as of in on for with by from against if because'.split(' '));
/** Words that may follow the object: a preposition or a conjunction, or nothing (punctuation). */
const AFTER_OBJECT = new Set(
  'in at for of and or but on upon from under with while before after when there here'.split(' '),
);

/**
 * The verb "claim" with something due as its object within three words ("claimed political asylum", "can claim a
 * credible fear of persecution", "claimed credible fear and sought asylum", "to claim child tax credits"): a filing,
 * not an assertion put in doubt. Not when the object opens a clause ("claims asylum fraud is rampant", "claim asylum
 * seekers lie"): the word after it must be a preposition, a conjunction or punctuation.
 */
export function claimedDue(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  if (!/^claim(?:s|ed|ing)?$/.test(d.tokens[i].norm)) return false;
  for (let k = 1; k <= 3; k++) {
    const w = wordAt(d, i + k, s);
    if (w === undefined || NO_OBJECT.has(w) || FINITE.has(w)) return false;
    if (!DUE.has(w) || (w === 'fear' && wordAt(d, i + k - 1, s) !== 'credible')) continue;
    const next = wordAt(d, i + k + 1, s);
    return next === undefined || AFTER_OBJECT.has(next);
  }
  return false;
}
