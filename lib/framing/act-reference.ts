// The same-act test: some heads name one act only by the words around them. "The order" and "the ban" of a week of
// immigration news name the travel ban, the border-wall order, a judge's restraining order or the DACA memo; an outlet
// writing "the executive order" for the travel ban chooses another name than one writing "the travel ban", but only
// the uses that name that act are its choice. A use's own words decide first: a modifier or the start of its
// complement that is a word of the act ("travel ban", "Muslim ban", "the ban against travelers") or of another act
// ("the asylum ban", "an order on the wall"). Then its sentence: words of the act only, or of another act only, or,
// when it holds both ("the travel ban and the repeal of DACA"), the nearer of the two. Then the sentence before, when
// it names the family's act alone. A use none of these decide refers back ("the order", "Trump's order", "this ban")
// to the last use of its head (or of the family, for a head new in the doc), or, in a doc naming no other act, forward
// to the next use of its head its own words decide when nothing came before ("Myth two: the executive order makes us
// less safe", the order's refugees named a paragraph later). An indefinite one ("signed an executive order") and a court's or a judge's order
// name another. Pure: a doc and its uses of the family's heads in, a yes or no per use out.
import type { Doc } from '../types.js';
import { STARTS_UPPER } from '../util/letters.js';

/** Words that tell which act a head names (data/act-nouns.json, `sameAct` of a family). */
export interface SameAct {
  /** lower-case words of the family's act: a head in or right after a sentence holding one names it */
  cues: readonly string[];
  /**
   * lower-case words of other acts the heads name: a head in a sentence holding one does not name the family's act; a
   * phrase of several words ("ports of entry") marks all its words, over a cue among them
   */
  others?: readonly string[];
  /** possessors whose act the head then is ("the court's order", "the judge's ban") */
  otherOwners?: readonly string[];
  /**
   * names of the act as a modifier and a singular head ("immigration ban"), whose modifier alone names no one act
   * ("immigration order" names many)
   */
  modifiers?: readonly string[];
}

/** One use of a head: its token and the head (singular, as in the family's heads). */
export interface HeadUse {
  i: number;
  head: string;
}

/** Words that make a head definite, referring back to an act named before. */
const DEFINITE: ReadonlySet<string> = new Set('the this that these those its his her their our'.split(' '));

/** How far back (in tokens of the head's sentence) a determiner may stand before the head, over its modifiers. */
const MODIFIERS = 3;

/** How far after the head its complement's words are read ("the ban against travelers", "an order on the wall"). */
const COMPLEMENT = 4;

/** What a use's own words say: 1 the family's act, 2 another act, 0 nothing. */
type Verdict = 0 | 1 | 2;

/** A doc's act words: per word token, 1 a cue, 2 another act's word; and per sentence, the flags it holds. */
interface ActWords {
  at: Uint8Array;
  sentences: Map<number, number>;
}

function actWords(d: Doc, cues: ReadonlySet<string>, others: readonly string[]): ActWords {
  const toks = d.tokens;
  const at = new Uint8Array(toks.length);
  const words = new Set(others.filter((w) => !w.includes(' ')));
  const phrases = others.filter((w) => w.includes(' ')).map((w) => w.split(' '));
  toks.forEach((t, k) => {
    if (t.kind === 'word') at[k] = cues.has(t.norm) ? 1 : words.has(t.norm) ? 2 : 0;
    for (const p of phrases)
      if (k >= p.length - 1 && p.every((w, j) => toks[k - p.length + 1 + j].norm === w))
        at.fill(2, k - p.length + 1, k + 1);
  });
  const sentences = new Map<number, number>();
  at.forEach((f, k) => {
    if (f) sentences.set(toks[k].sentence, (sentences.get(toks[k].sentence) ?? 0) | f);
  });
  return { at, sentences };
}

/**
 * Whether the possessor before the "'s" at token k is one of `owners`: the word right before it ("the judge's order")
 * or one of the capitalised words of the name it ends ("Judge Sabraw's order"; not "the court weighs Trump's ban").
 */
function ownedBy(d: Doc, k: number, owners: ReadonlySet<string>): boolean {
  const toks = d.tokens;
  if (k > 0 && owners.has(toks[k - 1].norm)) return true;
  for (let j = k - 1; j >= Math.max(0, k - 3) && toks[j].sentence === toks[k].sentence; j--) {
    if (toks[j].kind !== 'word' || !STARTS_UPPER.test(d.text[toks[j].start])) return false;
    if (owners.has(toks[j].norm)) return true;
  }
  return false;
}

/**
 * Whether the head at token i refers back: a determiner or a possessive stands before it over at most three
 * modifiers ("the order", "Trump's executive order"). 'other' when the possessor is one of `owners` ("the judge's
 * order", "Judge Sabraw's order"), false for an indefinite head ("an executive order", "signed executive orders").
 */
function definite(d: Doc, i: number, owners: ReadonlySet<string>): boolean | 'other' {
  const toks = d.tokens;
  const s = toks[i].sentence;
  for (let k = i - 1; k >= Math.max(0, i - MODIFIERS) && toks[k].sentence === s; k--) {
    const t = toks[k];
    if (t.norm === "'s") return ownedBy(d, k, owners) ? 'other' : true;
    if (t.kind !== 'word') return false;
    if (DEFINITE.has(t.norm)) return true;
    if (t.norm === 'a' || t.norm === 'an') return false;
  }
  return false;
}

