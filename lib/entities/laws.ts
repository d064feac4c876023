// Laws and named documents: acts, bills, treaties, accords, resolutions, amendments, agreements, constitutions,
// declarations, charters and protocols. The project's type set has no type of their own: they are 'event' (see
// types.ts: "a named event, competition, war or law"), named but no actor and no place, whatever words open them.

/** Last words that always close a law's name: no organisation's or person's name ends in them. */
const ALWAYS_LAW: ReadonlySet<string> = new Set(['act', 'acts', 'treaty', 'accord', 'accords', 'amendment']);

/**
 * Last words that close a law's or a document's name unless an "of"/"for"/"on"/"the" stands right before them
 * ("School of Law", "Center for Law", "Institute on Law", "Rule of Law", "Outside the Law") or a name opens with a given name ("Robert Law").
 */
const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'law',
  'laws',
  'bill',
  'resolution',
  'agreement',
  'constitution',
  'declaration',
  'charter',
  'protocol',
  // a government's rules of one kind ("Migrant Protection Protocols")
  'protocols',
]);

/** Words between a body's head and its subject ("School of Law", "Center for Law", "Institute on Law"). */
const BODY_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'on']);

/** Heads that take an "of"/"on" complement after them: "Treaty of Versailles", "Declaration of Independence",
 * "Charter of Rights", "Bill of Rights", "Resolution on ...". */
export const LAW_OF_HEADS: ReadonlySet<string> = new Set([
  'bill',
  'treaty',
  'declaration',
  'charter',
  'protocol',
  'resolution',
]);

/** A law's head alone ("the Act", "the Treaty"): a law the article named in full, or, with no determiner before it,
 * a verb or a common noun capitalised in a headline or a tweet ("Obama Will Act", "Congress Must Act"). */
export function loneLawHead(norm: string): boolean {
  return ALWAYS_LAW.has(norm);
}

/** Words that end the name a lookahead over a title reads ("Defense of Marriage Act"). Not "bill", also a given name
 * ("Kirsten Gillibrand of New York and New York City Mayor Bill de Blasio"). */
export function closesLawTitle(norm: string): boolean {
  return ALWAYS_LAW.has(norm) || norm === 'agreement' || norm === 'resolution';
}

/**
 * The law head of a name of two or more words (its norms), or '' when it names no law: "Defense of Marriage Act",
 * "U.S. Constitution", "Senate Bill", "War Powers Resolution", "Treaty of Versailles"; not "School of Law", "Robert
 * Law", "Supporters of Islamic Law" (a body before "of" heads it). `personStart` says a word opens a person's name.
 */
export function lawHead(
  norms: readonly string[],
  personStart: (w: string) => boolean,
  bodyHead: (w: string) => boolean,
): string {
  const n = norms.length;
  if (n < 2) return '';
  const last = norms[n - 1];
  if (ALWAYS_LAW.has(last)) return last;
  for (let k = 0; k + 1 < n; k++) {
    const next = norms[k + 1];
    if (LAW_OF_HEADS.has(norms[k]) && (next === 'of' || next === 'on' || next === 'for')) return norms[k];
  }
  if (!DOCUMENT_HEADS.has(last)) return '';
  const before = norms[n - 2];
  if (before === 'of' || before === 'for' || before === 'on' || before === 'the' || (n === 2 && personStart(norms[0])))
    return '';
  for (let k = 1; k < n - 1; k++) if (BODY_JOINERS.has(norms[k]) && bodyHead(norms[k - 1])) return '';
  return last;
}
