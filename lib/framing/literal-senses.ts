// Literal senses of lexicon words whose loaded sense is a figure of speech (slam, mob, hijack, dystopian, weaponize,
// explosive, boast, toxic, Nazi):
// - "slam" is loaded as the attacking speech verb ("X slams Y"); "slammed shut the border", "to slam Europe's doors
//   shut", "slam the brakes on the debate" are the verb of a door or a brake (shut, closed, stopped);
// - "mob" is loaded as a crowd called a rabble ("the mob stormed the consulate", "the liberal mob"); "the Mob", "mob
//   movies", "a mob boss" name organised crime;
// - "explosive" is loaded as heat ("an explosive debate"); before a noun of munitions it is the material; "boast" is
//   loaded as bragging ("boasted about his crowds"); before a count or a superlative it means "have";
// - "toxic" is loaded as the figure ("toxic politics"); near a noun of matter it is poison ("toxic and wet garbage");
// - "Nazi" is loaded as a slur for today's opponents; before a noun of the Reich's history it names it ("a Nazi death
//   camp guard", "Nazi Germany").
import type { Doc } from '../types.js';
import { wordAt, wordNear } from '../text/word-at.js';

/** Words of a door or a brake that make "slam" a verb of shutting or stopping. */
const SHUT = new Set(['shut', 'closed', 'brakes', 'brake']);

/** "slam … shut", "slammed the brakes on": a word of shutting or braking within four words after the verb. */
export function slamShut(d: Doc, i: number): boolean {
  return /^slam(?:s|med|ming)?$/.test(d.tokens[i].norm) && wordNear(d, i, SHUT, 4);
}

/** Nouns "mob" modifies when it means organised crime ("mob boss", "mob movies", "mob ties"). */
const CRIME = new Set(
  (
    'boss bosses movie movies film films family families ties hit hits hitman figure figures informant informants ' +
    'enforcer enforcers associate associates lawyer lawyers underboss capo don dons killer killers killing killings ' +
    'drama dramas story stories book books trial trials racket rackets money'
  ).split(' '),
);

/**
 * "mob" before a noun of organised crime ("a book about mob movies", "a mob boss"), or "Mob" capitalised after a
 * lower-case "the" and before a lower-case word ("ties to the Mob in Chicago"; not a title's "the Liberal Mob").
 */
export function organisedCrime(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  if (t.norm !== 'mob') return false;
  if (CRIME.has(wordAt(d, i + 1, t.sentence) ?? '')) return true;
  const word = d.text.slice(t.start, t.end);
  const prev = d.tokens[i - 1];
  const next = d.tokens[i + 1];
  if (word !== 'Mob' || !prev || prev.sentence !== t.sentence) return false;
  const nextWord = next && next.sentence === t.sentence ? d.text.slice(next.start, next.end) : '';
  return d.text.slice(prev.start, prev.end) === 'the' && !/^\p{Lu}/u.test(nextWord);
}

/** Vehicles one seizes by force: "hijack" of one of these is the crime, not the figure ("hijacked the debate"). */
const VEHICLES = new Set(
  (
    'plane planes airplane airplanes airliner airliners jet jets jetliner jetliners aircraft flight flights car cars ' +
    'truck trucks bus buses ship ships vessel vessels tanker tankers boat boats train trains vehicle vehicles cockpit'
  ).split(' '),
);

/**
 * "hijack" in its literal sense, the seizure of a vehicle: the nouns "hijacker(s)" (the 9/11 hijackers; the figure is
 * the verb: "hijacked the hearing"), or the verb with a vehicle within three words after it ("hijacked four jetliners",
 * "hijacking fully loaded airplanes") or four before it ("the car they had hijacked").
 */
export function hijackedVehicle(d: Doc, i: number): boolean {
  const w = d.tokens[i].norm;
  if (w === 'hijacker' || w === 'hijackers') return true;
  return wordNear(d, i, VEHICLES, 3, 4);
}

/** Nouns of a work of fiction: "dystopian" of one of these names its genre. */
const WORKS = new Set(
  (
    'novel novels fiction film films movie movies book books series show shows thriller thrillers drama dramas genre ' +
    'masterpiece classic classics story stories tale tales sci-fi literature saga trilogy franchise'
  ).split(' '),
);

/**
 * "dystopian" naming a genre, before a noun of a work within three words ("the dystopian masterpiece Children of
 * Men", "a dystopian sci-fi novel"): the category of the book, not the writer's alarm ("a dystopian vision").
 */
export function dystopianGenre(d: Doc, i: number): boolean {
  return d.tokens[i].norm === 'dystopian' && wordNear(d, i, WORKS, 3);
}

/** Words of arms technology: in a sentence with one, "weaponize" is the engineering of a weapon. */
const ARMS = new Set(
  (
    'nuclear uranium plutonium enrichment enriched enrich warhead warheads missile missiles drone drones bomb bombs ' +
    'anthrax ricin sarin toxin toxins pathogen pathogens chemical chemicals biological'
  ).split(' '),
);

/** How far from "weaponize" (in tokens, within its sentence) a word of arms technology is looked for. */
const ARMS_REACH = 12;

