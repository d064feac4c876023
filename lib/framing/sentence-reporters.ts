// The reporter of a sentence of reported speech ("X noted that …", "according to X", "…, X revealed on Thursday."),
// and correction notices, which are the outlet's own text and no one's statement.
import { TITLE_STANDIN, titlesAsOneWord } from './quote-titles.js';
import { PART_ALT, VERB_ALT } from './speech-verbs.js';
import { actStatement, saidClause, verbClause } from './reported-clauses.js';
import { PASSIVE_BEFORE, attributionSpeaker, cleanSpeaker, cleanedAt } from './speaker-cleaning.js';
import { subjectBefore } from './clause-subjects.js';
import { trailingInverted } from './trailing-inverted.js';
import { relativeStatement } from './relative-statements.js';

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

/**
 * Every reporter of a sentence: its reporter (sentenceReporter) and, when the sentence joins clauses that each report
 * someone ("The government says …, but critics say …"; "Doe has said …, and Roe has said …"; "…; residents said …"),
 * the reporter of each such clause too, with the clause's range [`from`, `to`). One reporter per sentence kept the first
 * speaker only. A clause with no reporter of its own ("Doe, Roe, and Poe said …": the list's items) adds nobody.
 */
export function sentenceReporters(text: string, start: number, end: number): Reporter[] {
  const s = text.slice(start, end);
  const found = readReporters(text, start, end, s);
  // "Bannon, who said he left …, lashed out at …": the subject's statement is its relative only, unless the main clause
  // reports a statement of its own ("Doe, who said …, slammed the plan as reckless"; "The plan, which confirms …,
  // raises the stakes, and lawmakers said …")
  const rel = relativeStatement(s);
  const main = rel && found.some((r) => r.start >= start + rel.to || r.cue.split(' ')[0] !== rel.cue);
  if (rel && !main && !correctionNotice(s, rel.text))
    return [
      {
        text: rel.text.replace(/\u2024/g, '.'),
        start: start + rel.offset,
        cue: rel.cue,
        from: start + rel.from,
        to: start + rel.to,
      },
    ];
  return found.flatMap((r) => (r.from === undefined ? subordinateRange(s, start, r) : [r]));
}

/** A subordinator right before a subject: "when", "as", "a day after", "though". */
const SUBORDINATOR_START = /^(?:when|as|after|before|because|although|though|while|since|until|once|whereas)\s/i;

/**
 * Whether a statement range of `text` starting at `start` is a subordinate clause (subordinateRange): the voice of the
 * sentence around it is the writer's, not the speaker's.
 */
export function subordinateStatement(text: string, start: number): boolean {
  return SUBORDINATOR_START.test(text.slice(start, start + 12));
}

const SUBORDINATOR_END =
  /(?<![\p{L}])(?:when|as|after|before|because|although|though|while|since|until|once|whereas)\s+$/iu;

/**
 * A reporter whose subject a subordinator opens ("Loft 's remarks came as Ivo Doe said the talks would resume"; "So
 * when Ivo Doe says he will build a canal , it looks like a boondoggle"): its statement is the subordinate clause,
 * from the subordinator to the first comma after the subject (else the sentence's end); the main clause is the
 * writer's (`subordinateStatement` tells such a range). Other reporters are returned as they are.
 */
function subordinateRange(s: string, start: number, r: Reporter): Reporter[] {
  const at = r.start - start;
  const from = Math.max(0, at - 24);
  const sub = SUBORDINATOR_END.exec(s.slice(from, at));
  if (!sub) return [r];
  const comma = s.indexOf(',', at + r.text.length);
  // (a trailing attribution reports the clause before it: "The plan failed , as Ivo Doe noted .")
  const said = s
    .slice(at + r.text.length, comma < 0 ? s.length : comma)
    .trim()
    .split(/\s+/);
  if (said.length < 4) return [r];
  return [{ ...r, from: start + from + sub.index, to: start + (comma < 0 ? s.length : comma) }];
}

/** sentenceReporters without the relative's statement: the sentence's reporter, its relay, its clauses' reporters. */
function readReporters(text: string, start: number, end: number, s: string): Reporter[] {
  const first = sentenceReporter(text, start, end);
  if (!first || QUOTE_MARK.test(s)) return first ? [first] : [];
  // "Doe said the plan failed, Reuters reported" / "…, said Ana Doe, an analyst": Doe's statement, and the report of it
  const inv = trailingInverted(s);
  const own = inv && invertedVerbIsFirsts(s, first, start, inv);
  const tail =
    tailReporter(s, start) ?? (inv && !own ? { text: inv.text, start: start + inv.offset, cue: inv.cue } : null);
  const relayed = tail && tail.start !== first.start ? [first, tail] : [first];
  if (!CLAUSE_JOIN.test(s)) return relayed;
  const hits: Reporter[] = [];
  for (const [a, b] of joinedClauses(s)) {
    const r = sentenceReporter(text, start + a, start + b);
    // (a clause's subject: not a predicate after "but" with the subject left out, "…, but gave no details and said")
    if (r && SUBJECT_OPENING.test(r.text)) hits.push({ ...r, from: start + a, to: start + b });
  }
  if (hits.length < 2) return relayed;
  const out = [...relayed];
  for (const h of hits) if (!out.some((o) => o.start === h.start)) out.push(h);
  return out;
}
/**
 * Whether the verb the inverted reader took ("…, said the plan failed") is the first reporter's own: "Ana Doe, an
 * analyst at the Harbour Institute, said the plan certainly fails" and "Norland, which has denied any role, says the
 * envoy died in a fight" read the words after the verb as a speaker when they are what the subject said. It is the
 * subject's verb when the subject's cue is that verb and only one description or relative set off by commas, holding
 * no other instance of the verb, stands between them ("Lawyers have argued that …, said Ana Doe" keeps the name).
 */
