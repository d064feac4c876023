// Acts that did not happen: "a possible ground invasion", "the threat of invasion", "fearing an invasion", "no
// spontaneous mob protest", "an invasion of Gaza if the cease-fire fails", "they would have preferred a ground
// invasion". A use of a noun of the incursion or the crowd action that names an act feared, weighed or denied names
// no act the story reports, so an outlet's noun for it is no choice against another outlet's noun for the act that
// took place ("operation" for the air campaign that did). Families opt in (data/act-nouns.json `actual`): "amnesty"
// is always a proposal, and "a bill that would grant amnesty" is the act the legal-status family compares. Pure: a doc
// and a token index in, a yes or no out.
import type { Doc } from '../types.js';
import { isStopword } from '../text/stopwords.js';
import { STARTS_LOWER } from '../util/letters.js';

/** Modifiers that make the act one that may come: "a possible invasion", "the feared military invasion". */
const UNREAL_MODIFIERS: ReadonlySet<string> = new Set(
  'possible potential feared expected anticipated threatened planned looming imminent hypothetical eventual future'.split(
    ' ',
  ),
);

/** Nouns whose complement is an act weighed, not one that took place: "the threat of invasion", "the option for". */
const FRAMES: ReadonlySet<string> = new Set(
  'threat threats fear fears risk prospect prospects option possibility plans calculations talk'.split(' '),
);

/** Verbs whose object is an act feared or prevented: "fearing an Israeli ground invasion", "plots Baghdad invasion". */
const FEARS: ReadonlySet<string> = new Set(
  'fear fears feared fearing avert averting avoid avoiding prevent preventing prevented deter deterring plots plotting'.split(
    ' ',
  ),
);

/**
 * Words of a clause that make its act conditional, wished for or only possible: "if the cease-fire fails", "would have
 * preferred", "could look like a full-scale invasion", "might provoke an intervention".
 */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'would', 'could', 'might']);

/** Words that open a condition: a parenthetical after them ("Unless, of course, …") leaves the clause theirs. */
const CONDITION_OPENERS: ReadonlySet<string> = new Set(['if', 'unless']);

/** The most words a parenthetical between commas may hold: "of course", "as many fear", "say". */
const PARENTHETICAL = 4;

/** Words before the head that deny the act: "no spontaneous mob protest", "not an invasion". */
const DENIALS: ReadonlySet<string> = new Set(['no', 'not', 'never']);

/** Words that open a clause: the conditions of another clause are not the head's. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  ', ; : -- — – that which who whom whose while although though because but and'.split(' '),
);

/** Words that make a noun phrase definite: an act already in the story ("the unrest", "its operations"). */
const DEFINITE: ReadonlySet<string> = new Set('the this that these those its his her their our my your'.split(' '));

/** Words that open a noun phrase as an act not yet named ("an invasion", "any intervention"). */
const INDEFINITE: ReadonlySet<string> = new Set('a an any some another every each such'.split(' '));

/**
 * The first token of the head's noun phrase: back over its modifiers (at most three) to its determiner, included, or
 * to a word that opens no phrase ("did not quell [the unrest]", "fearing [an Israeli ground invasion]").
 */