/**
 * "weaponize" of arms: a word of arms technology within twelve words in its sentence ("steps away from nuclear weaponization", "work on
 * weaponization with the enriched uranium", "weaponised commercial drones"): making a weapon, not the figure of
 * turning a law or a word against opponents ("weaponized the Justice Department"). Not "the nuclear option", the
 * Senate's figure, nor after "politically".
 */
export function armsWeaponized(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  if (!/^weaponi[sz]/.test(t.norm) || wordAt(d, i - 1, t.sentence) === 'politically') return false;
  for (let k = Math.max(0, i - ARMS_REACH); k <= i + ARMS_REACH && k < d.tokens.length; k++)
    if (k !== i && d.tokens[k].sentence === t.sentence && arms(d, k)) return true;
  return false;
}

/** Token k is a word of arms technology (not "nuclear option"). */
function arms(d: Doc, k: number): boolean {
  const w = d.tokens[k].norm;
  return ARMS.has(w) && !(w === 'nuclear' && wordAt(d, k + 1, d.tokens[k].sentence) === 'option');
}

/** Nouns of munitions: "explosive" before one is the material, not the figure ("an explosive debate"). */
const MUNITIONS = new Set(
  (
    'device devices material materials charge charges vest vests belt belts testing test tests ordnance residue ' +
    'residues trace traces detector detectors compound compounds payload payloads powder'
  ).split(' '),
);

/**
 * "explosive" of munitions, before a noun of them within two words ("improvised explosive devices", "found explosive
 * materials in his car", "site of explosive testing"): the material, not the writer's heat ("explosive allegations").
 */
export function explosiveMaterial(d: Doc, i: number): boolean {
  return d.tokens[i].norm === 'explosive' && wordNear(d, i, MUNITIONS, 2);
}

/** Words that open a count as an object: "boasts an estimated 430,000", "boasts some of the", "boasts thousands". */
const COUNT_OPENERS = new Set(
  (
    'a an some several many more dozens hundreds thousands millions billions one two three four five six seven ' +
    'eight nine ten'
  ).split(' '),
);

/** Words that round a number ("boasts roughly 9,500"): a count only before one ("boasted about his crowds" is no count). */
const APPROXIMATORS = new Set('about around over nearly almost roughly'.split(' '));

/** Token k is a number (digits or a number token) in sentence s. */
function numberAt(d: Doc, k: number, s: number): boolean {
  const t = d.tokens[k];
  return !!t && t.sentence === s && (t.kind === 'number' || /^[0-9]/.test(t.norm));
}

/**
 * "boast" as "have": the verb before an object that is a count or a superlative ("Iraq 's military boasted an
 * estimated 430,000 soldiers", "the group boasts roughly 9,500 members", "Tokyo boasts the largest population",
 * "boasting a fledgling democracy"), not the bragging of "boasted about", "boasted that", "boasted his plan was …".
 */
export function boastOfHolding(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  if (!/^boast(?:s|ed|ing)?$/.test(t.norm)) return false;
  const next = d.tokens[i + 1];
  if (!next || next.sentence !== t.sentence) return false;
  if (numberAt(d, i + 1, t.sentence) || (APPROXIMATORS.has(next.norm) && numberAt(d, i + 2, t.sentence))) return true;
  if (COUNT_OPENERS.has(next.norm)) return true;
  const after = wordAt(d, i + 2, t.sentence) ?? '';
  return next.norm === 'the' && (after === 'most' || /est$/.test(after));
}

/** Nouns of matter that "toxic" describes as poison: "toxic chemicals", "toxic agents in warfare", "toxic … garbage". */
const TOXIC_MATTER = new Set(
  (
    'agent agents chemical chemicals arsenal arsenals waste wastes garbage trash substance substances fumes gas gases ' +
    'smoke sludge spill spills dump dumps metal metals algae mold mould runoff material materials pollutant ' +
    'pollutants dust ash emissions munitions'
  ).split(' '),
);

/** "toxic" within three words before a noun of matter ("toxic chemicals", "toxic and wet garbage"): poison. */
export function toxicMatter(d: Doc, i: number): boolean {
  return d.tokens[i].norm === 'toxic' && wordNear(d, i, TOXIC_MATTER, 3);
}

/** Nouns of the Third Reich's history that "Nazi" names: its state, camps, forces, officials and era. */
const REICH = new Set(
  (
    'germany regime era party camp camps death concentration occupation occupied guard guards officer officers ' +
    'soldier soldiers troops army forces war criminal criminals collaborator collaborators official officials ' +
    'leader leaders leadership propaganda invasion past period doctor doctors scientist scientists ss'
  ).split(' '),
);

/**
 * "Nazi" right before a noun of the Reich's history ("a Nazi death camp guard", "Nazi Germany", "a Nazi war
 * criminal"): the historical name, not a slur ("the Nazi left", "grammar Nazis").
 */
export function reichHistory(d: Doc, i: number): boolean {
  return d.tokens[i].norm === 'nazi' && REICH.has(wordAt(d, i + 1, d.tokens[i].sentence) ?? '');
}
