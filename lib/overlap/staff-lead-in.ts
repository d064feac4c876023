// A writer of an outlet handed the text: "NPR 's Leila Fadel reports", "Washington Post columnist Robert Samuelson has
// reported", "Eliana Johnson of Politico has more :", and a lead-in that hands the text over ("More from Fox News :").
// Each is a citation of the outlet named: what follows is its journalist's reporting. The verbs are those of writing
// and reporting only: "CNN 's Jake Tapper said" may be a host speaking, and is left to the other readers.

/** Lowercase words naming an outlet's staff ("columnist", "White House correspondent" ends in one). */
const STAFF =
  '(?:correspondent|reporter|columnist|editor|writer|contributor|anchor|host|analyst|commentator|blogger)s?';
/** A person's name: one to four capitalised words ("Jonathan V. Last", "Barbara Plett Usher"), each bounded. */
const NAME = "(?:[A-Z][\\p{L}.'\\u2019-]{0,30}\\s+){1,4}";
/**
 * A verb of writing or reporting, with its auxiliary ("has reported", "also wrote", "has more", "points out"), or of a
 * writer setting out a view ("argues", "lays out", "offers his thoughts": what a columnist does in print).
 */
const REPORTS =
  '(?:(?:has|had|have)\\s+)?(?:also\\s+|first\\s+)?(?:reported|reports|wrote|writes|noted|notes|explains|explained|' +
  'revealed|observed|observes|points\\s+out|pointed\\s+out|argues|argued|contends|contended|opines|opined|' +
  'lays\\s+out|laid\\s+out|makes\\s+the\\s+case|made\\s+the\\s+case|offer(?:s|ed)\\s+(?:his|her|their|some|an?))\\b|' +
  'has\\s+(?:more|the\\s+(?:details|story))\\b';
/** After an outlet's name: its writer, possessive or named by a staff word, and a verb of reporting. */
const WRITER_AFTER = new RegExp(
  `^(?:\\s?['\\u2019]\\s?s?\\s+(?:(?:[a-z]+\\s+)?${STAFF}\\s+)?|\\s+(?:[a-z]+\\s+)?${STAFF}\\s+)(${NAME})(?:${REPORTS})`,
  'u',
);
/** Before an outlet's name: a person "of" or "at" it ("Eliana Johnson of Politico", "Tim Carney at the Examiner"). */
const WRITER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.'\\u2019-])(${NAME})(?:of|at)\\s+(?:the\\s+)?$`, 'u');
/** After a name a writer stands before: the verb of reporting. */
const REPORTS_AFTER = new RegExp(`^\\s+(?:${REPORTS})`, 'u');
/** A lead-in handing the text over, opening its sentence ("More from Fox News :"), and the colon after the name. */
const LEAD_IN_BEFORE =
  /(?:^|[.!?:;)\]]\s+|\n\s*)((?:More|Much more|Here(?:'s| ['\u2019]s| is) more|Read more|An excerpt|Excerpts?) from\s+(?:the\s+)?)$/;
const COLON_AFTER = /^\s*(?:\[[^\]\n]{0,40}\]\s*)?:/;

/**
 * A known medium's possessive, a person's name and any verb in the third person after it ("National Review 's Rich
 * Lowry makes Rubio out to be …", "CNN 's Jake Tapper pressed"): its own writer, host or show at work for it (a
 * nickname is no given name: "Rich"). The verb is no verb of saying or being (NOT_AT_WORK): "CNN 's Jake Tapper said" is left to the
 * other readers, as above; a plural noun before "of" is no verb ("showed the BBC 's Jonah Fisher photographs of …").
 */
const POSSESSIVE_PERSON = new RegExp(`^\\s?['\\u2019]\\s?s\\s+(${NAME})(\\p{Ll}{1,20}(?:s|ed))\\b(?!\\s+of\\b)`, 'u');
/** Verbs of saying and being after a person's name: what a host says is read by the speech readers, not here. */
const NOT_AT_WORK: ReadonlySet<string> = new Set(
  'said says asked asks told tells is was has does goes added adds stated states claimed claims declared declares'.split(
    ' ',
  ),
);

/** The span of POSSESSIVE_PERSON after a known medium's name ending at `end`, or null. */
function possessivePerson(text: string, start: number, end: number): LeadInSpan | null {
  const m = POSSESSIVE_PERSON.exec(text.slice(end, end + 160));
  if (!m || NOT_AT_WORK.has(m[2])) return null;
  return { start, end: end + m[0].length, writer: m[1].trim() };
}

/** A span of text around a name, [start, end), read as a citation of it. */
export interface LeadInSpan {
  start: number;
  end: number;
  /** the writer's name as written ("Leila Fadel"), for a writer's lead-in; absent for "More from X :" */
  writer?: string;
}

/**
 * The span of a writer's lead-in around the outlet name at [start, end): "NPR 's Leila Fadel reports", "Post columnist
 * Robert Samuelson has reported", "Eliana Johnson of Politico has more", "More from Fox News :"; null for none. With
 * `known` (a name the tables or corpus know as a medium's), its person at work too (POSSESSIVE_PERSON).
 */
export function writerLeadIn(text: string, start: number, end: number, known = false): LeadInSpan | null {
  const after = text.slice(end, end + 160);
  const own = WRITER_AFTER.exec(after);
  if (own) return { start, end: end + own[0].length, writer: own[1].trim() };
  const person = known ? possessivePerson(text, start, end) : null;
  if (person) return person;
  const before = text.slice(Math.max(0, start - 140), start);
  const verb = REPORTS_AFTER.exec(after);
  const writer = verb ? WRITER_BEFORE.exec(before) : null;
  if (verb && writer) return { start: start - writer[0].length, end: end + verb[0].length, writer: writer[1].trim() };
  const lead = LEAD_IN_BEFORE.exec(before);
  if (lead && COLON_AFTER.test(after)) return { start: start - lead[1].length, end };
  return null;
}
