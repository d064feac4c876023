// Senses of act nouns: a noun of a family (data/act-nouns.json) may name something else than the act. "A mob boss" is
// organised crime, not a crowd; "a smuggling operation" and "special operations forces" are no military act; "the
// invasion of privacy", "a major coup for the candidate" (a success), "Amnesty International" (a name), "to protest
// the decision" (a verb). Whether a use is the act is read from the noun's own words: its capitals, the words before
// it, the word it modifies and the noun of its complement ("of", "for", "by", "on"), with general rules here and each
// family's sense cues in the data file; a noun dated to another year than the doc's names a past act. Pure: a doc and a token index in, a yes or no out.
import type { Doc, Token } from '../types.js';
import { STARTS_UPPER, UPPER_WORD } from '../util/letters.js';
import { auxiliaryOf, isStopword } from '../text/stopwords.js';
import { isAdverb } from './adverbs.js';
import { ON_THE_MOVE } from './senses.js';

/** Words around a head that mark another sense of it (data/act-nouns.json, `otherSenses` of a family). */
export interface SenseCue {
  /** the head these cues are for (singular, as in the family's heads) */
  head: string;
  /** what the head then means, for a reader of the data file ("organised crime") */
  means: string;
  /** a word among the two before the head, up to a determiner ("smuggling operation", "charm offensive", "a major coup") */
  before?: readonly string[];
  /** the word right after the head, which the head then modifies ("mob boss", "riot police", "operations forces") */
  after?: readonly string[];
  /** the noun of the head's complement after of / for / by / on ("invasion of privacy", "coup for the candidate") */
  complements?: readonly string[];
  /**
   * people on the move in the head's sentence make it a figure of migration ("France cannot stop the invasion, and is
   * overrun by migrants"): `migrationFigure`
   */
  movers?: boolean;
}

/**
 * Heads English also uses as verbs: after "to", a modal, "do" or a subject pronoun the singular form is the verb ("to
 * protest the ruling", "Republicans will rally"), which names no act.
 */
const VERB_HEADS: ReadonlySet<string> = new Set(
  'protest rally riot march sweep raid overthrow slaughter massacre invade occupy topple crack ban order'.split(' '),
);

/** Words after which a verb follows: the infinitive's "to", modals, "do" and subject pronouns. */
const BEFORE_VERB: ReadonlySet<string> = new Set(
  "to will would could can may might must should shall do does did n't not i we they you he she".split(' '),
);

/** Words that open a gerund's object ("killing the hostages", "shooting them"): the -ing form is then a verb. */
const OBJECT_START: ReadonlySet<string> = new Set(
  'the a an his her their its our my your this that these those them him us me it anyone everyone people down'.split(
    ' ',
  ),
);

/** Prepositions of a noun's complement. */
const COMPLEMENT: ReadonlySet<string> = new Set(['of', 'for', 'by', 'on']);

/** Words that may stand before the complement's noun ("of the Senate", "for the GOP presidential candidate"). */
const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an his her their its our my your this that these those some all'.split(' '),
);

const upper = (d: Doc, t: Token) => t.kind === 'word' && STARTS_UPPER.test(d.text[t.start]);

/** True when the doc is a headline in title case: capitals there mark no name. */
function titleCase(d: Doc): boolean {
  if (d.field !== 'title') return false;
  const long = d.tokens.filter((t) => t.kind === 'word' && t.end - t.start > 3);
  return long.filter((t) => upper(d, t)).length * 2 >= long.length;
}

