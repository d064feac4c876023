// People a speaker phrase names without naming them: "protesters", "a soldier", "the complainant", "lawyers for the
// family". News copy lets such voices speak all the time; a reader counts them with the unnamed sources, not as an
// unclassifiable "other". Pure; the words are general English, the project's own.
import { isDocumentHead } from './institutions.js';
import { LOWER_ED, LOWER_WORD, STARTS_UPPER } from '../util/letters.js';

// regexes with \p{...} made once here: written inside a function, tsx rebuilds one on every call (lib/util/letters.ts)
const GROUP_OF_PEOPLE = /^\p{Ll}{3,}(?:(?<![sx])ists|ians)$/u;
const LOWER_HYPHENATED = /^\p{Ll}[\p{Ll}-]*$/u;
const HEAD_WORD = /^\p{L}[\p{L}-]*$/u;

/**
 * Nouns for people (singular and plural) that are no title of one office: a title ("the president", "the judge" of a
 * case already named) says who through the office and stays apart; offices that speak as a body ("prosecutors") are
 * institutions.
 */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'man men woman women boy boys girl girls child children mother mothers father fathers parent parents son sons ' +
    'daughter daughters wife husband brother brothers sister sisters relative relatives family families friend ' +
    'friends neighbor neighbors neighbour neighbours colleague colleagues aide aides staffer staffers adviser ' +
    'advisers advisor advisors lawyer lawyers attorney attorneys advocate advocates activist activists critic critics ' +
    'opponent opponents supporter supporters protester protesters protestor protestors demonstrator demonstrators ' +
    'organizer organizers organiser organisers voter voters leaders senators legislator legislators politician ' +
    'politicians judges juror jurors agent agents officer officers soldier soldiers guard guards whistleblower ' +
    'whistleblowers witness eyewitness eyewitnesses victim victims survivor survivors doctor doctors nurse nurses ' +
    'professor professors scholar scholars academic academics researcher researchers scientist scientists economist ' +
    'economists historian historians student students teacher teachers worker workers employee employees migrant ' +
    'migrants immigrant immigrants refugee refugees seeker seekers citizen citizens liberals conservatives pundit ' +
    'pundits commentator commentators participant participants attendee attendees complainant complainants plaintiff ' +
    'plaintiffs defendant defendants petitioner petitioners negotiator negotiators mediator mediators driver drivers ' +
    'farmer farmers owner owners author authors writer writers hostage hostages detainee detainees prisoner ' +
    'prisoners inmate inmates patient patients fighter fighters militant militants rebel rebels volunteer volunteers ' +
    'lobbyist lobbyists strategist strategists consultant consultants veteran veterans subjects justices monitors ' +
    'pastor pastors priest priests personnel staff crew governors mayors respondents acquaintance acquaintances ' +
    'confidant confidants confidante confidantes sibling siblings cousin cousins associate associates medic medics ' +
    'paramedic paramedics skeptic skeptics sceptic sceptics cleric clerics progressives moderates ' +
    // single people described by role or calling and never named ("the ferry captain", "a survey respondent")
    'captain captains sailor sailors nun nuns monk monks imam imams rabbi rabbis bishop bishops pontiff engineer ' +
    'engineers manager managers hacker hackers executioner executioners respondent youth candidate candidates ' +
    // people in charge and people at large ("meatpacking executives", "folks", "the crowds"); the parties to a dispute
    // ("both sides", "neither side", "All sides of the debate")
    'executive executives folks crowd crowds guy guys side sides'
  ).split(' '),
);

/** Whether a lower-case word is a noun for people that is no title of one office ("lawyer", "mother", "activists"). */
export function isPeopleNoun(word: string): boolean {
  return PEOPLE_NOUNS.has(word);
}

/** Words that open a postmodifier after the head: "lawyers for the family", "one of those briefed", "critics who …". */
const POSTMODIFIER = new Set(
  'of for with from by at in on inside close familiar who whom whose that which including like across near'.split(' '),
);

