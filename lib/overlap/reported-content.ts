// Rule 1 of the passage kinds, by reported speech: a short phrase inside what a sentence reports someone said ("the memo
// said that ...") is the speaker's wording, which survived in both paraphrases.
import { reportedSpeech } from './attribution.js';
import { QUOTED_SOURCE } from './quoted-share.js';

/**
 * A passage in reported speech is the third party's wording only when it is at most this share of the words the cue
 * reports: a phrase that survived in two paraphrases. The whole paraphrase shared is one outlet's sentence, copied.
 */
export const REPORTED_PART = 0.6;
/**
 * ... and it starts at most this many words after the "that" (a subject and an apposition): further on, the sentence
 * has often left the report ("Sessions, who argued that Congress ... law, helped persuade the president").
 */
export const REPORTED_GAP = 8;

/**
 * One side reports the passage as someone's speech: QUOTED_SOURCE of it follows "<speech verb> (up to 4 words) that"
 * in its sentence ("the memo said that ...", "Clinton told reporters that ..."), active voice, and it stays inside
 * that sentence and is a short part (REPORTED_PART) of what the sentence reports.
 */
export function reportedContent(text: string, span: readonly [number, number]): string | null {
  const [s, e] = span;
  const r = reportedSpeech(text, span);
  if (!r || e - Math.max(s, r.at) < QUOTED_SOURCE * (e - s) || /[\p{L}\p{N}]/u.test(text.slice(r.end, e))) return null;
  const count = (a: number, b: number) =>
    text
      .slice(a, b)
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const part = count(Math.max(s, r.at), e),
    of = count(r.at, r.end);
  if (part > REPORTED_PART * of || count(r.at, Math.max(s, r.at)) > REPORTED_GAP) return null;
  return `reported speech: ${part} of the ${of} words reported after \u201C${r.cue}\u201D`;
}
