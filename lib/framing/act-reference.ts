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
// less safe", the order's refugees named a paragraph later). An indefinite one ("a new executive order") introduces an
// act its own words to the clause's end tell, or a word of revision ("a revised order"), or a cue of its sentence no
// other use owns, never the sentence before (lib/framing/act-introductions.ts); a court's or a judge's order names
// another. Pure: a doc and its uses of the family's heads in, a yes or no per use out.
import type { Doc } from '../types.js';
import { STARTS_UPPER } from '../util/letters.js';
import { actWords, COMPLEMENT, DEFINITE, MODIFIERS, ownWords, QUOTE_MARK, sentenceWords } from './act-words.js';
import { introduced, isOwner } from './act-introductions.js';

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
  /**
   * nouns of people that, before "of" / "from" and a list of three or more countries, name whom the act bars ("bars
   * the citizens of Sudan, Syria, Iran …"): a cue where they stand
   */
  people?: readonly string[];
}

/** One use of a head: its token and the head (singular, as in the family's heads). */
export interface HeadUse {
  i: number;
  head: string;
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

/** Words that make a head indefinite, introducing an act ("an order", "another ban", "such an order"). */
const INDEFINITE: ReadonlySet<string> = new Set('a an another such'.split(' '));

/**
 * How the head at token i names its act, read back over at most three modifiers (numbers and quote marks aside:
 * "Trump's Jan. 27 executive order"): 'ref' after a determiner or a possessive, referring back ("the order", "Trump's
 * executive order"); 'other' when the possessor is one of `owners` ("the judge's order", "Judge Sabraw's order") or a
 * modifier a hyphened owner ("a lower-court order"); 'intro' after an article of an indefinite head or, with no
 * determiner, after "new" or "other" ("an executive order", "another ban", "Trump signs new executive order", "other
 * executive orders"); else 'open' ("signed executive orders", "the hurriedly drafted and poorly implemented order").
 */
function determiner(d: Doc, i: number, owners: ReadonlySet<string>): 'ref' | 'other' | 'intro' | 'open' {
  const toks = d.tokens;
  const s = toks[i].sentence;
  let fresh = false;
  for (let k = i - 1, n = 0; k >= 0 && n < MODIFIERS && toks[k].sentence === s; k--) {
    const t = toks[k];
    if (t.norm === "'s") return ownedBy(d, k, owners) ? 'other' : 'ref';
    if (t.kind === 'number' || QUOTE_MARK.test(t.norm)) continue;
    if (t.kind !== 'word') break;
    if (t.norm.includes('-') && isOwner(t.norm, owners)) return 'other';
    if (DEFINITE.has(t.norm)) return 'ref';
    if (INDEFINITE.has(t.norm)) return 'intro';
    fresh ||= t.norm === 'new' || t.norm === 'other';
    n++;
  }
  return fresh ? 'intro' : 'open';
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
 * Per use of a head of one family in d (in token order; quoted ones too: "the order" refers back over a quote),
 * true when it names the family's act. A use its own words, its sentence or the sentence before do not decide takes
 * the act of the last use of its head ("the order" after "an executive order on the wall"), or of any head of the
 * family when its head is new in the doc ("the ban" after "Trump's order on refugees"); a definite use with nothing
 * before it, in a doc that names no other act, takes the act of the next use of its head that its words decide. An
 * indefinite use undecided names an unknown act, and so does what refers back to it.
 */
export function sameActUses(d: Doc, test: SameAct, uses: readonly HeadUse[]): boolean[] {
  const heads = uses.map((u) => u.i);
  const w = actWords(d, new Set(test.cues), test.others ?? [], heads, new Set(test.people ?? []));
  const owners = new Set(test.otherOwners ?? []);
  const modifiers = new Set(test.modifiers ?? []);
  // first what each use's own words, sentence and the sentence before say: true / false, 'ref' or 'none' (undecided),
  // or 'version' (a revised or new version of the act named before)
  const own = uses.map(({ i, head }): boolean | 'ref' | 'version' | 'none' => {
    const how = determiner(d, i, owners);
    if (how === 'other' || byOwner(d, i, owners)) return false;
    if (how === 'intro') return introduced(d, i, head, { w, owners, modifiers, heads });
    const v = ownWords(d, i, head, w, modifiers, COMPLEMENT) || sentenceWords(d, i, w);
    if (v) return v === 1;
    const s = d.tokens[i].sentence;
    if (s > 0 && w.sentences.get(s - 1) === 1) return true;
    return how === 'ref' ? 'ref' : 'none';
  });
  const alone = ![...w.sentences.values()].some((f) => f & 2); // the doc names no other act: forward references hold
  let last: boolean | undefined; // whether the family's last use named the act; undefined: no act is current
  const lastOf = new Map<string, boolean>(); // the same, per head
  let seen = false; // whether a use before named the act
  return uses.map(({ head }, k) => {
    const o = own[k];
    let x: boolean | undefined;
    if (typeof o === 'boolean') x = o;
    else if (o === 'ref') x = lastOf.get(head) ?? last ?? (alone ? nextDecided(uses, own, k) : undefined);
    // a revised version is the act the doc named before, whatever was named since ("an order that was upheld by a
    // 9th Circuit panel. In March, Trump issued a narrower order")
    else if (o === 'version') x = seen || undefined;
    seen ||= x === true;
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
