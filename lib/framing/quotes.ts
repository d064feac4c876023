// Direct quotes with their speakers: the doc's quote spans (lib/text/quotes.ts) attributed to who is quoted.
import { TITLE_STANDIN, titlesAsOneWord, titleQuote } from './quote-titles.js';
import { pronounCalling, relayAfter } from './quote-relays.js';
import { listAfterOpener } from './speaker-list-openers.js';
import { apposedSpeaker, roleAfterName } from './quote-appositives.js';
import { withoutDateline } from './speaker-datelines.js';
import type { Doc, Span } from '../types.js';
import { rangeAt } from '../util/search.js';
import type { Quote } from './types.js';
import { MONTHS, WEEKDAYS } from '../util/calendar.js';
import { coordinatedHead, finiteVerbStarts } from './coordination.js';
import { LOWER_ED, STARTS_UPPER } from '../util/letters.js';
import { SPACED_TITLES } from '../text/tokenize.js';
import { partyTag, partyTagAfter, partyTags } from '../entities/tags.js';

// regexes with \p{...} made once here: written inside a function, tsx rebuilds one on every call (lib/util/letters.ts)
/** Adverbs, auxiliaries, relatives and -ly words closing a speaker phrase (cleanSpeaker drops them one by one). */
const TRAILING_VERB_WORD =
  /\s+(?:also|further|then|later|again|previously|once|long|now|already|meanwhile|have|has|had|was|were|is|are|been|would|will|could|might|may|must|should|can|did|does|do|who|whom|which|\p{Ll}+ly)$/u;
