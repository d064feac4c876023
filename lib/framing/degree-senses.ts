// Words of blame or shock used as a plain degree: how hard a dispute is fought, how large a sum is, how many there are.
// - "fierce" before or of a noun of dispute ("fierce opposition", "a fierce internal debate", "drew fierce criticism",
//   "opposition would be fierce") is the news desks' stock measure of how hard a political fight is, as "fierce
//   fighting" is of an armed one (violence-senses.ts); before other nouns ("fierce allegiances", "a fierce ambush")
//   it keeps its weight. On BABE none of the five "fierce" marks before or of such a noun was a word the annotators
//   chose.
// - "staggering" before a noun of an amount ("the staggering cost of the plan", "a staggering number of centrifuges",
//   "staggering layoffs") states a size, as "massive" before a count does (size-senses.ts); of other things ("a
//   staggering betrayal", "the duplicity is staggering") and before a bare figure ("a staggering $30 billion") it is
//   the writer's comment. BABE: no "staggering" is a word the annotators chose.
// - "an awful lot" is an intensifier of quantity ("looks an awful lot like", "an awful lot of overlap"), no judgement
//   of anything as awful; "the worst case" is a scenario ("the worst case is that …"), no verdict.
// - "outright" of a measure, an outcome or an act of refusing or ending ("ban it outright", "rejected outright", "an
//   outright majority", "outright travel bans", "did not outright dismantle", "rejected outright the idea") says it is complete, not partial; before
//   a word of blame ("an outright lie", "outright deceitful") it sharpens the charge and stays marked. On BABE 3 of the
//   word's 6 marks were of this kind, none chosen by the annotators.
import type { Doc } from '../types.js';
import { wordAt } from '../text/word-at.js';

/** Nouns of a political dispute or of opposition whose intensity "fierce" measures. */
const DISPUTE: ReadonlySet<string> = new Set(
  (
    'debate debates opposition opponent opponents critic critics criticism backlash resistance rival rivals rivalry ' +
    'fight fights battle battles struggle competition contest contests campaign lobbying pushback reaction reactions ' +
    'dispute disputes disagreement disagreements infighting partisanship clash clashes attack attacks'
  ).split(' '),
);

/** Words of being between a noun of dispute and a predicative "fierce" ("opposition is likely to be fierce"). */
const BEING: ReadonlySet<string> = new Set(
  'is are was were be been being has have had would will could may might likely to often always very so as'.split(' '),
);

/**
 * "fierce" of a dispute: right before a noun of DISPUTE or over one or two modifiers ("fierce community opposition",
 * "a fierce partisan clash"), or predicative after such a noun and words of being only ("resistance to a deal has been
 * fierce" over up to four words after the noun: "opposition from some conservatives there is likely to be fierce").
 */
export function fierceDispute(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  if (d.tokens[i].norm !== 'fierce') return false;
  for (let k = 1; k <= 3; k++) {
    const w = wordAt(d, i + k, s);
    if (w === undefined) break;
    if (DISPUTE.has(w)) return true;
  }
  let k = i - 1;
  while (BEING.has(wordAt(d, k, s) ?? '')) k--;
  if (k === i - 1) return false;
  // the noun itself or a short phrase after it ("resistance to a deal", "fights over immigration")
  for (let j = k; j >= k - 4; j--) if (DISPUTE.has(wordAt(d, j, s) ?? '')) return true;
  return false;
}

/** Nouns of an amount, a cost or a count that "staggering" sizes. */
const AMOUNT: ReadonlySet<string> = new Set(
  (
    'cost costs price prices sum sums amount amounts number numbers total totals toll figure figures bill bills ' +
    'debt debts deficit deficits loss losses increase increases rise rises drop drops decline declines growth ' +
    'rate rates layoffs'
  ).split(' '),
);

/**
 * "staggering" before a noun of an amount over at most one modifier ("the staggering cost", "staggering student
 * debt", "a staggering number of"), not after "such" or "so" (the writer's exclamation: "such staggering sums"). Before
 * a bare number ("a staggering $ 30 billion", "a staggering 406 percent") the word is the writer's comment on the
 * figure it gives, and stays marked.
 */
export function staggeringAmount(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  if (d.tokens[i].norm !== 'staggering') return false;
  const prev = wordAt(d, i - 1, s);
  if (prev === 'such' || prev === 'so') return false;
  return [1, 2].some((k) => AMOUNT.has(wordAt(d, i + k, s) ?? ''));
}

/**
 * "an awful lot (of)": "awful" before "lot" after "an" — a degree, no judgement; so is "the worst case" ("the worst
 * case is that we send troops", "Worst case : the war spreads"), a planner's scenario, not a verdict on anything.
 */
export function awfulLot(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  const next = wordAt(d, i + 1, s);
  if (d.tokens[i].norm === 'worst') return next === 'case' || next === 'cases';
  return d.tokens[i].norm === 'awful' && next === 'lot' && wordAt(d, i - 1, s) === 'an';
}

/** Nouns of a measure or an outcome that "outright" calls complete ("an outright ban", "an outright majority"). */
const WHOLE_OUTCOME: ReadonlySet<string> = new Set(
  (
    'ban bans victory victories win majority repeal confiscation citizenship denial rejection refusal abolition ' +
    'elimination prohibition withdrawal takeover control impasse cancellation'
  ).split(' '),
);
/** Verbs of refusing, ending or blocking that "outright" says were done completely ("outright rejected"). */
const WHOLE_ACT =
  /^(?:reject|ban|block|abolish|cancel|dismantle|revoke|repeal|oppose|deny|denie|refuse|fire|terminate|end|prohibit|kill|veto)(?:s|ed|d|ing|ned|ning|led|ling)?$/;

/**
 * "outright" after a verb and before the end of its clause ("ban it outright ,", "opposed reform outright ."), right
 * before a noun of a measure or an outcome over at most one modifier ("outright travel bans"), or before a verb of
 * refusing or ending ("outright rejected").
 */
export function outrightWhole(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  if (d.tokens[i].norm !== 'outright') return false;
  const next = wordAt(d, i + 1, s);
  if (next === undefined) return wordAt(d, i - 1, s) !== undefined;
  // "rejected outright the idea that …": the adverb between a verb of refusing and its object
  if (WHOLE_ACT.test(next) || WHOLE_ACT.test(wordAt(d, i - 1, s) ?? '')) return true;
  return WHOLE_OUTCOME.has(next) || WHOLE_OUTCOME.has(wordAt(d, i + 2, s) ?? '');
}
