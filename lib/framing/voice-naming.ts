// Two more kinds of reported words inside a sentence the outlet narrates, beside the clauses of voice-clauses.ts:
// - the label a verb of naming or judging puts on its object ("Republicans who called it a cynical ploy", "A doctor
//   declared him delusional", "some conservatives call it amnesty") or on its subject in the passive ("Miller was
//   called a fascist", "such calls are considered xenophobic"): the namer's word, not the writer's ("as" complements,
//   "denounced it as racist", are read in lib/framing/reported-labels.ts);
// - the clause of a participle of speech right after the noun it modifies, with no comma ("a speech claiming to have
//   captured 100 terrorists", "lawsuits saying they are breaking the law", "with Ana Doe calling it a betrayal"): the
//   speech's, the lawsuit's or that person's content.
// Both return offsets in the sentence string `s`.
import { firstFiniteAfter, mainVerbAfter } from './voice-relatives.js';

/** Verbs of naming that take an object and its complement ("called it a ploy", "dubbed the bill amnesty"). */
const NAMING =
  'call|calls|called|calling|dub|dubs|dubbed|dubbing|label|labels|labeled|labelled|labeling|labelling|brand|brands|' +
  'branded|branding|deem|deems|deemed|deeming';
/**
 * Verbs of judging or declaring, which take a plain object as often ("will consider a sweeping bill", "declared a
 * state of emergency"): a label only with a pronoun object ("declared him delusional", "finds it repugnant") or in
 * the passive ("are considered xenophobic").
 */
const JUDGING =
  'consider|considers|considered|considering|declare|declares|declared|declaring|pronounce|pronounces|pronounced|' +
  'find|finds|found';
// `pre` is bounded: an unbounded \S+ retried at every start of a long run without spaces (a pasted blob) is quadratic
const NAMING_VERB = new RegExp(`(?<pre>\\S{1,60})\\s+(?:\\p{Ll}+ly\\s+)?(?<verb>${NAMING}|${JUDGING})\\s+`, 'gu');
const JUDGING_VERB = new RegExp(`^(?:${JUDGING})$`);
const PRONOUN_OBJECT = /^(?:it|him|her|them|this|these|those|us)\s/;
/** A fronted "what"/"which" before the namer ("what critics call"), or an indefinite noun a participle names ("a rule"). */
const INTRODUCES = /(?:(?:^|\s)(?:what|which)\s+(?:\S+\s+){0,2}\S+|(?:^|\s)(?:a|an)\s+\p{Ll}+)$/u;
/** The words of being before a passive participle ("was called a fascist", "are widely considered xenophobic"). */
const BEING = /^(?:is|are|was|were|be|been|being|get|gets|got|'s|’s|'re|’re)$/i;
/**
 * Words before the verb that make it the writer's, an imperative or an infinitive whose namer is unknown ("I am
 * reluctant to call it an ideology", "Consider the plan …", "let us call it").
 */
const NOT_A_NAMER = /^(?:i|we|you|one|us|me|to|let|lets|and|or|but)$/i;
/** First person anywhere before the verb: the writer names. */
const FIRST_PERSON = /(?:^|\s)(?:I|we|We|my|My|our|Our|me|us)\s/u;
/**
 * Where the object and its complement end: a comma or other stop, a preposition or subordinator other than "of" (so
 * "called for", "called on", "calling attention to reckless crews" name nothing), at most eight words.
 */
