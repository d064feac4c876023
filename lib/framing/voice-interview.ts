// Interviews printed as questions and answers without labels or quote marks: the interviewer's question in a
// paragraph of its own ("Do you feel like you have been targeted?"), the interviewee's answer in the paragraphs after
// it ("When you look at the television … then yes."). The answers are the interviewee's words, not the outlet's; the
// article says it prints an interview ("Our conversation has been edited for length and clarity", "The following
// transcripts have been condensed"), which keeps a columnist's rhetorical questions and first-person replies the
// columnist's own. Read as quotes without a written speaker (voice-posts.ts).
import type { Doc } from '../types.js';
import { firstPerson } from '../text/block-lead.js';

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
 * The answers of an interview printed without labels, as paragraph spans [start, end): after each question paragraph,
 * the paragraphs in the first person up to the next question (a pull quote between them is passed over); a paragraph
 * not in the first person ends the answer (narration introducing the next interviewee: "Doe is a 42-year-old …").
 * Only after a paragraph that notes the edited interview, and none unless three questions or more are answered in
 * the first person.
 */
export function interviewAnswers(doc: Doc): [number, number][] {
  const paras = doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));
  const note = paras.findIndex((p) => EDITED_NOTE.test(p));
  if (note < 0) return [];
  const questions = paras.map((p, i) => i > note && isQuestion(p));
  const out: [number, number][] = [];
  let answered = 0;
  for (let i = note + 1; i < paras.length; i++) {
    if (!questions[i]) continue;
    let took = false;
    for (let k = i + 1; k < paras.length && !questions[k]; k++) {
      if (OPENS_QUOTE.test(paras[k])) continue;
      if (!firstPerson(paras[k])) break;
      out.push([doc.paragraphs[k].start, doc.paragraphs[k].end]);
      took = true;
    }
    if (took) answered++;
  }
  return answered >= MIN_QUESTIONS ? out : [];
}
