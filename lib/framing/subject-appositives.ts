// What a comma sets off after a subject: an appositive describing the person ("Ana Doe, a Valdor Republican,"), a
// party and state tag ("Sen. Ana Doe, R-Utah"), a connective ("Doe, meanwhile,"), and where a segment holds a
// sentence's end. Pure: strings in, strings or positions out.
import { partyTag } from '../entities/tags.js';
import { VERB_WORDS } from './speech-verbs.js';
import { holdsName, phraseWords } from './speaker-cleaning.js';
import { finiteVerbStarts } from './coordination.js';

/** A connective or adverbial set off by commas after the subject ("…, however", "…, for his part"). */
export const TRAILING_CONNECTIVE =
  /\s*,\s*(?:however|meanwhile|though|too|instead|nonetheless|nevertheless|in turn|in response|for (?:his|her|their|its) part)$/i;

/** A comma, then what may be a party tag closing the text ("…, R-Texas", "…, D-N.Y."): `partyTag` reads it. */
const COMMA_BEFORE_LAST_TAG = /\s*,\s*(?=[RDI][^,]{1,40}$)/;

/** A subject without the party and state tag set off by a comma at its end ("Sen. Ana Dorr, R-Utah" → "Sen. Ana Dorr"). */
export function withoutTrailingTag(s: string): string {
  const m = COMMA_BEFORE_LAST_TAG.exec(s);
  return m && partyTag(s, m.index + m[0].length)?.end === s.length ? s.slice(0, m.index) : s;
}

/**
 * A subject ending on appositives after a name ("Ivo Brenn, a fellow at the institute, said"; "…, ranking member of the
 * panel, said"; two in a row too) is cut
 * to the name: the appositive describes who speaks, the name is who. The segment before must be a name (capitalised
 * at both ends, no clause opener): "Yesterday, the ministry" and "In Harbourton, the mayor" keep their subject.
 */
export function dropAppositive(s: string): string {
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
    // "Moscow proposed the plan to Valdoria, and the Valdorian government (said)": the subject of a clause joined on,
    // not an appositive of the clause's last name
    if (JOINED.test(parts[i]) && finiteVerbStarts(parts[i - 1].replace(TO_LAST_BREAK, ''), VERB_WORDS).length) return s;
    // ("But Ana Doe, a fellow at …, warned": the conjunction opening the sentence is no part of the name)
    const prev = parts[i - 1].replace(TO_LAST_BREAK, '').trim().replace(OPENING_CONJUNCTION, '').split(/\s+/);
    // "Elsewhere", "Saying that …", "Similarly": an adverbial, not a name
    if (holdsName(prev[0]) && holdsName(prev[prev.length - 1]) && !/(?:ly|ing|where)$/.test(prev[0]))
      return s.slice(0, parts.slice(0, i).join(',').length).trimEnd();
  }
  return s;
}

/** A comma segment opening on a conjunction and an article: ", and the government", ", but a spokesman". */
const JOINED = /^\s*(?:and|but)\s+(?:the|a|an)\s/;

/** A conjunction opening a sentence before its subject: "And", "But", "Yet", "So", "Or", "Nor". */
const OPENING_CONJUNCTION = /^(?:And|But|Yet|So|Or|Nor)\s+(?=\S)/;

/**
 * A comma segment that may be an appositive: it opens as one (APPOSITIVE), ends no sentence inside, and opens no clause
 * of its own: a subject pronoun ("Rather, he said …"), "but" and a new subject ("…, was on a watch list, but Doe said"),
 * a subordinator with a verb ("Perhaps, as Doe said, …"; "while in Harbourton", "as well as Doe" join or describe).
 */
export function appositiveAt(seg: string): boolean {
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
export const BRACKETED = /\([^()]*\)/g;
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
export const SENTENCE_BREAK = new RegExp(`(?<!${NO_BREAK_BEFORE})[.!?;:]["”'’\`]*\\s`, 'u');
/** Everything up to and with the last sentence's end of a segment (removed: what is left is the last sentence's). */
export const TO_LAST_BREAK = new RegExp(`^.*(?<!${NO_BREAK_BEFORE})[.!?;:]["”'’\`]*\\s+`, 'su');
/**
 * An appositive's opening: an article, a lower-case word, a state and party ("Utah Republican", "Vermont
 * independent"), or a place's possessive before a lower-case word ("Valdor's top cleric").
 */
export const APPOSITIVE =
  /^\s*(?:(?:a|an|the)\s|\p{Ll}|(?:\p{Lu}[\p{L}.-]*\s+){0,3}(?:Republican|Democrat|independent)(?:\s*$|\s+of\s+\p{Lu})|\p{Lu}[\p{L}.-]*\s?['’]\s?s\s+\p{Ll})/u;

/** A party member's description: "Valdor Republican", "Democrat of Valdor", "New Valdor independent". */
const PARTY_DESCRIPTION =
  /^\s*(?:\p{Lu}[\p{L}.-]*\s+){0,3}(?:Republican|Democrat|independent)(?:\s+of(?:\s+\p{Lu}[\p{L}.\u2024-]*)+)?\s*$/u;

/** A party or state tag in brackets closing a name: "Rep. Ivo Doe ( R-Utah )". */
export const TAG_IN_BRACKETS_END = /\s*\([^()]{1,30}\)$/;