/** Words of four letters or more: a headline in title case capitalises every one of them. */
const LONG_WORD = /\p{L}[\p{L}'’-]{3,}/gu;

/**
 * True when character `at` lies on a line that is a headline in title case: a short line with no full stop, question
 * or exclamation mark at its end whose words of four letters or more (three at least) all open with a capital ("Trump
 * Travel Ban Blocked Nationwide By Federal Judges In Hawaii , Maryland" printed again as the body's first line).
 */
export function onTitleCaseLine(text: string, at: number): boolean {
  const a = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const line = text.slice(a, nl < 0 ? text.length : nl).trim();
  if (line.length > 160 || /[.?!:]["”’']?$/.test(line)) return false;
  const words = line.match(LONG_WORD) ?? [];
  return words.length >= 3 && words.every((w) => STARTS_UPPER.test(w));
}

/**
 * True when the head at token i is part of a name: capitalised beside another capitalised word of its sentence
 * ("Operation Desert Storm", "Special Operations forces", "Amnesty International said"); first in its sentence, only
 * before one. A capitalised head alone ("Protests in front of the embassy" in a run-on list) is no name.
 */
export function inName(d: Doc, i: number): boolean {
  const toks = d.tokens;
  const t = toks[i];
  // a line in capitals ("EGYPT CRACKDOWN CONTINUES") shouts, it names nothing
  if (!upper(d, t) || titleCase(d) || UPPER_WORD.test(d.text.slice(t.start, t.end))) return false;
  // a headline in title case printed in the body ("Trump Travel Ban Blocked Nationwide …") capitalises every word
  if (onTitleCaseLine(d.text, t.start)) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const first = !prev || prev.sentence !== t.sentence || prev.kind === 'punct';
  return (!!next && next.sentence === t.sentence && upper(d, next)) || (!first && upper(d, prev));
}

/** Subjects after which a head in -s is a verb ("it bans", "which effectively orders"); "that" only over an adverb. */
const SUBJECTS: ReadonlySet<string> = new Set('it he she who which that'.split(' '));

/** The token before i over adverbs ("to temporarily ban", "that effectively orders"), and how many were passed. */
function beforeAdverbs(d: Doc, i: number): { k: number; passed: number } {
  const s = d.tokens[i].sentence;
  let k = i - 1;
  for (; k >= 0 && k > i - 4 && d.tokens[k].sentence === s; k--) {
    if (!isAdverb(d.tokens[k].norm)) break;
  }
  return { k, passed: i - 1 - k };
}

/**
 * True when the head at token i (norm `head` or a plural of it) is a verb: the singular of a head English uses as a
 * verb after "to", a modal, "do" or a subject pronoun, over adverbs ("vowed to temporarily ban Muslims"); its -s form
 * after "it", "he", "she", "who", "which" or "that" over adverbs ("It also bans travellers", "a set of priorities
 * that effectively orders agents"); or an -ing form before its object ("killing the hostages").
 */
export function asVerb(d: Doc, i: number, head: string): boolean {
  const toks = d.tokens;
  const t = toks[i];
  if (VERB_HEADS.has(head) && (t.norm === head || t.norm === head + 's')) {
    const { k, passed } = beforeAdverbs(d, i);
    const prev = toks[k];
    if (prev && prev.sentence === t.sentence) {
      if (t.norm === head && BEFORE_VERB.has(auxiliaryOf(prev.norm))) return true;
      if (t.norm !== head && SUBJECTS.has(prev.norm) && (prev.norm !== 'that' || passed > 0)) return true;
    }
  }
  if (!head.endsWith('ing') || t.norm !== head) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!next || next.sentence !== t.sentence) return false;
  return OBJECT_START.has(next.norm) || next.kind === 'number' || (upper(d, next) && prev?.norm !== 'the');
}

/** The noun of the complement after the head at token i (the last word of "of the Republican Senate"), if any. */
function complementNoun(d: Doc, i: number): string[] {
  const toks = d.tokens;
  const p = toks[i + 1];
  if (!p || p.sentence !== toks[i].sentence || !COMPLEMENT.has(p.norm)) return [];
  const out: string[] = [];
  for (let k = i + 2; k <= i + 5; k++) {
    const t = toks[k];
    if (!t || t.sentence !== p.sentence || t.kind !== 'word') break;
    if (!DETERMINERS.has(t.norm)) out.push(t.norm);
  }
  return out;
}

/** True when one of the cues marks the head at token i as another sense. */
function cued(d: Doc, i: number, cues: readonly SenseCue[]): boolean {
  const toks = d.tokens;
  const s = toks[i].sentence;
  const near = (k: number) => (toks[k] && toks[k].sentence === s ? toks[k].norm : '');
  // the head's modifiers: up to two words before it, a determiner, a possessive or punctuation ending them ("the
  // Israeli operation" reads "israeli" only; "a smuggling operation" reads "smuggling")
  const before: string[] = [];
  for (let k = i - 1; k >= i - 2 && toks[k]?.sentence === s && toks[k].kind === 'word'; k--) {
    if (DETERMINERS.has(toks[k].norm) || toks[k].norm === "'s") break;
    before.push(toks[k].norm);
  }
  const after = near(i + 1);
  let comp: string[] | undefined;
  for (const c of cues) {
    if (c.before?.some((w) => before.includes(w)) || (after && c.after?.includes(after))) return true;
    if (c.movers && migrationFigure(d, i)) return true;
    if (c.complements) {
      comp ??= complementNoun(d, i);
      if (c.complements.some((w) => comp!.includes(w))) return true;
    }
  }
  return false;
}

/** Words of people fleeing and refugees: the people on the move of the sentence are an invasion's victims, not its figure. */
const FLEEING = /^(?:flee|flees|fled|fleeing|displaced|refuge|refugees?|evacuat\w*)$/;

/**
 * The head at token i is a figure of migration: people on the move stand in its sentence (the project's list of them,
 * lib/framing/senses.ts: "migrants", "caravan", "illegal aliens", "asylum seekers") — "a caravan of asylum seekers,
 * which Trump says is preparing an invasion of the United States", "protect Americans from foreign invasion and the
 * illegal alien problem" — while no actor stands before the head ("the Turkish invasion", "Saddam Hussein 's
 * invasion": a capitalised word or a possessive among its modifiers) and the sentence tells of no one fleeing ("Kurds
 * fleeing the Turkish invasion").
 */
function migrationFigure(d: Doc, i: number): boolean {
  const toks = d.tokens;
  const s = toks[i].sentence;
  let k = i - 1;
  for (; k >= i - 3 && toks[k]?.sentence === s && toks[k].kind === 'word' && !isStopword(toks[k].norm); k--) {
    const first = k === 0 || toks[k - 1].sentence !== s;
    if (upper(d, toks[k]) && !first && !titleCase(d)) return false;
  }
  if (toks[k]?.norm === "'s") return false;
  // "the invasion" names back: people on the move in the sentence before count too ("help prevent the invaders from
  // receiving a police escort. Democrats are never going to care about the invasion")
  const from = toks[k]?.norm === 'the' && s > 0 ? s - 1 : s;
  let movers = false;
  for (let j = i - 1; j >= 0 && toks[j].sentence >= from; j--) {
    if (FLEEING.test(toks[j].norm)) return false;
    movers ||= ON_THE_MOVE.has(toks[j].norm);
  }
  for (let j = i + 1; j < toks.length && toks[j].sentence === s; j++) {
    if (FLEEING.test(toks[j].norm)) return false;
    movers ||= ON_THE_MOVE.has(toks[j].norm);
  }
  return movers;
}

/** A year as written in a date: 1900 to 2099. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * True when the head at token i is dated to a year other than the doc's: "the 2003 invasion", "the 1986 amnesty",
 * "the invasion of 2008-9", "a coup in 1953", "the invasion of Iraq in 2003" (over its complement). A story that recalls a past act names another act than its own, so the
 * noun is no name of the story's act. Docs without a date read no year.
 */
export function otherYear(d: Doc, i: number): boolean {
  const own = d.date?.slice(0, 4);
  if (!own) return false;
  const toks = d.tokens;
  const s = toks[i].sentence;
  const year = (k: number) => {
    const t = toks[k];
    return (
      !!t && t.sentence === s && t.kind === 'number' && YEAR.test(t.norm.slice(0, 4)) && t.norm.slice(0, 4) !== own
    );
  };
  if (year(i - 1) || yearOverModifiers(d, i, year)) return true;
  if (datedClause(d, i, year)) return true;
  const p = toks[i + 1]?.norm;
  if (p !== 'of' && p !== 'in' && p !== 'into') return false;
  // over the complement's words to "in <year>": "the invasion of Iraq in 2003", "intervention in the Balkans in 1999"
  for (let k = i + 2; k < i + 8 && toks[k]?.sentence === s; k++) {
    if (year(k)) return toks[k - 1].norm === 'in' || k === i + 2;
    const w = toks[k].norm;
    if (toks[k].kind !== 'word' || (isStopword(w) && !COMPLEMENT_WORDS.has(w))) return false;
  }
  return false;
}

/**
 * A year before the head's modifiers: "the 2003 invasion" is read above; "the 2003 US-led invasion", "the 2003
 * U.S.-led invasion" (the tokenizer splits "U.S.-led" in three), "the 1973 military coup": up to three tokens between,
 * the word next to the head, a hyphen, the word after a hyphen or a capitalised word.
 */
function yearOverModifiers(d: Doc, i: number, year: (k: number) => boolean): boolean {
  const toks = d.tokens;
  for (let k = i - 1; k >= i - 3 && k > 0; k--) {
    const t = toks[k];
    if (t.sentence !== toks[i].sentence) return false;
    if (t.norm !== '-' && (t.kind !== 'word' || isStopword(t.norm))) return false;
    // the head's modifiers only: a name or a hyphen's parts ("U.S. - led"), beside the word next to the head; not a
    // clause ("Hariri's 2005 assassination sparked massive demonstrations")
    const modifier = k === i - 1 || t.norm === '-' || toks[k - 1]?.norm === '-' || upper(d, t);
    if (!modifier) return false;
    if (year(k - 1)) return true;
  }
  return false;
}

/** Words that open a relative clause on the head: "the invasion that began …", "the coup which ousted …". */
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which']);

/**
 * The head's relative clause names another year: "commenced the invasion that began the 1967 Six-Day War", "the
 * protests which toppled Mubarak in 2011". A clause telling what the act began, ended or led to in a year gone is
 * history. Read up to eight words, to the clause's end (punctuation).
 */
function datedClause(d: Doc, i: number, year: (k: number) => boolean): boolean {
  const toks = d.tokens;
  if (!RELATIVES.has(toks[i + 1]?.norm ?? '') || toks[i + 1].sentence !== toks[i].sentence) return false;
  for (let k = i + 2; k <= i + 9 && toks[k]?.sentence === toks[i].sentence; k++) {
    if (year(k)) return true;
    if (toks[k].kind === 'punct') return false;
  }
  return false;
}

/** Function words a complement may hold before its "in <year>": "of the Lebanese Civil War in 1982". */
const COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'and', 'in', 'of']);

/**
 * True when the head at token i of d (its first word, for a head of several words) names something else than the
 * family's act: part of a name, a verb, an act of another year, or marked by one of the head's cues.
 */
export function otherSense(d: Doc, i: number, head: string, cues: readonly SenseCue[] = []): boolean {
  return inName(d, i) || asVerb(d, i, head) || otherYear(d, i) || (cues.length > 0 && cued(d, i, cues));
}
