// Closed classes of words the mention scanners look for beside a name: determiners ("the Wall"), personal pronouns
// ("Who Pays" in a headline) and the marks that open a quotation.

export const OPEN_QUOTES = new Set(['"', '\u201C', '\u2018', "'", '(', '[', '\u00AB', '-', '\u2014', '\u2013']);
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'this',
  'that',
]);

/** Personal pronouns, some of which the stopword list leaves out ("us"). */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set('i me we us you he him she her it they them'.split(' '));
