// Reported that-clauses the verb readers of voice-clauses.ts miss: the that-clause of an infinitive's verb of saying
// ("groups opposing the reform to warn the American people that they are getting a bad deal": the groups' message),
// and a second that-clause of the same verb after a quoted word ("complained that the policy was `` horrific '' and
// that the rhetoric `` hurts us ''"). Offsets in the sentence text `s` (the doc's speakerText).

import { mainVerbAfter } from './voice-relatives.js';

/** Verbs of saying whose infinitive's that-clause is the infinitive's subject's message ("to warn … that"). */
const INFINITIVE_SAY =
  /(?<![\p{L}])to\s+(?:warn|tell|argue|claim|insist|assert|allege|charge|complain|remind|convince|persuade)\s+(?:[^\s,.;:!?"“”]+\s+){0,4}?that\s+(?=\p{L})/gu;
/**
 * Words before the infinitive that make it the writer's or nobody's ("It ’ s one thing to argue that", "you tend to
 * insist that", "it is fair to say that"): an extraposed "it", a generic or first-person subject, an adjective of
 * judging.
 */
const NOT_A_SUBJECT =
  /(?:^|\s)(?:it\s*(?:['’]\s*s|is|was|isn\s*['’]\s*t|is\s+n\s*['’]\s*t|would\s+be|will\s+be)|you|we|I|one|thing|fair|safe|easy|hard|enough|wrong|right)\s+(?:\S+\s+){0,3}$/iu;
/** A determiner's "that" ("to tell that story"): the word after "that" is followed by a stop or a preposition. */
const DETERMINER_THAT = /^\p{L}+\s*(?:[.,;:!?]|$|(?:of|to|in|on|for|with|about)\s)/u;

/**
 * The that-clauses of infinitives of saying with a subject of their own (INFINITIVE_SAY, not after NOT_A_SUBJECT),
 * each to the first comma or dash, the clause's end (`clauseEnd(s, at)`) or a second finite verb (the main verb of a
 * subject the infinitive is part of: voice-relatives.ts mainVerbAfter).
 */
export function infinitiveClauses(s: string, clauseEnd: (s: string, at: number) => number): [number, number][] {
  const out: [number, number][] = [];
  for (const m of s.matchAll(INFINITIVE_SAY)) {
    const at = m.index + m[0].length;
    if (NOT_A_SUBJECT.test(s.slice(Math.max(0, m.index - 60), m.index))) continue;
    if (DETERMINER_THAT.test(s.slice(at, at + 40))) continue;
    const cut = s.slice(at).search(/,|\s(?:—|--?)\s|—/u); // a comma or a dash: the writer's aside follows
    // "efforts to claim that the ferry is safe have been roundly mocked": the subject's main verb ends the clause
    const end = Math.min(clauseEnd(s, at), cut < 0 ? s.length : at + cut, mainVerbAfter(s, at));
    if (end - at >= 8) out.push([at, end]);
  }
  return out;
}

/** After a clause cut at a quote: the quoted word, its close, and "and that" opening the verb's next clause. */
const NEXT_THAT =
  /^\s*(?:``|["“])[^"“”`'\n]{1,60}(?:''|["”])\s*,?\s+and\s+that\s+(?!(?:is|was|would|will|has|means)\b)/u;

/**
 * The second that-clause of a verb of saying whose first clause (`clauses`, offsets in `s`) ends at a quoted word:
 * "… was `` horrific '' and that rule-of-law rhetoric `` hurts us ''": from after "and that" to `clauseEnd`.
 */
export function secondThatClauses(
  s: string,
  clauses: readonly [number, number][],
  clauseEnd: (s: string, at: number) => number,
): [number, number][] {
  const out: [number, number][] = [];
  for (const [, b] of clauses) {
    const m = NEXT_THAT.exec(s.slice(b, b + 120));
    if (!m) continue;
    const at = b + m[0].length;
    const end = clauseEnd(s, at);
    if (end - at >= 3) out.push([at, end]);
  }
  return out;
}