/**
 * A speaker phrase's words (closing punctuation dropped) and where its head ends: the head is `words[end - 1]`, the
 * last word before a postmodifier ("lawyers | for the family"); `end` is 0 for an empty phrase.
 */
export function phraseHead(phrase: string): { words: string[]; end: number } {
  const words = phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.,;:!?]+$/u, ''))
    .filter(Boolean);
  const end = words.findIndex((w, i) => i > 0 && POSTMODIFIER.has(w));
  return { words, end: end < 0 ? words.length : end };
}

/**
 * Whether a speaker phrase is headed by a noun for people it does not name ("immigration activists", "The woman",
 * "Lawyers for Ivo Brenn", "Academics with ties to the college"): the head is the last word before a postmodifier, and
 * it is written in lower case unless it opens the phrase (a sentence start capitalises it). A capitalised head is part
 * of a name or title ("Secretary of State").
 */
export function peopleHead(phrase: string): boolean {
  const { words, end } = phraseHead(phrase);
  if (end === 0) return false;
  // "some of the participants", "Many of our respondents": a part of a group of people
  if (end === 1 && words.length > 2 && OPENERS.has(words[0].toLowerCase()))
    return peopleHead(words.slice(/^(?:the|our|their|those|these)$/i.test(words[2]) ? 3 : 2).join(' '));
  if (namedFirst(words) || clauseBefore(words.slice(0, end))) return false;
  const head = words[end - 1];
  if (end > 1 && STARTS_UPPER.test(head)) return false;
  // one capitalised word: a plural ("Critics"), not a surname that is also a noun ("Farmer said")
  if (words.length === 1 && STARTS_UPPER.test(head) && !/(?:s|men|children)$/.test(head)) return false;
  // plurals of agent nouns in -ist and -ian name people by their trade ("genealogists", "physicians")
  return PEOPLE_NOUNS.has(head.toLowerCase()) || GROUP_OF_PEOPLE.test(head) || MAN_NOUN.test(head);
}
/**
 * A lower-case noun for a person in "-man"/"-woman" ("policeman", "fisherwoman", "gunmen"), not "human", nor the
 * titles of an office ("spokesman", "chairman", "congressman": a holder the article may name, read as titles are).
 */
const MAN_NOUN = /^(?!hu|spokes|chair|congress)\p{Ll}{2,}(?:wo)?m[ae]n$/u;

/** Determiners that open a noun phrase: inside the words before a head they mark a clause ("X told reporters the woman"). */
const DETERMINER = new Set('the a an his her their its our my what this that these those'.split(' '));
/** Words a determiner may follow inside one noun phrase: "both the White House and …", "all the", "lawyers and their". */
const PREDETERMINER = new Set('both all half and or'.split(' '));
const PRONOUNS = new Set('he she it they we i you'.split(' '));
const OPENERS = new Set(
  'the a an both some many several most all few other another any each every no these those this that one two three'.split(
    ' ',
  ),
);

/**
 * Whether the words before the head are a clause, not a noun phrase: a determiner after a verb ("castigated the 47
 * senators", "remembers what his father"), a pronoun ("saying it contradicted … lawyers"), or a relative opening them.
 */
function clauseBefore(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  // ("that aide", "That staffer": a demonstrative before the head, one person the text spoke of)
  if (/^(?:which|who|whom)$/.test(lower[0]) || (lower[0] === 'that' && lower.length !== 2)) return true;
  return lower.some((w, i) => PRONOUNS.has(w) || (i > 0 && DETERMINER.has(w) && !PREDETERMINER.has(lower[i - 1])));
}

/**
 * Whether a coordination opens on a name: "Ivo Brenn and his advisers", "Brenn and other leaders" speak through the
 * person named first; "The opposition and activists" and "Advocates and asylum officers" name no one.
 */
