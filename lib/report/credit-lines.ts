// The words an outlet's credits give: the wire agency it credits and the staff its credit lines name. In that outlet's
// copy they are sourcing, as its own name is (term-rows.ts leaves them out of its own list): "press" among a one-article
// outlet's most frequent words, from "According to the Associated Press", says where the story came from, not what it
// is about. Credits read (general newsroom forms, no corpus words):
// - a wire agency (WIRE_AGENCIES) in a credit: in brackets ("WASHINGTON (AP) —", "(AP Photo/…)"), after a dash
//   ("— Reuters"), after "according to", "told", "via", "by", "from" or "with" ("told The Associated Press"), or before
//   a verb of saying or a credit noun ("Reuters reported", "AP writer", "Reuters contributed");
// - staff credit lines: the names before "contributed to this report" / "contributed reporting" / "contributed from"
//   / "reported from" (the wire's sign-off "Bhatti reported from Berlin"), after "Reporting by", "Additional reporting by", "Writing by", "Editing by", "Contributing:", between "Follow"
//   and "on Twitter" (one word is a name there: "Follow Scott on Twitter"; a place after "in" or "from" is no name),
//   and a sign-off line that is a dash and a name with an optional place ("— Jane Doe, Kabul"; the place is kept);
// - an author's bio opening one of the last two paragraphs ("Jane Doe is a senior fellow at …", author-bios.ts).
// Only the credited uses leave the outlet's counts: "press" of "press conference" still counts, and other outlets keep
// the name, so a story about the agency or the reporter still shows it.
import type { Doc } from '../types.js';
import { isUpperChar } from '../text/tokenize.js';
import { ordinaryWords, type OrdinaryWord } from '../text/word-case.js';
import { REPORTING_VERBS } from '../framing/speech-verbs.js';
import { markBios } from './author-bios.js';

/**
 * Wire and news agencies as token norms (a general list of the agencies newsrooms credit). Not data/outlets.json's
 * `agency` rows: those are read as cited names anywhere, and a one-word alias there ("Bloomberg") is as often a
 * person before "said"; here only names that stand for the agency in a credit position are kept ("Bloomberg News").
 */
export const WIRE_AGENCIES: readonly (readonly string[])[] = [
  ['associated', 'press'],
  ['ap'],
  ['reuters'],
  ['agence', 'france-presse'],
  ['afp'],
  ['united', 'press', 'international'],
  ['upi'],
  ['bloomberg', 'news'],
  ['press', 'association'],
  ['canadian', 'press'],
  ['xinhua'],
  ['dpa'],
  ['kyodo'],
  ['efe'],
];

/** Articles before an agency's name ("told the AP", "according to an Associated Press tally"). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Words before an agency that make its name a source ("according to the AP", "told Reuters", "via AFP"). */
const SOURCE_BEFORE: ReadonlySet<string> = new Set(['to', 'told', 'via', 'by', 'from', 'with']);
/** Words after an agency that make its name a credit: verbs of saying and the nouns of a credited piece. */
const CREDIT_AFTER: ReadonlySet<string> = new Set([
  ...REPORTING_VERBS,
  ...['reported', 'reports', 'reporting', 'contributed', 'wrote', 'writes', 'found', 'obtained', 'learned'],
  ...['writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'photographer'],
  ...['photo', 'photos', 'report', 'story', 'interview', 'poll', 'analysis', 'review', 'investigation', 'tally'],
]);
/** Credit-line openers whose "by" names staff ("Reporting by", "Additional reporting by", "Editing by"). */
const BY_LINES: ReadonlySet<string> = new Set(['reporting', 'writing', 'editing']);
/** What may follow "contributed" in a staff credit ("contributed to this report", "contributed reporting"). */
const CONTRIBUTED_NEXT: ReadonlySet<string> = new Set(['reporting', 'from']);
/** What a credit line's names may be joined by ("Jane Doe and CNN's John Roe", "Fox News' Ann Poe"). */
const LINKS: ReadonlySet<string> = new Set([',', 'and', '&', 'the', "'s", "'"]);
/** Words before a place in a credit line ("Asa Fitch in Dubai", "contributed from Cairo"). */
const PLACE_BEFORE: ReadonlySet<string> = new Set(['in', 'from', 'at']);
/** How far a credit line's names reach from its cue, in tokens. */
const NAME_WINDOW = 16;

/**
 * outlet -> its credited uses per term key: each credit's words, read as the term counts read them (a two-word name
 * the outlet's counts hold, such as "associated press", is one use of it; else each word is one use). `counted` tells
 * whether the outlet's counts hold a key. shownTermRows takes these uses off the counts, so "press" of "the press
 * conference" still counts and "Press" of "According to the Associated Press" does not.
 */
export function creditedUses(
  docs: readonly Doc[],
  counted: (outlet: string, key: string) => boolean,
  ordinary: OrdinaryWord = ordinaryWords(docs),
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const d of docs) {
    const marks = creditMarks(d, ordinary);
    let uses = out.get(d.outlet);
    const add = (key: string) => {
      if (!counted(d.outlet, key)) return;
      uses ??= out.set(d.outlet, new Map()).get(d.outlet)!;
      uses.set(key, (uses.get(key) ?? 0) + 1);
    };
    for (let i = 0; i < d.tokens.length; i++) {
      if (!marks[i]) continue;
      const pair = marks[i + 1] ? d.tokens[i].norm + ' ' + d.tokens[i + 1].norm : '';
      if (pair && counted(d.outlet, pair)) {
        add(pair);
        i++;
      } else add(d.tokens[i].norm);
    }
  }
  return out;
}