function invertedVerbIsFirsts(
  s: string,
  first: Reporter,
  start: number,
  inv: { offset: number; cue: string },
): boolean {
  const verb = s.lastIndexOf(inv.cue, inv.offset);
  const end = first.start - start + first.text.length;
  if (end > verb || first.cue !== inv.cue) return false;
  const gap = s.slice(end, verb);
  return SET_OFF_ONLY.test(gap) && !new RegExp(`\\b${inv.cue}\\b`).test(gap);
}
/**
 * What stands between a subject and its verb when one description or relative is set off by commas and nothing else:
 * more commas may close the description and open a predicate ("Doe, the envoy, was meeting the generals, said an
 * aide"), which is no subject's.
 */
const SET_OFF_ONLY = /^\s*,[^,]*,\s*$/;
/** A reporter: the speaker as written, where it starts, its cue; for a clause's reporter, the clause's range. */
export interface Reporter {
  text: string;
  start: number;
  cue: string;
  from?: number;
  to?: number;
}
/** Where a sentence joins two clauses: ", but", ", and", ", while", ", whereas", ", yet", a semicolon. */
const CLAUSE_JOIN = /,\s+(?:but|and|while|whereas|yet)\s|;\s/;
/** How a clause's subject opens: a capital, a determiner or pronoun, a quantifier, or a plural noun ("critics"). */
const SUBJECT_OPENING =
  /^(?:\p{Lu}|(?:the|a|an|some|many|most|other|others|his|her|their|its|our|this|these|those|one|another|several|both|all|each|he|she|they|we|it|i|no)\b|\p{Ll}+(?<!ss)s\b(?!\s+(?:the|a|an|that|to|it|no)\b))/u;
/** A quote mark: a sentence with a quote is read with its quotes. */
const QUOTE_MARK = /["“”]|``|''/;
/** The clauses of sentence `s` split at CLAUSE_JOIN, each from after its joining word: [start, end) offsets. */
function joinedClauses(s: string): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(CLAUSE_JOIN.source, 'g');
  let from = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, s.length]);
  return out;
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

/**
 * A source cited between commas after the reporter, before its verb: ", citing an unnamed official ,"; ", according
 * to a transcript , (also) told" (the reporter speaks: the transcript is where the outlet read it).
 */
const CITING_SET_OFF =
  /,\s*(?:citing|according\s+to)\s[^,;:.!?"“”]{1,140},(?=\s*(?:also\s+)?(?:said|says|reported|reports|wrote|writes|told|tells|added|claimed|stated)\b)/g;

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
  const that = THAT_WORD.test(s) ? finiteThatClause(s) : null;
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
  const tail = tailReporter(s, start);
  // "Doe said the plan failed, Reuters reported": the clause before the attribution names its own speaker, who
  // speaks; the outlet relaying it is the sentence's second reporter (sentenceReporters)
  const inner = tail && innerReporter(s.slice(0, tail.start - start));
  if (tail && !inner) return tail;
  // "…, said Ana Doe, a professor of …": the name after the verb speaks, when no subject before it does
  const said = inner ?? saidClause(s) ?? verbClause(s) ?? trailingInverted(s);
  return said && { text: said.text, start: start + said.offset, cue: said.cue };
}

/** The reporter of a clause with its subject before the verb: "Doe said the plan failed" (no "that"). */
function innerReporter(s: string): { text: string; offset: number; cue: string } | null {
  const t = s.replace(/[\s,]+$/, '');
  return saidClause(t) ?? verbClause(t);
}

/** The attribution closing sentence `s` (at `start`): "…, a government source revealed on Thursday.", "…, sources told CNN 's Ana Doe." */
function tailReporter(s: string, start: number): Reporter | null {
  const tail = TRAILING_ATTRIBUTION.exec(s) ?? (TOLD_WORD.test(s) ? TRAILING_TOLD_INTERVIEWER.exec(s) : null);
  const after = tail
    ? tail[0].slice(tail[0].indexOf(tail[2], tail[0].indexOf(tail[1]) + tail[1].length) + tail[2].length)
    : '';
  const t = tail && !noTailSubject(tail[1], tail[2], after) && attributionSpeaker(tail[1]);
  return tail && t ? { text: t, start: start + cleanedAt(tail, t), cue: tail[2].toLowerCase() } : null;
}
/**
 * What follows a "continued" that goes on, not speaks: "to" ("airstrikes continued to pound the city"), a place or
 * span ("the protests continued in districts across the country", "clashes continued through the evening", "violence
 * continued on both sides"); "on" before a day may still close an attribution ("…, he continued on Monday").
 */