/**
 * Whether the head at token i is a court's: "by" after its comma ("The order, by District Judge Derrick Watson, …"; not
 * "an injunction issued against the order by a judge", where "by" goes with the verb) or "from" right after it ("an
 * order from the Ninth Circuit"), and one of `owners` within four words.
 */
function byOwner(d: Doc, i: number, owners: ReadonlySet<string>): boolean {
  const toks = d.tokens;
  const s = toks[i].sentence;
  const k = toks[i + 1]?.norm === ',' ? i + 2 : i + 1;
  const p = k === i + 1 ? 'from' : 'by';
  if (toks[k]?.sentence !== s || toks[k].norm !== p) return false;
  for (let j = k + 1; j <= k + 4 && toks[j]?.sentence === s && toks[j].norm !== ','; j++)
    if (owners.has(toks[j].norm)) return true;
  return false;
}

/**
 * The verdict of the head's own words: its modifiers back to a determiner, a possessive or punctuation ("Muslim
 * travel ban", "the asylum ban", "DACA executive order"), then the first words of its complement up to punctuation
 * ("the ban against travelers from six countries", "an order targeting sanctuary cities").
 */
function ownWords(d: Doc, i: number, head: string, w: ActWords, modifiers: ReadonlySet<string>): Verdict {
  const toks = d.tokens;
  const s = toks[i].sentence;
  for (let k = i - 1; k >= Math.max(0, i - MODIFIERS); k--) {
    const t = toks[k];
    if (t.sentence !== s || t.kind !== 'word' || t.norm === "'s" || DEFINITE.has(t.norm) || /^an?$/.test(t.norm)) break;
    if (w.at[k]) return w.at[k] as Verdict;
    // "Trump's immigration ban", not "the immigration orders of the president": a broad word names one act, not many
    if (k === i - 1 && toks[i].norm === head && modifiers.has(`${t.norm} ${head}`)) return 1;
  }
  for (let k = i + 1; k <= i + COMPLEMENT && k < toks.length; k++) {
    const t = toks[k];
    if (t.sentence !== s || t.kind === 'punct') break;
    if (w.at[k]) return w.at[k] as Verdict;
  }
  return 0;
}

/** The verdict of the head's sentence: its act words of one kind, or the nearer one when it holds both. */
function sentenceWords(d: Doc, i: number, w: ActWords): Verdict {
  const s = d.tokens[i].sentence;
  const f = w.sentences.get(s) ?? 0;
  if (f !== 3) return f as Verdict;
  for (let off = 1; ; off++) {
    const a = d.tokens[i - off]?.sentence === s ? w.at[i - off] : 0;
    const b = d.tokens[i + off]?.sentence === s ? w.at[i + off] : 0;
    if (a && b) return a === b ? (a as Verdict) : 0;
    if (a || b) return (a || b) as Verdict;
  }
}

/**
 * Per use of a head of one family in d (in token order; quoted ones too: "the order" refers back over a quote),
 * true when it names the family's act. A use its own words, its sentence or the sentence before do not decide takes
 * the act of the last use of its head ("the order" after "an executive order on the wall"), or of any head of the
 * family when its head is new in the doc ("the ban" after "Trump's order on refugees"); a definite use with nothing
 * before it, in a doc that names no other act, takes the act of the next use of its head that its words decide. An indefinite use so undecided names an
 * unknown act, and so does what refers back to it.
 */
export function sameActUses(d: Doc, test: SameAct, uses: readonly HeadUse[]): boolean[] {
  const w = actWords(d, new Set(test.cues), test.others ?? []);
  const owners = new Set(test.otherOwners ?? []);
  const modifiers = new Set(test.modifiers ?? []);
  // first what each use's own words, sentence and the sentence before say: true / false, 'ref' or 'none' (undecided)
  const own = uses.map(({ i, head }): boolean | 'ref' | 'none' => {
    const ref = definite(d, i, owners);
    if (ref === 'other' || byOwner(d, i, owners)) return false;
    const v = ownWords(d, i, head, w, modifiers) || sentenceWords(d, i, w);
    if (v) return v === 1;
    const s = d.tokens[i].sentence;
    if (s > 0 && w.sentences.get(s - 1) === 1) return true;
    return ref ? 'ref' : 'none';
  });
  const alone = ![...w.sentences.values()].some((f) => f & 2); // the doc names no other act: forward references hold
  let last: boolean | undefined; // whether the family's last use named the act; undefined: no act is current
  const lastOf = new Map<string, boolean>(); // the same, per head
  return uses.map(({ head }, k) => {
    const o = own[k];
    let x: boolean | undefined;
    if (typeof o === 'boolean') x = o;
    else if (o === 'ref') x = lastOf.get(head) ?? last ?? (alone ? nextDecided(uses, own, k) : undefined);
    lastOf.set(head, x === true);
    last = o === 'none' ? undefined : x;
    return x === true;
  });
}

/** The act of the next use of the same head whose own words decide it, if any. */
function nextDecided(uses: readonly HeadUse[], own: readonly (boolean | string)[], k: number): boolean | undefined {
  for (let j = k + 1; j < uses.length; j++) {
    const o = own[j];
    if (uses[j].head === uses[k].head && typeof o === 'boolean') return o;
  }
  return undefined;
}
