// Reported statements without quote marks: "Doe said the plan will fail", "Doe told reporters the plan …", "Doe warned
// it would …", "Doe slammed the plan as reckless", "Doe called on the board to resign": the reporting verb's subject
// speaks. Pure: a sentence in, the subject's text, offset and cue out.
import { ACT_ALT, PART_ALT } from './speech-verbs.js';
import { FRAGMENT_START, NO_ACT_SUBJECT, phraseWords } from './speaker-cleaning.js';
import { TO_LAST_BREAK, dropAppositive } from './subject-appositives.js';
import { subjectBefore } from './clause-subjects.js';
import { taggedCommaList } from './speaker-list-openers.js';

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
/** Auxiliaries and modals: the finite verb that shows a clause follows ("warned the plan would fail"). */
const AUX =
  '(?:will|would|was|were|is|are|has|had|have|could|should|must|can|may|might|did|does|do|wo|ca|needs|needed|wants|wanted|' +
  // (a negative, as written or tokenised: "wasn't", "wasn ’ t")
  "(?:was|were|is|are|has|had|have|could|should|would|did|does|do)n(?=\\s*['’]\\s*t\\b))";
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
  `\\s+(?:${NP_WORD}\\s+){0,5}?${AUX}\\b)`;
/** "told reporters the plan would …", "tells Valdor TV he is …": "told", an object of a few words, then a clause. */
const TOLD_THEN_CLAUSE = new RegExp(
  `\\b(told|tells|tell)\\s+(?:him|her|them|me|us|you|(?:${NP_WORD}\\s+){1,4}?)\\s*${CLAUSE_OPEN}`,
  'u',
);
/** "argued the law was …", "warned it would …": a verb of argument, then at once a clause (not "warned the public"). */
const ARGUED_THEN_CLAUSE = new RegExp(
  '\\b(argued|argues|argue|warned|warns|warn|insisted|insists|insist|claimed|contends|contend|asserts|assert|admits|' +
    'acknowledges|concedes|acknowledged|admitted|conceded|contended|' +
    'maintained|noted|predicted|suggested|stressed|asserted|announced|added|explained|complained|' +
    `indicated|reiterated|cautioned|recalled|wrote|writes)\\s+${CLAUSE_OPEN}`,
  'u',
);
/** What the two patterns above cannot match without. */
const CLAUSE_VERB_HINT =
  /\b(?:told|tells?|argue[ds]?|warn(?:ed|s)?|insist(?:ed|s)?|contends?|asserts?|admits|acknowledges|concedes|claimed|acknowledged|admitted|conceded|contended|maintained|noted|predicted|suggested|stressed|asserted|announced|added|explained|complained|indicated|reiterated|cautioned|recalled|wrote|writes)\s/;

/**
 * "Doe told reporters the plan will fail", "Doe warned it would": a reporting verb with no "that", its object (for
 * "told") and then a clause (a pronoun and a verb, a subject and an auxiliary); the verb's subject speaks. A noun
 * object ("warned the public", "argued the case") is no clause.
 */
export function verbClause(s: string): { text: string; offset: number; cue: string } | null {
  if (!CLAUSE_VERB_HINT.test(s) || QUOTE_MARK.test(s)) return null;
  const m = TOLD_THEN_CLAUSE.exec(s) ?? ARGUED_THEN_CLAUSE.exec(s);
  return m ? reportingSubject(s, m) : null;
}

/**
 * The subject before a reporting verb matched at `m` (its cue in group 1), or null: "Needless to say", "those who
 * say" and ", said Doe ," (the name after the verb speaks) give no statement of the subject, nor "this" or a fragment;
 * "it" opening the sentence does ("It said …").
 */
function reportingSubject(s: string, m: RegExpExecArray): { text: string; offset: number; cue: string } | null {
  const pre = s.slice(0, m.index);
  if (PRONOUN_IN_RELATIVE.test(pre) || NO_ACT_SUBJECT.test(pre)) return null;
  // a comma before the verb closes an appositive after the subject ("Doe, a Valdor Republican, told …"), or sets
  // the verb apart from a clause (", said Doe ,": the name after the verb speaks)
  // (a list of tagged people with an appositive of them all: "Doe, R-Val., and Brenn, D-Orl., members of …, said")
  // (a party tag set off by commas, blanked in the speaker text: "Sen. Ana Doe, R-Val., said the bill …")
  if (
    INFINITIVE_OR_COMMA.test(pre) &&
    !closesAppositive(pre) &&
    !(BLANKED_TAG.test(pre) && !LIST_JOIN.test(pre)) &&
    !taggedCommaList(pre)
  )
    return null;
  // "It said the strikes hit …", "But it says …": a body or a document named before speaks, which the speaker
  // resolution reads ("it" with a verb of saying is no dummy "it")
  const it = IT_OPENING.exec(pre);
  if (it) return { text: 'it', offset: it[1].length, cue: m[1] };
  const subj = subjectBefore(pre);
  if (!subj || /^(?:it|this)$/i.test(subj.text) || FRAGMENT_START.has(phraseWords(subj.text)[0])) return null;
  return { text: subj.text, offset: subj.offset, cue: m[1] };
}

