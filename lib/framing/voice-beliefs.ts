// Beliefs and assertions the outlet reports but does not hold: the clause after a noun of assertion ("repeated
// Russia's claim that the attack was fake", "easing fears that Tehran could stage a devastating strike", "dismissed
// the notion that the border faced an influx") and after a verb of belief with a third-person subject ("supporters
// believe the courts are unfairly stacked against them", "Democrats fear it could prove divisive") states what
// those people believe, not what the writer says; so does the charge after "accused … of" ("accused Modi of lying"). The reported-clause reader (lib/framing/voice-clauses.ts) adds these
// clauses to the ones after verbs of speech.

import { mainVerbAfter, RELATIVE_SUBJECT } from './voice-relatives.js';

/** Nouns whose "that" clause is somebody's assertion, belief or fear. */
const NOUNS =
  'agreement|belief|beliefs|notion|idea|view|argument|arguments|assertion|assertions|claim|claims|charge|charges|' +
  'accusation|accusations|allegation|allegations|fear|fears|concern|concerns|suggestion|insistence|perception|' +
  'narrative|myth|theory|premise|assumption|contention|complaint|complaints|warning|warnings|conviction|impression|' +
  'consensus|hope|hopes|worry|worries|suspicion|suspicions|speculation|rumor|rumors|rumour|rumours|promise|' +
  // a speaker's own statement of stance ("Obama's statement that the regime carried out the attack", "a vow that he
  // would never sign"); not a report's, a finding's or an admission's content, which the outlet relays as its sourced
  // fact ("a British report that the army is stockpiling", "the government's admission that its forces fired")
  'statement|statements|vow|vows|pledge|pledges|message|thought|expectation|expectations';
/** A noun of assertion (and whose: "agreement among doctors"), its "that", and the clause's first word. */
const NOUN_THAT = new RegExp(
  `(?<noun>\\b(?:${NOUNS}))(?:\\s+(?:among|by|of|from)(?:\\s+[^\\s,.;:!?]+){1,4}?)?\\s+that\\s+(?<first>[^\\s,.;:!?]+)`,
  'gu',
);
/**
 * An accusation's charge: "accused Modi of lying", "Critics accused him of seizing dictatorial powers", "was accused
 * of being part of a dangerous militia": what follows "of" is the accuser's charge (up to six words between).
 */