function phraseStart(d: Doc, i: number): number {
  const toks = d.tokens;
  let k = i;
  while (k > 0 && i - k < 4 && toks[k - 1].sentence === toks[i].sentence) {
    const t = toks[k - 1];
    if (t.kind !== 'word' && t.kind !== 'number' && t.norm !== "'s") break;
    if (FRAMES.has(t.norm) || FEARS.has(t.norm) || DENIALS.has(t.norm) || CLAUSE_OPENERS.has(t.norm)) break;
    k--;
    if (DEFINITE.has(t.norm) || INDEFINITE.has(t.norm)) break;
    // a word of another kind ends the phrase: a function word ("would provoke protests"), a verb in -s ("this history
    // suggests US intervention")
    if (t.norm !== "'s" && (isStopword(t.norm) || (/[^siu']s$/.test(t.norm) && STARTS_LOWER.test(d.text[t.start])))) {
      k++;
      break;
    }
  }
  return k;
}

/** Whether the phrase from k to the head names an act already in the story: a definite article or a possessor. */
function definite(d: Doc, k: number, i: number): boolean {
  if (DEFINITE.has(d.tokens[k].norm)) return true;
  for (let j = k; j < i; j++) if (d.tokens[j].norm === "'s") return true;
  return false;
}

/** Words that open a clause's subject: "our people did n't want", "they were", "the rebels had". */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(
  'i we you he she it they our their his her its my your the this these those there'.split(' '),
);

/**
 * The token at k is a dash (the tokenizer reads "--", "—" and "–" as "-"; not the hyphen of "U.S.-led") after which a
 * new clause opens with its subject: "poorly protected -- our people did n't want to draw attention to a top secret
 * operation". A dash before a verb ("any military operation - would be profound") or a conjunction ("protests — or even
 * riots") keeps the clause going.
 */
function dashOpensClause(d: Doc, k: number): boolean {
  const toks = d.tokens;
  if (toks[k].norm !== '-' || toks[k].kind !== 'punct') return false;
  const spaced = (j: number) => /\s/.test(d.text[toks[j].start - 1] ?? '') || /\s/.test(d.text[toks[j].end] ?? '');
  const long = d.text.slice(toks[k].start, toks[k].end) !== '-';
  if (!long && !spaced(k) && toks[k - 1]?.norm !== '-' && toks[k + 1]?.norm !== '-') return false;
  let a = k + 1;
  while (toks[a]?.norm === '-') a++;
  return !!toks[a] && toks[a].sentence === toks[k].sentence && SUBJECT_OPENERS.has(toks[a].norm);
}

/**
 * Whether a word of `words` stands in the head's clause: back and forward to a clause opener or the sentence's end;
 * back, also to a dash that opens the head's clause.
 */
function inClause(d: Doc, i: number, words: ReadonlySet<string>): boolean {
  const toks = d.tokens;
  const s = toks[i].sentence;
  let k = i - 1;
  for (; k >= 0 && toks[k].sentence === s && !CLAUSE_OPENERS.has(toks[k].norm) && !dashOpensClause(d, k); k--)
    if (words.has(toks[k].norm)) return true;
  if (k >= 0 && toks[k].norm === ',' && conditionBefore(d, k)) return true;
  for (let k = i + 1; k < toks.length && toks[k].sentence === s && !CLAUSE_OPENERS.has(toks[k].norm); k++)
    if (words.has(toks[k].norm)) return true;
  return false;
}

/**
 * True when the head at token i names an act that may come, is feared or weighed, or is denied: a modifier of
 * possibility before it ("a possible ground invasion"), a noun of weighing or a verb of fearing right before its
 * phrase ("the threat of invasion", "the option for a ground invasion", "fearing an invasion"), a denial before its
 * phrase ("no spontaneous mob protest"), or, for a phrase not definite, "if", "unless" or "would" in its clause ("a
 * ground invasion … if the cease-fire fails", "if there was any intervention"; not "if the unrest spreads", an act
 * under way, nor "without knowing it would turn into a protest"); also a denied verb before a phrase not definite ("did
 * not stem from a protest") and a relative clause denying the act ("a protest that did not occur").
 */
export function unrealAct(d: Doc, i: number): boolean {
  const toks = d.tokens;
  const k = phraseStart(d, i);
  // "Syria's current and future military operations": the act under way is named too
  for (let j = k; j < i; j++)
    if (UNREAL_MODIFIERS.has(toks[j].norm) && !(toks[j].norm === 'future' && /^(?:and|or)$/.test(toks[j - 1]?.norm)))
      return true;
  const s = toks[i].sentence;
  const before = (n: number) => (k - n >= 0 && toks[k - n].sentence === s ? toks[k - n].norm : '');
  const [b1, b2] = [before(1), before(2)];
  if (DENIALS.has(b1) || FEARS.has(b1)) return true;
  if (['of', 'for', 'about'].includes(b1) && FRAMES.has(b2)) return true;
  if (b1 === 'for' && /^prepar/.test(b2)) return true; // "preparing for an invasion"
  if (deniedAfter(d, i)) return true;
  if (definite(d, k, i)) return false;
  // "the idea of intervention", "opposition to a Syria intervention", "supported intervention before you opposed it":
  // an act argued over, not one that took place
  if (debated(d, k, i)) return true;
  // "threatened to launch a new offensive", "is planning a demonstration", "called for mass protests": an act wished,
  // threatened or called for, not yet one that took place
  if (willed(d, i)) return true;
  // "did not stem from a protest", "has not staged any large protests": a denied verb before a phrase not yet named
  if (INDEFINITE.has(toks[k].norm) && deniedVerb(d, k)) return true;
  // "if the unrest spreads", "even if the operation succeeds": the condition is on the course of an act under way
  return inClause(d, i, CONDITIONS) && !foreseen(d, i);
}

/**
 * The comma at token c closes a parenthetical that follows a condition's opener: "Unless , of course , the U.S.
 * decides to launch a full-scale invasion", "If , as many fear , Turkey launches an incursion": the clause after it is
 * the condition's.
 */
function conditionBefore(d: Doc, c: number): boolean {
  const toks = d.tokens;
  for (let k = c - 1; k >= 0 && k >= c - PARENTHETICAL - 1 && toks[k].sentence === toks[c].sentence; k--) {
    if (toks[k].norm !== ',') continue;
    return k > 0 && toks[k - 1].sentence === toks[c].sentence && CONDITION_OPENERS.has(toks[k - 1].norm) && k < c - 1;
  }
  return false;
}

/**
 * Nouns and adjectives of a debate over an act, before its preposition: "the idea of intervention", "calls for
 * American intervention", "opposition to a military intervention", "cautious about intervention", "a vote on".
 */
const DEBATE: ReadonlySet<string> = new Set(
  'idea case argument arguments call calls push support opposition obstruction proponents proponent advocates advocate opponents critics critic supporters coalition justification rationale merits question questions debate vote decision appetite enthusiasm aversion resistance consent risks drift groundwork opposed cautious wary skeptical sceptical averse'.split(
    ' ',
  ),
);

/** Prepositions of a debate's object: "the case for", "opposition to", "questions of", "a vote on", "drift toward". */
const DEBATE_OF: ReadonlySet<string> = new Set('of for to about on toward towards'.split(' '));

/** Verbs of taking a side on an act, right before it: "supported intervention", "vehemently oppose interventions". */
const STANCE = /^(?:support|oppos|favou?r|advocat|urg|reject)(?:e|es|ed|s|ing)?$/;

/**
 * The phrase from k, not definite, is an act argued over: the object of a noun or adjective of debate ("the idea of
 * intervention", "support for a limited intervention", "opposed to a military intervention"), of a verb of taking a
 * side ("supported intervention before you opposed it", "oppose interventions that serve"), or of "against" ("arguing
 * against an intervention", "lined up against any intervention"). Whether it comes is what the debate is about.
 */
function debated(d: Doc, k: number, i: number): boolean {
  const toks = d.tokens;
  // "support of Iran protests", "supported peaceful demonstrations": support goes to crowds that are out, the
  // plural; to an act proposed, the singular ("support for a limited intervention")
  const plural = /s$/.test(toks[i].norm);
  const side = (w: string) => STANCE.test(w) || DEBATE.has(w);
  const taken = (w: string) => side(w) && !(plural && w.startsWith('support'));
  // the phrase read back from the head may have taken in the verb before a bare noun ("supported intervention")
  for (let j = i - 1; j >= k - 1 && j > 0 && toks[j].sentence === toks[i].sentence; j--) {
    const w = toks[j].norm;
    if (w === 'against' || (STANCE.test(w) && taken(w))) return true;
    if (DEBATE_OF.has(w)) return toks[j - 1].sentence === toks[i].sentence && taken(toks[j - 1].norm);
  }
  return false;
}

/** Verbs of an act that a relative clause says did not take place ("a protest that did not occur"). */
const HAPPEN = /^(?:occur|happen|take|exist|materiali[sz]e)/;

/** The head's relative clause denies it: "a Benghazi protest that did not occur", "a mob that never existed". */
function deniedAfter(d: Doc, i: number): boolean {
  const w = (n: number) => (d.tokens[i + n]?.sentence === d.tokens[i].sentence ? d.tokens[i + n].norm : '');
  if (w(1) !== 'that' && w(1) !== 'which') return false;
  if (w(2) === 'never') return HAPPEN.test(w(3));
  return /^(?:did|does|had|has)$/.test(w(2)) && DENIALS.has(w(3)) && HAPPEN.test(w(4));
}

/**
 * A denial stands before the verb whose object or complement the phrase from k is: "did not stem from [a protest]",
 * "has not staged [any large protests]", "has not formally requested [such intervention]": "not" or "never" at most
 * three words before the phrase, over the verb, an adverb and a preposition, in its clause.
 */
function deniedVerb(d: Doc, k: number): boolean {
  const toks = d.tokens;
  for (let j = k - 1; j >= 0 && j >= k - 4 && toks[j].sentence === toks[k].sentence; j--) {
    const t = toks[j];
    if (t.kind !== 'word' || CLAUSE_OPENERS.has(t.norm)) return false;
    if (DENIALS.has(t.norm) || t.norm.endsWith("n't")) return j < k - 1; // "not a protest" is read as a denial above
  }
  return false;
}

/** Verbs of knowing: "would" after them tells, from the past, what came to be (not "expect": a forecast). */
const KNOWING = /^(?:know|knew|known|knowing|realiz|realis)/;

/**
 * "would" is the future seen from the past, not a condition: "without knowing it would turn into a protest", "none
 * of them knew it would become a riot": a verb of knowing at most three words before "would".
 */
function foreseen(d: Doc, i: number): boolean {
  const toks = d.tokens;
  for (let k = i - 1; k >= 0 && k >= i - 8 && toks[k].sentence === toks[i].sentence; k--) {
    if (toks[k].norm !== 'would') continue;
    for (let j = k - 1; j >= k - 3 && j >= 0; j--) if (KNOWING.test(toks[j].norm)) return true;
    return false;
  }
  return false;
}

/** Verbs of an act wished, threatened, planned or called for: "threatened", "urged", "is poised", "plans", "calling". */
const WILLED =
  /^(?:threat(?:en)?|urg|call|plan|vow|promis|pledg|intend|demand|poised|ready|prepar|want|seek|sought)(?:s|es|ed|d|n|ning|ned|ing|e)?$/;

/** Verbs that start an act, after "to": "to launch an offensive", "to lead a rally", "to again mount demonstrations". */
const STARTING = /^(?:launch|lead|stage|mount|hold|begin|start|conduct|organi[sz]e|carry)(?:es|s|ed|ing)?$/;

/** Words of a phrase read back over from the head to its governor: its determiner and modifiers of number or size. */
const PHRASE_WORDS = /^(?:a|an|any|some|new|more|further|mass|large|major|fresh|counter|another)$/;

/**
 * The token that governs the head's phrase at token i: back over its determiner and modifiers (PHRASE_WORDS, or at
 * most two other lower-case words that are no function word and no verb of will or start: "a new offensive", "mass
 * protests", "further demonstrations"), and over "out" of "carry out".
 */
function governor(d: Doc, i: number, w: (j: number) => string): number {
  let j = i - 1;
  const modifier = (n: number) =>
    PHRASE_WORDS.test(w(j)) ||
    (n < 2 &&
      /^\p{Ll}/u.test(d.text[d.tokens[j].start]) &&
      !isStopword(w(j)) &&
      !WILLED.test(w(j)) &&
      !STARTING.test(w(j)));
  for (let n = 0; n < 3 && w(j) && modifier(n); n++) j--;
  return w(j) === 'out' && w(j - 1) === 'carry' ? j - 1 : j;
}

/**
 * The head at token i, in a phrase not definite, is the object of a verb of will or threat ("threatened an invasion",
 * "NDLON is planning a demonstration"), of a call ("called for mass protests", "a call for further demonstrations"),
 * or of a verb that starts an act after "to" and such a verb ("threatened to launch a new offensive", "urged Iraqi
 * commanders to launch an offensive", "is poised to launch an offensive", "preparing to again mount demonstrations").
 */
function willed(d: Doc, i: number): boolean {
  const toks = d.tokens;
  const s = toks[i].sentence;
  const w = (j: number) => (j >= 0 && toks[j].sentence === s && toks[j].kind === 'word' ? toks[j].norm : '');
  const j = governor(d, i, w);
  if (w(j) === 'for') return /^(?:call|demand)/.test(w(j - 1));
  if (WILLED.test(w(j))) return true;
  if (!STARTING.test(w(j))) return false;
  // "to launch", "to again mount": back to "to", then the verb of will at most three words before it
  let t = j - 1;
  if (w(t) === 'again') t--;
  if (w(t) !== 'to') return false;
  for (let g = t - 1; g >= t - 3 && w(g); g--) if (WILLED.test(w(g))) return true;
  return false;
}
