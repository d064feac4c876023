// A group's named members as the subject of a statement: "some of the candidates -- Ana Doe , Ivo Brenn and Kira Loft
// said …", "a group of five senators including Ana Doe ( D. , Calif. ) , Ivo Brenn ( R. , Iowa ) and Kira Loft said
// …". The subject reader stops at the dash or reads the last name only; the list is who speaks (sources.ts splits it
// into its people). Pure.

/** A capitalised word of a name (a masked honorific period, \u2024, included: "Sen\u2024"). */
const WORD = "\\p{Lu}[\\p{L}\u2024'’.-]*";
/** A name: capitalised words, a place after "of" ("Cory Gardner of Colorado"), a tag in brackets after it. */
const NAME = `${WORD}(?:\\s+${WORD})*(?:\\s+of\\s+${WORD}(?:\\s+${WORD})?)?(?:\\s*\\([^()]{1,24}\\))?`;
/**
 * A dash or "including", then a list of two or more names closing on "and", then at most a closing dash: the text
 * before the statement's verb ends on it.
 */
const LIST_AFTER_OPENER = new RegExp(
  `(?:--|—|–|\\bincluding)\\s+(${NAME}(?:\\s*,\\s*${NAME})*\\s*,?\\s+(?:and|&)\\s+${NAME})\\s*(?:--|—|–)?\\s*$`,
  'u',
);

/**
 * The list of names after a dash or "including" that the text before a verb of saying ends on, as its text and offset
 * in `pre`; null when `pre` ends on no such list.
 */
export function listAfterOpener(pre: string): { text: string; offset: number } | null {
  if (!pre.includes(' and ') && !pre.includes(' & ')) return null;
  const m = LIST_AFTER_OPENER.exec(pre);
  return m ? { text: m[1], offset: m.index + m[0].indexOf(m[1]) } : null;
}
