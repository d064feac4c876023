// A speaker phrase cleaned: what a phrase caught before or after a quote keeps to be a speaker (leading conjunctions,
// trailing adverbs and times dropped) and when it names no one at all (function words, dates, a clause caught instead
// of a subject). Pure.
import { withoutDateline } from './speaker-datelines.js';
import { MONTHS, WEEKDAYS } from '../util/calendar.js';
import { LOWER_ED, STARTS_UPPER } from '../util/letters.js';
import { ACT_WORDS, VERB_WORDS } from './speech-verbs.js';

// regexes with \p{...} made once here: written inside a function, tsx rebuilds one on every call (lib/util/letters.ts)
/** Adverbs, auxiliaries, relatives and -ly words closing a speaker phrase (cleanSpeaker drops them one by one). */
const TRAILING_VERB_WORD =
  /\s+(?:also|further|then|later|earlier|again|previously|once|long|now|already|still|never|meanwhile|often|always|sometimes|even|just|being|have|has|had|was|were|is|are|been|would|will|could|might|may|must|should|can|did|does|do|who|whom|which|\p{Ll}+ly)$/u;
/**
 * A verb group closing a phrase, its subject before it: a perfect ("25 states have sued") or a progressive and up to
 * three lower-case words after it ("Afghan officials are working to confirm"); cleanSpeaker cuts it off. Not "is nothing" (no verb).
 * Single spaces: read on the phrase with its white space collapsed (a run of spaces before "$" would be quadratic).
 */
const TRAILING_VERB_GROUP =
  / (?:(?:have|has|had) \p{Ll}+(?:ed|en)|(?:are|is|was|were) (?!(?:no|some|any|every)thing\b)\p{Ll}+ing(?: \p{Ll}+){0,3})$/u;
const TWO_LETTERS = /\p{L}\p{L}/u;
/**
 * A modal before a lower-case word inside a phrase: a verb phrase, so a clause ("can be used", "would have"); not
 * "can be heard" (a speaker heard saying something).
 */