const CONTINUED_ON =
  /^\s+(?:to|in|into|across|through|throughout|at|until|unabated|despite|amid|along|around|near|over)\b|^\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/;
/** Verbs of TRAILING_ATTRIBUTION that are also plural nouns closing a list or a phrase ("…, and the Gulf states."). */
const NOUN_FORM = /^(?:states|claims|reports|notes)$/i;
/**
 * Whether the words before the closing verb are no attribution's subject: a passive ("…, his visa renewal was denied
 * ."), a quote's words (an opening pre-tokenised mark: "`` the most aggressive … claims ."; a closing one, "'' Doe said
 * .", is the quote's attribution), a list's last item or an example
 * ("…, and the Gulf states .", "…, including the governors of border states ."), a clause of time or cause ("…,
 * when the agency reported ."; "…, as X noted ." and "…, though X has denied ." are attributions), "continued to"
 * ("…, as airstrikes continued to pound the city ."; CONTINUED_ON). `after`: the words after the verb.
 */
function noTailSubject(group: string, verb: string, after: string): boolean {
  return (
    PASSIVE_BEFORE.test(group + ' ') ||
    /``/.test(group) ||
    /^\s*(?:including|such\s+as|especially|notably|like|while|when|after|before|because|if|since|until)\b/i.test(
      group,
    ) ||
    (/^continued$/i.test(verb) && CONTINUED_ON.test(after)) ||
    (NOUN_FORM.test(verb) && /^\s*(?:and|or|of|in)\b/i.test(group))
  );
}

/** "X noted that", "X told Iraqi media that": a reporting verb followed within a few words by "that". */
const THAT_CLAUSE = new RegExp(`\\b(${VERB_ALT}|${PART_ALT})\\b(?:\\s+[^\\s.,;:!?"“”]+){0,4}?\\s+that\\b`);
const THAT_CLAUSES = new RegExp(THAT_CLAUSE.source, 'g');
/** Before a verb of THAT_CLAUSE: an infinitive's "to" ("attempting to warn Iran that"): the verb has no subject of its own. */
const INFINITIVE_BEFORE = /\bto\s+$/;
/** Before a verb of THAT_CLAUSE: a relative not yet closed ("Doe , who still insists that …, claims that"). */
const OPEN_RELATIVE = /,\s*(?:who|which)\b[^,]*$/;

/**
 * The first THAT_CLAUSE match in `s` whose verb is finite and the sentence's: not an infinitive ("to argue that"), not
 * a plural noun with no subject before it ("The states argued that …": "states" is the subject's head, and the search
 * goes on just past it), and not inside a relative set off after the subject when a verb of the main clause follows
 * ("Doe , who still insists that …, claims that"; alone, the relative's verb is the reporter's: "…, the Russians , who
 * are insisting that"). Four at most.
 */
function finiteThatClause(s: string): RegExpExecArray | null {
  let relative: RegExpExecArray | null = null;
  THAT_CLAUSES.lastIndex = 0;
  for (let k = 0, m = THAT_CLAUSES.exec(s); m && k < 4; k++, m = THAT_CLAUSES.exec(s)) {
    const pre = s.slice(0, m.index);
    if (NOUN_FORM.test(m[1]) && !subjectBefore(pre)) {
      THAT_CLAUSES.lastIndex = m.index + m[1].length;
      continue;
    }
    if (INFINITIVE_BEFORE.test(pre.slice(-12))) continue;
    if (!OPEN_RELATIVE.test(pre.slice(-200))) return m;
    relative ??= m;
  }
  return relative;
}
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
/**
 * "…, a well-informed government source revealed on Thursday.", and as tokenised text writes it, the period spaced off
 * ("…, electrical flows have grown more chaotic , he said .").
 */
const TRAILING_ATTRIBUTION = new RegExp(
  `,\\s+([^,;:"“”]{2,80}?)\\s+(?:further\\s+|also\\s+)?(${VERB_ALT})(?:\\s+(?:on|in|earlier|late|last|this|to)\\b[^,.;:"“”]{0,40})?\\s*[.!]?[”"’]?\\s*$`,
);
/** "…, sources told CNN 's Ana Doe and Ivo Brenn.": a trailing attribution to an interviewer. */
const TRAILING_TOLD_INTERVIEWER = new RegExp(
  `,\\s+([^,;:"“”]{2,80}?)\\s+(?:also\\s+)?(told|tells)\\s+${INTERVIEWER}(?:\\s+(?:on|in|earlier|late|last|this)\\b[^,.;:"“”]{0,40})?\\s*[.!]?\\s*[”"’]?\\s*$`,
  'u',
);
