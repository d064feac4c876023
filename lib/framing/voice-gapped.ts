// Reported speech without quote marks whose clause has no "that" and no subject of its own: a relative or "what"
// before a speaker and a verb of saying ("an order which he insisted did not amount to amnesty", "what they argued was
// a bad bill", "what they called amnesty"), and a comparison the speaker draws ("Doe likened the levy to a betrayal").
// The words after the verb (after "to" for a comparison) are the speaker's, to the clause's end. The reported-clause
// reader (lib/framing/voice-clauses.ts) adds these clauses to the ones after verbs of speech.

/** Third-person speakers: a pronoun, a name of up to three capitalised words, a plural noun of people. */
const SPEAKER =
  "(?:he|she|they|(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}|(?:the\\s+|some\\s+|many\\s+)?" +
  '(?:officials|critics|opponents|supporters|advocates|lawmakers|conservatives|liberals|activists|experts|analysts))';
/** Verbs of saying whose gapped clause opens with its verb ("which he insisted did not …", "what they argued was …"). */
const SAY =
  'said|says|insisted|insists|claimed|claims|argued|argues|contended|contends|maintained|maintains|alleged|alleges';
/** Verbs of naming: the complement after them is the speaker's name for the thing ("what they called amnesty"). */
const NAME = 'called|calls|termed|terms|dubbed|dubs|labeled|labelled|branded';
/** "which he insisted", "what they called": a relative or "what", the speaker, maybe an auxiliary or adverb, the verb. */
const GAPPED = new RegExp(
  `\\b(?:what|which|that)\\s+${SPEAKER}\\s+(?:(?:has|have|had|also|\\p{Ll}+ly)\\s+)?(?:(?<say>${SAY})|(?<name>${NAME}))\\s+`,
  'gu',
);
/** A gapped clause's first word: an auxiliary, a negation, a verb in -ed or -s ("did not", "was", "admitted"). */
const GAP_OPEN =
  /^(?:(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|must|did|does|do|amounted|amounts)\b|(?:not|never)\s|\p{Ll}{3,}ed\b|to\s+be\b)/u;
/** "Doe likened the levy to …", "compares the deal to …": a comparison's verb, its object (one to sixteen words, a quote's marks among them), "to". */
const LIKENED =
  /(?<pre>\S{1,40})\s+(?:likened|likens|compared|compares)\s+(?:[^\s,.;:!?]+\s+){1,16}?to\s+(?!(?:be|do|have|make)\b)/gu;
/** Words before a comparison's verb that make it no speaker's: a passive, "when", a modal of the writer. */
const NOT_A_COMPARER = /^(?:is|was|are|were|be|been|being|when|if|as|than|i|we|you|to|often|sometimes|unfavorably)$/i;

/** A dash set off by spaces: the writer's aside after a comparison ("… to Nixon -- a leader who …"). */
const DASH = /\s(?:--|—|–)\s/;

/**
 * The gapped reported clauses of sentence `s` (GAPPED, LIKENED): [start, end) offsets in `s`, each to `clauseEnd(s, at)`
 * (the caller's: a comma ends it) or a dash set off by spaces.
 */
export function gappedClauses(s: string, clauseEnd: (s: string, at: number) => number): [number, number][] {
  const out: [number, number][] = [];
  if (/\b(?:what|which|that)\s/.test(s))
    for (const m of s.matchAll(GAPPED)) {
      const at = m.index + m[0].length;
      if (m.groups!.say && !GAP_OPEN.test(s.slice(at))) continue;
      const end = clauseEnd(s, at);
      if (end - at >= 3) out.push([at, end]);
    }
  if (/\b(?:likened|likens|compared|compares)\s/.test(s))
    for (const m of s.matchAll(LIKENED)) {
      if (NOT_A_COMPARER.test(m.groups!.pre)) continue;
      const at = m.index + m[0].length;
      const end = clauseEnd(s, at);
      const dash = s.slice(at, end).search(DASH);
      if (end - at >= 3) out.push([at, dash > 0 ? at + dash : end]);
    }
  return out;
}