function namedFirst(words: readonly string[]): boolean {
  const and = words.indexOf('and');
  const first = words[0].toLowerCase();
  // "Syrian activists and opposition leaders": people nouns joined, whatever capitalised word opens them
  if (and > 1 && PEOPLE_NOUNS.has(words[and - 1].toLowerCase())) return false;
  return and > 0 && STARTS_UPPER.test(words[0]) && !OPENERS.has(first) && !PEOPLE_NOUNS.has(first);
}

/** Heads of one unnamed person who speaks for someone else: "a spokeswoman for …", "the person close to …". */
const SPOKES_HEADS = new Set('spokesman spokeswoman spokesperson spokespeople person representative fellow'.split(' '));
/** Words that open a description: "a spokesman for …", "the statement from …", "one adviser to …". */
const DESCRIPTION_OPENERS = new Set('a an the one another'.split(' '));
/** Words that link a description's head to whom or what it belongs to. */
const LINKS = new Set('of for to from with at by close familiar'.split(' '));

/**
 * What a description headed by a lower-case noun is, whoever it names after the link: "A spokeswoman for Ivo
 * Brenn", "an adviser to the council" (an unnamed person: 'anonymous'), "the statement from the ministry", "a letter
 * from the agency to Sen. Doe" (a 'document'); null for anything else. The head is the word before the first link;
 * the words between the opener and the head are lower-case modifiers ("a senior adviser"), no verb phrase with a
 * determiner or pronoun in it ("the group released a report from").
 */
export function describedKind(phrase: string): 'anonymous' | 'document' | null {
  const words = phrase.trim().split(/\s+/);
  if (words.length < 4 || !DESCRIPTION_OPENERS.has(words[0].toLowerCase())) return null;
  const link = words.findIndex((w, i) => i >= 2 && LINKS.has(w));
  if (link < 0 || link > 5) return null;
  const mods = words.slice(1, link);
  if (mods.some((w) => !LOWER_HYPHENATED.test(w) || DETERMINER.has(w) || PRONOUNS.has(w))) return null;
  const head = mods[mods.length - 1];
  if (isDocumentHead(head)) return 'document';
  // "the foreign minister of Valdoria": an office whose holder the phrase does not name
  return PEOPLE_NOUNS.has(head) || SPOKES_HEADS.has(head) || OFFICE_HEADS.has(head) ? 'anonymous' : null;
}

