// The time of an act: under way or recalled. A story's act is the one under way as it is written; an act of the
// story's own actor in a place the story does not open with may still be it ("the threat has done little to curb U.S.
// military operations in Iraq" in a story on a hostage killed in Syria over those strikes), and an act with no place
// of its own may be history ("the ten-year anniversary of the U.S.-led invasion", "the last time Hezbollah launched
// rockets …, it suffered a withering Israeli counterattack and ground invasion"). Both are read from the words of the
// head's phrase and sentence: tense and time, not place. Pure: a doc and a token index in, a yes or no out.
import type { Doc } from '../types.js';

/** Modifiers of an act under way: "its current operations in Iraq", "ongoing military operations". */
const UNDER_WAY: ReadonlySet<string> = new Set('current ongoing continuing'.split(' '));

/**
 * Verbs of an act's course, in the present or the infinitive, whose object is an act under way: "ends its military
 * operations", "to curb U.S. military operations", "expand its operations" (not "ended": a course run).
 */
const COURSE = /^(?:end|curb|halt|expand|continu|escalat|intensif|suspend|extend)(?:s|es|ies|y|e|ing)?$/;

/** Words that end the head's modifiers read back: a determiner or a possessive opens the phrase. */
const OPENERS: ReadonlySet<string> = new Set('the a an its their our his her this these those'.split(' '));

/** Nouns whose complement is an act gone by: "the anniversary of the invasion", "the lessons of the intervention". */
const RECALLING: ReadonlySet<string> = new Set('anniversary legacy lessons memory memories ghosts'.split(' '));

/** The first token of the head's phrase: back over its modifiers (at most four tokens) to its opener, included. */
function phraseStart(d: Doc, i: number): number {
  const toks = d.tokens;
  let k = i;
  while (k > 0 && i - k < 5 && toks[k - 1].sentence === toks[i].sentence) {
    const t = toks[k - 1];
    if (t.kind === 'punct' && t.norm !== '-' && t.norm !== "'s") break;
    if (t.kind !== 'word' && t.kind !== 'punct') break;
    k--;
    if (OPENERS.has(t.norm)) break;
  }
  return k;
}

/**
 * True when the head at token i names an act under way: a modifier of its course ("its current operations"), a verb
 * of its course in the present right before its phrase ("whether the United States ends its military operations",
 * "to curb U.S. military operations"), a progressive after it in its sentence ("the operation in Iraq, where
 * American airstrikes are being carried out"), or a time counted from its start ("since the offensive started").
 */
export function actUnderWay(d: Doc, i: number): boolean {
  const toks = d.tokens;
  const s = toks[i].sentence;
  const k = phraseStart(d, i);
  for (let j = k; j < i; j++) if (UNDER_WAY.has(toks[j].norm)) return true;
  // the phrase read back may have taken in the verb before a phrase with no opener ("curb U.S. military operations")
  for (let j = Math.max(0, k - 1); j < i; j++) if (toks[j].sentence === s && COURSE.test(toks[j].norm)) return true;
  for (let j = i + 1; j + 1 < toks.length && toks[j + 1].sentence === s; j++)
    if ((toks[j].norm === 'are' || toks[j].norm === 'is') && toks[j + 1].norm === 'being') return true;
  return startedSince(d, i);
}

/** Verbs of an act's start, after its phrase: "since Turkey's offensive started", "since the operation began". */
const STARTS = /^(?:began|begun|started|starts|begins|erupted|broke)$/;

/**
 * True when the head's phrase is the complement of "since" and its own verb tells its start, with no year after it
 * in its clause ("Around 120 civilians have been killed since Turkey's offensive started"): an act counted from its
 * start to the time of writing, under way; "since the invasion began in 2003" is one gone by.
 */
function startedSince(d: Doc, i: number): boolean {
  const toks = d.tokens;
  const p = modifiersStart(d, i) - 1;
  if (toks[p]?.norm !== 'since' || toks[p].sentence !== toks[i].sentence) return false;
  let j = i + 1;
  while (j <= i + 5 && toks[j]?.sentence === toks[i].sentence && toks[j].kind === 'word' && !STARTS.test(toks[j].norm))
    j++;
  if (!STARTS.test(toks[j]?.norm ?? '') || toks[j].sentence !== toks[i].sentence) return false;
  for (let k = j + 1; k < toks.length && toks[k].sentence === toks[i].sentence && toks[k].kind !== 'punct'; k++)
    if (/^(?:19|20)\d\d$/.test(toks[k].norm)) return false;
  return true;
}

/**
 * True when the head at token i is recalled from a time gone: the complement of a noun of memory ("the ten-year
 * anniversary of the U.S.-led invasion"), or a sentence that dates itself to the past ("As far back as December 2003
 * …", "The last time Hezbollah launched …", "Twenty-five years ago …", "back in 1991").
 */
export function actRecalled(d: Doc, i: number): boolean {
  const toks = d.tokens;
  const s = toks[i].sentence;
  const k = phraseStart(d, i);
  const w = (j: number) => (j >= 0 && toks[j]?.sentence === s ? toks[j].norm : '');
  if (w(k - 1) === 'of' && RECALLING.has(w(k - 2))) return true;
  // the head's clause, over commas (a fronted "As far back as 2003, …" dates the clause after it) but not over a
  // conjunction or a relative ("set free two years ago and commanded the operations" dates the release only)
  let a = i;
  while (a > 0 && toks[a - 1].sentence === s && !joins(d, a - 1)) a--;
  for (let j = a; j < toks.length && toks[j].sentence === s && (j <= i || !joins(d, j)); j++) {
    const [x, y, z] = [w(j), w(j + 1), w(j + 2)];
    if (x === 'ago' && /^(?:years|decades)$/.test(w(j - 1))) return true;
    if ((x === 'far' && y === 'back' && z === 'as') || (x === 'back' && y === 'in' && toks[j + 2]?.kind === 'number'))
      return true;
    if (x === 'the' && y === 'last' && z === 'time') return true;
  }
  return false;
}