const ACCUSED = /\baccus(?:ed|es|ing|e)\s+(?:[^\s,.;:!?"“”]+\s+){0,6}?of\s+/gu;
/** Verbs of belief whose clause needs "that" or a pronoun and a verb ("fear it could", "believe that …"). */
const BELIEF = /\b(?:believe|believes|believed|think|thinks|fear|fears|feared|suspect|suspects|suspected)\s+/gu;
/** A clause opening after a verb of belief: "that", or a pronoun and a finite verb ("fear it could prove …"). */
const BELIEF_OPEN =
  /^(?:that\s|(?:he|she|they|it|there)\s+(?:\p{Ll}+ly\s+)?(?:will|would|was|were|is|are|has|had|have|could|should|must|can|may|might|did|does|\p{Ll}{2,}(?:ed|s))\b)/u;
/**
 * Words that make "that" a relative pronoun, not a clause's opening ("an agreement that would appease", "a promise
 * that was broken"): a finite verb or an auxiliary right after it.
 */
const RELATIVE_FIRST =
  /^(?:would|will|could|should|can|may|might|must|is|was|are|were|has|had|have|does|did|do|stops|\p{Ll}+ed|n't)$/u;
/**
 * Words within three before a verb of belief or a noun of assertion that make it the writer's, a reader's, a
 * hypothetical or a denial ("I think", "we fear", "one would think", "you might believe", "make us believe", "our
 * belief that").
 */
const NOT_REPORTED =
  /(?:^|\s)(?:I|we|We|you|You|one|One|us|our|Our|my|My|me|myself|ourselves|would|might|could|may|to|not|n't|n’t|t|’t|don|do|Do|does|Does)\s+(?:\S+\s+){0,2}$/u;
/** The writer opening the sentence in the first person ("I am against it and think …"). */
const FIRST_PERSON_OPENING = /^\s*(?:i|we)\s/i;
/** "It is because of this consensus that …": a cleft, whose "that" opens no one's assertion. */
const CLEFT = /\b[Ii]t\s+(?:is|was|'s|’s)\s+(?:\S+\s+){0,6}$/u;
/**
 * What ends a belief's clause before the reported-clause reader's own breaks: a dash or a bracket (the writer's
 * aside: "fear that they would lose — Mr. Roe seemed to echo …"), a comma before "which" (the writer's relative), and
 * in a sentence opening with a subordinator, the comma closing it ("If the plan rests on the premise that …, then").
 */
const ASIDE = /\s(?:—|--|–)\s|\s\(|,\s+which\s/u;
const OPENING_SUBORDINATOR =
  /^[\s"“”'‘’`]*(?:(?:and|but|so|yet|or)\s+)?(?:if|when|whenever|while|although|though|because|unless|since|once|as)\s/i;
/** A short aside coordinated between commas inside the subordinate clause ("if you , or they , believe …"). */
const COORDINATED_ASIDE = /,\s+(?:or|and)\s+[^,]{1,20},/gu;

/**
 * The clauses of one sentence `s` after a noun of assertion and its "that" (a complement, not a relative clause)
 * and after a verb of belief with a third-person subject; each runs to `end(s, at)`. Not when the noun or verb opens
 * the sentence's subject ("The idea that he left is bogus": the clause ends at a verb this reader cannot find) nor
 * after the writer, a reader or a denial (NOT_REPORTED). Offsets in `s`.
 */
export function beliefClauses(s: string, end: (s: string, at: number) => number): [number, number][] {
  const out: [number, number][] = [];
  const push = (at: number, before: string, main = s.length) => {
    const e = Math.min(end(s, at), asideAt(s, at, before), main);
    if (e - at >= 8) out.push([at, e]);
  };
  for (const m of s.matchAll(NOUN_THAT)) {
    const before = s.slice(0, m.index);
    if (RELATIVE_FIRST.test(m.groups!.first) || NOT_REPORTED.test(before) || subjectOpening(before)) continue;
    if (CLEFT.test(before)) continue;
    push(m.index + m[0].length - m.groups!.first.length, before);
  }
  for (const m of s.matchAll(ACCUSED))
    if (!NOT_REPORTED.test(s.slice(0, m.index))) push(m.index + m[0].length, s.slice(0, m.index));
  if (FIRST_PERSON_OPENING.test(s)) return out;
  for (const m of s.matchAll(BELIEF)) {
    const before = s.slice(0, m.index);
    if (NOT_REPORTED.test(before) || !/\p{L}/u.test(before)) continue;
    // "hard to trust them and believe it is …": a bare verb after "and"/"or" is an infinitive's, no one's belief
    if (/^(?:believe|think|fear|suspect)\s/.test(m[0]) && /(?:^|\s)(?:and|or)\s+$/.test(before)) continue;
    const at = m.index + m[0].length;
    if (BELIEF_OPEN.test(s.slice(at)))
      push(at, before, RELATIVE_SUBJECT.test(before) ? mainVerbAfter(s, at) : s.length);
  }
  return out;
}

/** Where an aside (ASIDE) or, in a sentence opening with a subordinator, the first comma cuts a clause from `at`. */
function asideAt(s: string, at: number, before: string): number {
  const rest = s.slice(at);
  const cuts = [rest.search(ASIDE)];
  if (OPENING_SUBORDINATOR.test(s) && !before.replace(COORDINATED_ASIDE, '').includes(','))
    cuts.push(rest.indexOf(','));
  const found = cuts.filter((x) => x >= 0);
  return found.length ? at + Math.min(...found) : s.length;
}

/**
 * Whether a noun of assertion after `before` opens its clause's subject: nothing but a determiner or a possessive
 * before it since the sentence's start or a comma ("The idea that …", "But the notion that …", ", the claim that …").
 */
function subjectOpening(before: string): boolean {
  const tail = before.slice(before.lastIndexOf(',') + 1);
  const det = String.raw`(?:the|a|an|this|that|his|her|its|their|\S+\s+['’]\s*s|\S+['’]s)?\s*$`;
  // "This is life and the idea that …": after a conjunction, the noun opens a coordinated clause's subject
  return new RegExp(
    String.raw`^\s*(?:(?:but|and|yet|so|still|indeed|now)\s+)?${det}|\s(?:and|but|or|yet)\s+${det}`,
    'iu',
  ).test(tail);
}
