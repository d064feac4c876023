// Words of mass violence in the sense that reports it rather than judges it (a second set of senses beside
// lib/framing/senses.ts, which calls these):
// - "massacre" with a name, a date or a toll names or reports a mass killing that happened: "the Sandy Hook school
//   massacre", "the 1997 massacre of 58 tourists", "a massacre that killed 58 people", "victims of a century-old
//   massacre", "the massacre at Srebrenica". Bare and without a killing in its sentence ("a massacre of the truth",
//   "Democrats were massacred at the polls") it keeps its weight. A contested name is cleared with the rest (a name
//   cannot tell "the Benghazi massacre" from "the Tiananmen Square massacre").
// - "terror" and "terrorist" before a noun of an act, a threat or a charge ("a terrorist attack", "terror plots",
//   "terrorism-related offenses", "the terror watch list") class an act, as criminal law and news desks do; and after a
//   verb of designating ("designated a terrorist organization", "listed as a terrorist group") or in the legal term
//   "foreign terrorist organization" they report a government's designation; after a verb that gives the view to
//   someone ("which Turkey considers a terrorist group") they report it; beside the name of a group on the State
//   Department's list on the article's date ("the Islamic State terrorist group") they report the designation
//   (designated-groups.ts). Put on people or a movement ("the terrorists", "a terrorist movement") they stay a label.
// - "fierce" and "bloody" before a noun of armed fighting ("fierce clashes", "bloody street battles") state how hard
//   the fighting was, as "deadly" does.
import type { Doc } from '../types.js';
import { isUpperChar } from '../text/tokenize.js';
import { designatedGroupNamed } from './designated-groups.js';
import { designations } from './designated-file.js';
import { wordAt } from '../text/word-at.js';

/** Words in a sentence that say people were killed: the sentence reports a killing. */
const TOLL = new Set(
  'killed killing killings kill dead died deaths victims slain survivor survivors survived gunman gunmen shooter shooting shootings shot wounded bodies murdered responsibility'.split(
    ' ',
  ),
);

/** Words of a count of people ("thousands of civilians"). */
const COUNT_WORDS = new Set('dozens hundreds thousands millions scores'.split(' '));

/** Nouns of an act, a threat, a charge or a list that "terror"/"terrorist" classes. */
const ACT_NOUNS = new Set(
  (
    'attack attacks plot plots plotting bombing bombings threat threats activity activities act acts incident ' +
    'incidents offense offenses offence offences charge charges financing funding recruitment suspect suspects watch ' +
    'watchlist list lists risk risks alert alerts warning warnings designation designations investigation ' +
    'investigations probe case cases conviction convictions'
  ).split(' '),
);

/** Words of designating a group by law, within a few words before "terrorist". */
const DESIGNATING = new Set(
  'designate designated designates designating designation list listed lists listing blacklist blacklisted classified classify classifies'.split(
    ' ',
  ),
);

/**
 * Verbs that give the class to someone else ("which the United States regards as a terrorist group", "Turkey considers
 * the YPG a terrorist group", "was declared a terrorist group"): the outlet reports who holds the view.
 */
const REGARDING = new Set(
  'regard regards regarded consider considers considered deem deems deemed declare declares declared recognize recognizes recognized recognise recognises recognised brand brands branded'.split(
    ' ',
  ),
);

/** Tokens looked back for a verb of designating ("designated Hamas as a terrorist organization"). */
const DESIGNATION_REACH = 6;

/** Token i is a count: a number ("58", "1997") or a word of a count of people ("thousands"). */
function isCount(d: Doc, i: number, s: number): boolean {
  const t = d.tokens[i];
  return !!t && t.sentence === s && (t.kind === 'number' || COUNT_WORDS.has(t.norm));
}

/** Token i is a capitalised word inside its sentence (not its first word): part of a name. */
function nameWord(d: Doc, i: number, s: number): boolean {
  const t = d.tokens[i];
  if (!t || t.sentence !== s || t.kind !== 'word' || i === d.sentences[s]?.tokenStart) return false;
  return isUpperChar(d.text[t.start]);
}

