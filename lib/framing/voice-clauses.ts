// Reported speech inside a sentence the outlet narrates: the clause after a verb of speech whose subject is someone
// other than the writer ("Lawmakers said voters remembered the lesson of the 1986 amnesty", "critics who argue that
// the deal is a disaster", "which they said was insulting") is that speaker's statement, not the outlet's own words.
// The sentence's reporters (lib/framing/sentence-reporters.ts) name who speaks in a sentence of reported speech; this
// reads only how far the reported words run in a sentence they leave to the narration, and names no speaker.
import { beliefClauses } from './voice-beliefs.js';
import { mainVerbAfter } from './voice-relatives.js';
import { namingComplements, nounParticipleClauses } from './voice-naming.js';
import { gappedClauses } from './voice-gapped.js';
import { setOffStatements } from './voice-set-off.js';
import { infinitiveClauses, secondThatClauses } from './voice-that-clauses.js';

/** Verbs whose clause a speaker states even without "that" ("said the plan will fail"). */
const SAY = 'said|says|say';
/** Verbs of argument: their clause needs "that" or a pronoun and a verb ("argued that …", "warned it would …"). */
const ARGUE =
  'argued|argues|argue|claimed|claims|claim|insisted|insists|insist|contended|contends|contend|maintained|maintains|' +
  'warned|warns|warn|stressed|stresses|asserted|asserts|assert|alleged|alleges|allege|charged|charges|charge|' +
  'complained|complains|complain|acknowledged|acknowledges|admitted|admits|conceded|concedes|declared|declares|' +
  'noted|notes|added|adds|wrote|writes|predicted|predicts|suggested|suggests|explained|explains|told|tells';
/** Participles of speech after a comma whose clause needs no "that" (", saying the plan will fail"). */
const PART_SAY = 'saying|claiming|insisting|arguing|contending|asserting|alleging|calling';
/** Participles of speech whose clause needs "that" or a pronoun and a verb (", warning it would …"). */
const PART_ARGUE =
  'warning|noting|adding|charging|complaining|stressing|maintaining|declaring|explaining|stating|predicting';
/** Adverbs and auxiliaries between the subject and the verb ("has long argued", "also said"). */
const BETWEEN =
  '(?:(?:also|later|again|then|previously|repeatedly|publicly|privately|once|long|often|always|still|has|have|had|\\p{Ll}+ly)\\s+)*';
/** The verb, what may stand before it, and its object ("told reporters") up to where the clause opens. */
const VERB = new RegExp(
  `(?<pre>\\S+)\\s+${BETWEEN}(?<verb>${SAY}|${ARGUE})(?<obj>(?:\\s+[^\\s,.;:!?"“”]+){1,4}?(?=\\s+that\\s))?\\s+`,
  'gu',
);
/** A quick test most sentences fail. */
const HINT = new RegExp(
  `\\b(?:(?:${SAY}|${ARGUE}|${PART_SAY}|${PART_ARGUE})\\s|(?:depict|portray|describ|brand|label|characteri[zs]|paint)\\p{L}*\\s)`,
  'u',
);
/** A phrase of time or place after the verb: "said Tuesday", "said on Monday", "said in a statement". */
const TIME_PLACE =
  /^(?:(?:on\s+|last\s+|this\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning)|yesterday|today|recently|in\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:statement|interview|speech|letter|post|tweet|op-ed|email|release|report|filing|brief)s?)\s*,?\s+/;
/**
 * Words before the verb that make it the writer's, hypothetical, denied ("did not say") or no verb of a subject at
 * all.
 */
const NOT_A_SPEAKER =
  /^(?:i|we|you|one|us|to|be|been|being|may|might|could|would|should|can|will|must|shall|let|lets|'s|’s|of|the|a|an|for|in|on|with|by|at|from|as|than|said|not|never|n't|n’t)$/i;
/**
 * What a clause cannot open with: a preposition, an object word, an answer, an indirect question ("said nothing",
 * "said of him", "would not say who was behind it").
 */