/** Words that join clauses: a time named beyond them is another clause's. */
const JOINS: ReadonlySet<string> = new Set('while whereas ; that which who whom'.split(' '));

/** Subjects that open a clause after "and" or "but" ("and they left"). */
const SUBJECTS: ReadonlySet<string> = new Set('i we you he she it they'.split(' '));

/**
 * Token j joins two clauses: a relative or a conjunction of clauses, or "and"/"but" before a verb in the past or a
 * subject ("was set free two years ago and commanded the operations"; not "a counterattack and ground invasion").
 */
function joins(d: Doc, j: number): boolean {
  const w = d.tokens[j].norm;
  if (JOINS.has(w)) return true;
  if (w !== 'and' && w !== 'but') return false;
  const next = d.tokens[j + 1]?.norm ?? '';
  return /^\p{Ll}+ed$/u.test(next) || SUBJECTS.has(next);
}

/** Prepositions that make the phrase after them the time of another event: "shortly after the US-led invasion". */
const TIME_OF: ReadonlySet<string> = new Set('after since before following'.split(' '));

/** Nouns of a time after an act, before "of": "in the wake of the intervention", "in the aftermath of the invasion". */
const WAKE: ReadonlySet<string> = new Set('wake aftermath'.split(' '));

/** Spans of a year or more before "of": "after nearly a decade of American military intervention". */
const LONG_SPANS = /^(?:years?|decades?|generations?|quarter-century|half-century)$/;

/** Spans of a few days before the preposition: "two days after the incursion" dates the story's own days. */
const SHORT_SPANS = /^(?:hours?|days?|weeks?)$/;

/** Verbs an act takes as the subject of its own clause: "since the offensive began", "before this offensive began". */
const OWN_VERBS: ReadonlySet<string> = new Set(
  'began begun begins begin started starts start was were is are has had have ended ends got came went took'.split(' '),
);

/**
 * Whether the act at token i has a verb of its own in its clause, at most five tokens after it over its complement
 * ("since the offensive began", "after a coordinated offensive threatened", "since the operation in Gaza started"):
 * the act is then dated from its start, an act of the story's days, not a time gone by.
 */
function ownVerb(d: Doc, i: number): boolean {
  const toks = d.tokens;
  for (let j = i + 1; j <= i + 5 && j < toks.length && toks[j].sentence === toks[i].sentence; j++) {
    const t = toks[j];
    if (t.kind === 'punct') return false;
    if (OWN_VERBS.has(t.norm) || (/^\p{Ll}+ed$/u.test(t.norm) && /^\p{Ll}/u.test(d.text[t.start]))) return true;
  }
  return false;
}

/** Words that end the modifiers read back from a head: a preposition, or a subject and its verb ("after he ordered"). */
const NOT_MODIFIERS: ReadonlySet<string> = new Set('of to he she it they we i you'.split(' '));

/**
 * The first token of the head's modifiers and determiner, read back (at most five tokens) to a preposition of time,
 * "of" or "to", a subject, a verb in -ed ("after he ordered military operations") or a punctuation mark: "the
 * US-led invasion", "the foreign invasion", "American military intervention".
 */
function modifiersStart(d: Doc, i: number): number {
  const toks = d.tokens;
  let k = i;
  while (k > 0 && i - k < 5 && toks[k - 1].sentence === toks[i].sentence) {
    const t = toks[k - 1];
    if (t.kind === 'punct' ? t.norm !== "'s" : t.kind !== 'word') break;
    if (TIME_OF.has(t.norm) || NOT_MODIFIERS.has(t.norm) || /^\p{Ll}+ed$/u.test(t.norm)) break;
    k--;
  }
  return k;
}

/**
 * True when the phrase of the head at token i is the time of another event, with no verb of its own: the complement
 * of "after", "since", "before", "following", "prior to" ("shortly after the US-led invasion, a group was
 * established"; "prior to the foreign invasion"), of "the wake / aftermath of", or of a span of a year or more after
 * "after" ("after nearly a decade of American military intervention"); not with a verb of its own ("since the
 * offensive began") nor a span of hours, days or weeks before the preposition ("two days after the incursion"). The
 * caller weighs it against what the story opens with: an act its opening names may be dated so too.
 */
export function actAsTime(d: Doc, i: number): boolean {
  const toks = d.tokens;
  const s = toks[i].sentence;
  const w = (j: number) => (j >= 0 && toks[j]?.sentence === s ? toks[j].norm : '');
  let p = modifiersStart(d, i) - 1;
  if (w(p) === 'to' && w(p - 1) === 'prior') p--;
  else if (w(p) === 'of' && (WAKE.has(w(p - 1)) || LONG_SPANS.test(w(p - 1)))) {
    // "in the wake of", "after nearly a decade of": back over the noun's own words (at most four) to its preposition
    const span = LONG_SPANS.test(w(p - 1));
    let q = p - 2;
    while (q > p - 6 && w(q) && !TIME_OF.has(w(q)) && w(q) !== 'in') q--;
    if (!TIME_OF.has(w(q)) && (span || w(q) !== 'in')) return false;
    p = q;
  } else if (!TIME_OF.has(w(p))) return false;
  if (SHORT_SPANS.test(w(p - 1))) return false;
  return !ownVerb(d, i);
}