/**
 * "massacre" (any form) at token i as the name or report of a mass killing: a name or a date in the two words before
 * it ("the Pulse nightclub massacre", "the 1997 massacre", "a century-old massacre"), a count within four words after
 * it ("the massacre of 22 people", "massacred thousands of civilians"), a place after "at" or "in" ("the massacre at
 * Srebrenica"), or a word of killing in its sentence ("a massacre that killed 58 people").
 */
export function namedMassacre(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  for (const j of [i - 1, i - 2]) {
    if (nameWord(d, j, s) || isCount(d, j, s)) return true;
    if (wordAt(d, j, s)?.endsWith('-old')) return true;
  }
  for (let j = i + 1; j <= i + 4; j++) if (isCount(d, j, s)) return true;
  const next = wordAt(d, i + 1, s);
  if ((next === 'at' || next === 'in') && nameWord(d, i + 2, s)) return true;
  const sent = d.sentences[s];
  if (!sent) return false;
  for (let j = sent.tokenStart; j < sent.tokenEnd; j++) if (j !== i && TOLL.has(d.tokens[j].norm)) return true;
  return false;
}

/**
 * "terror"/"terrorist" at token i (its words end before token `end`) classing an act ("a terrorist attack", "terror
 * plots") or reporting a designation ("designated a terrorist organization", "foreign terrorist organizations").
 */
export function terrorAsCategory(d: Doc, i: number, end: number): boolean {
  const s = d.tokens[i].sentence;
  const w = d.tokens[i].norm;
  if (w === 'terrorists') return false; // people
  const next = wordAt(d, end, s);
  if (next !== undefined && ACT_NOUNS.has(next)) return true;
  if (wordAt(d, i - 1, s) === 'foreign' && next?.startsWith('organi')) return true;
  for (let j = i - 1; j >= i - DESIGNATION_REACH; j--) {
    const p = wordAt(d, j, s);
    if (p !== undefined && (DESIGNATING.has(p) || REGARDING.has(p))) return true;
  }
  return designatedGroupNamed(d, i, end, designations());
}

/** Nouns of armed fighting whose intensity "fierce" or "bloody" reports ("fierce clashes", "bloody street battles"). */
const COMBAT = new Set(
  'clash clashes fighting battle battles combat gunbattle gunbattles firefight firefights gunfight gunfights skirmish skirmishes shelling'.split(
    ' ',
  ),
);

/**
 * "fierce" or "bloody" right before a noun of armed fighting, or over one modifier before one other than "clash(es)"
 * ("fierce clashes", "bloody street battles"): it states how hard the fighting was or that people bled, as "deadly" and "violent" do (STATES_HARM).
 * Before other nouns ("fierce criticism", "a bloody war") it keeps its weight.
 */
export function fightingIntensity(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  if (COMBAT.has(wordAt(d, i + 1, s) ?? '')) return true;
  // over a modifier only a noun of arms: "a fierce partisan clash" is a quarrel
  const over = wordAt(d, i + 2, s) ?? '';
  return COMBAT.has(over) && !over.startsWith('clash');
}

const DETERMINERS = new Set('the a an his her their its our my your this public'.split(' '));

/** Subjects that "rage" as a stock verb of duration: wars, fires, disputes ("the civil war rages on"). */
const RAGING = new Set(
  (
    'war wars battle battles fight fighting conflict conflicts violence clashes insurgency attack fire fires blaze ' +
    'blazes wildfire wildfires bushfire bushfires storm storms disaster debate debates dispute disputes controversy ' +
    'argument arguments crisis anger riots'
  ).split(' '),
);

/**
 * "rage" as the verb of a war, a fire or a dispute that goes on ("the civil war rages on", "as the battle raged", "a
 * fire raged from an apartment", "disputes still rage over …"): such a subject within four words before it, with no
 * punctuation between; the noun of anger ("his rage", "a day of rage") stays loaded.
 */
export function ragingConflict(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  if (!/^rag(?:e|es|ed|ing)$/.test(d.tokens[i].norm)) return false;
  // "redirect the rage toward …", "their rage": a determiner makes it the noun of anger
  if (DETERMINERS.has(wordAt(d, i - 1, s) ?? '')) return false;
  for (let k = 1; k <= 4; k++) {
    const w = wordAt(d, i - k, s);
    if (w === undefined) return false;
    if (RAGING.has(w)) return true;
  }
  return false;
}