const COMPLEMENT_STOP =
  /^(?:[,;:.!?()"“”—–-]+|--|in|on|at|for|to|from|with|after|amid|because|since|while|when|that|which|who|whom|despite|by|over|under|into|upon|off|up|out|back|before|during|if|as|than|but|even|although|though)$/i;

/** A determiner that opens an object phrase ("the drop in apprehensions", "a path to legalization"). */
const OBJECT_DETERMINER = /^(?:a|an|the|this|that|these|those|any|every|his|her|its|their|such)$/i;
/** A preposition inside an object phrase: a stop right after the verb ("called for"), not after a determined object. */
const OBJECT_PREPOSITION = /^(?:in|on|at|for|to|from|with|over|under|into|upon|about|against|toward|towards)$/i;
/** A token of punctuation: the end of a clause. */
const PUNCTUATION = /^(?:[,;:.!?()"“”—–-]+|--)$/;
/** The words a long object and its complement may run to ("a path to legalization for those 11 million amnesty"). */
const LONG_OBJECT_WORDS = 14;

/**
 * The span after a verb of naming from `at`: up to COMPLEMENT_STOP or eight words; [at, at) when none. An object
 * opened by a determiner runs on over its prepositions ("called the drop in apprehensions unprecedented", "call a
 * path to legalization for those 11 million amnesty") when its clause ends by punctuation or the sentence's end within
 * LONG_OBJECT_WORDS words, with no conjunction or subordinator before (else it stops at its first preposition);
 * `objectFirst`: an active verb's object comes before the label (a passive's complement is the label itself: "was
 * considered a test run for the broader amnesty …" names only "a test run").
 */
function complementEnd(s: string, at: number, objectFirst: boolean): number {
  const re = /\S+/g;
  re.lastIndex = at;
  let end = at;
  let determined = false;
  let short = -1; // the end before the object's first preposition, while a long object is read
  for (let n = 0, m = re.exec(s); m; n++, m = re.exec(s)) {
    const w = m[0];
    // "labeled the catastrophe “phony”": the label is quoted, the words before it are only the object
    // (the spaced ’ of a possessive is no quote: "the reclusive country ’ s brutal nature")
    if (/^["“”‘’'`]/.test(w) && !(/^['’]$/.test(w) && /^\s+s\s/.test(s.slice(m.index + 1))))
      return short >= 0 ? short : at;
    if (n === 0) determined = objectFirst && OBJECT_DETERMINER.test(w);
    if (short >= 0) {
      if (PUNCTUATION.test(w)) return end;
      if (!OBJECT_PREPOSITION.test(w) && (COMPLEMENT_STOP.test(w) || /^(?:and|or)$/i.test(w) || n >= LONG_OBJECT_WORDS))
        return short;
    } else if (COMPLEMENT_STOP.test(w)) {
      if (!determined || n === 0 || !OBJECT_PREPOSITION.test(w)) return end;
      short = end;
    } else if (n >= 8) return end;
    end = m.index + w.length;
  }
  return end;
}

/**
 * The labels verbs of naming and judging put on an object or, in the passive, on the subject: the words after the
 * verb to the first stop (COMPLEMENT_STOP). Not after the writer or a reader (NOT_A_NAMER, a first person before
 * it), nor at a sentence's opening ("Consider the …").
 */
export function namingComplements(s: string): [number, number][] {
  const out: [number, number][] = [];
  const firstPerson = (before: string) => FIRST_PERSON.test(' ' + before);
  for (const m of s.matchAll(NAMING_VERB)) {
    const { pre, verb } = m.groups!;
    const at = m.index + m[0].length;
    const passive = BEING.test(pre) && /(?:ed|d)$/.test(verb);
    if (!passive) {
      // ", called it the worst spate": a subject before an appositive's comma names too
      if (NOT_A_NAMER.test(pre) || !/\p{L}|,/u.test(pre) || firstPerson(s.slice(0, m.index))) continue;
      if (JUDGING_VERB.test(verb) && !PRONOUN_OBJECT.test(s.slice(at))) continue;
      // "what critics call zero tolerance", "a rule called zero tolerance": a term the writer introduces or hands to
      // its users, which the distancing reader (lib/framing/distancing.ts) reads in the narration
      if (INTRODUCES.test(s.slice(0, m.index + pre.length))) continue;
    }
    const end = complementEnd(s, at, !passive);
    // an object and its complement are two words at least; a passive's complement one ("was called racist")
    if (end - at >= 3 && (passive || /\S\s+\S/.test(s.slice(at, end)))) out.push([at, end]);
  }
  return out;
}

/** Participles of speech whose clause follows them directly ("saying the bill …", "claiming to have …"). */
const PARTICIPLE_AFTER_NOUN =
  /(?<pre>[^\s,;:]{1,60})\s+(?:(?:still|also|now|even|just|first|then|again|\p{Ll}+ly)\s+)?(?<verb>saying|claiming|insisting|arguing|contending|asserting|alleging|calling)\s+/gu;
/**
 * Words before the participle that make it a verb's (an auxiliary, a verb of starting or stopping), a preposition's
 * object ("by saying", "stopped short of saying", "in warning"), a coordinated predicate's ("and calling for") or
 * the writer's (I/we/you).
 */
const NOT_A_NOUN =
  /^(?:is|are|was|were|be|been|being|am|'s|’s|'re|’re|has|have|had|keep|keeps|kept|start|starts|started|stop|stops|stopped|began|begin|begins|continue|continues|continued|go|goes|went|gone|by|of|for|in|on|from|without|after|before|while|about|as|than|to|at|into|upon|like|and|or|but|when|despite|through|not|i|we|you|me|us|them|him|her|it|they|he|she)$/i;
/** What cannot open the clause: a preposition, an object word, a question word (after "claiming", "to" can). */
const NO_OPEN =
  /^(?:of|in|on|at|for|about|with|by|from|into|as|so|nothing|something|anything|and|or|but|who|what|whether|when|where|why|how|which|["“”'‘`:,])/i;

/**
 * A sentence opening with a subordinator or a preposition whose phrase holds the participle ("Despite voters
 * repeatedly saying they want less immigration , the brothers …", "With the ministry claiming that …, and …").
 */
const OPENING_SUBORDINATE =
  /^[\s"“”'‘’`]*(?:(?:and|but|so|yet|or)\s+)?(?:even\s+)?(?:if|when|whenever|while|although|though|because|unless|since|once|as|despite|with|after|before|for|by|without|amid)\s/i;
/** A coordinated participle: the subject's next act, in the writer's words ("… and then slamming the allegations"). */
const NEXT_ACT = /\s(?:and|or)\s+(?:then\s+|later\s+)?\p{Ll}+ing\s/u;

/** Where the clause from `at` ends at the subject's next act (NEXT_ACT) or, in an opening phrase, at its comma. */
function boundAt(s: string, at: number, opening: boolean): number {
  const rest = s.slice(at);
  const cuts = [rest.search(NEXT_ACT), opening ? rest.indexOf(',') : -1].filter((x) => x >= 0);
  return cuts.length ? at + Math.min(...cuts) : s.length;
}

/**
 * The clauses of participles of speech right after a noun, no comma between ("a speech claiming to have captured
 * 100 terrorists", "Ana Doe calling it a betrayal"): to the clause's end (`end`), and inside a subject to its main
 * verb (mainVerbAfter; for "claiming to …", whose clause has no finite verb, to the first one).
 */
export function nounParticipleClauses(s: string, end: (s: string, at: number) => number): [number, number][] {
  if (/^\s*(?:i|we)\s/i.test(s)) return [];
  const out: [number, number][] = [];
  for (const m of s.matchAll(PARTICIPLE_AFTER_NOUN)) {
    const pre = m.groups!.pre;
    if (NOT_A_NOUN.test(pre) || !/\p{L}/u.test(pre) || /^\p{Ll}+ing$/u.test(pre)) continue;
    const at = m.index + m[0].length;
    const rest = s.slice(at);
    const infinitive = m.groups!.verb === 'claiming' && /^to\s/.test(rest);
    if (!infinitive && NO_OPEN.test(rest)) continue;
    const e = Math.min(
      end(s, at),
      infinitive ? firstFiniteAfter(s, at) : mainVerbAfter(s, at),
      boundAt(s, at, OPENING_SUBORDINATE.test(s) && !s.slice(0, m.index).includes(',')),
    );
    if (e - at >= 8) out.push([at, e]);
  }
  return out;
}
