// What a reported sentence's speaker said and what its desk wrote, in running text. In "Critics slammed the plan as
// reckless" only "reckless" is the critics'; in "Trump claimed that the wall is built" only the that-clause is Trump's;
// in "The plan is dead, Doe said on Tuesday" the attribution after the comma is the desk's. The reporter phrase, the
// desk's verb of saying (or act) and what the desk adds before it ("Amid the chaos, …") are the outlet's own words;
// the statement is the speaker's. Pure: the doc's speakerText and a sentence's reporters in, ranges out.
import { CUE_WORDS, PART_ALT, VERB_WORDS } from './speech-verbs.js';

/** A reporter as voice.ts holds it: the phrase written at [start, end), its cue, its clause's range when known. */
export interface StatementReporter {
  start: number;
  end: number;
  cue: string;
  from?: number;
  to?: number;
}

/** A reporter's statement ranges (the speaker's words) and its desk span (the reporter and the verb: the outlet's). */
export interface StatementParts {
  statements: [number, number][];
  desk: [number, number][];
}

/**
 * What may stand between the reporter phrase and its verb: a relative, an auxiliary, adverbs, a time, an appositive set
 * off by commas ("Doe , chair of the panel , recently claimed"): 200 characters at most, no quote mark or stop.
 */
const BETWEEN = '[^"“”;:!?]{0,200}?';
/** A participle of speech after a comma: where the statement of "Doe rejected the claim, saying …" opens. */
const PARTICIPLE = new RegExp(`,\\s+(?:${PART_ALT})\\b\\s*`, 'u');
/** What may follow a trailing attribution's verb: a phrase of time, place or channel, a stop, or a comma. */
const TRAIL_END =
  /^\s*(?:,|(?:(?:on|in|at|last|this|earlier|late|during|to|after|before|from)\b[^,.;:!?]{0,50})?\s*(?:[.!?][”"’]?\s*)?$)/;
/**
 * What opens a phrase set off after an attribution that is no continuation of the statement: an appositive (a
 * determiner, a relative, a name, a title) or a phrase of time or place.
 */
const APPOSITIVE_OPENING =
  /^(?:a|an|the|who|whose|which|one|his|her|their|its|on|in|at|during|after|before|when|while|according|adding|noting|citing|\p{Lu})/u;

/**
 * The parts of one reporter's sentence clause: the statement after the verb (after "that" for a that-cue, after "as"
 * for "slammed … as", after the participle for "…, saying"), or before a trailing or inverted attribution ("…, Doe
 * said", "…, said Doe, an analyst"; set off inside the sentence, ", Doe said ,", the words after it too). Null when
 * the verb is not found near the reporter: the caller keeps the whole clause reported.
 */
export function statementParts(
  text: string,
  s: { start: number; end: number },
  r: StatementReporter,
): StatementParts | null {
  const from = r.from ?? s.start;
  const to = r.to ?? s.end;
  const verb = r.cue.split(/[\s,]/)[0].toLowerCase();
  if (!/^\p{L}+$/u.test(verb) || r.start < from || r.end > to) return null;
  if (verb === 'according') return accordingParts(text, from, to, r);
  const lead = Math.max(from, r.start - 40);
  const before = new RegExp(`,\\s*((?:also\\s+|further\\s+)?${verb}\\s+)?$`, 'iu').exec(text.slice(lead, r.start));
  const comma = before && lead + before.index > from ? lead + before.index : -1;
  if (comma >= 0 && before![1]) return trailingParts(text, from, to, comma, r, verb);
  const relayed = relayedReport(text, r);
  if (relayed)
    return relayed.start < to ? { statements: [[relayed.start, to]], desk: [[r.start, relayed.start]] } : null;
  const window = text.slice(r.end, Math.min(to, r.end + 240));
  const that = r.cue.endsWith(' that') ? '(?:\\s+[^\\s.,;:!?"“”]+){0,4}?\\s+that\\b' : '(?:\\s+that\\b)?';
  const reach = verbReach(window, verb, that);
  if (reach.end < 0) return null;
  const verbEnd = r.end + reach.end;
  // "…, Doe said on Tuesday ." (the verb closes the clause): a trailing attribution; "On Tuesday, Doe said the plan …" is none
  if (comma >= 0 && TRAIL_END.test(text.slice(verbEnd, to))) return trailingParts(text, from, to, comma, r, verb);
  let at = verbEnd;
  if (r.cue.endsWith(', saying')) at = afterMatch(text, verbEnd, to, PARTICIPLE) ?? verbEnd;
  else if (r.cue.endsWith(' as')) at = afterMatch(text, verbEnd, to, /\sas\s/) ?? verbEnd;
  // a predicate of the subject's own before the verb ("…, face harsh limits , and say"): the desk's narration, left
  // to any other reporter's statement around it; only the reporter and the verb are filled as the desk's
  const desk: [number, number][] =
    reach.verbStart >= 0
      ? [
          [r.start, r.end],
          [r.end + reach.verbStart, verbEnd],
        ]
      : [[r.start, verbEnd]];
  return at < to ? { statements: [[at, to]], desk } : null;
}

/** A verb of saying inside a reporter phrase, before the subject of the act it reports ("lawmakers said officials"). */
const RELAY = /(?<=\s)(\p{Ll}+)\s+(?:that\s+)?(?=\S)/gu;

/**
 * A reporter phrase that holds a verb of saying before another subject ("Republican lawmakers said White House
 * officials", cue "dismissed"): the act after it is what the first subject reported, not the desk's. Where the
 * statement starts (after the inner verb and its "that"), or null.
 */
function relayedReport(text: string, r: StatementReporter): { start: number } | null {
  const phrase = text.slice(r.start, r.end);
  // (a past form only: "states" and "reports" are nouns as often as verbs in a subject)
  for (const m of phrase.matchAll(RELAY))
    if (VERB_WORDS.has(m[1]) && !m[1].endsWith('s')) return { start: r.start + m.index + m[0].length };
  return null;
}

/** Phrases set off by commas after a subject: an appositive or a relative ("Doe , chair of the panel , who …,"). */
const SET_OFF = /^(?:\s*,[^,;:"“”]{1,160}(?=,))*\s*,?\s*/u;
/** A conjunction opening a clause of its own between a subject and a verb (not a coordinated name: "and Russia"). */
const CONJUNCTION = /\b(?:and|but|or)\s+(?!\p{Lu})/u;

/**
 * How far the reporter's verb reaches in `window` (the text after the reporter phrase): the cue's verb `verb` (with
 * `that` for a that-cue) when only the desk's words stand between (phrases set off by commas holding no verb of
 * saying; adverbs, a time: no conjunction, no other verb of saying or act), or when the subject's own predicate and a
 * conjunction do (coordinatedGap: `verbStart` is then where the verb opens); else the first word after the set-off
 * phrases when it is a verb of saying or act ("Doe branded him a liar and said …": "branded" is the reporter's verb).
 * `end` -1 when none is found.
 */
function verbReach(window: string, verb: string, that: string): { end: number; verbStart: number } {
  const set = SET_OFF.exec(window)![0];
  const m = new RegExp(`^(${BETWEEN})\\b${verb}\\b${that}`, 'iu').exec(window);
  // "said harbour officials dismissed warnings that …": the "that" is the inner act's, the statement opens at the verb
  // (a past form only: "denied US claims that" names the claims, a noun)
  // (so does "said it was shameful that …": the words before "that" open the statement's own clause)
  const after = m ? m[0].slice(m[1].length + verb.length) : '';
  const end = m && (innerAct(after) || CLAUSE_BEFORE_THAT.test(after)) ? m[1].length + verb.length : m?.[0].length;
  if (m && plainGap(m[1], set.length, verb)) return { end: end!, verbStart: -1 };
  if (m && coordinatedGap(m[1])) return { end: end!, verbStart: m[1].length };
  const a = VERB_AFTER.exec(window.slice(set.length));
  return { end: a && CUE_WORDS.has(a[1]) ? set.length + a[0].length : -1, verbStart: -1 };
}

/** The conjunction that joins a subject's two predicates, right before the second's verb (", and", "but firmly"). */
const LAST_CONJUNCTION = /(?:^|\s|,)(?:and|but)\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * Whether the words between a reporter and its verb are the subject's own predicate and a conjunction ("Egypt ’ s
 * Christians , which make up a tenth , face harsh limits , and say"): no verb of saying or act, no that-clause and no
 * other clause joined after a comma before the last one; the predicate is the desk's narration of the subject.
 */
function coordinatedGap(gap: string): boolean {
  const c = LAST_CONJUNCTION.exec(gap);
  if (!c) return false;
  const pred = gap.slice(0, c.index);
  return (
    /\p{L}/u.test(pred) &&
    !hasWord(gap, CUE_WORDS) &&
    !/,\s*(?:and|but)\s/u.test(pred) &&
    !/\bthat\b/iu.test(pred.replace(/(?:^|,)\s*that\b/giu, ' '))
  );
}

/**
 * Whether the words between a reporter and its verb `verb` are the desk's: phrases set off by commas (the first
 * `setLength` characters) holding no verb of saying, then no conjunction before a clause and no other verb of saying
 * or act. Before a participle ("Doe disputed the claim, insisting that …") the subject's act is the desk's too, unless
 * it is a verb of saying or frames its object "as" something ("criticized the order as an overreach, arguing").
 */
function plainGap(gap: string, setLength: number, verb: string): boolean {
  const setOff = gap.slice(0, Math.min(setLength, gap.length));
  const rest = gap.slice(setOff.length);
  // (nor a that-clause after a verb: "Doe , who still insists that the wall …, claims that" reports both)
  if (hasWord(setOff, VERB_WORDS) || /\p{Ll}s\s+that\s/u.test(setOff)) return false;
  if (verb.endsWith('ing')) return !hasWord(rest, VERB_WORDS) && !(hasWord(rest, CUE_WORDS) && /\sas\s/.test(rest));
  return !CONJUNCTION.test(rest) && !hasWord(rest, CUE_WORDS);
}

/**
 * Words between a verb of saying and "that" that open a clause of their own: a pronoun subject and a form of "be"
 * ("said it was shameful that …", "says this is proof that …"): the statement opens at them, not after "that".
 */
const CLAUSE_BEFORE_THAT =
  /^\s+(?:it|this|there|he|she|they|we|i)\s*(?:is|was|were|are|['’]\s*s|would\s+be|will\s+be|has\s+been|had\s+been)\s/iu;

/** Whether `t` holds a verb of saying or act in a past form (not one in -s, which may be a noun: "claims"). */
function innerAct(t: string): boolean {
  return (t.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => CUE_WORDS.has(w) && !w.endsWith('s'));
}

/** Whether `t` holds a word of `words`. */
function hasWord(t: string, words: ReadonlySet<string>): boolean {
  return (t.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => words.has(w));
}

/** Where the first match of `re` in text[from, to) ends, or null. */
function afterMatch(text: string, from: number, to: number, re: RegExp): number | null {
  const m = re.exec(text.slice(from, to));
  return m ? from + m.index + m[0].length : null;
}

/** "…, according to Doe": the phrase is the desk's, the clause around it the source's. */
function accordingParts(text: string, from: number, to: number, r: StatementReporter): StatementParts | null {
  const lead = Math.max(from, r.start - 20);
  const m = /according\s+to\s+(?:the\s+)?$/i.exec(text.slice(lead, r.start));
  return m ? { statements: [[from, to]], desk: [[lead + m.index, r.end]] } : null;
}

/**
 * A trailing or inverted attribution opening at the comma `comma`: the statement before it; when the attribution is set
 * off inside the sentence and the words after its closing comma continue the statement (", Sampson said , is …"), those
 * words too. An appositive or a phrase of time after it (", said Doe , an analyst") stays the desk's.
 */
function trailingParts(
  text: string,
  from: number,
  to: number,
  comma: number,
  r: StatementReporter,
  verb: string,
): StatementParts {
  const after = new RegExp(`^\\s*(?:\\p{Ll}+ly\\s+|also\\s+|further\\s+)?${verb}\\b`, 'iu').exec(
    text.slice(r.end, Math.min(to, r.end + 40)),
  );
  const attrEnd = r.end + (after ? after[0].length : 0);
  const rest = /^\s*,\s*/.exec(text.slice(attrEnd, to));
  const tail = rest ? text.slice(attrEnd + rest[0].length, to) : '';
  if (rest && /^\p{Ll}+\s+\S+\s+\S/u.test(tail) && !APPOSITIVE_OPENING.test(tail))
    return {
      statements: [
        [from, comma],
        [attrEnd + rest[0].length, to],
      ],
      desk: [[comma, attrEnd + rest[0].length]],
    };
  return { statements: [[from, comma]], desk: [[comma, to]] };
}

/** A verb of saying or act right after a quote's speaker ("Doe [fumed]") or right before it ("said Doe"). */
const VERB_AFTER =
  /^\s*(?:(?:has|have|had|also|then|later|further|\p{Ll}+ly|(?:on|last|this|early|late)\s+\p{Lu}\p{Ll}+)\s+){0,2}(\p{Ll}+)\b/u;
const VERB_BEFORE = /\b(\p{Ll}+)\s+$/u;
/**
 * "as" before a quote's speaker (a given name or initial between: the span may hold the surname only), after a comma
 * or opening the sentence: "…, as Ana J. Doe notes , “…”".
 */
const AS_BEFORE = /(?:^|,)\s*as\s+(?:\p{Lu}[\p{L}’'-]*\.?\s+(?:\.\s+)?){0,3}$/u;

/**
 * The desk's words of a sentence attributed by its quote's speaker alone: the speaker phrase at [start, end) and its
 * verb of saying beside it ("“…,” Doe [boasted]", "said Doe"), from the sentence's start when "as" opens the
 * attribution after a comma (", as Doe argues , “…”": the words before are the writer's); null when no such verb
 * (`verbs`) stands there. The sentence's other words outside the quote stay the speaker's paraphrase.
 */
export function attributionDesk(
  text: string,
  s: { start: number; end: number },
  speaker: { start: number; end: number },
): [number, number] | null {
  const verbs = CUE_WORDS;
  const after = VERB_AFTER.exec(text.slice(speaker.end, Math.min(s.end, speaker.end + 30)));
  // "That makes the killing alarming , because , as Ana Doe argues , “…”": the words before "as" are the writer's
  const from = AS_BEFORE.test(text.slice(Math.max(s.start, speaker.start - 40), speaker.start))
    ? s.start
    : speaker.start;
  if (after && verbs.has(after[1])) return [from, speaker.end + after[0].length];
  const lead = Math.max(s.start, speaker.start - 20);
  const before = VERB_BEFORE.exec(text.slice(lead, speaker.start));
  return before && verbs.has(before[1]) ? [lead + before.index, speaker.end] : null;
}

/** The subject's next verb of saying or act, after "and" or "but" ("… and [insisted] he …"), or a participle after a comma. */
const NEXT_VERB = new RegExp(
  `(?:\\b(?:and|but)\\s+(?:(?:also|then|later|again|\\p{Ll}+ly)\\s+)?(\\p{Ll}+)|,\\s+(?:and\\s+)?(${PART_ALT}))\\b`,
  'gu',
);

/**
 * The desk's verbs inside a statement text[a, b): the subject's coordinated verb of saying or act ("Doe said the plan
 * failed and [claimed] the port is closed", "…, [insisting] the vote …"): the desk tells what the subject did; the
 * words after the verb stay the statement.
 */
export function statementVerbs(text: string, a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  const t = text.slice(a, b);
  for (const m of t.matchAll(NEXT_VERB)) {
    const w = m[1] ?? m[2];
    if (m[1] && !CUE_WORDS.has(w)) continue;
    const end = a + m.index + m[0].length;
    out.push([end - w.length, end]);
  }
  return out;
}
