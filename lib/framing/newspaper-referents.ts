// "The paper adds", "according to the newspaper": a newspaper speaking under its short name is the one the article
// named before ("The Times reported … The paper adds …"), read back from the speaker: the last name ending on a word
// newspapers are named with ("Times", "Post", "Daily Mail", "The Telegraph"). Pure over the doc's text.

/** "the paper", "the newspaper", "that paper": a newspaper by its short name. */
export const THE_NEWSPAPER = /^(?:the|that)\s+(?:news)?paper$/i;

/**
 * A newspaper's name: up to three capitalised words, then a word English newspaper names end on (a general list
 * written for the project, from newsroom knowledge), maybe "of" a place ("The Times of Israel"). Case-sensitive.
 */
const NEWSPAPER_NAME =
  /(?<![\p{L}])(?:\p{Lu}[\p{L}.&'’-]*[ \t]+){0,3}(?:Times|Post|Journal|Gazette|Herald|Tribune|Telegraph|Chronicle|Dispatch|Bee|Mail|Courier|Inquirer|Enquirer|Examiner|Ledger|Mirror|Sentinel|Bulletin|Guardian|Globe|Haaretz)(?:[ \t]+of[ \t]+\p{Lu}\p{L}+)?(?![\p{L}])/gu;

/** A possessive right after a name, as written or tokenised ("Post's", "Post 's"). */
const POSSESSIVE_NEXT = /^\s?['’]\s?s\b/;

/** How far back a newspaper's name is looked for (characters): a few paragraphs. */
const LOOK_BACK = 2500;

/**
 * The last newspaper name written in `text` before `at` (within LOOK_BACK characters) and not
 * followed by a possessive, with its offsets in `text`, a leading "The" dropped; null when none is.
 */
export function newspaperBefore(text: string, at: number): { name: string; start: number; end: number } | null {
  const from = Math.max(0, at - LOOK_BACK);
  let last: RegExpExecArray | null = null;
  NEWSPAPER_NAME.lastIndex = 0;
  const window = text.slice(from, at);
  for (let m = NEWSPAPER_NAME.exec(window); m; m = NEWSPAPER_NAME.exec(window))
    // (a paper's possessive names its staff or pages, not a source: "The Washington Post 's Tehran bureau chief")
    if (!POSSESSIVE_NEXT.test(window.slice(NEWSPAPER_NAME.lastIndex, NEWSPAPER_NAME.lastIndex + 4))) last = m;
  if (!last) return null;
  const lead = /^(?:The|the)[ \t]+/.exec(last[0])?.[0].length ?? 0;
  const name = last[0].slice(lead);
  return name ? { name, start: from + last.index + lead, end: from + last.index + last[0].length } : null;
}
