// A statement inside the non-restrictive relative of a sentence's subject: "Bannon, who said he left on his own terms,
// lashed out at the party", "Doe, who has long argued that the levy is unfair, now wants a vote". The relative's speech
// is the subject's statement and covers the relative only; the main predicate after it ("lashed out at …") is the
// writer's narration of what the subject did. When the main verb is itself a verb of speech ("Doe, who still insists
// that …, claims that …") the whole sentence is the subject's and the usual readers take it.
// Pure: a sentence (the doc's speakerText) in, the subject, its offset, the cue and the relative's range out.
import { VERB_ALT, VERB_WORDS } from './speech-verbs.js';
import { subjectBefore } from './clause-subjects.js';

/** The subject, then ", who" or ", which", an auxiliary or adverbs at most, then a verb of speech. */
const SUBJECT_RELATIVE = new RegExp(
  `^(\\s*[^,;:"“”\`']{2,80}?)\\s*,\\s*(?:who|which)\\s+(?:(?:has|have|had)\\s+)?` +
    `(?:(?:\\p{Ll}+ly|still|also|long|once|often|later|recently|previously|first)\\s+){0,2}(${VERB_ALT})\\b`,
  'u',
);
/**
 * Where the main predicate resumes after the relative: a comma or a dash, maybe a closing quote mark, maybe an adverb,
 * then a finite verb (a word in -ed or -s, or an auxiliary or modal): ", lashed out", ", ” now wants", "-- would be".
 */
const MAIN_PREDICATE =
  /\s*(?:,|--|—|–)\s*(?:(?:[”"’]|'')\s*)?(?:(?:also|now|still|then|later|since|quickly|repeatedly|has|have|had)\s+)?(\p{Ll}{2,})\b/gu;
/** A finite verb's form (an auxiliary, a modal, or a word in -ed or -s that is no plural in -ss or -us). */
const FINITE =
  /^(?:is|was|are|were|has|had|have|will|would|can|could|should|must|may|might|did|does|\p{Ll}+ed|\p{Ll}+(?<![su])s)$/u;
/** Words after the comma that open no main predicate: a relative, a conjunction, a preposition, a determiner. */
const NO_PREDICATE = new Set(
  'who which that whose whom and or but as while when where if because since though although including its his her their the this these those its'.split(
    ' ',
  ),
);

/** A statement of the subject's relative, with its range [from, to) in the sentence. */
export interface RelativeStatement {
  text: string;
  offset: number;
  cue: string;
  from: number;
  to: number;
}

/**
 * The statement of a sentence whose subject's non-restrictive relative holds a verb of speech and whose main verb is
 * none ("Bannon, who said he left …, lashed out at …"): the subject speaks in the relative only; null otherwise (no
 * such relative, no main predicate found after it, or a main verb of speech).
 */
export function relativeStatement(s: string): RelativeStatement | null {
  if (!RELATIVE_HINT.test(s)) return null;
  const m = SUBJECT_RELATIVE.exec(s);
  if (!m || NOT_A_SUBJECT.test(m[1]) || NO_STATEMENT.test(s.slice(m.index + m[0].length - m[2].length))) return null;
  const verbEnd = m.index + m[0].length;
  MAIN_PREDICATE.lastIndex = verbEnd;
  for (let p = MAIN_PREDICATE.exec(s); p; p = MAIN_PREDICATE.exec(s)) {
    const w = p[1];
    if (NO_PREDICATE.has(w) || !FINITE.test(w)) continue;
    if (VERB_WORDS.has(w)) return null; // "…, claims that …": the whole sentence is the subject's
    const subj = subjectBefore(m[1]);
    if (!subj || /^(?:it|this|that)$/i.test(subj.text)) return null;
    return { text: subj.text, offset: subj.offset, cue: m[2].toLowerCase(), from: 0, to: p.index };
  }
  return null;
}
/**
 * Words before the relative that make its antecedent no subject: a clause ("Those claims were met with skepticism among
 * some lawmakers, who said …"), a noun the antecedent is the object of ("Conversations with Ana Doe, who argued …").
 */
const NOT_A_SUBJECT =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|with|among|between|from|against|to|by)\b|\s\p{Ll}{3,}ed\b/u;
/**
 * A relative verb that states nothing: the request of an unnamed source ("who asked not to be named", "who asked to
 * remain anonymous") and a belief in something ("who believed in …").
 */
const NO_STATEMENT = /^(?:asked|requested|declined)\b|^believe[sd]?\s+in\b/;
/** What SUBJECT_RELATIVE cannot match without. */
const RELATIVE_HINT = /,\s*(?:who|which)\s/;
