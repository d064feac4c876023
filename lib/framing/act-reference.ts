// The same-act test: some heads name one act only by the words around them. "The order" and "the ban" of a week of
// immigration news name the travel ban, the border-wall order, a judge's restraining order or the DACA memo; an outlet
// writing "the executive order" for the travel ban chooses another name than one writing "the travel ban", but only
// the uses that name that act are its choice. A use names the family's act when its sentence, or the sentence before
// (its own naming none of the other acts), holds a word of the act ("travel", "refugees", "seven countries"); or when
// it refers back ("the order", "Trump's order", "this ban") and the last use of its head (or of the family, for a
// head new in the doc) named the act. A use in a sentence naming another act ("the wall", "DACA"), an indefinite one ("signed an executive order")
// and a court's or a judge's order name another. Pure: a doc in, a stateful reader of its heads in token order out.
import type { Doc } from '../types.js';

/** Words that tell which act a head names (data/act-nouns.json, `sameAct` of a family). */
export interface SameAct {
  /** lower-case words of the family's act: a head in or right after a sentence holding one names it */
  cues: readonly string[];
  /** lower-case words of other acts the heads name: a head in a sentence holding one does not name the family's act */
  others?: readonly string[];
  /** possessors whose act the head then is ("the court's order", "the judge's ban") */
  otherOwners?: readonly string[];
}

/** Words that make a head definite, referring back to an act named before. */
const DEFINITE: ReadonlySet<string> = new Set('the this that these those its his her their our'.split(' '));

/** How far back (in tokens of the head's sentence) a determiner may stand before the head, over its modifiers. */
const MODIFIERS = 3;

/** 1: the sentence holds a cue of the act; 2: a word of another act. */
function sentenceFlags(d: Doc, cues: ReadonlySet<string>, others: ReadonlySet<string>): Map<number, number> {
  const out = new Map<number, number>();
  for (const t of d.tokens) {
    if (t.kind !== 'word') continue;
    const f = cues.has(t.norm) ? 1 : others.has(t.norm) ? 2 : 0;
    if (f) out.set(t.sentence, (out.get(t.sentence) ?? 0) | f);
  }
  return out;
}

/**
 * Whether the head at token i refers back: a determiner or a possessive stands before it over at most three
 * modifiers ("the order", "Trump's executive order"). 'other' when the possessor is one of `owners` ("the judge's
 * order"), false for an indefinite head ("an executive order", "signed executive orders").
 */
function definite(d: Doc, i: number, owners: ReadonlySet<string>): boolean | 'other' {
  const toks = d.tokens;
  const s = toks[i].sentence;
  for (let k = i - 1; k >= Math.max(0, i - MODIFIERS) && toks[k].sentence === s; k--) {
    const t = toks[k];
    if (t.norm === "'s") return k > 0 && owners.has(toks[k - 1].norm) ? 'other' : true;
    if (t.kind !== 'word') return false;
    if (DEFINITE.has(t.norm)) return true;
    if (t.norm === 'a' || t.norm === 'an') return false;
  }
  return false;
}

/**
 * A reader of one doc's heads of one family, to be called in token order for each use of a head (quoted ones too:
 * "the order" refers back over a quote): true when the use of `head` at token i names the family's act. A use
 * referring back takes the act of the last use of the same head ("the order" after "an executive order on the
 * wall"), or of any head of the family when its head is new in the doc ("the ban" after "Trump's order on refugees");
 * one that finds no act makes its head name an unknown act until a cue names it again.
 */
export function sameActReader(d: Doc, test: SameAct): (i: number, head: string) => boolean {
  const cues = new Set(test.cues);
  const owners = new Set(test.otherOwners ?? []);
  let flags: Map<number, number> | undefined;
  let last: boolean | undefined; // whether the family's last use named the act; undefined: no act is current
  const lastOf = new Map<string, boolean>(); // the same, per head
  const set = (head: string, x: boolean | undefined) => {
    last = x;
    lastOf.set(head, x === true);
    return x === true;
  };
  return (i: number, head: string) => {
    flags ??= sentenceFlags(d, cues, new Set(test.others ?? []));
    const s = d.tokens[i].sentence;
    const own = flags.get(s) ?? 0;
    const ref = definite(d, i, owners);
    if (ref === 'other' || own & 2) return set(head, false);
    if (own & 1 || (s > 0 && flags.get(s - 1) === 1)) return set(head, true);
    if (!ref) return set(head, undefined);
    const x = lastOf.get(head) ?? last;
    lastOf.set(head, x === true);
    return x === true;
  };
}