/** Per token of `d`, 1 when it is a word of a credit: an agency credited or a name a credit line gives. */
export function creditMarks(d: Doc, ordinary: OrdinaryWord): Uint8Array {
  const marks = new Uint8Array(d.tokens.length);
  for (let i = 0; i < d.tokens.length; i++) {
    const n = agencyAt(d, i);
    if (n && agencyCredited(d, i, n)) marks.fill(1, i, i + n);
  }
  for (let i = 0; i < d.tokens.length; i++) {
    const norm = d.tokens[i].norm;
    if (norm === 'contributed' && contributedCredit(d, i)) markNames(d, i - 1, -1, ordinary, marks);
    else if (norm === 'reported' && reportedFrom(d, i)) markSignedName(d, i, ordinary, marks);
    else if (norm === 'by' && BY_LINES.has(d.tokens[i - 1]?.norm ?? '')) markNames(d, i + 1, 1, ordinary, marks);
    else if (norm === 'follow' && followCredit(d, i)) markNames(d, i + 1, 1, ordinary, marks, 1);
    else if (norm === ':' && d.tokens[i - 1]?.norm === 'contributing') markNames(d, i + 1, 1, ordinary, marks);
    else if (norm === '-' && opensLine(d, i)) signOff(d, i, ordinary, marks);
  }
  markBios(d, ordinary, marks);
  return marks;
}

/** The number of tokens of the agency name written at token i (capitalised), or 0. */
function agencyAt(d: Doc, i: number): number {
  if (!isUpperChar(d.text[d.tokens[i].start])) return 0;
  for (const words of WIRE_AGENCIES) {
    let k = 0;
    while (k < words.length && d.tokens[i + k]?.norm === words[k]) k++;
    if (k === words.length) return k;
  }
  return 0;
}

/** Whether the agency name at tokens [i, i + n) stands in a credit (brackets, a dash, a source word, a credit word). */
function agencyCredited(d: Doc, i: number, n: number): boolean {
  let p = i - 1;
  if (ARTICLES.has(d.tokens[p]?.norm ?? '')) p--;
  const before = d.tokens[p]?.norm;
  if (before === '(' || before === '-' || (before && SOURCE_BEFORE.has(before))) return true;
  let a = i + n;
  if (d.tokens[a]?.norm === "'s") a++;
  const after = d.tokens[a]?.norm;
  return after === ')' || (after !== undefined && CREDIT_AFTER.has(after));
}

/** Whether "contributed" at i closes a staff credit ("to this report", "reporting", "from <place>"). */
function contributedCredit(d: Doc, i: number): boolean {
  const next = d.tokens[i + 1]?.norm;
  if (next && CONTRIBUTED_NEXT.has(next)) return true;
  return next === 'to' && d.tokens[i + 2]?.norm === 'this';
}

/** Whether "follow" at i opens "Follow <name> on Twitter" (a social account named within a few words). */
function followCredit(d: Doc, i: number): boolean {
  for (let k = i + 1; k < Math.min(d.tokens.length, i + 6); k++)
    if (d.tokens[k].norm === 'on') return isUpperChar(d.text[d.tokens[k + 1]?.start ?? d.text.length]);
  return false;
}

/** Whether "reported" at i is a sign-off's "reported from <Place>" (a capitalised word after "from"). */
function reportedFrom(d: Doc, i: number): boolean {
  const place = d.tokens[i + 2];
  return d.tokens[i + 1]?.norm === 'from' && place?.kind === 'word' && isUpperChar(d.text[place.start]);
}