/** Titles of one office held by one person: "minister", "ambassador", "chief" (of staff). */
const OFFICE_HEADS = new Set(
  (
    'minister ministers ambassador ambassadors envoy envoys diplomat diplomats leader president premier chancellor ' +
    'negotiator spokesman spokeswoman spokesperson adviser advisor counselor counsellor aide aides official officials ' +
    'secretary chief commander prosecutor mayor governor representative delegate'
  ).split(' '),
);
/** "Britain's foreign minister", "Iran's ambassador to the UN": a possessor, lower-case modifiers, an office head. */
const POSSESSED =
  /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*\s*['’]\s?s\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}?)(\p{Ll}+)(?:\s+(?:of|to|for|at|in|on)\s.*)?$/u;

/**
 * Whether a phrase is an office of a place or body, its holder unnamed: "Britain's foreign minister", "Syria's
 * ambassador to the United Nations", "Doe's incoming chief of staff". One unnamed person speaks, not the
 * possessor (a country or a ministry does not hold the title); a name after the office ("… minister Jean Doe") is
 * no match, and the person named there speaks.
 */
export function possessedOffice(phrase: string): boolean {
  const m = POSSESSED.exec(phrase.trim());
  return !!m && OFFICE_HEADS.has(m[2]) && !m[1].split(/\s+/).some((w) => DETERMINER.has(w) || PRONOUNS.has(w));
}

/**
 * Whether a phrase is a document whose makers are named before its head: "a White House statement", "the agency
 * report", "Harbour Ministry figures", "Department of Labor data", "his letter" — the last word a lower-case document noun, no determiner or
 * pronoun after the first word (a clause: "the board released a report").
 */
export function documentHeaded(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const head = words[words.length - 1];
  if (words.length < 2 || !LOWER_WORD.test(head) || !isDocumentHead(head)) return false;
  // a link between capitalised words is inside a name ("Department of Labor figures")
  const link = (i: number) =>
    POSTMODIFIER.has(words[i]) && !(STARTS_UPPER.test(words[i - 1]) && STARTS_UPPER.test(words[i + 1]));
  return !words.some((w, i) => i > 0 && (DETERMINER.has(w) || PRONOUNS.has(w) || link(i)));
}

/** Links that open a postmodifier after a head noun: "numbers provided by …", "officials at …", "the head of …". */
const HEAD_LINKS = new Set('of for to from with at by in on inside within'.split(' '));
/** Words between a head and its link that leave the head in place: "numbers recently provided by", "the bill passed by". */
const PARTICIPLE =
  /^\p{Ll}+(?:ed|ly)$|^(?:cited|seen|made|held|led|run|sent|put|set|given|taken|written|shown|known)$/u;
/** Heads of unnamed people beside the nouns above: "the Republican nominee", "officials at …", "the head of …". */
const PERSON_HEADS: ReadonlySet<string> = new Set([
  ...PEOPLE_NOUNS,
  ...SPOKES_HEADS,
  ...OFFICE_HEADS,
  ...(
    'source sources analyst analysts expert experts observer observers insider insiders member members lawmaker ' +
    'lawmakers senator congressman congresswoman nominee nominees candidate candidates head director'
  ).split(' '),
]);

/**
 * What a speaker phrase is when the body written inside it is no head of it: a modifier of a head noun after it ("ICE
 * numbers", "the Valdor envoy", "the longest-serving Harbour Party senator") or inside a postmodifier ("numbers
 * provided by the ministry", "officials at the Harbour Department", "the head of the consulate in Valdor"): the head
 * speaks, unnamed people ('anonymous') or a document; null when the body heads the phrase or the head is no such noun.
 * `from`–`to`: where the body's name lies in the phrase.
 */
export function headBesideBody(phrase: string, from: number, to: number): 'anonymous' | 'document' | null {
  return headAfterBody(phrase.slice(to)) ?? headBeforeBody(phrase.slice(0, from));
}

/** The kind of a head noun: people, a document, or neither. */
function headKind(head: string): 'anonymous' | 'document' | null {
  const w = head.toLowerCase();
  if (PERSON_HEADS.has(w)) return 'anonymous';
  return STARTS_UPPER.test(head) || !isDocumentHead(w) ? null : 'document';
}

/** "… numbers", "… senator for …": modifiers after the body up to the end or a link, the last one a head noun. */
function headAfterBody(after: string): 'anonymous' | 'document' | null {
  const words = after
    .replace(/^['’]s\b/, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const link = words.findIndex((w) => HEAD_LINKS.has(w));
  const mods = words.slice(0, link < 0 ? words.length : link);
  // "the Harbour Office jolted lawmakers with": a verb after the body makes a clause
  const clause = (w: string, i: number) => i < mods.length - 1 && LOWER_ED.test(w);
  if (!mods.length || mods.some((w, i) => !HEAD_WORD.test(w) || DETERMINER.has(w) || PRONOUNS.has(w) || clause(w, i)))
    return null;
  return headKind(mods[mods.length - 1]);
}

/** "numbers provided by …", "officials at …": the lower-case head before the first link, participles passed over. */
function headBeforeBody(before: string): 'anonymous' | 'document' | null {
  const words = before.trim().split(/\s+/).filter(Boolean);
  const link = words.findIndex((w, i) => i > 0 && HEAD_LINKS.has(w));
  let h = link - 1;
  while (h > 0 && PARTICIPLE.test(words[h])) h--;
  if (h < 0 || !LOWER_WORD.test(words[h]) || clauseBefore(words.slice(0, h + 1))) return null;
  return headKind(words[h]);
}
