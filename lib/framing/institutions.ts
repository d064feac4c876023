// Speakers that are no person: an institution (a government, ministry, party, agency, court or company speaking as a
// body), a document (a report, statement, memo or ruling) or a phrase that names no one ("Thursday", "however").
// Sourcing studies count official and institutional voices apart from people and from documents: "the White House
// said" and "a report found" are different choices of whom to let speak. Pure; the words are the project's own.
import { NO_SPEAKER_WORDS, SUBJECT_PRONOUNS, phraseWords, wordsNameNoOne } from './quotes.js';
import { STARTS_LOWER, STARTS_UPPER } from '../util/letters.js';

/** What a speaker that is no person and no medium is. */
export type NonPersonKind = 'institution' | 'document' | 'other' | 'unresolved';

/** Heads of a document speaking: "a report", "the statement", "court filings". */
const DOCUMENT_HEAD =
  /\b(?:reports?|statements?|memos?|memorandums?|memoranda|studies|study|surveys?|polls?|papers?|letters?|filings?|documents?|complaints?|rulings?|indictments?|lawsuits?|suits?|analys[ie]s|data|figures|records|statistics|releases?|communiqués?|communiques?|transcripts?|emails?|e-mails?|tweets?|posts?|orders?|opinions?|decisions?|guidelines?|briefs?|bills?|laws?|documentation|audits?|rules?|regulations?|settlements?|videos?|footage|recordings?|dissent|testimony|testimonies|estimates?|guidance|notices?|summary|summaries|drafts?|resolutions?|agreements?|deals?|proposals?|cables?|evidence|register|charts?|texts?|cop(?:y|ies)|findings|affidavits?|warrants?|census|plans?|excerpts?|images?|photos?|photographs?|provisions?|outline|remarks|legislation|measures?|handbook|manual|fact[- ]?sheets?|proclamations?|projections?|forecasts?|assessments?|readouts?|translations?|timelines?|messages?|postings?|advisory|advisories|directives?|mandates?|numbers|notes|ads|advertisements?|billboards?|books?|constitution|statutes?|evaluations?|alerts?|investigations?|reviews?|precedents?|feeds?|information|stats)$/i;

/** Whether one word is the head of a document ("statement", "letters", "survey"). */
export function isDocumentHead(word: string): boolean {
  return DOCUMENT_HEAD.test(word);
}

/** Heads of an institution speaking as a body: "the administration", "the ministry", "police". */
const INSTITUTION_HEAD =
  /\b(?:administration|government|ministry|department|agency|office|bureau|commission|(?:sub)?committee|council|think tank|court|army|military|police|embassy|consulate|campaign|party|parliament|congress|senate|house|cabinet|kremlin|pentagon|authority|board|institute|foundation|company|firm|union|coalition|organi[sz]ations?|service|force|forces|command|regime|junta|municipality|prosecutors?|prosecution|groups?|charit(?:y|ies)|movement|panel|courts|legislatures?|watchdog|alliance|association|society|league|church|university|opposition|lobby|bloc|observatory|center|centre|monitor|judiciary|initiative|project|fund|caucus|hospital|bank|academy|college|school|agencies|unions|universities|authorities|governments|ministries|departments|companies|firms|embassies|councils|committees|hospitals|schools|colleges|churches|banks|associations|institutes|foundations)$/i;

/**
 * Heads of bodies in the plural ("The states", "world powers", "the parties") and of bodies a group forms ("the
 * delegation", "House leadership", "the intelligence community"), written in lower case: capitalised, the words are
 * names ("Powers", a surname; "the United States", a place the entities know).
 */
const BODY_GROUP_HEAD =
  /^(?:states|countries|nations|powers|parties|caucuses|delegations?|brigades?|leadership|alliances|coalitions|movements|confederations?|communit(?:y|ies))$/;

/**
 * A participle clause after a document ("obtained by …", "released Monday", "broadcast on state TV") or a time ("a
 * statement late Friday"): cut before the head is read.
 */
const DOCUMENT_PARTICIPLE =
  /\s+(?:obtained|reviewed|released|published|seen|issued|conducted|filed|compiled|prepared|provided|sent|posted|cited|shared|circulated|made|written|brought|signed|drafted|authored|given|broadcast|aired|carried|read|(?:late|early)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last|this))\b.*$/;

/** A head that is people, not the document its postmodifier names: "those briefed (on …)", "people familiar". */
const PEOPLE_BEFORE_LINK = /(?:^|\s)(?:those|people|anyone|someone|\p{Ll}+ed)$/u;