const NO_CLAUSE =
  /^(?:of|in|on|at|to|for|about|with|by|from|into|as|so|nothing|something|anything|little|much|more|yes|no|goodbye|hello|thanks|otherwise|earlier|attention|the\s+word|the\s+words|a\s+prayer|and|or|but|who|what|whether|when|where|why|how|which)\b/i;
/** A clause opening for the verbs of argument: "that", or a pronoun and a verb ("warned it would"). */
const ARGUE_OPEN =
  /^(?:that\s|(?:he|she|they|it|there|we|I)\s+(?:\p{Ll}+ly\s+)?(?:will|would|was|were|is|are|has|had|have|could|should|must|can|may|might|did|does|do|\p{Ll}{2,}(?:ed|s))\b)/u;
/**
 * A subordinator opening the sentence or standing before the subject (a subject of up to four words: "so when
 * President Ivo Brenn says"): its clause ends at the next comma.
 */
const SUBORDINATE =
  /(?:^|\s)(?:if|when|whenever|while|although|though|because|unless|since|whether|once)\s+(?:\S+\s+){0,3}\S+\s*$/i;
const SUBORDINATE_OPENING = /^\s*(?:if|when|whenever|while|although|though|because|unless|since|whether|once)\s/i;
/** Writer's own voice opening a sentence: a "we"/"I" subject a coordinated verb would take ("We went and said …"). */
const FIRST_PERSON_OPENING = /^\s*(?:i|we)\s/i;
/** A relative pronoun as the verb's subject ("critics who say …"). */
const RELATIVE_PRONOUN = /^(?:who|that|which)$/i;

/**
 * The reported clauses of one sentence `text.slice(start, end)` (the doc's speakerText): [start, end) offsets of
 * each clause after a verb of speech with a third-person subject, running to the sentence's end, to a quote mark,
 * or to the first comma when the verb sits in an opening subordinate clause ("If he says he has no plan , …").
 */
