// Interviews printed as questions and answers without labels or quote marks: the interviewer's question in a
// paragraph of its own ("Do you feel like you have been targeted?"), the interviewee's answer in the paragraphs after
// it ("When you look at the television … then yes."). The answers are the interviewee's words, not the outlet's; the
// article says it prints an interview ("Our conversation has been edited for length and clarity", "The following
// transcripts have been condensed"), which keeps a columnist's rhetorical questions and first-person replies the
// columnist's own. Read as quotes without a written speaker (voice-posts.ts).
import type { Doc } from '../types.js';
import { firstPerson } from '../text/block-lead.js';
import { fullNamesOf, paragraphInterviewee, type Interviewee } from './interviewees.js';

/** A paragraph that says the article prints an interview, edited: "edited for clarity", "condensed". */
const EDITED_NOTE =
  /\b(?:interview|conversation|exchange|transcripts?|Q&A|discussion)s?\b[^\n]{0,120}\b(?:edited|condensed)\b|\b(?:edited|condensed)\b[^\n]{0,60}\b(?:length|clarity|brevity)\b/i;

/** A question to the interviewee: a short paragraph that ends in a question mark and speaks to "you". */
const QUESTION_LEN = 400;
const TO_YOU = /\b(?:you|your|you're|you've)\b/i;
/** A paragraph opened by a quote mark: a pull quote between answers, quoted already. */
const OPENS_QUOTE = /^\s*(?:``|["\u201C\u2018'])/;

/** How many questions answered in the first person make an interview. */
const MIN_QUESTIONS = 3;

/** How many narration paragraphs before a question are read for the interviewee's name. */
const NAMING_PARAGRAPHS = 3;

/** An answer of an interview: its paragraph span [start, end) and who gives it (null when the text names no one). */
export interface InterviewAnswer {
  span: [number, number];
  interviewee: Interviewee | null;
}

/** The first sentence of a paragraph, to its first stop (bounded: a paragraph without stops is read whole). */
const FIRST_SENTENCE = /^[^.?!]*[.?!]?/;

/**
 * A question paragraph: short, to "you", not opened by a quote mark, ending in a question mark or opening with a
 * question not in the first person ("What are your thoughts on the ban ? I know Senegal was n't on the list .").
 */
function isQuestion(p: string): boolean {
  const t = p.trim();
  if (t.length > QUESTION_LEN || !TO_YOU.test(t) || OPENS_QUOTE.test(t)) return false;
  if (t.endsWith('?')) return true;
  // an answer may open with a question of its own ("I keep renewing it , and you wonder , will they let me ?")
  const first = FIRST_SENTENCE.exec(t)![0];
  return first.endsWith('?') && !firstPerson(first);
}

/**
 * The answers of an interview printed without labels: after each question paragraph, the paragraphs in the first
 * person up to the next question (a pull quote between them is passed over); a paragraph not in the first person ends
 * the answer (narration introducing the next interviewee: "Doe is a 42-year-old …"). Only after a paragraph that
 * notes the edited interview, and none unless three questions or more are answered in the first person. Each answer is
 * given to the person the narration before its questions names (interviewees.ts): read again after every stretch of
 * narration, so each of several interviewees answers their own questions.
 */
export function interviewAnswers(doc: Doc): InterviewAnswer[] {
  const paras = doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));
  const note = paras.findIndex((p) => EDITED_NOTE.test(p));
  if (note < 0) return [];
  const questions = paras.map((p, i) => i > note && isQuestion(p));
  const answer = paras.map(() => false);
  const names = fullNamesOf(doc);
  const out: InterviewAnswer[] = [];
  let answered = 0;
  let interviewee: Interviewee | null = null;
  for (let i = note + 1; i < paras.length; i++) {
    if (!questions[i]) continue;
    interviewee = narrationNames(doc, i, note, questions, answer, names) ?? interviewee;
    let took = false;
    for (let k = i + 1; k < paras.length && !questions[k]; k++) {
      if (OPENS_QUOTE.test(paras[k])) continue;
      if (!firstPerson(paras[k])) break;
      out.push({ span: [doc.paragraphs[k].start, doc.paragraphs[k].end], interviewee });
      answer[k] = took = true;
    }
    if (took) answered++;
  }
  return answered >= MIN_QUESTIONS ? out : [];
}

/**
 * The person the narration just before question paragraph `q` names: the nearest of up to NAMING_PARAGRAPHS narration
 * paragraphs back that names someone, passing over the interview's note and first-person paragraphs (the
 * interviewee's own words before the questions, "I am a Senegalese woman …", name others; so does the interviewer's
 * "I spoke to …"), not going back past an answer or a question, nor more than twice NAMING_PARAGRAPHS paragraphs. Null
 * after no narration (the same interviewee goes on).
 */
function narrationNames(
  doc: Doc,
  q: number,
  note: number,
  questions: readonly boolean[],
  answer: readonly boolean[],
  names: ReturnType<typeof fullNamesOf>,
): Interviewee | null {
  let read = 0;
  for (let k = q - 1; k >= 0 && k >= q - 2 * NAMING_PARAGRAPHS && !questions[k] && !answer[k]; k--) {
    const p = doc.paragraphs[k];
    if (k === note || firstPerson(doc.text.slice(p.start, p.end))) continue;
    const found = paragraphInterviewee(doc, p.start, p.end, names);
    if (found) return found;
    if (++read >= NAMING_PARAGRAPHS) break;
  }
  return null;
}
