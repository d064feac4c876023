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
  'possible potential feared expected anticipated threatened planned looming imminent hypothetical eventual'.split(' '),
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

/** Words of a clause that make its act conditional or wished for: "if the cease-fire fails", "would have preferred". */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'would']);

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

/** Whether a word of `words` stands in the head's clause: back and forward to a clause opener or the sentence's end. */
function inClause(d: Doc, i: number, words: ReadonlySet<string>): boolean {
  const toks = d.tokens;
  const s = toks[i].sentence;
  for (let k = i - 1; k >= 0 && toks[k].sentence === s && !CLAUSE_OPENERS.has(toks[k].norm); k--)
    if (words.has(toks[k].norm)) return true;
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
 * under way).
 */
export function unrealAct(d: Doc, i: number): boolean {
  const toks = d.tokens;
  const k = phraseStart(d, i);
  for (let j = k; j < i; j++) if (UNREAL_MODIFIERS.has(toks[j].norm)) return true;
  const s = toks[i].sentence;
  const before = (n: number) => (k - n >= 0 && toks[k - n].sentence === s ? toks[k - n].norm : '');
  const [b1, b2] = [before(1), before(2)];
  if (DENIALS.has(b1) || FEARS.has(b1)) return true;
  if (['of', 'for', 'about'].includes(b1) && FRAMES.has(b2)) return true;
  if (b1 === 'for' && /^prepar/.test(b2)) return true; // "preparing for an invasion"
  // "if the unrest spreads", "even if the operation succeeds": the condition is on the course of an act under way
  return !definite(d, k, i) && inClause(d, i, CONDITIONS);
}