export function reportedClauses(text: string, start: number, end: number): [number, number][] {
  const s = text.slice(start, end);
  const clauseEnd = (x: string, at: number) => endOfClause(x, at, false);
  const beliefs = [
    ...beliefClauses(s, clauseEnd),
    ...asSpeakerClauses(s),
    ...namingComplements(s),
    ...nounParticipleClauses(s, clauseEnd),
    ...gappedClauses(s, (x, at) => endOfClause(x, at, true)),
    ...setOffStatements(s, clauseEnd),
    ...infinitiveClauses(s, clauseEnd),
  ];
  if (!HINT.test(s)) return beliefs.map(([a, b]) => [start + a, start + b]);
  const out: [number, number][] = [];
  VERB.lastIndex = 0;
  for (let m = VERB.exec(s); m; m = VERB.exec(s)) {
    const g = m.groups!;
    const before = s.slice(0, m.index);
    // ", said Doe , a researcher": no subject before the verb (the name after it speaks), unless an appositive closes
    // there ("Ana Doe , a spokeswoman for the port , said the levy …")
    const appositive =
      g.pre === ',' && APPOSITIVE_BEFORE.test(before) && !NAME_AFTER.test(s.slice(m.index + m[0].length));
    if (!appositive && (NOT_A_SPEAKER.test(g.pre) || !/\p{L}/u.test(g.pre) || /["“”]/.test(g.pre))) continue;
    if (/^(?:and|but)$/i.test(g.pre) && FIRST_PERSON_OPENING.test(s)) continue;
    let at = m.index + m[0].length;
    const time = TIME_PLACE.exec(s.slice(at));
    if (time) at += time[0].length;
    const rest = s.slice(at);
    const say = new RegExp(`^(?:${SAY})$`).test(g.verb);
    if (say ? NO_CLAUSE.test(rest) || /^["“”'‘`:,]/.test(rest) : !ARGUE_OPEN.test(rest)) continue;
    if (g.verb === 'told' || g.verb === 'tells') if (!g.obj) continue;
    let clauseEnd = endOfClause(s, at, SUBORDINATE.test(before + g.pre) || SUBORDINATE_OPENING.test(s));
    // "Critics who say the fee is unfair are missing the point": the subject's main verb ends the clause
    if (RELATIVE_PRONOUN.test(g.pre)) clauseEnd = Math.min(clauseEnd, mainVerbAfter(s, at));
    if (clauseEnd - at >= 8) out.push([start + at, start + clauseEnd]);
    VERB.lastIndex = Math.max(VERB.lastIndex, clauseEnd);
  }
  for (const c of [...participleClauses(s), ...asPhrases(s), ...beliefs])
    if (!out.some(([a, b]) => a < start + c[1] && b > start + c[0])) out.push([start + c[0], start + c[1]]);
  const local = out.map(([a, b]): [number, number] => [a - start, b - start]);
  for (const c of secondThatClauses(s, local, clauseEnd))
    if (!out.some(([a, b]) => a < start + c[1] && b > start + c[0])) out.push([start + c[0], start + c[1]]);
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * The sentence's subject and one appositive before the verb's comma: "Ana Doe , a spokeswoman for the port" (one comma
 * before, a determiner, relative or capitalised word opening the appositive).
 */
const APPOSITIVE_BEFORE = /^[^,]{2,80},\s+(?:a|an|the|who|which|whose|\p{Lu}\S*)\s[^,]{1,100}$/u;
/** A name right after the verb, then a comma or the end: ", said Jane Doe , a researcher" names who speaks. */
const NAME_AFTER = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:[,.]|$)/u;

const PARTICIPLE = new RegExp(`,\\s+(?:and\\s+)?(?<verb>${PART_SAY}|${PART_ARGUE})\\s+`, 'gu');

/**
 * The clauses after a participle of speech that follows a comma (", saying the move amounts to amnesty", ", claiming
 * they were caused by bad laws", ", warning that …"): the statement of the sentence's subject; offsets in `s`. Not in
 * a sentence the writer opens in the first person ("We disagree , arguing …").
 */
function participleClauses(s: string): [number, number][] {
  if (FIRST_PERSON_OPENING.test(s)) return [];
  const out: [number, number][] = [];
  for (const m of s.matchAll(PARTICIPLE)) {
    const at = m.index + m[0].length;
    const rest = s.slice(at);
    const say = new RegExp(`^(?:${PART_SAY})$`).test(m.groups!.verb);
    if (say ? NO_CLAUSE.test(rest) || /^["“”'‘`:,]/.test(rest) : !ARGUE_OPEN.test(rest)) continue;
    // "As the bill advances , claiming it secures the border , agents report …": a participle inside the opening
    // subordinate clause (no comma before its own) ends at the next comma, where the main clause starts
    const opening = OPENING_SUBORDINATOR.test(s) && !s.slice(0, m.index).includes(',');
    const clauseEnd = endOfClause(s, at, opening);
    if (clauseEnd - at >= 8) out.push([at, clauseEnd]);
  }
  return out;
}

/** A sentence opening with a subordinator, "as" included ("As the bill advances , …"). */
const OPENING_SUBORDINATOR =
  /^\s*(?:as|if|when|whenever|while|although|though|because|unless|since|once|after|before)\s/i;

/**
 * "As Lee has pointed out , illegals are valuable to employers …", "as Roe notes , …": after an opening "As" with a
 * third-person speaker and a verb of speech, the main clause is the speaker's point; offsets in `s`.
 */
const AS_SPEAKER =
  /(?:^|,\s+)[Aa]s\s+(?<who>(?:[^\s,]+\s+){1,5}?)(?:has\s+|have\s+|had\s+|would\s+)?(?:said|says|say|noted|notes|note|pointed\s+out|points\s+out|point\s+out|argued|argues|argue|put\s+it|puts\s+it|explained|explains|observed|observes|warned|warns|wrote|writes)\s*,\s+/gu;

function asSpeakerClauses(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of s.matchAll(AS_SPEAKER)) {
    if (/^(?:I|we|you|one|many\s+of\s+us)\s/i.test(m.groups!.who) || /\b(?:I|we|my|our)\s/i.test(m.groups!.who))
      continue;
    const at = m.index + m[0].length;
    const e = endOfClause(s, at, false);
    if (e - at >= 8) out.push([at, e]);
  }
  return out;
}

/**
 * What ends a reported clause besides the sentence: a quote mark (a spaced single one too, not the spaced ’ of a
 * possessive: "the country ’ s"), a semicolon, "even as"
 * (the writer's contrast, with or without a comma; "even though" without one is often the speaker's own), or a comma
 * before a contrast the writer adds (", even though …", ", despite …") or an appositive of the writer's
 * (", a claim that …"), a comma before the subject's next act (", before reversing himself", ", and subsequently
 * carried out …").
 */
const CLAUSE_BREAK =
  /["“”]|``|''|(?:^|\s)['‘’](?:\s(?!s\s)|$)|;|\seven\s+as\s|,\s+(?:but|while|whereas|even\s+though|although|though|despite|and\s+(?:it|this|that|there)\s+(?:was|is|became|has|had)|an?\s+(?:claim|charge|assertion|accusation|view|argument|position)\s+(?:that|which)|before\s+[a-z]+ing|and\s+(?:subsequently|later))\b/;

/** A dash setting off an aside ("Xenophobia—and specifically warnings that …—has been"). */
const DASH = /[—–]|\s--?\s/g;
/** How far before a clause its aside's opening dash is looked for (characters). */
const ASIDE_REACH = 200;

/**
 * Where a clause from `at` ends: the first CLAUSE_BREAK, the first comma when `subordinate`, the dash closing an aside
 * the clause opens in (an odd number of dashes in the ASIDE_REACH before it: "—and specifically warnings that immigrants pose a threat—has
 * indeed been a hallmark of …" resumes the writer's sentence), else the sentence's end.
 */
function endOfClause(s: string, at: number, subordinate: boolean): number {
  const rest = s.slice(at);
  const mark = rest.search(CLAUSE_BREAK);
  const comma = subordinate ? rest.search(/,/) : -1;
  const aside =
    (s.slice(Math.max(0, at - ASIDE_REACH), at).match(DASH)?.length ?? 0) % 2 === 1 ? rest.search(DASH) : -1;
  const cut = [mark, comma, aside].filter((x) => x >= 0);
  return at + (cut.length ? Math.min(...cut) : rest.replace(/\s+$/, '').length);
}

/**
 * A verb of depicting and its "as": what follows is the depicter's picture ("people they depict as invaders",
 * "describing the move as a presidential overreach", "portrayed the killings as the beginning of a new crackdown");
 * not "paint over", a cover-up.
 */
const DEPICT_AS =
  /(?:depict|portray|describ|brand|label|characteriz|characteris|paint)\p{L}*(?!\s+over\s)(?:\s(?:(?!\sas\s)[^,.;:!?"“”`]){1,60}?)?\sas\s/gu;
/** The writer as the depicter: "I would describe it as …", "we have labelled them as …". */
const FIRST_PERSON_BEFORE = /(?:^|\s)(?:I|[Ww]e)\s+(?:\S+\s+){0,2}$/u;

/**
 * The phrases after a verb of depicting and its "as" (DEPICT_AS), to the next comma or the clause's end; not after
 * I/we ("I would describe it as …": the writer's own words). Offsets in `s`.
 */
function asPhrases(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of s.matchAll(DEPICT_AS)) {
    if (FIRST_PERSON_BEFORE.test(s.slice(0, m.index))) continue;
    const at = m.index + m[0].length;
    const end = endOfClause(s, at, true);
    if (end - at >= 3) out.push([at, end]);
  }
  return out;
}