/**
 * "Doe said the plan will fail", "Officials say Tuesday it was …": a statement reported with no "that" and no quote
 * mark, "said" or "says" followed (after a day or a short phrase of time or place) by a clause's opening word; its
 * subject speaks. Not "is said to", "said nothing", "said of", nor a relative ("one approach he says is …").
 */
export function saidClause(s: string): { text: string; offset: number; cue: string } | null {
  if (!SAID_WORD.test(s) || QUOTE_MARK.test(s)) return null;
  const m = SAID_THEN_CLAUSE.exec(s);
  // "… , Doe , R-Val. , and Roe , D-Orl. , said in a joint statement .": the frame of a quote before, no clause
  return m && !FRAME_ONLY.test(s.slice(m.index + m[1].length)) ? reportingSubject(s, m) : null;
}
/** What follows "said" when it is only the medium of a statement: "in a joint statement .", "in an interview". */
const FRAME_ONLY =
  /^\s+(?:in|on|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|interview|release|letter|tweet|post|speech|call|briefing|conference|op-ed)s?\s*[.!]?\s*$/u;
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
/**
 * A name, then a party tag set off by commas as the speaker text blanks it (speaker-text.ts: the opening comma and the
 * tag are spaces, the closing comma kept): "Sen. Ana Doe ,  R-Val. , (said)" reads "Sen. Ana Doe          , ".
 */
const BLANKED_TAG = /[\p{L}.\u2024][ \t]{5,},\s*$/u;
/** A list's last item joined on: "Doe , R-Val. , and Brenn , R-Orl. ," (the list readers take it). */
const LIST_JOIN = /,\s*(?:and|or)\s/;
/** Before "say": "to" (an infinitive), "who" (a relative: "children who say they …") or a comma (", said Doe ,"). */
const INFINITIVE_OR_COMMA = /(?:\bto|\bwho|,)\s*$/;
/** "It" (maybe after "But" or "And", maybe an adverb after it) opening a sentence before its verb of saying. */
const IT_OPENING = /^(\s*(?:(?:But|And|Yet)\s+)?)[Ii]t\s+(?:also\s+|later\s+|earlier\s+|previously\s+)?$/;
/** What SAID_THEN_CLAUSE cannot match without: most sentences fail this quick test. */
const SAID_WORD = /\bsa(?:id|ys?)\s/;
/** A quote mark: a sentence with a quote is the quote's frame, read with the quote. */
const QUOTE_MARK = /["“”]|``|''/;
/** "said" or "says", a phrase of time or place at most, then the opening word of a clause. */
const SAID_THEN_CLAUSE = new RegExp(
  '\\b(said|says|say)\\s+(?:(?:on|in|at|during|after|late|early|earlier|last|this|yesterday|today|recently|' +
    'previously|again|repeatedly|publicly|privately|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b' +
    '[^,.;:!?]{0,50}?(?:\\s*,)?\\s+|,\\s+)?(?:he|she|they|it|we|I|there|the|a|an|his|her|its|their|this|these|those|some|many|' +
    'most|no|all|both|[A-Z][\\w’\u2024-]*|\\d[\\d,.]*|' +
    // (a count opening the clause: "said two aircraft fired …", "says several people were hurt")
    'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|' +
    'dozens|hundreds|thousands|millions|several|' +
    // (a bare plural subject and its auxiliary: "said times have changed", "says federal agents were told")
    `(?:[a-z]+\\s+)?[a-z]{2,}s(?=\\s+(?:have|are|were|had|will|would|could|should|may|might|must|can)\\b))\\b`,
);
/** A pronoun inside a relative or a question before "says": "one approach he says is …", "what she says". */
const PRONOUN_IN_RELATIVE =
  /\b(?!(?:and|but|so|yet|now|then|also|because|while|although|though)\s)[a-z]+\s+(?:he|she|they|we|I|you)\s*$/;

/**
 * "Doe slammed the plan as reckless" / "Doe blasted the plan, saying …": the act verb's subject, with its cue. A passive
 * ("the plan was criticized as", "criticized by Doe as") names who was judged, not who spoke: no statement here.
 */
export function actStatement(s: string): { text: string; offset: number; cue: string } | null {
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