const TWO_LETTERS = /\p{L}\p{L}/u;
/** Characters no word of a phrase keeps (used with replace, which restarts a global pattern each time). */
const NOT_WORD_CHARS = /[^\p{L}\p{N}'.-]+/gu;
const RELATIVE_BEFORE_CALLED = /(?:[^,\s]\s+who|,\s*\p{Ll}+ly|\bwhat(?:\s+is|\s*['’]s)?(?:\s+often)?)\s*$/u;
const NEXT_LOWER_WORD = /^\s+(\p{Ll}+)/u;
const CAPITAL_ING = /^\p{Lu}\p{Ll}+ing$/u;
const COMMA_THEN_CAPITAL = /^,\s*(?:the\s+)?\p{Lu}/u;
const CAPITALISED_TAIL = /(?:[A-Z][\p{L}-]*\s*)+$/u;
/** A clause, then "and"/"but" before a subject: a determiner, a capital, or a plural closing the phrase. */
const CLAUSE_AND_SUBJECT =
  /^(.*)\s(?:and|but)\s+(?=(?:the|a|an|some|many|several|other|most|\p{Lu})\S*\s|(?:\p{Ll}+\s+)?\p{Ll}+s$)/su;
/** Conjunctions and adverbs opening a comma segment ("and later", "also", "quickly"). */
const OPENING_ADVERBS = /^(?:(?:and|but|also|then|later|again|still|\p{Ll}+ly)\s+)+/u;
const LOWER_ING = /^\p{Ll}+ing\b/u;

/** Reporting verbs (finite forms) that introduce or close a quote or reported speech. */
export const REPORTING_VERBS = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'noted',
  'notes',
  'stated',
  'states',
  'emphasized',
  'emphasised',
  'emphasizes',
  'stressed',
  'stresses',
  'explained',
  'explains',
  'revealed',
  'reveals',
  'confirmed',
  'confirms',
  'announced',
  'announces',
  'declared',
  'asserted',
  'insisted',
  'argued',
  'warned',
  'warns',
  'pointed out',
  'points out',
  'wrote',
  'writes',
  'reported',
  'reports',
  'continued',
  'commented',
  'remarked',
  'replied',
  'responded',
  'claimed',
  'claims',
  'affirmed',
  'reiterated',
  'clarified',
  'indicated',
  'mentioned',
  'acknowledged',
  'concluded',
  'highlighted',
  'underlined',
  'underscored',
  'disclosed',
  'denied',
  'cautioned',
  'observed',
  'recalled',
  'urged',
  'asked',
  'believes',
  'believed',
  'predicted',
  'estimated',
  'alleged',
  'admitted',
  'suggested',
  'tweeted',
];
/** Participles that continue an earlier speaker ("…, adding, “…”"). */
export const REPORTING_PARTICIPLES = [
  'saying',
  'adding',
  'noting',
  'stating',
  'stressing',
  'emphasizing',
  'emphasising',
  'explaining',
  'warning',
  'pointing out',
  'asserting',
  'insisting',
  'arguing',
  'affirming',
  'reiterating',
  'declaring',
  'confirming',
  'indicating',
  'clarifying',
  'revealing',
  'telling',
  'writing',
  'tweeting',
];
/**
 * Verbs of judging, attacking and writing: no statement verb alone ("Doe blasted the plan" reports an act, "Doe wrote
 * a bill" a deed), but their subject speaks when a statement follows: ", saying …", "… as reckless", or a quote after
 * "as", a colon or a comma ("Doe slammed the plan as “a farce”"). A general list written for the project: judging
 * (blasted … thanked), describing (described … branded), writing and posting (posted … messaged).
 */
export const STATEMENT_ACTS = [
  ...'blasted slammed criticized criticised attacked lambasted denounced condemned decried derided mocked ridiculed'.split(
    ' ',
  ),
  ...'ripped chided scolded rebuked assailed excoriated berated castigated bashed lashed praised hailed lauded'.split(
    ' ',
  ),
  ...'applauded welcomed defended dismissed rejected disputed challenged accused blamed thanked'.split(' '),
  ...'described characterized characterised branded'.split(' '),
  ...'posted blogged texted emailed messaged retweeted wrote'.split(' '),
];

const alt = (xs: string[]) =>
  xs
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((x) => x.replace(/ /g, '\\s+'))
    .join('|');
const VERB_ALT = alt(REPORTING_VERBS);
const PART_ALT = alt(REPORTING_PARTICIPLES);
/**
 * "…," the source pointed out / "…," he added / "…," said the minister. The verb is matched in lower case (no "i"
 * flag), as in THAT_CLAUSE and TRAILING_ATTRIBUTION: a capitalised "States" or "Reports" after a name is part of it
 * ("the United States", "Rasmussen Reports"), not a reporting verb.
 */
const AFTER_SUBJ_VERB = new RegExp(
  `^\\s*[,.]?\\s*([^,.;:!?"“”«»\\n]{1,90}?)\\s*,?\\s+(?:further\\s+|also\\s+|later\\s+|then\\s+|again\\s+|previously\\s+)?(?:${VERB_ALT})\\b`,
);
const AFTER_VERB_SUBJ = new RegExp(
  `^\\s*,?\\s*(?:${VERB_ALT})\\s+([^,.;:!?"“”«»\\n]{1,90}?)(?=\\s*(?:[,.;:!?]|$|\\s(?:on|in|during|at|after|before|earlier|late|last|this|to|that|when|while|about|as)\\b))`,
  'i',
);
/** A name of capitalised words (titles' periods masked): an item of a list of speakers. */
const LIST_NAME = "\\p{Lu}[\\p{L}\u2024'’.-]*(?:\\s+\\p{Lu}[\\p{L}\u2024'’.-]*)*";
/**
 * "…,” Sens. Ana Doe, R-Val., and Ivo Brenn, D-Orl., said (party tags blanked): a list of names with commas before the
 * verb, closing on "and", which AFTER_SUBJ_VERB (no commas) cannot read.
 */
const AFTER_LIST_VERB = new RegExp(
  `^\\s*[,.]?\\s*(${LIST_NAME}(?:\\s*,\\s*${LIST_NAME})*\\s*,?\\s+and\\s+${LIST_NAME})\\s*,?\\s+(?:also\\s+|later\\s+)?(?:${VERB_ALT})\\b`,
  'u',
);
/**
 * "…,” Ana Doe, a Valdor Republican, said / "…,” the mayor's spokesman, Ivo Brenn, told: the words before the verb
 * hold commas (names set off with descriptions), which AFTER_SUBJ_VERB cannot read; `apposedSpeaker` reads them.
 */
const AFTER_APPOSED_VERB = new RegExp(
  `^\\s*[,.]?\\s*([^;:!?"“”«»\\n]{1,200}?,[^;:!?"“”«»\\n]{1,200}?)\\s*,\\s+(?:(?:further|also|later|then|again|previously|\\p{Ll}+ly)\\s+)?(?:${VERB_ALT})\\b`,
  'u',
);
const ACT_ALT = alt(STATEMENT_ACTS);
const ACT_WORDS: ReadonlySet<string> = new Set(STATEMENT_ACTS);
/** An act verb and its object before a quote that follows "as", a colon or a comma: "Doe slammed the plan as “…”". */
const ACT_BEFORE_QUOTE = new RegExp(`\\b(?:${ACT_ALT})\\b[^.!?"“”]{0,60}?(?:\\s+as|[:,])\\s*$`);
/** "Doe called the strike “a war crime”": "called", an object in lower case, then the quote ("called for/on" is a demand). */
const CALLED_BEFORE_QUOTE = /(?<![A-Za-z-])called\s+(?!for\b|on\b|upon\b)[a-z][^.!?"“”]{0,50}?\s*$/;
/**
 * Words after "as" that make it a clause or a role, not what the speaker called the object: pronouns, determiners of
 * a new subject, "as well", "as part of" ("Doe blasted the plan as he left", "as the court ruled").
 */
const AS_CLAUSE =
  '(?:he|she|they|it|we|i|you|well|part|soon|much|long|of|if|though|recently|the|his|her|their|its|our|to|for|in|on|with|one|many|some|both|this|that|these|those|there|a\\s+(?:result|form|way|means|sign|step\\s+to)|an\\s+example)\\b';
/** "Doe slammed the plan as reckless", "Doe described it as a farce": the subject of the act verb speaks. */
const ACT_AS = new RegExp(`\\b(${ACT_ALT})\\b[^.;:!?"“”]{1,60}?\\s+as\\s+(?!${AS_CLAUSE})(?:an?\\s|\\p{Ll})`, 'u');
/**
 * "Doe called on the board to resign", "Doe called for a truce", "the plan calls for": a demand, which the subject
 * states; "calls" after "and", "or" or a word in -ed/-ing is a noun ("resisted calls for", "growing calls for").
 */
const CALLED_ON =
  /(?<![\p{L}-])(called|(?<!\b(?:and|or|\p{Ll}+(?:ed|ing))\s+)calls)\s+(?:(?:on|upon)\s+[^.;:!?"“”]{1,80}?\s+to\s+\p{Ll}|for\s+(?:an?\s+|the\s+)?\p{Ll})/u;
/** "Doe blasted the plan, saying it …": the subject of the act verb speaks (with "that" THAT_CLAUSE finds it too). */
const ACT_SAYING = new RegExp(`\\b(${ACT_ALT})\\b[^.;:!?"“”]{0,80}?,\\s+(?:${PART_ALT})\\b`);
const VERB_ANY = new RegExp(`\\b(?:(${VERB_ALT})|(${PART_ALT}))\\b`, 'gi');
const ACCORDING = /\baccording\s+to\s+([^,;:"“”«»\n]{2,140}?)(?=\s*[,;:]|\s*$)/i;
const STATEMENT_THAT =
  /([^,;:.!?"“”]{2,80}?)['’]s\s+(?:statement|remarks|words|comments|claim|assertion|announcement|warning)\s+that\s*$/i;
const PRONOUN = /^(?:he|she|they|it|we)$/i;

/** Find the direct quotes of a doc (top-level and nested) and their speakers, in text order. */
export function findQuotes(doc: Doc, masked = speakerText(doc.text)): Quote[] {
  const quotes: Quote[] = doc.quotes.map((q) => ({
    doc: doc.id,
    start: q.start,
    end: q.end,
    inner: [q.inner[0], q.inner[1]],
    depth: q.depth,
    group: q.group,
    speaker: null,
    speakerSpan: null,
    via: null,
  }));
  attributeQuotes(doc, quotes, masked);
  return quotes;
}

/**
 * Words that are never a speaker on their own: conjunctions, adverbs and auxiliaries left between a quote and its verb
 * ("good news," but said), quantifiers ("Some said": who is not named), days and other time words ("Reid, D-Nev.,
 * Monday, argued").
 */
export const NOT_A_SPEAKER_WORDS: ReadonlySet<string> = new Set([
  ...'and but or as while then so also still further later not never'.split(' '),
  ...'has have had was were is are been would will could did does do'.split(' '),
  ...'some one another others many several few most both all'.split(' '),
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
const notASpeaker = (t: string): boolean => NOT_A_SPEAKER_WORDS.has(t.toLowerCase());

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
const FRAGMENT_START = new Set(
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

/** Reporting verbs as written alone: a phrase that is one is the verb, caught when the subject was not. */
const VERB_WORDS: ReadonlySet<string> = new Set(REPORTING_VERBS);

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
function holdsName(t: string): boolean {
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
      ((LOWER_ED.test(x) && !NAMING_PARTICIPLE.test(x) && VERB_OBJECT.test(w[i + 1])) ||
        (/^(?:was|were|is|are|been|being)$/.test(x) && LOWER_ED.test(w[i + 1]))),
  );
}
/** Words that open a verb's object: determiners, quantifiers, numbers. */
const VERB_OBJECT =
  /^(?:the|a|an|about|more|some|his|her|their|its|our|nearly|almost|several|dozens|hundreds|\d[\d,.]*)$/;

/** Titles of several people before their names: "Sens. Ana Doe and Ivo Brenn", "Reps . Doe , Brenn and Loft". */
const PLURAL_TITLES = ['Sens', 'Reps', 'Govs', 'Drs', 'Messrs'];
const PLURAL_TITLE_WORD = new RegExp(`^(?:${PLURAL_TITLES.join('|')})\u2024$`);

/** A speaker phrase cleaned: trimmed, leading conjunctions/adverbs dropped; null when it cannot be a speaker. */
function cleanSpeaker(s: string): string | null {
  let t = s.replace(/\s+/g, ' ').trim();
  // closing marks of the quote before it (pre-tokenised `` '' text, spaced "’ ’" too), and a bracket left open by the cut ("(R-Okla")
  t = t.replace(/^(?:(?:''|``|["\u201C\u201D\u2018\u2019'`])\s*)+/u, '').replace(/\s*\([^()]*$/, '');
  // a dateline opening the article's first sentence ("WASHINGTON ( AP ) — President Doe") is no part of the speaker
  t = withoutDateline(t);
  t = t.replace(/^(?:and|but|as|while|then|so|where|when)\s+/i, '').replace(/^at\s+least\s+(?=\S+\s)/i, '');
  t = t.replace(/\s+(?:who|which|that)\s+.*$/i, '');
  t = t.replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  // trailing adverbs and times belong to the verb: "the source further", "US officials recently", "Critics have
  // long", "The army Monday", "the ministry last week"; a relative left open ("tech workers who") to the clause after
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(TRAILING_VERB_WORD, '');
    t = t.replace(TRAILING_TIME, '');
  }
  if (!t || t.length > 90 || !TWO_LETTERS.test(t) || notASpeaker(t) || TIME_ONLY.test(t)) return null;
  // a phrase ending on a preposition is a clause cut short ("Authorities in", "The administration justifies this by")
  // ("to" stays: "Carney went on to" say, the infinitive's subject speaks)
  if (/\s(?:by|in|with|after|for|from|at|on|into|about|of|than)$/.test(t)) return null;
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
  if (/^(?:it|this|that|there|which|what)$/i.test(t)) return null;
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
  `^(?:${PERIOD}|(?:one|a|two|three|right|soon|shortly|days?|weeks?|months?|years?)(?:\\s+\\w+)?\\s+(?:after|before|later|ago))$`,
  'i',
);

/** A connective or adverbial set off by commas after the subject ("…, however", "…, for his part"). */
const TRAILING_CONNECTIVE =
  /\s*,\s*(?:however|meanwhile|though|too|instead|nonetheless|nevertheless|in turn|in response|for (?:his|her|their|its) part)$/i;

/** A comma, then what may be a party tag closing the text ("…, R-Texas", "…, D-N.Y."): `partyTag` reads it. */
const COMMA_BEFORE_LAST_TAG = /\s*,\s*(?=[RDI][^,]{1,40}$)/;

/** A subject without the party and state tag set off by a comma at its end ("Sen. Ana Dorr, R-Utah" → "Sen. Ana Dorr"). */
function withoutTrailingTag(s: string): string {
  const m = COMMA_BEFORE_LAST_TAG.exec(s);
  return m && partyTag(s, m.index + m[0].length)?.end === s.length ? s.slice(0, m.index) : s;
}

/**
 * `dotted` (the doc's text, same length) with each party tag set off by commas in `text` masked for the speaker
 * patterns (spaces, the closing comma kept): "Sen. Ana Dorr, R-Utah, said" reads "Sen. Ana Dorr, said", and "…, R-Utah, a
 * member of the panel, said" keeps its appositive.
 */
function maskSetOffTags(text: string, dotted: string): string {
  let out = '';
  let done = 0;
  for (const t of partyTags(text)) {
    let from = t.start;
    while (from > done && WHITE.test(text[from - 1])) from--;
    if (from <= done || text[from - 1] !== ',') continue;
    from--;
    while (from > done && WHITE.test(text[from - 1])) from--;
    let to = t.end;
    while (to < text.length && WHITE.test(text[to])) to++;
    if (text[to] !== ',') continue;
    out += dotted.slice(done, from) + ' '.repeat(to - from);
    done = to;
  }
  return done === 0 ? dotted : out + dotted.slice(done);
}
/** One white-space character. */
const WHITE = /\s/;

/**
 * A subject ending on appositives after a name ("Ivo Brenn, a fellow at the institute, said"; "…, ranking member of the
 * panel, said"; two in a row too) is cut
 * to the name: the appositive describes who speaks, the name is who. The segment before must be a name (capitalised
 * at both ends, no clause opener): "Yesterday, the ministry" and "In Harbourton, the mayor" keep their subject.
 */
function dropAppositive(s: string): string {
  // (also a party member described without an article: "Sen. Ana Dorr, Utah Republican, said")
  // an appositive holds no sentence's end, and the name before it starts after the last one: "… the caravan. At a
  // rally in Montana, for example, he claimed" is no name "Trump … Montana" described by "for example"
  // a bracket's commas split nothing: "Rep. Ivo Doe (R., Utah), a member of the panel, said"
  const parts = s.replace(BRACKETED, (m) => ' '.repeat(m.length)).split(',');
  for (let i = parts.length - 1, n = 0; i > 0 && n < 3 && appositiveAt(parts[i]); i--, n++) {
    // "Doe, for his part, said", "Doe, however, signaled …, saying" drop the connective; "Doe, for example, the court
    // held": the subject follows it
    if (i < parts.length - 1 && CONNECTIVE_ONLY.test(parts[i]) && SUBJECT_OPENING.test(parts[i + 1])) break;
    // "Sen. Ana Doe, Republican of Valdor, who …": the segment before is a description too, the name comes before it
    if (i > 1 && PARTY_DESCRIPTION.test(parts[i - 1])) continue;
    const prev = parts[i - 1].replace(TO_LAST_BREAK, '').trim().split(/\s+/);
    // "Elsewhere", "Saying that …", "Similarly": an adverbial, not a name
    if (holdsName(prev[0]) && holdsName(prev[prev.length - 1]) && !/(?:ly|ing|where)$/.test(prev[0]))
      return s.slice(0, parts.slice(0, i).join(',').length).trimEnd();
  }
  return s;
}

/**
 * A comma segment that may be an appositive: it opens as one (APPOSITIVE), ends no sentence inside, and opens no clause
 * of its own: a subject pronoun ("Rather, he said …"), "but" and a new subject ("…, was on a watch list, but Doe said"),
 * a subordinator with a verb ("Perhaps, as Doe said, …"; "while in Harbourton", "as well as Doe" join or describe).
 */
function appositiveAt(seg: string): boolean {
  if (!APPOSITIVE.test(seg) || SENTENCE_BREAK.test(seg) || CLAUSE_OPENING.test(seg)) return false;
  if (!SUBORDINATOR_OPENING.test(seg)) return true;
  // the auxiliaries closing the text before the cue verb are the verb's ("Doe, as before, has said"), not the segment's
  const own = seg.replace(TRAILING_AUXILIARIES, '');
  return !(FINITE_WORD.test(own) || phraseWords(own).some((w) => VERB_WORDS.has(w)));
}
/** A comma segment that is only a connective: "for example", "in fact", "for his part". */
const CONNECTIVE_ONLY =
  /^\s*(?:for (?:example|instance|(?:his|her|their|its) part)|in (?:fact|turn|response|particular)|of course|however|meanwhile|though|too)\s*$/;
/** A noun phrase opening a segment: a determiner or a capitalised word ("the court", "Ivo Doe"), not a predicate. */
const SUBJECT_OPENING = /^\s*(?:(?:the|a|an)\s|\p{Lu})/u;
/** A bracket and what it holds. */
const BRACKETED = /\([^()]*\)/g;
/** A comma segment opening a clause: a subject pronoun, or "but" before a name or a determiner. */
const CLAUSE_OPENING =
  /^\s*(?:(?:he|she|they|we|I)(?:\s|$)|but\s+(?:\p{Lu}|(?:the|a|an|some|many|most|other|his|her|their)\s))/u;
/** A comma segment opening on a subordinator: a clause when a verb follows ("as Doe said"). */
const SUBORDINATOR_OPENING = /^\s*(?:as|when|while|if|because|although|though|since|after|before|once|unless)\s/;
/** Auxiliaries and modals: a segment holding one has its own finite verb. */
const FINITE_WORD = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did)\b/;
/** Auxiliaries, "not" and adverbs closing a segment. */
const TRAILING_AUXILIARIES =
  /(?:\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do|not|also|\p{Ll}+ly))+\s*$/u;
/** What a period closing no sentence follows: a letter alone ("W.", "p.m.", "U.S ." as tokenized), "No", a month's or a title's abbreviation. */
const NO_BREAK_BEFORE =
  '(?:(?:^|[\\s(.\u2024])\\p{L}|\\b(?:No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|St|Jr|Sr|Mt|Ft|Inc|Corp|Co|Ltd|vs))\\s?';
/**
 * A sentence's end inside a segment: a stop, question or exclamation mark, semicolon or colon, then a space; not the
 * period of an initial, an initialism or an abbreviation the masking left ("George W. Bush", "U.S . Citizenship", "the
 * No . 2 Democrat", "Sept. 9" as tokenized).
 */
const SENTENCE_BREAK = new RegExp(`(?<!${NO_BREAK_BEFORE})[.!?;:]["”'’\`]*\\s`, 'u');
/** Everything up to and with the last sentence's end of a segment (removed: what is left is the last sentence's). */
const TO_LAST_BREAK = new RegExp(`^.*(?<!${NO_BREAK_BEFORE})[.!?;:]["”'’\`]*\\s+`, 'su');
/**
 * An appositive's opening: an article, a lower-case word, a state and party ("Utah Republican", "Vermont
 * independent"), or a place's possessive before a lower-case word ("Valdor's top cleric").
 */
const APPOSITIVE =
  /^\s*(?:(?:a|an|the)\s|\p{Ll}|(?:\p{Lu}[\p{L}.-]*\s+){0,3}(?:Republican|Democrat|independent)(?:\s*$|\s+of\s+\p{Lu})|\p{Lu}[\p{L}.-]*\s?['’]\s?s\s+\p{Ll})/u;

/** A party member's description: "Valdor Republican", "Democrat of Valdor", "New Valdor independent". */
const PARTY_DESCRIPTION =
  /^\s*(?:\p{Lu}[\p{L}.-]*\s+){0,3}(?:Republican|Democrat|independent)(?:\s+of(?:\s+\p{Lu}[\p{L}.\u2024-]*)+)?\s*$/u;

/** A party or state tag in brackets closing a name: "Rep. Ivo Doe ( R-Utah )". */
const TAG_IN_BRACKETS_END = /\s*\([^()]{1,30}\)$/;

/** The subject noun phrase at the end of a clause: "The source, speaking on condition of anonymity," → "The source". */
function subjectBefore(pre: string): { text: string; offset: number } | null {
  // "the candidates -- Doe , Brenn and Loft (said)", "five senators including Doe ( D. , Calif. ) and Brenn": the list
  const listed = listAfterOpener(pre.trimEnd());
  if (listed) return listed;
  // "Doe condemned the attack and (called on …)": the cue verb continues a predicate; its clause's subject speaks
  const head = coordinatedHead(pre.trimEnd());
  const co = head && clauseSubject(head);
  if (co) return co;
  // a party or state tag in brackets after the name: "Rep. Tom Cole ( R-Okla. )"
  let s = pre.replace(/\s+$/, '').replace(TAG_IN_BRACKETS_END, '');
  // drop a trailing parenthetical clause set off by commas
  const paren = /,\s*[^,]{1,80},?$/.exec(s);
  if (
    paren &&
    /^,\s*(?:speaking|who|according|citing|in|on|asked|quoted|requesting|declining|adding)\b/i.test(paren[0])
  )
    // an open relative is the verb's subject and stands for the noun phrase before it ("… with Sen. Ana Dorr, who
    // told him"); a closed one describes the subject before it ("Ana Dorr, who chairs the panel, said")
    s = /^,\s*who\b[^,]*$/i.test(paren[0]) ? antecedentOnly(s.slice(0, paren.index)) : s.slice(0, paren.index);
  // a connective set off by commas belongs to the clause, not the subject: "Ryan, meanwhile, said"; a party tag or an
  // appositive after a name is not the subject either: "Rep. Ana Dorr, R-Utah, a member of the panel, said"
  s = s.replace(/[,\s]+$/, '').replace(TRAILING_CONNECTIVE, '');
  s = withoutTrailingTag(dropAppositive(withoutTrailingTag(s))).replace(TAG_IN_BRACKETS_END, '');
  const b = /(?:^|[,;:.!?]\s+|\b(?:and|but|while|as|that|when|after|before|because|although)\s+)(?=[^,;:.!?]*$)/i.exec(
    s,
  );
  const from = b ? b.index + b[0].length : 0;
  const phrase = s.slice(from);
  // "the Valdor Centre for Civil Rights, which called for …": a relative that is its clause's subject stands for the
  // noun phrase before the comma, which speaks
  if (
    b &&
    b[0].startsWith(',') &&
    /^(?:who|which)\s+(?!(?:he|she|it|they|we|i|you|the|a|an|his|her|their)\b)/i.test(phrase)
  )
    return subjectBefore(/^who\b/i.test(phrase) ? antecedentOnly(s.slice(0, b.index)) : s.slice(0, b.index));
  // an introductory adverbial ("Earlier on Thursday") is not a speaker: a clause boundary above already removed most
  const text = cleanSpeaker(phrase);
  if (!text) return clauseAfterAnd(phrase, from);
  const offset = from + phrase.indexOf(text.split(' ')[0]);
  return { text, offset };
}

/**
 * "Police closed the bridge and officials (said)": a clause before "and" (one with a verb) leaves the subject of the
 * one after it, a name or a noun phrase opened by a determiner ("and My position has been and will", "India and
 * China" are no such clauses).
 */
function clauseAfterAnd(phrase: string, from: number): { text: string; offset: number } | null {
  const m = CLAUSE_AND_SUBJECT.exec(phrase);
  const text = m && finiteVerbStarts(m[1], CUE_WORDS).length > 0 && cleanSpeaker(phrase.slice(m[0].length));
  return text ? { text, offset: from + m[0].length + phrase.slice(m[0].length).indexOf(text.split(' ')[0]) } : null;
}

/**
 * The subject of the clause that `head` ends, read by comma segments from the last (`segmentKind`): predicates of a
 * series (", blamed Democrats"), comment clauses (", Doe recounted,") and items of a list (", and Libya") are passed
 * over; a relative speaks as the noun phrase before it; in a segment with a subject and a verb, the subject before its
 * first verb speaks ("On Friday, Doe condemned …", "He was here … and"); noun phrases before a predicate are its
 * subject ("Sen. Ana Dorr, Utah Republican, blasted …"). A segment with words but no verb found ("Nadia cuts her off")
 * ends the search: null. Brackets are blanked first ("Rep. Ana Dorr (R., Utah) on Thursday condemned").
 */
function clauseSubject(head: string): { text: string; offset: number } | null {
  const blank = head.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  const b = /^.*[.;:!?]["”'’`]*\s+/s.exec(blank);
  const from = b ? b[0].length : 0;
  const clause = blank.slice(from);
  const cuts = [...clause.matchAll(/,/g)].map((m) => m.index);
  const at = (subj: { text: string; offset: number } | null) =>
    subj && !SUBORDINATE.test(subj.text) ? { text: subj.text, offset: from + subj.offset } : null;
  let predicate = -1;
  for (let k = cuts.length; k >= 0; k--) {
    const start = k ? cuts[k - 1] + 1 : 0;
    const seg = clause.slice(start, k < cuts.length ? cuts[k] : clause.length);
    const kind = segmentKind(seg);
    if (kind === 'predicate') predicate = start;
    else if (kind === 'relative')
      return at(
        subjectBefore(/^\s*who\b/i.test(seg) ? antecedentOnly(clause.slice(0, start - 1)) : clause.slice(0, start - 1)),
      );
    else if (kind === 'clause') {
      for (const v of finiteVerbStarts(seg, CUE_WORDS).slice(0, 4)) {
        const subj = at(subjectBefore(clause.slice(0, start + v)));
        if (subj) return subj;
      }
      return null;
    } else if (kind === 'phrase' && predicate >= 0) return at(subjectBefore(clause.slice(0, predicate - 1)));
    else if (kind === 'phrase' && CONTENT_WORD.test(seg)) return null;
  }
  return null;
}

/**
 * What a comma segment of a clause is: a relative ("who …"), a predicate continuing the subject before it (it opens,
 * after "and" or an adverb, on a verb or a participle), a comment clause ("Doe recounted"), a clause with its own
 * verb, or a phrase with no verb found.
 */
function segmentKind(seg: string): 'relative' | 'predicate' | 'comment' | 'clause' | 'phrase' {
  const t = seg.trim();
  if (/^(?:who|which)\b/i.test(t)) return 'relative';
  const bare = t.replace(OPENING_ADVERBS, '');
  const verbs = finiteVerbStarts(bare, CUE_WORDS);
  if (verbs[0] === 0 || LOWER_ING.test(bare)) return 'predicate';
  if (!verbs.length) return 'phrase';
  const words = t.split(/\s+/);
  return words.length <= 4 && verbs[verbs.length - 1] === bare.lastIndexOf(' ') + 1 ? 'comment' : 'clause';
}
/** A lower-case word that is no conjunction or article: a segment holding one is more than an item of a list. */
const CONTENT_WORD = /(?:^|\s)(?!(?:and|or|the|of|a|an)\b)\p{Ll}{2,}/u;
/**
 * The noun phrase a relative "who" after `s` refers to: the words after the last verb or preposition of `s`, the rest
 * blanked (same length): "Kerry clashed with Sen. Ana Dorr, who told him …" → "Sen. Ana Dorr".
 */
function antecedentOnly(s: string): string {
  // appositives closing the phrase describe the antecedent: "Rep. Ana Dorr, a lawyer from Harbourton"
  let end = s.length;
  for (
    let c = s.lastIndexOf(',', end - 1);
    c > 0 && APPOSITIVE.test(s.slice(c + 1, end));
    c = s.lastIndexOf(',', c - 1)
  )
    end = c;
  const verbs = finiteVerbStarts(s.slice(0, end), CUE_WORDS);
  let cut = verbs.length ? s.indexOf(' ', verbs[verbs.length - 1]) : -1;
  for (const m of s
    .slice(0, end)
    .matchAll(/\s(?:with|to|by|for|from|on|at|into|over|against|about|like|including|among|alongside|between|than)\s/g))
    cut = Math.max(cut, m.index + m[0].length - 1);
  return cut > 0 && /\S/.test(s.slice(cut)) ? ' '.repeat(cut) + s.slice(cut) : s;
}
/** Reporting and act verbs: finite verbs of a clause. */
const CUE_WORDS: ReadonlySet<string> = new Set([...REPORTING_VERBS, ...STATEMENT_ACTS, 'called', 'calls']);
/** Words of a subordinate clause: a phrase holding one is no subject. */
const SUBORDINATE = /\b(?:why|whether|how|what|if|because|who|which|whom)\b/i;

const HONORIFIC_DOT = new RegExp(
  `\\b(Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|${PLURAL_TITLES.join('|')})\\.`,
  'g',
);
/** The same with the period pre-tokenised copy spaced off, before a name ("Gov . Rick Perry"): the titles the tokenizer
 * keeps so, and the plural ones. */
const HONORIFIC_SPACED_DOT = new RegExp(
  `\\b(${[...[...SPACED_TITLES].map((t) => t[0].toUpperCase() + t.slice(1)), ...PLURAL_TITLES].join('|')})[ \\t]\\.(?=[ \\t]\\p{Lu})`,
  'gu',
);
/** The periods of an initialism ("U.S.", "U.N.", "D.C."): not clause boundaries either. */
const INITIALISM = /\b(?:\p{Lu}\.){2,}/gu;

/**
 * Where the cleaned speaker phrase `t` starts in a match whose group 1 held it before cleaning (leading marks, "and",
 * "but" dropped), relative to the string matched against: its span must cover the name, not what was dropped.
 */
function cleanedAt(m: RegExpExecArray, t: string): number {
  const group = m.index + m[0].indexOf(m[1]);
  const inGroup = m[1].indexOf(t.split(' ')[0]);
  return group + Math.max(0, inGroup);
}

/** A speaker found for a quote: the text naming it, where it starts, and how it was found. */
type Found = { text: string; start: number; via: Quote['via']; role?: string } | null;

/** The doc's text (honorific periods masked) and lookups the speaker finders share. */
interface QuoteContext {
  doc: Doc;
  text: string;
  sentenceOf(pos: number): Doc['sentences'][number] | null;
}

/**
 * A doc's text as the speaker patterns read it, same length: the period of an honorific or initialism ("Mr. Trump
 * said", "U.S. officials") is no clause boundary (masked as \u2024, restored in speaker names; a spaced one, "Gov . Rick",
 * is read as "Gov\u2024  Rick"), and a party tag between
 * commas is blanked ("Sen. Ana Dorr, R-Utah, said" reads "Sen. Ana Dorr, said").
 */
export function speakerText(text: string): string {
  const dotted = text
    .replace(HONORIFIC_DOT, '$1\u2024')
    .replace(HONORIFIC_SPACED_DOT, '$1\u2024 ')
    .replace(INITIALISM, (m) => m.replace(/\./g, '\u2024'));
  return maskSetOffTags(text, dotted);
}

/** Attach speakers to quotes (in place), using the text around each quote and the quotes before it. */
export function attributeQuotes(doc: Doc, quotes: Quote[], masked = speakerText(doc.text)): void {
  const text = masked;
  const paras = doc.paragraphs.map((p): [number, number] => [p.start, p.end]);
  const paraOf = (pos: number) => rangeAt(doc.paragraphs, pos);
  const ctx: QuoteContext = {
    doc,
    text,
    sentenceOf: (pos) => {
      const i = rangeAt(doc.sentences, pos);
      return i >= 0 ? doc.sentences[i] : null;
    },
  };
  let lastSpeaker: string | null = null;
  // a programme's title in quote marks ("said on NBC 's “Meet the Press”") is spoken by no one
  const top = quotes.filter((q) => q.depth === 0);
  const byGroup = new Map<number, Quote[]>();
  for (const q of top) (byGroup.get(q.group) ?? byGroup.set(q.group, []).get(q.group)!).push(q);
  for (let qi = 0; qi < top.length; qi++) {
    const q = top[qi];
    const p = paras[paraOf(q.start)] ?? [0, text.length];
    const prevQ = qi > 0 ? top[qi - 1] : null;
    const prev = prevQ && paraOf(prevQ.start) === paraOf(q.start) ? prevQ : null;
    const ctxFrom = Math.max(p[0], prev ? prev.end : p[0]);
    const after = speakerAfter(ctx, q, p);
    const found =
      (after && relayedFrom(ctx, q, ctxFrom, prev, after)) ??
      after ??
      speakerBefore(ctx, q, ctxFrom, prev) ??
      statementThat(ctx, q, ctxFrom) ??
      actBefore(ctx, q, ctxFrom) ??
      accordingTo(ctx, q) ??
      reporterOf(ctx, q) ??
      continuedSpeaker(q, byGroup.get(q.group)!, prev);
    if (found) lastSpeaker = assignSpeaker(doc, q, withRole(ctx, found), lastSpeaker, byGroup.get(q.group)!);
  }
  unspokenTitles(doc, top, ctx.sentenceOf);
  nestedSpeakers(quotes, top);
}

/**
 * The speaker found, with the description set off by a comma after the name as its role when none was read yet
 * ("said Ana Doe, a Valdor Republican."; "Doe, R-Utah, said"): not for a pronoun or a speaker carried on.
 */
function withRole({ doc, text }: QuoteContext, found: NonNullable<Found>): NonNullable<Found> {
  if (found.role || found.via === 'continued' || PRONOUN.test(found.text)) return found;
  const end = writtenEnd(doc.text, found.start, found.text.replace(/\u2024/g, '.'));
  const role = roleAfterName(doc.text, text, end, describesSpeaker, (at) => partyTag(doc.text, at)?.end ?? null);
  return role ? { ...found, role } : found;
}

/** A comma segment after a name that describes the person: an appositive that is no verb of saying ("…, said"). */
function describesSpeaker(seg: string): boolean {
  return !VERB_WORDS.has(seg.trim().split(/\s+/)[0]) && appositiveAt(seg);
}

/**
 * A programme's title in quote marks ("said on NBC 's “Meet the Press”") is spoken by no one: its speaker is taken
 * from it, and given to the quote before it in its sentence when that has none ("“…,” Doe, a Valdor Republican, said
 * on “Harbour Sunday.”": the title's speaker, read before it, is the quote's).
 */
function unspokenTitles(doc: Doc, top: readonly Quote[], sentenceOf: QuoteContext['sentenceOf']): void {
  for (let i = 0; i < top.length; i++) {
    const q = top[i];
    if (!titleQuote(doc.text, q)) continue;
    const prev = i > 0 ? top[i - 1] : null;
    // (the sentence the quote before ends in: a long quote opens sentences earlier)
    const before = prev && sentenceOf(Math.max(prev.start, prev.end - 1));
    if (prev && !prev.speaker && q.speaker && q.via !== 'continued' && before && before === sentenceOf(q.start)) {
      prev.speaker = q.speaker;
      prev.speakerSpan = q.speakerSpan;
      prev.via = q.via === 'pronoun' ? 'pronoun' : 'after';
    }
    q.speaker = null;
    q.speakerSpan = null;
    q.via = null;
  }
}

/** 1. After the quote: “…,” X said / said X. */
function speakerAfter({ text, doc }: QuoteContext, q: Quote, p: [number, number]): Found {
  const after = text.slice(q.end, Math.min(p[1], q.end + 160));
  const innerEnd = text.slice(q.inner[0], q.inner[1]).trimEnd();
  const quoteEndsClause = /[,?!]$/.test(innerEnd) || /^\s*,/.test(after);
  if (!quoteEndsClause && !/^\s*[,.]?\s*(?:he|she|they)\s/i.test(after)) return null;
  let m = AFTER_VERB_SUBJ.exec(after);
  if (m && !/^\s*(?:he|she|they)\b/i.test(after)) {
    const t = cleanSpeaker(m[1]);
    if (t) return { text: t, start: q.end + cleanedAt(m, t), via: 'after' };
  }
  m = AFTER_SUBJ_VERB.exec(after);
  const t = m && cleanSpeaker(m[1]);
  if (m && t && !/^(?:the|a|an)$/i.test(t)) return { text: t, start: q.end + cleanedAt(m, t), via: 'after' };
  // "…,” Sens. Ana Doe, R-Val., and Ivo Brenn, D-Orl., said: the whole list speaks (sources.ts splits it)
  // (read from the doc's own text: the party tags the masked text blanked are part of the phrase)
  m = AFTER_LIST_VERB.exec(after);
  const list = m && cleanSpeaker(m[1]);
  if (!m || !list) return apposedAfter(text, doc, q, p);
  const start = q.end + cleanedAt(m, list);
  const end = q.end + m.index + m[0].indexOf(m[1]) + m[1].length;
  return { text: doc.text.slice(start, end).replace(/\s+/g, ' '), start, via: 'after' };
}

/**
 * 1c. "…,” Ana Doe, a Valdor Republican, said; "…,” Doe, who chairs the panel, said; "…,” the mayor's spokesman, Ivo
 * Brenn, told: the name speaks, and the description set off by commas is its role (read from the doc's own text,
 * party tags included).
 */
function apposedAfter(text: string, doc: Doc, q: Quote, p: [number, number]): Found {
  const m = AFTER_APPOSED_VERB.exec(text.slice(q.end, Math.min(p[1], q.end + 300)));
  // (no sentence's end and no quote mark of pre-tokenised text inside: "… , '' Doe , a Valdor Republican , said")
  // (a bracket's periods close nothing: "Col. Ivo Doe ( Ret . ), author of …")
  if (!m || SENTENCE_BREAK.test(m[1].replace(BRACKETED, ' ')) || /``|''/.test(m[1])) return null;
  const a = apposedSpeaker(m[1], appositiveAt);
  const t = a && cleanSpeaker(m[1].slice(a.start, a.end));
  if (!a || !t) return null;
  const at = q.end + m.index + m[0].indexOf(m[1]);
  const start = at + a.start + Math.max(0, m[1].slice(a.start, a.end).indexOf(t.split(' ')[0]));
  // a party tag the masked text blanked inside the name's segment ("Sen. Ana Doe, R-Utah, a member of the panel")
  const tag = partyTagAfter(doc.text, writtenEnd(doc.text, start, t.replace(/\u2024/g, '.')));
  const parts = a.role.map(([s, e]) =>
    doc.text
      .slice(at + s, at + e)
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const role = (tag ? [doc.text.slice(tag.start, tag.end), ...parts] : parts).join(', ');
  return { text: t, start, via: 'after', ...(role ? { role } : {}) };
}

/**
 * 1b. "Doe said there were “serious gaps,” Reuters reported": when the phrase after the quote is the outlet that relays
 * it, the speaker the sentence names before the quote ("which she called “…”" too) speaks; null when none is written.
 */
function relayedFrom(
  qc: QuoteContext,
  q: Quote,
  ctxFrom: number,
  prev: Quote | null,
  after: NonNullable<Found>,
): Found {
  if (relayAfter(qc.doc.text, q.end)?.start !== after.start) return null;
  const sent = qc.sentenceOf(q.start);
  const from = Math.max(ctxFrom, sent ? sent.start : ctxFrom);
  const before = speakerBefore(qc, q, ctxFrom, prev);
  if (before && before.via === 'before' && before.start >= from) return before;
  const called = pronounCalling(qc.text.slice(from, q.start));
  return called ? { text: called.text, start: from + called.offset, via: 'before' } : null;
}

/** 2. Before the quote: X said: “…” / X told Y, “…” / X noted that “…”; a participle continues its clause's subject. */
function speakerBefore(qc: QuoteContext, q: Quote, ctxFrom: number, prev: Quote | null): Found {
  const ctx = qc.text.slice(ctxFrom, q.start);
  let last: RegExpExecArray | null = null;
  VERB_ANY.lastIndex = 0;
  for (let m = VERB_ANY.exec(ctx); m; m = VERB_ANY.exec(ctx)) last = m;
  if (!last || ctx.length - (last.index + last[0].length) > 70 || !/^[^.!?]*$/.test(ctx.slice(last.index))) return null;
  if (!last[2]) {
    const subj = subjectBefore(ctx.slice(0, last.index));
    return subj ? { text: subj.text, start: ctxFrom + subj.offset, via: 'before' } : null;
  }
  // a participle continues the subject of its clause: the previous quote's speaker, or the sentence subject
  const subj = subjectBefore(ctx.slice(0, last.index).replace(/,\s*$/, ''));
  // "Doe and Brenn were there , with the senator telling the crowd , “…”": the participle's own subject speaks
  const own = WITH_SUBJECT.exec(ctx.slice(0, last.index));
  if (own) return { text: own[1], start: ctxFrom + own.index + own[0].indexOf(own[1]), via: 'before' };
  const sent = qc.sentenceOf(q.start);
  if (prev?.speaker && prev.end >= (sent?.start ?? 0) - 1)
    return { text: prev.speaker, start: prev.speakerSpan?.start ?? q.start, via: 'continued' };
  const sFrom = sent ? sent.start : ctxFrom;
  const name = sentenceSubject(qc.text.slice(sFrom, ctxFrom + last.index));
  if (name) return { text: name.text, start: sFrom + name.offset, via: 'before' };
  return subj ? { text: subj.text, start: ctxFrom + subj.offset, via: 'before' } : null;
}

/** "with" and the participle's own subject: an absolute clause ("…, with the senator telling the crowd"). */
const WITH_SUBJECT =
  /,\s*with\s+((?:the|a|an)\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Lu}[\p{L}\u2024'’-]*(?:\s+\p{Lu}[\p{L}\u2024'’-]*){0,3})\s*$/u;

/** 2b. X's statement that “…”: the possessor noun phrase, from its last determiner or its final run of capitalised words. */
function statementThat({ text }: QuoteContext, q: Quote, ctxFrom: number): Found {
  const m = STATEMENT_THAT.exec(text.slice(ctxFrom, q.start));
  const t = m && cleanSpeaker(m[1]);
  if (!m || !t) return null;
  const det = /.*\b(?:the|a|an)\s+/i.exec(t);
  const caps = CAPITALISED_TAIL.exec(t);
  const name = det ? t.slice(det[0].length - det[0].match(/(?:the|a|an)\s+$/i)![0].length) : caps ? caps[0].trim() : t;
  return { text: name, start: ctxFrom + m.index + m[0].indexOf(name), via: 'before' };
}

/** 2c. X slammed Y as “…” / X tweeted: “…”: the subject of an act verb whose quote follows "as", a colon or a comma. */
function actBefore({ text }: QuoteContext, q: Quote, ctxFrom: number): Found {
  const ctx = text.slice(ctxFrom, q.start);
  const m = ACT_BEFORE_QUOTE.exec(ctx) ?? (ctx.includes('called') ? CALLED_BEFORE_QUOTE.exec(ctx) : null);
  const pre = m ? ctx.slice(0, m.index) : '';
  // "the policy, officially called “…”", "guards who called them “…”": a naming participle or a relative, no speaker
  const naming = m && /^called/.test(m[0]) && (NO_ACT_SUBJECT.test(pre) || RELATIVE_BEFORE_CALLED.test(pre));
  const subj = m && !naming && !PASSIVE_BEFORE.test(pre) && subjectBefore(pre);
  return subj ? { text: subj.text, start: ctxFrom + subj.offset, via: 'before' } : null;
}

/** 3. According to X, … “…”. */
function accordingTo({ text, sentenceOf }: QuoteContext, q: Quote): Found {
  const sent = sentenceOf(q.start);
  const m = sent && ACCORDING.exec(text.slice(sent.start, q.start));
  const t = m && cleanSpeaker(m[1]);
  return sent && m && t ? { text: t, start: sent.start + cleanedAt(m, t), via: 'according' } : null;
}

/** 4. The reporter of the sentence: …, a source revealed on Thursday. / X warned that … “…”. */
function reporterOf({ text, sentenceOf }: QuoteContext, q: Quote): Found {
  const sent = sentenceOf(q.start);
  const r = sent && sentenceReporter(text, sent.start, sent.end);
  return r ? { text: r.text, start: r.start, via: 'sentence' } : null;
}

/** 5. A later part of the same multi-paragraph quote may carry the attribution; else the previous quote in the paragraph. */
function continuedSpeaker(q: Quote, group: readonly Quote[], prev: Quote | null): Found {
  const from = group[0] !== q && group[0].speaker ? group[0] : prev?.speaker ? prev : null;
  if (!from?.speaker) return null;
  const role = from.speakerRole ? { role: from.speakerRole } : {};
  return { text: from.speaker, start: from.speakerSpan?.start ?? q.start, via: 'continued', ...role };
}

/**
 * Where `written`, a phrase read from text[start..] with its white space folded ("Gov . Rick" read as "Gov. Rick"), ends
 * in the text: white space the phrase lacks is stepped over.
 */
export function writtenEnd(text: string, start: number, written: string): number {
  const space = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
  let i = start;
  for (let k = 0; k < written.length && i < text.length; k++) {
    const c = written.charCodeAt(k);
    if (space(c)) {
      while (i < text.length && space(text.charCodeAt(i))) i++;
      continue;
    }
    while (i < text.length && space(text.charCodeAt(i))) i++;
    i++;
  }
  return i;
}

/** Give the quote (and the earlier parts of its multi-paragraph group) its speaker; returns the last named speaker. */
function assignSpeaker(
  doc: Doc,
  q: Quote,
  found: NonNullable<Found>,
  lastSpeaker: string | null,
  group: readonly Quote[],
): string | null {
  const written = found.text.replace(/\u2024/g, '.');
  const span: Span = { doc: doc.id, start: found.start, end: writtenEnd(doc.text, found.start, written) };
  if (PRONOUN.test(written)) {
    q.speaker = lastSpeaker ?? written.toLowerCase();
    q.via = 'pronoun';
  } else {
    q.speaker = written;
    q.via = found.via;
    if (found.role) q.speakerRole = found.role;
    if (found.via !== 'continued') lastSpeaker = written;
  }
  q.speakerSpan = span;
  for (const other of group)
    if (!other.speaker) {
      other.speaker = q.speaker;
      other.speakerSpan = span;
      other.via = 'continued';
      if (q.speakerRole) other.speakerRole = q.speakerRole;
    }
  return lastSpeaker;
}

/** Nested quotes are spoken by whoever speaks the enclosing quote. */
function nestedSpeakers(quotes: Quote[], top: readonly Quote[]): void {
  let pi = 0;
  for (const q of quotes) {
    if (q.depth === 0) continue;
    while (pi < top.length && top[pi].end < q.end) pi++;
    const parent = pi < top.length && top[pi].start <= q.start ? top[pi] : undefined;
    if (parent) {
      q.speaker = parent.speaker;
      q.speakerSpan = parent.speakerSpan;
      q.via = parent.via;
    }
  }
}

const NAME_SKIP =
  /^(?:On|In|At|Earlier|Later|Last|This|Meanwhile|However|The|A|An|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;

/** A capitalised -ing word followed by a lower-case word that is no verb or adverb of its own clause ("Addressing reporters"). */
function participleOpener(word: string, rest: string): boolean {
  const next = NEXT_LOWER_WORD.exec(rest)?.[1];
  return (
    CAPITAL_ING.test(word) && !!next && !VERB_WORDS.has(next) && !NOT_A_SPEAKER_WORDS.has(next) && !/ly$/.test(next)
  );
}

/** The first run of capitalised words that can be a sentence's subject ("On Dec. 8, Bassem Al-Awadi reiterated …" → "Bassem Al-Awadi"). */
function sentenceSubject(s: string): { text: string; offset: number } | null {
  // \u2024: the masked periods of honorifics and initialisms ("U.S.", "Sen.") stay inside their word
  const re =
    /(?:^|[\s,(])((?:(?:[A-Z][\p{L}’'\u2024-]*|al-[\p{L}’'-]+)\s+){0,4}(?:[A-Z][\p{L}’'\u2024-]*|al-[\p{L}’'-]+))/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    // "On Valdor TV ’ s “Morning Harbour”, Doe said": the names after a preposition are its object, not the subject
    if (PREPOSITION_OPENING.test(m[1])) continue;
    const words = m[1].split(/\s+/).filter((w) => !NAME_SKIP.test(w));
    // a capitalised quantifier or day opening the sentence ("One border agent", "Some conservatives") is no name
    if (!words.length || (words.length === 1 && notASpeaker(words[0]))) continue;
    const before = s.slice(0, m.index + m[0].indexOf(m[1]));
    // "Addressing reporters on Monday, he said": a participle opening the sentence before its object is no name
    if (words.length === 1 && !before.trim() && participleOpener(words[0], s.slice(m.index + m[0].length))) {
      const comma = s.indexOf(',', re.lastIndex); // its clause runs to the comma; the subject comes after it
      if (comma < 0 || !COMMA_THEN_CAPITAL.test(s.slice(comma))) return null;
      re.lastIndex = comma;
      continue;
    }
    if (/\b(?:of|to|with|from|in|by|for|at|on)\s*$/i.test(before)) continue;
    // "Treasury secretary Ivo Brenn downplayed …": a body, a lower-case title, then the name is one subject
    const titled = TITLE_THEN_NAME.exec(s.slice(m.index + m[0].length));
    const t = (titled ? words.join(' ') + titled[0] : words.join(' ')).replace(/[’']s$/, '');
    return { text: t, offset: s.indexOf(words[0], m.index) };
  }
  return null;
}
/** A preposition opening a run of capitalised words: "On Valdor TV", "In Harbourton". */
const PREPOSITION_OPENING = /^(?:On|In|At|From|For|With|By|Under|During)\s+\S/;
/** A lower-case title after a body's name and the name after it: " spokeswoman Kira Loft", " press secretary Ivo Doe". */
const TITLE_THEN_NAME =
  /^(?:\s+\p{Ll}+)?\s+(?:secretary|spokesman|spokeswoman|spokesperson|director|minister|adviser|advisor|aide|chief|official|ambassador|commissioner|chairman|chairwoman)(?:\s+[A-Z][\p{L}’'\u2024-]*){2,3}(?=[\s,.]|$)/u;

/**
 * The reporter of a sentence of reported speech, if any: "X noted that …", "according to X", "…, X revealed on
 * Thursday." `text` is the doc's speakerText (the doc's own text reads "Mr." as the end of a sentence).
 */
export function sentenceReporter(
  text: string,
  start: number,
  end: number,
): { text: string; start: number; cue: string } | null {
  const r = reporterIn(text, start, end);
  if (r && correctionNotice(text.slice(start, end), r.text)) return null;
  return r && r.text.includes('\u2024') ? { ...r, text: r.text.replace(/\u2024/g, '.') } : r;
}

/** A correction's label opening a sentence: "Correction:", "* CORRECTION :", "Clarification:", "Editor's note:". */
const CORRECTION_LABEL = /^[\s*]*(?:correction|clarification|editor['’]s\s+note)\s*:/i;
/** The article's own text as a subject: "An earlier version of this article", "this sentence", "The headline". */
const OWN_TEXT_SUBJECT =
  /\b(?:(?:earlier|previous|prior|original)\s+(?:version|draft)|this\s+(?:article|story|piece|sentence|headline|paragraph))\b/i;

/**
 * Whether a sentence with the reporter `subject` is a correction notice ("An earlier version of this article
 * incorrectly said …", "Correction: The piece had noted …"): the outlet correcting its own text, no one's statement.
 */
function correctionNotice(s: string, subject: string): boolean {
  return CORRECTION_LABEL.test(s) || OWN_TEXT_SUBJECT.test(subject);
}

/** A source cited between commas after the reporter: ", citing an unnamed official ,". */
const CITING_SET_OFF =
  /,\s*citing\s[^,;:.!?"“”]{1,140},(?=\s*(?:said|says|reported|reports|wrote|writes|told|tells|added|claimed|stated)\b)/g;

/** sentenceReporter on the masked text: the speaker as written there. */
function reporterIn(text: string, start: number, end: number): { text: string; start: number; cue: string } | null {
  // "Reuters, citing sources familiar with the plan, said …": the source cited is the reporter's, blanked (same length)
  const s = text.slice(start, end).replace(CITING_SET_OFF, (m) => ' '.repeat(m.length));
  // a programme's title in quote marks is a name: "Doe told “Morning Harbour” the plan …" reports Doe's words; a
  // reporter read across the title's stand-in word is no phrase of the text: the sentence is read as written
  const titled = titlesAsOneWord(s);
  const r = titled === s ? null : readReporter(titled, start);
  return r && !titled.slice(r.start - start, r.start - start + r.text.length).includes(TITLE_STANDIN)
    ? r
    : readReporter(s, start);
}

/** The reporter of sentence `s` (of the masked text, starting at `start`), with its cue. */
function readReporter(s: string, start: number): { text: string; start: number; cue: string } | null {
  const acc = ACCORDING.exec(s);
  if (acc) {
    const t = cleanSpeaker(acc[1]);
    if (t) return { text: t, start: start + cleanedAt(acc, t), cue: 'according to' };
  }
  const that = THAT_WORD.test(s) ? THAT_CLAUSE.exec(s) : null;
  if (that) {
    const subj = subjectBefore(s.slice(0, that.index));
    if (subj && !/^(?:it|this)$/i.test(subj.text))
      return { text: subj.text, start: start + subj.offset, cue: that[1].toLowerCase() + ' that' };
  }
  const act = actStatement(s);
  if (act) return { text: act.text, start: start + act.offset, cue: act.cue };
  const tail = TRAILING_ATTRIBUTION.exec(s);
  if (tail) {
    const t = cleanSpeaker(tail[1]);
    if (t) return { text: t, start: start + cleanedAt(tail, t), cue: tail[2].toLowerCase() };
  }
  const said = saidClause(s) ?? verbClause(s);
  return said && { text: said.text, start: start + said.offset, cue: said.cue };
}

/** Auxiliaries and modals: the finite verb that shows a clause follows ("warned the plan would fail"). */
const AUX =
  '(?:will|would|was|were|is|are|has|had|have|could|should|must|can|may|might|did|does|do|wo|ca|needs|needed|wants|wanted)';
/** Words inside a clause's subject before its verb: no relative, conjunction or preposition ("a woman who was" is none). */
const NP_WORD =
  "(?!(?:who|which|that|whom|whose|where|when|if|of|to|in|on|at|for|with|about|and|or|but)\\b)[\\p{L}\\p{N}’'\u2024.-]+";
/**
 * A clause's opening: a pronoun and a verb (maybe an adverb between: "he now believes"), "there" and a verb, or a
 * subject (determiner or name) and an auxiliary.
 */
const CLAUSE_OPEN =
  `(?:(?:he|she|they|we|I|you|it)\\s+(?:(?:now|also|still|just|already|never|always|only|\\p{Ll}+ly)\\s+)?(?:${AUX}|\\p{Ll}{2,}(?:ed|s))\\b|there\\s+${AUX}\\b|` +
  `(?:the|a|an|this|these|those|his|her|its|their|some|many|most|no|all|both|\\p{Lu}[\\p{L}’'\u2024-]*|\\d[\\d,.]*)` +
  `\\s+(?:${NP_WORD}\\s+){0,3}?${AUX}\\b)`;
/** "told reporters the plan would …", "tells Valdor TV he is …": "told", an object of a few words, then a clause. */
const TOLD_THEN_CLAUSE = new RegExp(
  `\\b(told|tells)\\s+(?:him|her|them|me|us|you|(?:${NP_WORD}\\s+){1,4}?)\\s*${CLAUSE_OPEN}`,
  'u',
);
/** "argued the law was …", "warned it would …": a verb of argument, then at once a clause (not "warned the public"). */
const ARGUED_THEN_CLAUSE = new RegExp(
  '\\b(argued|argues|warned|warns|insisted|insists|claimed|acknowledged|admitted|conceded|contended|' +
    'maintained|noted|predicted|suggested|stressed|asserted|announced|added|explained|complained|' +
    `indicated|reiterated|cautioned|recalled|wrote|writes)\\s+${CLAUSE_OPEN}`,
  'u',
);
/** What the two patterns above cannot match without. */
const CLAUSE_VERB_HINT =
  /\b(?:told|tells|argue[ds]|warn(?:ed|s)|insist(?:ed|s)|claimed|acknowledged|admitted|conceded|contended|maintained|noted|predicted|suggested|stressed|asserted|announced|added|explained|complained|indicated|reiterated|cautioned|recalled|wrote|writes)\s/;

/**
 * "Doe told reporters the plan will fail", "Doe warned it would": a reporting verb with no "that", its object (for
 * "told") and then a clause (a pronoun and a verb, a subject and an auxiliary); the verb's subject speaks. A noun
 * object ("warned the public", "argued the case") is no clause.
 */
function verbClause(s: string): { text: string; offset: number; cue: string } | null {
  if (!CLAUSE_VERB_HINT.test(s) || QUOTE_MARK.test(s)) return null;
  const m = TOLD_THEN_CLAUSE.exec(s) ?? ARGUED_THEN_CLAUSE.exec(s);
  return m ? reportingSubject(s, m) : null;
}

/**
 * The subject before a reporting verb matched at `m` (its cue in group 1), or null: "Needless to say", "those who
 * say" and ", said Doe ," (the name after the verb speaks) give no statement of the subject, nor "it" or a fragment.
 */
function reportingSubject(s: string, m: RegExpExecArray): { text: string; offset: number; cue: string } | null {
  const pre = s.slice(0, m.index);
  if (PRONOUN_IN_RELATIVE.test(pre) || NO_ACT_SUBJECT.test(pre)) return null;
  // a comma before the verb closes an appositive after the subject ("Doe, a Valdor Republican, told …"), or sets
  // the verb apart from a clause (", said Doe ,": the name after the verb speaks)
  if (INFINITIVE_OR_COMMA.test(pre) && !closesAppositive(pre)) return null;
  const subj = subjectBefore(pre);
  if (!subj || /^(?:it|this)$/i.test(subj.text) || FRAGMENT_START.has(phraseWords(subj.text)[0])) return null;
  return { text: subj.text, offset: subj.offset, cue: m[1] };
}

/**
 * "Doe said the plan will fail", "Officials say Tuesday it was …": a statement reported with no "that" and no quote
 * mark, "said" or "says" followed (after a day or a short phrase of time or place) by a clause's opening word; its
 * subject speaks. Not "is said to", "said nothing", "said of", nor a relative ("one approach he says is …").
 */
function saidClause(s: string): { text: string; offset: number; cue: string } | null {
  if (!SAID_WORD.test(s) || QUOTE_MARK.test(s)) return null;
  const m = SAID_THEN_CLAUSE.exec(s);
  return m ? reportingSubject(s, m) : null;
}
/**
 * Whether `pre` ends on a name and an appositive set off by commas ("Sen. Ana Doe, a Valdor Republican,"): a noun
 * phrase of at most ten words before the appositive, not a clause ("… buses took the fighters to Harbourton, a town
 * under rebel control, said Valdor TV": the name after the verb speaks), and no list ("Doe, Valdor Republican, and
 * Brenn, Orlin Democrat,": the list readers take it).
 */
function closesAppositive(pre: string): boolean {
  if (!/,\s*$/.test(pre) || /,\s*(?:and|or)\s/.test(pre)) return false;
  const s = pre.replace(/[,\s]+$/, '');
  const cut = dropAppositive(s);
  const subject = cut.replace(TO_LAST_BREAK, '').split(',').pop()!.trim();
  return cut !== s && subject.split(/\s+/).length <= 10;
}
/** Before "say": "to" (an infinitive), "who" (a relative: "children who say they …") or a comma (", said Doe ,"). */
const INFINITIVE_OR_COMMA = /(?:\bto|\bwho|,)\s*$/;
/** What SAID_THEN_CLAUSE cannot match without: most sentences fail this quick test. */
const SAID_WORD = /\bsa(?:id|ys?)\s/;
/** A quote mark: a sentence with a quote is the quote's frame, read with the quote. */
const QUOTE_MARK = /["“”]|``|''/;
/** "said" or "says", a phrase of time or place at most, then the opening word of a clause. */
const SAID_THEN_CLAUSE = new RegExp(
  '\\b(said|says|say)\\s+(?:(?:on|in|at|during|after|late|early|earlier|last|this|yesterday|today|recently|' +
    'previously|again|repeatedly|publicly|privately|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b' +
    '[^,.;:!?]{0,50}?(?:\\s*,)?\\s+|,\\s+)?(?:he|she|they|it|we|I|there|the|a|an|his|her|its|their|this|these|those|some|many|' +
    'most|no|all|both|[A-Z][\\w’\u2024-]*|\\d[\\d,.]*)\\b',
);
/** A pronoun inside a relative or a question before "says": "one approach he says is …", "what she says". */
const PRONOUN_IN_RELATIVE =
  /\b(?!(?:and|but|so|yet|now|then|also|because|while|although|though)\s)[a-z]+\s+(?:he|she|they|we|I|you)\s*$/;

/**
 * "Doe slammed the plan as reckless" / "Doe blasted the plan, saying …": the act verb's subject, with its cue. A passive
 * ("the plan was criticized as", "criticized by Doe as") names who was judged, not who spoke: no statement here.
 */
function actStatement(s: string): { text: string; offset: number; cue: string } | null {
  const as = AS_WORD.test(s) ? ACT_AS.exec(s) : null;
  const saying = as || !COMMA_PARTICIPLE.test(s) ? null : ACT_SAYING.exec(s);
  const called = as || saying || !s.includes('call') ? null : CALLED_ON.exec(s);
  const m = as ?? saying ?? called;
  if (!m || NO_ACT_SUBJECT.test(s.slice(0, m.index)) || /\bby\b/.test(m[0])) return null;
  const subj = subjectBefore(s.slice(0, m.index));
  if (!subj || /^(?:it|this)$/i.test(subj.text) || FRAGMENT_START.has(phraseWords(subj.text)[0])) return null;
  const cue = as ? ' as' : saying ? ', saying' : /\sfor\s/.test(m[0]) ? ' for' : ' on';
  return { text: subj.text, offset: subj.offset, cue: m[1].toLowerCase() + cue };
}
/** What ACT_AS cannot match without (its "\s+as\s+"): most sentences fail this quick test, not the act verbs at every word. */
const AS_WORD = /\sas\s/;
/** What ACT_SAYING cannot match without: a comma, then a lower-case word in -ing (every participle of PART_ALT is one). */
const COMMA_PARTICIPLE = /,\s+[a-z]+ing\b/;
/** An auxiliary right before a past form: the verb is passive. */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|be|been|being|get|gets|got)\s+(?:\p{Ll}+ly\s+)?$/u;
/** A passive, or a relative pronoun before the verb: "a film that ridiculed …" judges, but the film does not speak. */
const NO_ACT_SUBJECT = /\b(?:was|were|is|are|be|been|being|get|gets|got|that|which)\s+(?:\p{Ll}+ly\s+)?$/u;

/** "X noted that", "X told Iraqi media that": a reporting verb followed within a few words by "that". */
const THAT_CLAUSE = new RegExp(`\\b(${VERB_ALT}|${PART_ALT})\\b(?:\\s+[^\\s.,;:!?"“”]+){0,4}?\\s+that\\b`);
/** What THAT_CLAUSE cannot match without (its "\s+that\b"): most sentences fail this quick test, not the verb list at every word. */
const THAT_WORD = /\sthat\b/i;
/** "…, a well-informed government source revealed on Thursday." */
const TRAILING_ATTRIBUTION = new RegExp(
  `,\\s+([^,;:"“”]{2,80}?)\\s+(?:further\\s+|also\\s+)?(${VERB_ALT})(?:\\s+(?:on|in|earlier|late|last|this|to)\\b[^,.;:"“”]{0,40})?[.!]?[”"’]?\\s*$`,
);
