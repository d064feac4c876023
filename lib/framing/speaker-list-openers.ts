// A group's named members as the subject of a statement: "some of the candidates -- Ana Doe , Ivo Brenn and Kira Loft
// said …", "a group of five senators including Ana Doe ( D. , Calif. ) , Ivo Brenn ( R. , Iowa ) and Kira Loft said
// …". The subject reader stops at the dash or reads the last name only; the list is who speaks (sources.ts splits it
// into its people). Pure.

/** A capitalised word of a name (a masked honorific period, \u2024, included: "Sen\u2024"). */
const WORD = "\\p{Lu}[\\p{L}\u2024'’.-]*";
/** A name: capitalised words, a place after "of" ("Cory Gardner of Colorado"), a tag in brackets after it. */
const NAME = `${WORD}(?:\\s+${WORD})*(?:\\s+of\\s+${WORD}(?:\\s+${WORD})?)?(?:\\s*\\([^()]{1,24}\\))?`;
/**
 * A dash (spaced or not: "three of them—Sens . Doe …") or "including", then a list of two or more names closing on
 * "and", then at most a closing dash and an auxiliary or adverb ("—have said", "— also said"): the text before the
 * statement's verb ends on it.
 */
const LIST_AFTER_OPENER = new RegExp(
  `(?:--|—|–|\\bincluding\\s)\\s*(?:\\p{Lu}\\p{L}*\\s*[.\u2024]\\s+)?(${NAME}(?:\\s*,\\s*${NAME})*\\s*,?\\s+(?:and|&)\\s+${NAME})\\s*(?:--|—|–)?(?:\\s*\\b(?:have|has|had|also|both|all|each|would|will|may|might))*\\s*$`,
  'u',
);

/** A list of names opening the text and closed by a dash ("Ana Doe ( R. ) , Ivo Brenn and Kira Loft —have"). */
const LIST_BEFORE_DASH = new RegExp(
  `^\\s*(${NAME}(?:\\s*,\\s*${NAME})*\\s*,?\\s+(?:and|&)\\s+${NAME})\\s*(?:--|—|–)(?:\\s*\\b(?:have|has|had|also|both|all|each|would|will|may|might))*\\s*$`,
  'u',
);

/**
 * The list of names after a dash or "including" that the text before a verb of saying ends on, as its text and offset
 * in `pre`; null when `pre` ends on no such list.
 */
export function listAfterOpener(pre: string): { text: string; offset: number } | null {
  if (!pre.includes(' and ') && !pre.includes(' & ')) return null;
  const m = LIST_AFTER_OPENER.exec(pre) ?? LIST_BEFORE_DASH.exec(pre);
  return m ? { text: m[1], offset: m.index + m[0].indexOf(m[1]) } : null;
}

/**
 * A party and state tag set off by a comma after a name: ", R-Ariz.", ", D-N.Y." (the masked periods, \u2024, too), or
 * the run of blanks the speaker text leaves of one (speaker-text.ts blanks set-off tags).
 */
const COMMA_TAG = '(?:\\s*,\\s*[RDI]-[\\p{L}.\u2024]{1,12}|\\s{3,})';
/** The opening of an appositive of a list's people: "members of …", "the authors of …", "both …". */
const GROUP_APPOSITIVE =
  '(?:the|a|an|both|all|two|three|four|members?|leaders?|authors?|architects?|sponsors?|co-sponsors?|heads?|chairm[ae]n)\\s';

/**
 * People each with a party tag set off by commas, joined by "and", maybe an appositive of them all after ("Sen. Ana
 * Doe , R-Val. , and Sen. Ivo Brenn , D-Orl. , members of the panel ,"): the text before a verb of saying ends on it.
 */
const TAGGED_COMMA_LIST = new RegExp(
  `(${NAME})${COMMA_TAG}(?:\\s*,\\s*${NAME}${COMMA_TAG})*\\s*,\\s*(?:and|&)\\s+${NAME}${COMMA_TAG}` +
    `(\\s*,\\s*${GROUP_APPOSITIVE}[^,;:!?"“”]{0,140})?[\\s,]*$`,
  'u',
);

/**
 * The first person of a list of people with party tags set off by commas that the text before a verb of saying ends on
 * (TAGGED_COMMA_LIST), as its text and offset in `pre` (sources.ts widens a phrase to the list it opens and splits it:
 * the speaker text blanks the tags, so the list's own words are not all here), and whether an appositive follows it;
 * null when `pre` ends on no such list.
 */
export function taggedCommaList(pre: string): { text: string; offset: number; appositive: boolean } | null {
  if (!/,\s*(?:and|&)\s/.test(pre)) return null;
  const m = TAGGED_COMMA_LIST.exec(pre);
  return m ? { text: m[1], offset: m.index, appositive: !!m[2] } : null;
}
