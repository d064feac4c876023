// An attribution set off inside a sentence: "All the applicants have to do , Ana Doe said , is allege abuse". The
// sentence readers (sentence-reporters.ts) find a reporter before its statement or after it at the sentence's end;
// one set off by commas in the middle splits the statement in two, and both halves are the speaker's. The
// reported-clause reader (lib/framing/voice-clauses.ts) adds these clauses to the ones after verbs of speech.

/** ", Ana Doe said ,", ", he argued ,", ", said Doe ,": a speaker of up to four words and a verb of saying, set off. */
const SET_OFF = new RegExp(
  "(,\\s+)(?:(?:he|she|they|(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,3}[\\p{L}.'’-]+)\\s+(?:has\\s+|had\\s+)?" +
    '(?:said|says|argued|argues|added|adds|insisted|insists|noted|notes|claimed|claims|wrote|writes|explained|explains|warned|warns)' +
    "|(?:said|says|added|wrote|argued)\\s+(?:\\p{Lu}[\\p{L}.'’-]*)(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})\\s*,\\s+",
  'gu',
);
/**
 * What opens a phrase after the attribution that does not go on with the statement: an appositive (a determiner, a
 * relative, a name), a phrase of time or place, a participle of the desk's ("citing", "adding").
 */
const NO_CONTINUATION =
  /^(?:a|an|the|who|whose|which|one|his|her|their|its|on|in|at|during|after|before|when|while|according|adding|noting|citing|referring|speaking|\p{Lu})/u;
/** Space and closing marks opening a sentence. */
const LEAD = /^[\s”"’']*/;
/** A quick test most sentences fail: a comma, a verb of saying, a comma. */
const HINT =
  /,\s[^,]{0,60}\b(?:said|says|argued|argues|added|adds|insisted|insists|noted|notes|claimed|claims|wrote|writes|explained|explains|warned|warns)\b[^,]{0,40},\s/;

/**
 * The statement split by an attribution set off inside sentence `s`: [start, end) offsets in `s` of the words before it
 * (from the sentence's start) and after it (to `clauseEnd(s, at)`), when the words after go on with the statement (no
 * appositive, time or desk's participle) and there are at least two words before.
 */
export function setOffStatements(s: string, clauseEnd: (s: string, at: number) => number): [number, number][] {
  if (!HINT.test(s)) return [];
  // only the sentence's first comma can open it (no comma may stand before): one match read, bounded slices
  SET_OFF.lastIndex = 0;
  const m = SET_OFF.exec(s);
  if (!m || m.index !== s.indexOf(',')) return [];
  const at = m.index + m[0].length;
  const lead = LEAD.exec(s)![0].length; // (a closing mark of the sentence before, as the tokeniser leaves it)
  const before = s.slice(lead, m.index);
  if (NO_CONTINUATION.test(s.slice(at, at + 40)) || !/\S+\s+\S+/.test(before) || /["“”]/.test(before)) return [];
  const end = clauseEnd(s, at);
  return end - at >= 3
    ? [
        [lead, m.index],
        [at, end],
      ]
    : [];
}