/**
 * Mark the name right before the "reported" at i ("Bhatti reported from Berlin", "CNN's Sara Sidner reported from
 * Jerusalem"): up to three capitalised words, one of them at least no ordinary word. Only the words next to the verb:
 * a place before them ("from Dubai, United Arab Emirates and Karimi reported") is another credit's.
 */
function markSignedName(d: Doc, i: number, ordinary: OrdinaryWord, marks: Uint8Array): void {
  const name: number[] = [];
  for (let k = i - 1; k >= 0 && name.length < 3; k--) {
    const t = d.tokens[k];
    if (t.kind !== 'word' || !isUpperChar(d.text[t.start]) || t.sentence !== d.tokens[i].sentence) break;
    name.push(k);
  }
  if (name.some((k) => !ordinary(d.tokens[k].norm))) for (const k of name) marks[k] = 1;
}

/** Whether token i opens its line (the text's start or a line break before it). */
function opensLine(d: Doc, i: number): boolean {
  const p = d.tokens[i - 1];
  if (!p) return true;
  for (let k = p.end; k < d.tokens[i].start; k++) if (d.text.charCodeAt(k) === 10) return true;
  return false;
}

/** Whether token i is the last of its line (the text's end or a line break after it). */
function closesLine(d: Doc, i: number): boolean {
  const n = d.tokens[i + 1];
  if (!n) return true;
  for (let k = d.tokens[i].end; k < n.start; k++) if (d.text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * Mark the name words of a credit line from token `from` in direction `step` (-1 back from "contributed", 1 on after
 * "by", "Contributing:" or "Follow"): capitalised words that are no ordinary words ("Athena Jones", not
 * "Correspondent") and agency names, through commas, "and", "&", "the" and possessives, within one sentence and
 * NAME_WINDOW tokens. The place after "in", "from" or "at" is no name ("Jay Solomon in Washington and Asa Fitch in Dubai").
 */
function markNames(d: Doc, from: number, step: 1 | -1, ordinary: OrdinaryWord, marks: Uint8Array, minWords = 2): void {
  const sentence = d.tokens[from - step]?.sentence;
  let name: number[] = [];
  let place = false;
  // a staff name is two words or more ("Jane Doe"): a lone word between commas is a place ("in Kabul, Afghanistan");
  // a follow line names its staff as it likes ("Follow Scott on Twitter"): one word is a name there (minWords 1)
  const commit = () => {
    if (name.length >= minWords || name.some((k) => agencyAt(d, k))) for (const k of name) marks[k] = 1;
    name = [];
  };
  for (let i = from, k = 0; i >= 0 && i < d.tokens.length && k < NAME_WINDOW; i += step, k++) {
    const t = d.tokens[i];
    if (t.sentence !== sentence) break;
    if (LINKS.has(t.norm)) {
      commit();
      // a place runs on through its commas ("in Las Cruces, New Mexico"); "and" opens the next name
      if (t.norm !== ',') place = false;
    } else if (PLACE_BEFORE.has(t.norm)) {
      // walking back, the words read so far were the place; walking on, the words to come are
      if (step < 0) name = [];
      else commit();
      place = step > 0;
    } else if (t.kind !== 'word' || !isUpperChar(d.text[t.start])) break;
    else if (!place && (agencyAt(d, i) || !ordinary(t.norm))) name.push(i);
  }
  commit();
}

/** A sign-off line at the dash i: "— Jane Doe" or "— Jane Doe, Kabul" and nothing else; the name's words marked. */
function signOff(d: Doc, i: number, ordinary: OrdinaryWord, marks: Uint8Array): void {
  const name: number[] = [];
  let k = i + 1;
  for (; k < d.tokens.length && name.length <= 3; k++) {
    const t = d.tokens[k];
    if (t.kind !== 'word' || !isUpperChar(d.text[t.start])) break;
    name.push(k);
    if (closesLine(d, k)) return markSignOff(d, name, ordinary, marks);
  }
  if (d.tokens[k]?.norm !== ',' || name.length < 2) return;
  // an optional place after the comma: up to three capitalised words, then the line ends
  for (let p = k + 1; p < Math.min(d.tokens.length, k + 4); p++) {
    const t = d.tokens[p];
    if (t.kind !== 'word' || !isUpperChar(d.text[t.start])) return;
    if (closesLine(d, p)) return markSignOff(d, name, ordinary, marks);
  }
}

/** Mark a sign-off's name: two or three capitalised words of which two are no ordinary words. */
function markSignOff(d: Doc, name: readonly number[], ordinary: OrdinaryWord, marks: Uint8Array): void {
  const words = name.filter((k) => !ordinary(d.tokens[k].norm));
  if (name.length < 2 || name.length > 3 || words.length < 2) return;
  for (const k of words) marks[k] = 1;
}