/** A prepositional phrase after a document's head: "of those inside", "by government accountants". */
const DOCUMENT_POSTMODIFIER = /\s+(?:of|by|from|in|on|for|about)\s.*$/;

/** Titles of one person ("the president", "the judge"): a person the phrase does not name. */
const PERSON_TITLE =
  /^(?:president|vice-president|minister|governor|mayor|senator|congressman|congresswoman|king|queen|prince|chancellor|secretary|leader|chairman|chairwoman|chair|speaker|judge|justice|general|commander|ambassador|pope|premier|emir|sheikh|ayatollah|spokesman|spokeswoman|lawyer|attorney)$/i;

/** Entity types that speak as a body (a place that speaks is its government: "Iran said"). */
const BODY_TYPES = new Set(['org', 'group', 'place']);

/** Whether a word on its own names no one: a determiner, connective, pronoun, weekday or month ("Some", "That"). */
export function namesNoOne(word: string): boolean {
  return NO_SPEAKER_WORDS.has(word.toLowerCase());
}

/** Pronouns that make a phrase name no one here: subject pronouns and possessives ("his office" says who only through him). */
const PRONOUN = new Set([...SUBJECT_PRONOUNS, ...'him her them his its their our my'.split(' ')]);

/**
 * The kind of a speaker phrase that is no person and no medium; `entityType`: the type of the entity written there,
 * if any. A phrase whose words are all function words, dates or marks names no one, and a bare title ("the
 * president") names a person without saying who, and a clause caught instead of a speaker ("he points to the guidance
 * and") names no one: all 'unresolved'.
 */
export function nonPersonKind(phrase: string, entityType?: string): NonPersonKind {
  const words = phraseWords(phrase);
  // an organisation, party or place written at the speaker decides, though the phrase caught around it is a clause
  if (entityType && BODY_TYPES.has(entityType)) return 'institution';
  if (wordsNameNoOne(words, PRONOUN)) return 'unresolved';
  const head = words[words.length - 1];
  if (PERSON_TITLE.test(head) && !entityType) return 'unresolved';
  // "a copy of the memo obtained by the paper", "data released Monday": the document, not who holds it
  const all = words.join(' ').replace(DOCUMENT_PARTICIPLE, '');
  // "the testimony of those inside", "estimates by government accountants", "Exit polls in November": the head
  // (not when a participle or "those" heads it: "those briefed on the investigation" are people)
  const cut = all.replace(DOCUMENT_POSTMODIFIER, '');
  if ((DOCUMENT_HEAD.test(all) && !PEOPLE_BEFORE_LINK.test(cut)) || DOCUMENT_HEAD.test(cut)) return 'document';
  if (INSTITUTION_HEAD.test(all) || namedBody(phrase) || BODY_GROUP_HEAD.test(lastWord(phrase))) return 'institution';
  return 'other';
}

/** The last word of a phrase as written, closing marks and dashes dropped ("the alliance of parties --" → "parties"). */
function lastWord(phrase: string): string {
  const words = phrase.replace(/[\s.,;:\u2013\u2014-]+$/u, '').split(/\s+/);
  return words[words.length - 1];
}

/**
 * Whether a phrase is the proper name of a body whose head comes before "for", "of" or "on": "the Syrian Observatory
 * for Human Rights", "Council on Foreign Relations", "the Center for Immigration Studies": capitalised words up to an
 * institution head, the link, and a capitalised word after it; a trailing description ("… war monitor") may follow.
 */
export function namedBody(phrase: string): boolean {
  const words = phrase
    .trim()
    .replace(/[\s.,;:]+$/, '')
    .split(/\s+/);
  const from = /^(?:the|a|an)$/i.test(words[0] ?? '') ? 1 : 0;
  const link = words.findIndex((w, i) => i > from && /^(?:for|of|on)$/.test(w));
  if (link < 0 || !STARTS_UPPER.test(words[link + 1] ?? '')) return false;
  const name = words.slice(from, link);
  if (!name.every((w) => STARTS_UPPER.test(w)) || !INSTITUTION_HEAD.test(name[name.length - 1].toLowerCase()))
    return false;
  // a person named after a title ("Council on Foreign Relations president Ivo Doe") is no body's name
  const rest = words.slice(link + 1);
  const firstLower = rest.findIndex((w) => STARTS_LOWER.test(w) && !/^(?:of|for|on|the|and)$/.test(w));
  return firstLower < 0 || rest.slice(firstLower).every((w) => STARTS_LOWER.test(w));
}
