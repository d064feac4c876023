// The reporter of a sentence of reported speech ("X noted that …", "according to X", "…, X revealed on Thursday."),
// and correction notices, which are the outlet's own text and no one's statement.
import { TITLE_STANDIN, titlesAsOneWord } from './quote-titles.js';
import { PART_ALT, VERB_ALT } from './speech-verbs.js';
import { actStatement, saidClause, verbClause } from './reported-clauses.js';
import { attributionSpeaker, cleanSpeaker, cleanedAt } from './speaker-cleaning.js';
import { subjectBefore } from './clause-subjects.js';

export const ACCORDING = /\baccording\s+to\s+([^,;:"“”«»\n]{2,140}?)(?=\s*[,;:]|\s*$)/i;
/**
 * The reporter of a sentence of reported speech, if any: "X noted that …", "according to X", "…, X revealed on
 * Thursday." `text` is the doc's speakerText (the doc's own text reads "Mr." as the end of a sentence).
 */
export function sentenceReporter(
  text: string,
  start: number,
  end: number,
): { text: string; start: number; cue: string } | null {
  const r = reporterIn(text, start, end);
  if (r && correctionNotice(text.slice(start, end), r.text)) return null;
  return r && r.text.includes('\u2024') ? { ...r, text: r.text.replace(/\u2024/g, '.') } : r;
}

/** A correction's label opening a sentence: "Correction:", "* CORRECTION :", "Clarification:", "Editor's note:". */
const CORRECTION_LABEL = /^[\s*]*(?:correction|clarification|editor['’]s\s+note)\s*:/i;
/** The article's own text as a subject: "An earlier version of this article", "this sentence", "The headline". */
const OWN_TEXT_SUBJECT =
  /\b(?:(?:earlier|previous|prior|original)\s+(?:version|draft)|this\s+(?:article|story|piece|sentence|headline|paragraph))\b/i;

/**
 * Whether a sentence with the reporter `subject` is a correction notice ("An earlier version of this article
 * incorrectly said …", "Correction: The piece had noted …"): the outlet correcting its own text, no one's statement.
 */
function correctionNotice(s: string, subject: string): boolean {
  return CORRECTION_LABEL.test(s) || OWN_TEXT_SUBJECT.test(subject);
}

/** A source cited between commas after the reporter: ", citing an unnamed official ,". */
const CITING_SET_OFF =
  /,\s*citing\s[^,;:.!?"“”]{1,140},(?=\s*(?:said|says|reported|reports|wrote|writes|told|tells|added|claimed|stated)\b)/g;

/** sentenceReporter on the masked text: the speaker as written there. */
function reporterIn(text: string, start: number, end: number): { text: string; start: number; cue: string } | null {
  // "Reuters, citing sources familiar with the plan, said …": the source cited is the reporter's, blanked (same length)
  const s = text.slice(start, end).replace(CITING_SET_OFF, (m) => ' '.repeat(m.length));
  // a programme's title in quote marks is a name: "Doe told “Morning Harbour” the plan …" reports Doe's words; a
  // reporter read across the title's stand-in word is no phrase of the text: the sentence is read as written
  const titled = titlesAsOneWord(s);
  const r = titled === s ? null : readReporter(titled, start);
  return r && !titled.slice(r.start - start, r.start - start + r.text.length).includes(TITLE_STANDIN)
    ? r
    : readReporter(s, start);
}

/** The reporter of sentence `s` (of the masked text, starting at `start`), with its cue. */
function readReporter(s: string, start: number): { text: string; start: number; cue: string } | null {
  const acc = ACCORDING.exec(s);
  if (acc) {
    const t = cleanSpeaker(acc[1]);
    if (t) return { text: t, start: start + cleanedAt(acc, t), cue: 'according to' };
  }
  const that = THAT_WORD.test(s) ? THAT_CLAUSE.exec(s) : null;
  if (that) {
    const subj = subjectBefore(s.slice(0, that.index));
    if (subj && !/^(?:it|this)$/i.test(subj.text))
      return { text: subj.text, start: start + subj.offset, cue: that[1].toLowerCase() + ' that' };
  }
  // "Doe told CNN 's Ivo Brenn on “Morning Harbour” Monday … that …": the interviewer and the programme are the channel
  const told = THAT_WORD.test(s) && TOLD_WORD.test(s) ? TOLD_INTERVIEWER_THAT.exec(s) : null;
  const toldBy = told && subjectBefore(s.slice(0, told.index));
  if (told && toldBy && !/^(?:it|this)$/i.test(toldBy.text))
    return { text: toldBy.text, start: start + toldBy.offset, cue: told[1].toLowerCase() + ' that' };
  const act = actStatement(s);
  if (act) return { text: act.text, start: start + act.offset, cue: act.cue };
  const tail = TRAILING_ATTRIBUTION.exec(s) ?? (TOLD_WORD.test(s) ? TRAILING_TOLD_INTERVIEWER.exec(s) : null);
  if (tail) {
    const t = attributionSpeaker(tail[1]);
    if (t) return { text: t, start: start + cleanedAt(tail, t), cue: tail[2].toLowerCase() };
  }
  const said = saidClause(s) ?? verbClause(s);
  return said && { text: said.text, start: start + said.offset, cue: said.cue };
}

/** "X noted that", "X told Iraqi media that": a reporting verb followed within a few words by "that". */
const THAT_CLAUSE = new RegExp(`\\b(${VERB_ALT}|${PART_ALT})\\b(?:\\s+[^\\s.,;:!?"“”]+){0,4}?\\s+that\\b`);
/** What THAT_CLAUSE cannot match without (its "\s+that\b"): most sentences fail this quick test, not the verb list at every word. */
const THAT_WORD = /\sthat\b/i;
/**
 * A channel's possessive and the name of its interviewer, who is told: "CNN 's Jake Tapper", "Fox News ’ Ana Doe", "CBS
 * ’ s Ivo Brenn and Kira Loft". The name is the channel's reporter, no speaker.
 */
const INTERVIEWER =
  "(?:the\\s+)?(?:\\p{Lu}[\\p{L}\\p{N}&.\u2024-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{N}&.\u2024-]*\\s*['’]\\s?s?\\s+" +
  "\\p{Lu}[\\p{L}'’.\u2024-]*(?:\\s+\\p{Lu}[\\p{L}'’.\u2024-]*){0,2}(?:\\s+and\\s+\\p{Lu}[\\p{L}'’.\u2024-]*(?:\\s+\\p{Lu}[\\p{L}'’.\u2024-]*){0,2})?";
/**
 * "told CNN 's Jake Tapper on show Monday in an interview that": "told", an interviewer, then what places the interview
 * (a programme, a time, the occasion: at most 16 words, no clause mark) before "that". THAT_CLAUSE allows four words.
 */
const TOLD_INTERVIEWER_THAT = new RegExp(
  `\\b(told|tells)\\s+${INTERVIEWER}(?:\\s+[^\\s.,;:!?"“”]+){0,16}?\\s+that\\b`,
  'u',
);
/** What TOLD_INTERVIEWER_THAT cannot match without. */
const TOLD_WORD = /\bt(?:old|ells)\s/;
/** "…, a well-informed government source revealed on Thursday." */
const TRAILING_ATTRIBUTION = new RegExp(
  `,\\s+([^,;:"“”]{2,80}?)\\s+(?:further\\s+|also\\s+)?(${VERB_ALT})(?:\\s+(?:on|in|earlier|late|last|this|to)\\b[^,.;:"“”]{0,40})?[.!]?[”"’]?\\s*$`,
);
/** "…, sources told CNN 's Ana Doe and Ivo Brenn.": a trailing attribution to an interviewer. */
const TRAILING_TOLD_INTERVIEWER = new RegExp(
  `,\\s+([^,;:"“”]{2,80}?)\\s+(?:also\\s+)?(told|tells)\\s+${INTERVIEWER}(?:\\s+(?:on|in|earlier|late|last|this)\\b[^,.;:"“”]{0,40})?\\s*[.!]?\\s*[”"’]?\\s*$`,
  'u',
);