const MODAL_INSIDE = /\s(?:can|could|will|would|should|must|might|may|shall)\s+(?!be\s+(?:heard|seen)\b)\p{Ll}/u;
/** An auxiliary before a participle, "been" or "not" inside a phrase: a clause ("has been tentative", "was denied"). */
const AUXILIARY_INSIDE = /\s(?:has|have|had|is|are|was|were)\s+(?:been|being|not|\p{Ll}+ed)\s+\p{L}/u;
/** An imperative opening a phrase ("Keep in mind", "Remember that", "Consider how"): the writer addressing the reader. */
const IMPERATIVE_OPENING =
  /^(?:Keep|Remember|Consider|Imagine|Recall|Bear|Note|Notice|Mind|Let|Don['’]t|Do\s+not)\s+(?!\p{Lu})\S/u;
/** Emoji, flags, their modifiers and joiners, with the spaces between them, opening or closing a phrase. */
const SYMBOLS_AT_EDGES =
  /^(?:[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u200d\ufe0f]\s*)+|(?:\s*[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u200d\ufe0f])+$/gu;
/** Characters no word of a phrase keeps (used with replace, which restarts a global pattern each time). */
const NOT_WORD_CHARS = /[^\p{L}\p{N}'.-]+/gu;
export const PRONOUN = /^(?:he|she|they|it|we)$/i;

/**
 * Words that are never a speaker on their own: conjunctions, adverbs and auxiliaries left between a quote and its verb
 * ("good news," but said), quantifiers ("Some said": who is not named), days and other time words ("Reid, D-Nev.,
 * Monday, argued").
 */
export const NOT_A_SPEAKER_WORDS: ReadonlySet<string> = new Set([
  ...'and but or as while then so also still further later not never'.split(' '),
  ...'has have had was were is are been would will could did does do'.split(' '),
  // auxiliary participles opening a clause ("Having said that, I …", "Being asked …")
  ...'having being'.split(' '),
  ...'some one others many several few most both all'.split(' '),
  ...WEEKDAYS,
  ...'today yesterday tonight earlier previously'.split(' '),
  // time zones of a live blog's timestamps ("3:27 p.m. ET. Egypt Tells Kerry …")
  ...'et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet'.split(' '),
  // sentence adverbs that open a clause or close a verb ("First, it aimed …", "Now, activists say", "as well, saying")
  ...'first now well only'.split(' '),
  // sentence adverbs and ordinals that open a sentence before its comma ("Rather, …", "Second, …")
  ...'rather perhaps furthermore finally besides therefore thus hence otherwise overall initially'.split(' '),
  ...'interestingly sometimes anyway anyhow meantime additionally ultimately lastly second third fourth'.split(' '),
]);
export const notASpeaker = (t: string): boolean => NOT_A_SPEAKER_WORDS.has(t.toLowerCase());

/**
 * Words that cannot make a speaker phrase on their own: the list above, months, and the determiners, relatives and
 * pronouns a speaker phrase can be cut to.
 */
export const NO_SPEAKER_WORDS: ReadonlySet<string> = new Set([
  ...NOT_A_SPEAKER_WORDS,
  ...MONTHS,
  ...'a an the this that these those which who whom what when where however meanwhile moreover there here'.split(' '),
  ...'other any each such it its he she they tomorrow'.split(' '),
  ...'instead nonetheless nevertheless likewise similarly elsewhere indeed much'.split(' '),
]);
/** Subject pronouns: a phrase holding one beside other words is a clause ("which he", "I can"), not a speaker. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set('he she they we i it you whoever'.split(' '));
/** Words no speaker phrase opens on: prepositions, subordinators, connectives ("Though there", "despite"). */
export const FRAGMENT_START = new Set(
  (
    'on for with if or and but despite though although because while when where why how to in at by from as after ' +
    'before since until during just even still yet so not no there stating comparable according under over among ' +
    'against amid without within through across behind like unlike'
  ).split(' '),
);
/** Words no speaker phrase ends on: conjunctions, articles, auxiliaries ("All of", "he points to the guidance and"). */
const FRAGMENT_END = new Set(
  'and or but to of the a an is are was were be been not can could would will first keep also then that'.split(' '),
);

/** A phrase's words, lower case, without marks: what the "names no one" tests read. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(NOT_WORD_CHARS, ''))
    .filter(Boolean);
}

/**
 * Whether lower-case phrase words name no one: all are function words, dates or marks, or they are a clause caught
 * instead of a speaker (a pronoun of `pronouns` inside, or an opening or closing word no name opens or ends on).
 */
export function wordsNameNoOne(words: readonly string[], pronouns: ReadonlySet<string> = SUBJECT_PRONOUNS): boolean {
  return (
    !words.length ||
    words.every((w) => NO_SPEAKER_WORDS.has(w)) ||
    words.some((w) => pronouns.has(w)) ||
    FRAGMENT_START.has(words[0]) ||
    (words.length > 1 && FRAGMENT_END.has(words[words.length - 1]))
  );
}

/**
 * Whether the words of a speaker phrase are a clause or connective caught instead of a speaker: they name no one, or
 * a subject pronoun opens them ("which he", "I can", "It was clear") or closes them ("officials said earlier they"); a
 * pronoun further in may be an object ("sources familiar with it").
 */
function clauseCaught(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  return (
    wordsNameNoOne(words, NO_PRONOUNS) ||
    words.slice(0, 2).some((w) => SUBJECT_PRONOUNS.has(w)) ||
    (words.length > 1 && last !== 'it' && SUBJECT_PRONOUNS.has(last)) ||
    (words.length === 1 && VERB_WORDS.has(last))
  );
}
const NO_PRONOUNS: ReadonlySet<string> = new Set();

/** A capitalised word that is no function word, pronoun or clause opener: the phrase may name someone ("As Trump"). */
export function holdsName(t: string): boolean {
  return t
    .split(' ')
    .some((w) => STARTS_UPPER.test(w) && !SUBJECT_PRONOUNS.has(w.toLowerCase()) && !wordsNameNoOne(phraseWords(w)));
}

/** Participles that name what follows them inside a noun phrase ("a group called the Harbour Council"). */
const NAMING_PARTICIPLE = /^(?:called|named|dubbed|titled|entitled|nicknamed|labeled|labelled|known)$/;
/**
 * Where a phrase holds a verb with its object or a passive (-1 if nowhere): a clause, not a noun phrase that speaks:
 * "militants fired about 20 rockets at the town", "counted more than 100 of them", "the child was observed". A past
 * form before a preposition is a postmodifier and stays ("officials briefed on the talks", "a lawsuit filed by").
 */
function verbAt(w: readonly string[]): number {
  return w.findIndex(
    (x, i) =>
      i + 1 < w.length &&
      // (a verb of saying of any form: "French officials said the opposite")
      ((((LOWER_ED.test(x) && !NAMING_PARTICIPLE.test(x)) || (i > 0 && VERB_WORDS.has(x))) &&
        VERB_OBJECT.test(w[i + 1])) ||
        (/^(?:was|were|is|are|been|being)$/.test(x) && LOWER_ED.test(w[i + 1]))),
  );
}
/** Words that open a verb's object: determiners, quantifiers, numbers. */
const VERB_OBJECT =
  /^(?:the|a|an|about|more|some|his|her|their|its|our|nearly|almost|several|dozens|hundreds|\d[\d,.]*)$/;

/** Titles of several people before their names: "Sens. Ana Doe and Ivo Brenn", "Reps . Doe , Brenn and Loft". */
export const PLURAL_TITLES = ['Sens', 'Reps', 'Govs', 'Drs', 'Messrs'];
const PLURAL_TITLE_WORD = new RegExp(`^(?:${PLURAL_TITLES.join('|')})\u2024$`);

/**
 * cleanSpeaker, and "it" as written right before the verb of an attribution ("“…,” it said"; "…, it added."): a
 * body or a document named before speaks (sources.ts reads which); elsewhere "it" is no speaker ("It is clear …").
 */
export function attributionSpeaker(s: string): string | null {
  return s.trim() === 'it' ? 'it' : cleanSpeaker(s);
}

/** A preposition opening a phrase: an adverbial ("for migrants …", "in the city"), no subject (see INTRODUCTION). */
const LEADING_PREPOSITION =
  /^(?:for|of|to|in|into|with|from|on|at|by|against|towards?|through|without|within|among|upon|onto|than)\s+\S/i;

/**
 * An introductory phrase of time, place or source before a subject written without a comma: "In a statement the SDF",
 * "On Tuesday Foreign Minister Ana Doe", "From Vell Secretary Ivo Brenn".
 */
const INTRODUCTION =
  /^(?:[Ii]n|[Oo]n|[Aa]t|[Ff]rom|[Dd]uring|[Aa]fter)\s+(?:(?:the|a|an|his|her|its|their)\s+\p{Ll}+|\p{Lu}\p{Ll}+)\s+((?:the\s+|an?\s+)?\p{Lu}.*)$/u;

/** The subject after an introductory phrase (INTRODUCTION), or null when none is written. */
function afterIntroduction(t: string): string | null {
  return INTRODUCTION.exec(t)?.[1] ?? null;
}

/** A speaker phrase cleaned: trimmed, leading conjunctions/adverbs dropped; null when it cannot be a speaker. */
export function cleanSpeaker(s: string): string | null {
  let t = s.replace(/\s+/g, ' ').trim();
  // closing marks of the quote before it (pre-tokenised `` '' text, spaced "’ ’" too), and a bracket left open by the cut ("(R-Okla")
  t = t.replace(/^(?:(?:''|``|["\u201C\u201D\u2018\u2019'`])\s*)+/u, '').replace(/\s*\([^()]*$/, '');
  // a dateline opening the article's first sentence ("WASHINGTON ( AP ) — President Doe") is no part of the speaker
  t = withoutDateline(t);
  // emoji and flags beside a name ("🇺🇸 Ana Doe", "Ana Doe 🌹") are no part of the speaker
  t = t.replace(SYMBOLS_AT_EDGES, '');
  t = t.replace(/^(?:and|but|as|while|then|so|where|when)\s+/i, '').replace(/^at\s+least\s+(?=\S+\s)/i, '');
  t = t.replace(/\s+(?:who|which|that)\s+.*$/i, '');
  t = t.replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  // trailing adverbs and times belong to the verb: "the source further", "US officials recently", "Critics have
  // long", "The army Monday", "the ministry last week"; a relative left open ("tech workers who") to the clause after
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(TRAILING_VERB_WORD, '');
    t = t.replace(TRAILING_TIME, '');
    t = t.replace(TRAILING_VERB_GROUP, '');
  }
  if (!t || t.length > 90 || !TWO_LETTERS.test(t) || notASpeaker(t) || TIME_ONLY.test(t)) return null;
  // a phrase ending on a preposition is a clause cut short ("Authorities in", "The administration justifies this by")
  // ("to" stays: "Carney went on to" say, the infinitive's subject speaks)
  if (/\s(?:by|in|with|after|for|from|at|on|into|about|of|than)$/.test(t)) return null;
  // a phrase a preposition opens is an adverbial, no subject ("for undocumented migrants living in the United" before
  // a capitalised "States" read as the verb), unless a subject follows an introduction ("On Tuesday Ana Doe")
  if (LEADING_PREPOSITION.test(t)) {
    const after = afterIntroduction(t);
    return after ? cleanSpeaker(after) : null;
  }
  const words = t.split(' ');
  // a plural title opening a list ("Sens\u2024", its period masked) is no word of a clause
  if (words.length - (PLURAL_TITLE_WORD.test(words[0]) ? 1 : 0) > 10) return null;
  // "he said he hoped …, adding": the pronoun before its statement verb speaks
  if (words.length > 2 && SUBJECT_PRONOUNS.has(words[0].toLowerCase()) && VERB_WORDS.has(words[1])) return words[0];
  // "Doe blasted Smith, saying …", "Doe lashed out at Smith": the subject of an act verb speaks
  const act = words.findIndex((w, i) => i > 0 && ACT_WORDS.has(w));
  if (act > 0)
    return PASSIVE_BEFORE.test(words.slice(0, act).join(' ')) ? null : cleanSpeaker(words.slice(0, act).join(' '));
  const verb = verbAt(words);
  // "Doe blasted the plan, saying …": the subject of a statement verb speaks; any other clause has no speaker here
  if (verb >= 0) return verb > 0 && VERB_WORDS.has(words[verb]) ? cleanSpeaker(words.slice(0, verb).join(' ')) : null;
  // a clause caught instead of a subject: a modal or an auxiliary and its verb inside ("This fact can be used to
  // undercut", "the administration has been tentative in making"), or an
  // imperative opening the sentence ("Keep in mind as we move forward"): the reader is addressed, no one speaks
  // (a phrase holding a name is left to the entity written there: "That will hardly please Sen. Ana Doe , who said")
  if ((MODAL_INSIDE.test(t) || AUXILIARY_INSIDE.test(t) || IMPERATIVE_OPENING.test(t)) && !holdsName(t)) return null;
  if (/^(?:it|this|that|there|which|what)$/i.test(t)) return null;
  // an object pronoun opens no subject: "…,” told us more about …" names the listener (case-sensitive: "Us Weekly")
  if (/^(?:me|us|him|them)\b/.test(t)) return null;
  // a clause or connective caught instead of a speaker ("However", "which he", "I can"): no speaker here, so the next
  // way of finding one is tried; a lone pronoun stays (it is resolved later), and so does a phrase holding a name
  if (!PRONOUN.test(t) && !holdsName(t) && clauseCaught(phraseWords(t))) return null;
  return t;
}

const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)';
const PERIOD =
  '(?:(?:last|this|next|earlier\\s+this|later\\s+this)\\s+(?:week|month|year|weekend|night|morning|spring|summer|fall|autumn|winter))';
/**
 * A day or period closing a subject: "The army Monday", "the ministry on Friday", "the court last week". Case-sensitive:
 * "USA Today" is a name.
 */
const TRAILING_TIME = new RegExp(`\\s+(?:on\\s+)?(?:${DAY}|${PERIOD})$`);
/** A phrase that is only a time: "last week", "One year after", "Right after". */
const TIME_ONLY = new RegExp(
  `^(?:${PERIOD}|(?:one|a|two|three|right|soon|shortly|days?|weeks?|months?|years?)(?:\\s+\\w+)?\\s+(?:after|before|later|ago)|` +
    // (any count of a unit of time: "Twelve years ago", "40 days later")
    `[\\w-]+\\s+(?:hours?|days?|weeks?|months?|years?|decades?)\\s+(?:ago|later|earlier))$`,
  'i',
);

/**
 * Where the cleaned speaker phrase `t` starts in a match whose group 1 held it before cleaning (leading marks, "and",
 * "but" dropped), relative to the string matched against: its span must cover the name, not what was dropped.
 */
export function cleanedAt(m: RegExpExecArray, t: string): number {
  const group = m.index + m[0].indexOf(m[1]);
  const inGroup = m[1].indexOf(t.split(' ')[0]);
  return group + Math.max(0, inGroup);
}

/** An auxiliary right before a past form: the verb is passive. */
export const PASSIVE_BEFORE = /\b(?:was|were|is|are|be|been|being|get|gets|got)\s+(?:\p{Ll}+ly\s+)?$/u;
/** A passive, or a relative pronoun before the verb: "a film that ridiculed …" judges, but the film does not speak. */
export const NO_ACT_SUBJECT = /\b(?:was|were|is|are|be|been|being|get|gets|got|that|which)\s+(?:\p{Ll}+ly\s+)?$/u;
