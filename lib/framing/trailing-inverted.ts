// A sentence of reported speech closed by its attribution, verb first and with no quote mark: "The term is an
// oxymoron, said Ana Doe, a professor of linguistics." or "The plan stays, said the country's foreign minister, Ivo
// Brenn." The name after the verb speaks, as it does after a quote; the description set off by commas is its role.
// Pure: a sentence (the doc's speakerText) in, the speaker's text and offset out.
import { apposedSpeaker } from './quote-appositives.js';
import { appositiveAt } from './subject-appositives.js';
import { cleanSpeaker } from './speaker-cleaning.js';

/**
 * ", said" and the rest of the sentence: verbs that stand before their subject in an attribution ("said Doe", "added
 * the minister", "writes Doe"), not verbs that take an object ("urged the council", "denied the claim"). The phrase
 * opens on a capital, a determiner of a description, or a plural of people alone or before what places them ("said
 * officials familiar with the talks"); "said that …" is a clause.
 */
const TRAILING_VERB_SUBJECT =
  /,\s+(?:also\s+)?(said|says|added|adds|noted|notes|wrote|writes|explained|explains|stated|continued)\s+((?!that\b)(?:\p{Lu}|(?:the|a|an|one|another)\s|\p{Ll}{3,}s(?:(?=\s*[.!]?\s*$)|\s+(?:familiar|close|with|in|at|of|from|for|on|who|involved|briefed)\b))[^;:"“”`]{0,200}?)\s*[.!]?\s*$/u;

/** A quote mark: a sentence with a quote is the quote's frame, read with the quote. */
const QUOTE_MARK = /["“”]|``|''/;
/** What TRAILING_VERB_SUBJECT cannot match without: most sentences fail this quick test. */
const COMMA_VERB =
  /,\s+(?:also\s+)?(?:said|says|added|adds|noted|notes|wrote|writes|explained|explains|stated|continued)\s/;

/**
 * The speaker of a sentence ending ", said X[, description]." (no quote mark in it: a quote's frame is read with the
 * quote), with its offset in `s` and cue; null when the words after the verb are no speaker ("…, said the plan would
 * fail": a clause).
 */
export function trailingInverted(s: string): { text: string; offset: number; cue: string } | null {
  if (!COMMA_VERB.test(s) || QUOTE_MARK.test(s)) return null;
  const m = TRAILING_VERB_SUBJECT.exec(s);
  if (!m) return null;
  const phrase = m[2];
  const at = m.index + m[0].indexOf(phrase, m[0].indexOf(m[1]) + m[1].length);
  // "said Ana Doe, a professor …" / "said the minister's spokesman, Ivo Brenn": the name speaks
  // (commas that set off no description: the first segment only when it opens on a name, "said Ana Doe, who …")
  const a = phrase.includes(',') ? apposedSpeaker(phrase, appositiveAt) : null;
  if (!a && phrase.includes(',') && !/^\p{Lu}/u.test(phrase)) return null;
  const [from, to] = a ? [a.start, a.end] : phrase.includes(',') ? [0, phrase.indexOf(',')] : [0, phrase.length];
  const raw = phrase.slice(from, to);
  const t = clauseLike(raw) ? null : cleanSpeaker(raw);
  if (!t || !phrase.slice(from).trimStart().startsWith(t.split(' ')[0])) return null;
  return { text: t, offset: at + from + raw.indexOf(t.split(' ')[0]), cue: m[1] };
}

/** An auxiliary or modal: the words after the verb are a clause ("said the committee would vote", "said Doe has …"). */
const AUX_WORD =
  /\b(?:will|would|was|were|is|are|has|had|have|could|should|must|can|may|might|did|does|do|wo|ca|wants|needs|plans)\b/;
/** A verb in -ed or -s before its object or infinitive: "said the new rules threatened to …", "said the plan meets the". */
const VERB_THEN_OBJECT = /\b\p{Ll}{3,}(?:ed|s)\s+(?:to|that|the|a|an|its|their|his|her|it|them|no|not)\b/u;
/** A day, month or time opening the words after the verb: when it was said ("said Sunday in an interview"). */
const TIME_OPENING =
  /^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Today|Yesterday|Tonight|Last|This|Next|Earlier|Later)\b/;
/** Prepositions that may follow a name in an attribution ("said Ana Doe of the Harbour Fund", "writes Doe in the Post"). */
const AFTER_NAME = new Set('of at in for from with on to'.split(' '));

/**
 * Whether the words after the verb read as a clause rather than a speaker: an auxiliary, or a capitalised name run on
 * by a lower-case word that is no preposition ("said Obama wants a deal").
 */
function clauseLike(raw: string): boolean {
  if (AUX_WORD.test(raw) || VERB_THEN_OBJECT.test(raw) || TIME_OPENING.test(raw)) return true;
  const words = raw
    .replace(/\([^()]*\)/g, ' ')
    .trim()
    .split(/\s+/);
  if (!/^\p{Lu}/u.test(words[0])) return false;
  const k = words.findIndex(
    (w) => !/^[\p{Lu}\d]/u.test(w) && !/^(?:al|el|bin|ibn|de|van|von|der|la|le|da|di|[.\u2024’'-]+)$/.test(w),
  );
  return k > 0 && !AFTER_NAME.has(words[k]);
}
