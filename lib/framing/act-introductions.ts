// An indefinite head introduces an act: "a new executive order", "an order", "another ban", "other executive
// orders". Which act it is its own words tell ("a new executive order that bars refugees from six countries"), or a
// word of revision that ties it to the act named before ("a revised order"); a cue elsewhere in its clause tells it
// only when that cue is no other use's own word ("lawyers who fought the travel ban are ready to fight a new order":
// a later one), and the sentence before never does: "Last month he signed an executive order demanding an update to
// the program's rules", after a sentence on refugees, is another order. An order a court or a judge issues is theirs
// ("Judge Watson issued an order Thursday"). Pure: a doc, its act words and uses in, a verdict out.
import type { Doc } from '../types.js';
import { COMPLEMENT, joinsWords, MODIFIERS, ownWords, QUOTE_MARK, sentenceWords, type ActWords } from './act-words.js';

/**
 * How far an indefinite head's complement is read, to the clause's end: an act introduced is told by what follows
 * it ("a new executive order Monday that bans immigration from six Muslim-majority countries").
 */
const CLAUSE = 12;

/**
 * Words before an indefinite head that tie it to the act named before: "a revised order" is that order again, and so
 * is "a narrower order" (a version set against the one before).
 */
const TIES: ReadonlySet<string> = new Set(
  (
    'revised modified updated amended rewritten reworked replacement scaled-back watered-down narrower broader ' +
    'pared-down slimmed-down toned-down'
  ).split(' '),
);

/** Words before a head that make it the earlier version of an act: "the first ban", "the old order". */
const EARLIER: ReadonlySet<string> = new Set('first old original initial previous earlier prior'.split(' '));

/** Whether one of `words` stands among the (at most MODIFIERS) words right before head i, in its sentence. */
function modifiedBy(d: Doc, i: number, words: ReadonlySet<string>): boolean {
  const toks = d.tokens;
  for (let k = i - 1; k >= Math.max(0, i - MODIFIERS) && toks[k].sentence === toks[i].sentence; k--)
    if (words.has(toks[k].norm)) return true;
  return false;
}

const NEW: ReadonlySet<string> = new Set(['new']);

/**
 * Whether the indefinite head at i is a new version of the act its sentence names as the earlier one: "a new executive
 * order in March that avoided the biggest legal problems with the first ban", "the signing of a new executive order
 * doesn't spell the end of lawsuits against the old order". A new one set against the first is that act again.
 */
function newVersion(d: Doc, i: number, heads: readonly number[]): boolean {
  if (!modifiedBy(d, i, NEW)) return false;
  const s = d.tokens[i].sentence;
  return heads.some((j) => j !== i && d.tokens[j].sentence === s && modifiedBy(d, j, EARLIER));
}

/** Verbs by which a court makes an order its own: "Judge Watson issued an order", "ordered the court to issue one". */
const ISSUING: ReadonlySet<string> = new Set(
  'issue issues issued issuing enter enters entered grant grants granted'.split(' '),
);

/** What an indefinite use is read against. */
export interface Introduction {
  w: ActWords;
  /** possessors and subjects whose order is theirs (courts, judges) */
  owners: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
  /** the token of every use of the family's heads in the doc, ascending */
  heads: readonly number[];
}

/** Whether a word is an owner or a hyphened word ending in one ("lower-court"). */
export function isOwner(norm: string, owners: ReadonlySet<string>): boolean {
  return owners.has(norm) || (norm.includes('-') && owners.has(norm.slice(norm.lastIndexOf('-') + 1)));
}

/** Whether the head at i follows a verb of issuing (over its article and modifiers) whose subject is an owner. */
function issuedByOwner(d: Doc, i: number, owners: ReadonlySet<string>): boolean {
  const toks = d.tokens;
  const s = toks[i].sentence;
  let k = i - 1;
  while (k > 0 && i - k <= MODIFIERS + 1 && toks[k].sentence === s && !ISSUING.has(toks[k].norm)) k--;
  if (!ISSUING.has(toks[k].norm)) return false;
  for (let j = k - 1; j >= 0 && toks[j].sentence === s; j--) if (isOwner(toks[j].norm, owners)) return true;
  return false;
}

/** Whether the cue at k is one of another use's own words: its modifier or the start of its complement. */
function othersWord(k: number, i: number, heads: readonly number[]): boolean {
  return heads.some((j) => j !== i && ((k < j && j - k <= MODIFIERS) || (k > j && k - j <= COMPLEMENT)));
}

/** Whether token k ends a clause: punctuation other than a quote mark or a hyphen joining two words ("120-day"). */
function clauseEnd(d: Doc, k: number): boolean {
  const t = d.tokens[k];
  return t.kind === 'punct' && !QUOTE_MARK.test(t.norm) && !joinsWords(d, k);
}

/**
 * Whether i's clause (its sentence between punctuation: "In an April executive order, Trump directed …", "including
 * an executive order, while …") holds a cue that is no other use's own word.
 */
function freeCue(d: Doc, i: number, r: Introduction): boolean {
  const toks = d.tokens;
  const s = toks[i].sentence;
  let k = i;
  while (k > 0 && toks[k - 1].sentence === s && !clauseEnd(d, k - 1)) k--;
  for (; k < toks.length && toks[k].sentence === s && !clauseEnd(d, k); k++)
    if (r.w.at[k] === 1 && !othersWord(k, i, r.heads)) return true;
  return false;
}

/**
 * The act of the indefinite use at i: true the family's, false another's, 'version' a new version of the act the doc
 * named before, 'none' unknown. A word of revision first ("the courts …, leading the president to issue a revised
 * order"), then a court's verb of issuing (what a judge's order bars is no tie: "issued an order Thursday to expand
 * the list of family relationships that refugees … must show"), its own words to the clause's end, a new one set
 * against the earlier in its sentence (newVersion), and its sentence's act words (another act's, or a cue of its
 * clause no other use owns).
 */
export function introduced(d: Doc, i: number, head: string, r: Introduction): boolean | 'version' | 'none' {
  for (let k = i - 1; k >= Math.max(0, i - MODIFIERS) && d.tokens[k].sentence === d.tokens[i].sentence; k--)
    if (TIES.has(d.tokens[k].norm)) return 'version';
  if (issuedByOwner(d, i, r.owners)) return false;
  const v = ownWords(d, i, head, r.w, r.modifiers, CLAUSE);
  if (v) return v === 1;
  if (newVersion(d, i, r.heads)) return 'version';
  const s = sentenceWords(d, i, r.w);
  if (s === 2) return false;
  return s === 1 && freeCue(d, i, r) ? true : 'none';
}
