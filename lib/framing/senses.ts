// Senses of lexicon terms that are plain in context. A lexicon lists words, and a few of its words have a second,
// neutral sense that news prose uses as often as the loaded one. Each rule here reads the words around a lexicon hit
// (no tagger) and says when the hit is the neutral sense; loadedTokens then leaves it unmarked:
// - "claim" as a filing or an entitlement ("asylum claims", "jobless claims", "claimed responsibility") is not the
//   doubt-casting "he claims that";
// - a metaphor of water or invasion ("a wave of", "an influx of", "invasion") is dehumanising when it is about people
//   ("a wave of migrants"), not about events or places ("a wave of protests", "the invasion of Iraq");
// - "blast" after a determiner or a word of bombs is an explosion ("the blast", "a car blast"), not the attacking
//   speech verb "X blasts Y";
// - "regime" after a noun of rules is a system of rules ("the sanctions regime", "a tax regime"), not a label of an
//   illegitimate government, and "regime change" is the name of a foreign-policy aim; a fallen government's "regime"
//   ("the Mubarak regime" once Mubarak is ousted, "the old regime") is its standard name (lib/framing/regime-senses.ts);
// - "apparent" before a death or a violent act not yet confirmed ("an apparent suicide", "the apparent beheading") is
//   the reporter's hedge, not doubt cast on a claim;
// - "admitted" as let in ("refugees admitted", "were admitted to the country", "admitted 500 students", "admitted to
//   hospital") is not the confession verb "the minister admitted that" / "admitted to lying";
// - "claim" of deaths or of an attack ("the clashes claimed at least 36 lives", "a claim of responsibility") reports a
//   toll or an attribution, not an assertion put in doubt;
// - "dismissed" with a case, a charge or a suit as its object ("the judge dismissed the lawsuit") is a court's ruling,
//   and with officials a sacking, not the speaker waving an argument away ("the minister dismissed the criticism");
// - "sweeping" as the verb ("sweeping through the town", "sweeping up") or before a law or plan ("a sweeping
//   immigration bill", "sweeping changes") states how far it reaches, not a dramatised scale;
// - "terror" or "terrorism" after "war on" is the name of a policy, not the writer's label; "terrorist" classing an
//   act or reporting a designation, and "massacre" with a name, a date or a toll, are plain
//   (lib/framing/violence-senses.ts);
// - "fake" before a document or an identity ("fake Social Security numbers", "fake or stolen IDs", "fake accounts")
//   says it was forged, not that the writer scorns it ("fake news", "a fake crisis");
// - an "anti-" word before a noun of protest or armed opposition ("anti-government protesters", "anti-Assad rebels",
//   "an anti-war march") names a movement by its cause, as news desks name it, not the writer's label;
// - "so-called" before a name or a phrase in quote marks ("the so-called Gang of Eight", "so-called "catch and
//   release"") introduces what something is called, not the writer's doubt ("a so-called judge"); so does "so-called"
//   before a two-word term the article writes bare in its own narration elsewhere ("so-called sanctuary cities" …
//   "sanctuary cities have refused"): the writer adopts the term it introduced;
// - "supposed to" is the modal of what is expected or required ("cases are supposed to be expedited"), not the
//   doubting "his supposed crimes";
// - "crackdown" on a crime or on breaches of immigration law ("a crackdown on illegal hiring", "an immigration
//   crackdown", "crackdown on sanctuary cities") is the news desks' word for a campaign of law enforcement; the word
//   keeps its weight for a government's crackdown on protesters, dissent or the press;
// - a metaphor of invasion ("invasion", "overrun") is dehumanising when people on the move stand in its sentence
//   ("the migrant invasion", "a town overrun by migrants"), not when armies invade ("the 2003 invasion", "a ground
//   invasion", "towns overrun by militants");
// - a word made from a thinker's name before a trade of thought or writing or a body of thought ("a Marxist
//   historian", "Marxist doctrines") names a school of thought, not the writer's label ("a Marxist organisation");
// - "claim(s)" denied, verified or investigated, or giving a toll, "purported" material, "apparent" as evident and
//   "lie(s)" of position (lib/framing/verification-senses.ts);
// - a size word right before a noun of a crowd or an amount ("massive protests", "a huge number of") states how many
//   (lib/framing/size-senses.ts);
// - a label of an act mentioned as the word under dispute ("stopped short of calling it a coup", "is not a coup",
//   "accusations of a coup") or as a legal category, and "coup" as a triumph ("a major coup for the campaign")
//   (lib/framing/dispute-senses.ts);
// - "insisted on a vote" and "insisted the bill be amended" demand, as "demanded" would, not a doubted assertion
//   (lib/framing/demand-senses.ts);
// - "catastrophe" of a natural disaster or an accident, the insurance term "catastrophic coverage", and the name "the
//   Nakba, or Catastrophe" describe damage, not the writer's charge (lib/framing/disaster-senses.ts);
// - any lexicon word in a poll's answer option printed with its share ("Wrong Track – 62 percent") is the
//   pollster's label (lib/framing/poll-senses.ts), and a label after "self-described" is its bearer's own word
//   ("the self-described democratic socialist", lib/framing/self-label-senses.ts);
// - "fierce" of a political dispute ("fierce opposition") and "staggering" before an amount ("a staggering $30
//   billion") measure a degree, as "outright" of a measure does ("ban it outright", lib/framing/degree-senses.ts), and "allegedly" in a relative clause ("the man who
//   allegedly opened fire") is the legal hedge on a charge (lib/framing/verification-senses.ts);
// - "dangerous" of a place, a route or an illness ("the dangerous journey north", "dangerous diseases") states a
//   physical risk (lib/framing/risk-senses.ts; a word of the general vocabularies, read in loaded-tokens.ts);
// - "claimed" with land or control as its object ("forces claimed large areas of territory") is a seizure
//   (lib/framing/claim-senses.ts), "slam … shut" the verb of a door, "the Mob", "mob movies" organised crime,
//   "improvised explosive devices" munitions and "boasts roughly 9,500 members" having (lib/framing/literal-senses.ts).
import type { Doc } from '../types.js';
import { isUpperChar } from '../text/tokenize.js';
import { fightingIntensity, namedMassacre, ragingConflict, terrorAsCategory } from './violence-senses.js';
import {
  allegedInRelative,
  claimChecked,
  evidentApparent,
  lieOfPosition,
  lyingOn,
  purportedMaterial,
} from './verification-senses.js';
import { fierceDispute, outrightWhole, staggeringAmount } from './degree-senses.js';
import { SIZE_WORDS, sizeOfCount } from './size-senses.js';
import { notablyPicksOut } from './signpost-senses.js';
import { ACT_LABELS, coupAsTriumph, labelUnderDispute } from './dispute-senses.js';
import { fallenRegime, regimeOfRules } from './regime-senses.js';
import { asylumClaim, claimedDue, claimedHolding, claimInCourt, claimToHolding } from './claim-senses.js';
import {
  armsWeaponized,
  boastOfHolding,
  dystopianGenre,
  explosiveMaterial,
  hijackedVehicle,
  organisedCrime,
  reichHistory,
  slamShut,
  toxicMatter,
} from './literal-senses.js';
import { insistAsDemand } from './demand-senses.js';
import { disasterCatastrophe } from './disaster-senses.js';
import { pollOption } from './poll-senses.js';
import { selfDescribedLabel } from './self-label-senses.js';
import { wordAt } from '../text/word-at.js';
import { inWorkTitle } from './work-titles.js';
import { physicalBlast } from './physical-senses.js';

/** Nouns of a benefit, a right or a cause of action a "claim" is filed for ("asylum claims", "due process claims"). */
const FILED_FOR = new Set([
  'asylum',
  'jobless',
  'unemployment',
  'insurance',
  'disability',
  'benefit',
  'benefits',
  'welfare',
  'compensation',
  'refugee',
  'refugee-status',
  'patent',
  'pension',
  'injury',
  'damages',
  'land',
  'territorial',
  'tax',
  'warranty',
  // a cause of action in court ("due process claims", "pursue her own legal claim", "novel legal claims"): the filing,
  // not a doubted assertion; not "fraud" or "discrimination", whose claims are as often allegations out of court
  'process',
  'legal',
  'constitutional',
  'negligence',
  'malpractice',
  'liability',
  'infringement',
  'antitrust',
  'statutory',
]);

/** Possessives between "claim" and what is claimed ("claiming their asylum rights"). */
const POSSESSIVES = new Set('their his her its our my your'.split(' '));

/** What one claims as one's due ("claimed responsibility", "claim asylum", "claims for damages"). */
const CLAIMED = new Set([
  'for',
  'responsibility',
  'credit',
  'asylum',
  'bankruptcy',
  'benefits',
  'compensation',
  'damages',
  'ownership',
  'sovereignty',
]);

/** Terms of the dehumanising metaphors that picture a crowd as water or an army. */
const CROWD_METAPHORS = new Set(['wave of', 'waves of', 'flood of', 'floods of', 'influx', 'deluge', 'invasion']);

/** Nouns of people, above all people on the move, that make a crowd metaphor dehumanising. */
const PEOPLE = new Set([
  'people',
  'persons',
  'migrant',
  'migrants',
  'immigrant',
  'immigrants',
  'immigration',
  'migration',
  'refugee',
  'refugees',
  'asylum',
  'seekers',
  'aliens',
  'illegals',
  'foreigners',
  'foreign',
  'newcomers',
  'arrivals',
  'crossers',
  'entrants',
  'workers',
  'labor',
  'labour',
  'families',
  'children',
  'minors',
  'students',
  'tourists',
  'visitors',
  'settlers',
  'outsiders',
  'strangers',
]);

/** Words before "blast" that make it an explosion: determiners and words of bombs. */
const EXPLOSION_BEFORE = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'second',
  'bomb',
  'car',
  'truck',
  'suicide',
  'gas',
  'deadly',
]);

/**
 * Nouns of a death, an injury or a violent act that reports call "apparent" until it is confirmed ("an apparent
 * suicide", "the apparent beheading", "apparent airstrikes", "an apparent chokehold"): the reporter's hedge, not doubt
 * cast on someone's claim.
 */
const HEDGED_EVENTS = new Set(
  'death deaths suicide suicides overdose overdoses homicide homicides murder murders killing killings beheading beheadings shooting shootings stabbing stabbings attack attacks airstrike airstrikes strike strikes bombing bombings chokehold explosion explosions crash poisoning drowning assassination massacre heart'.split(
    ' ',
  ),
);

/** "apparent" before a noun of an unconfirmed death or violent act (HEDGED_EVENTS), allowing one word between. */
function hedgedEvent(d: Doc, i: number): boolean {
  return beforeNounOf(d, i, HEDGED_EVENTS);
}

/** Forms of "be" and "get" before a passive participle ("were admitted", "got admitted"). */
const PASSIVE_AUX = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'gets', 'got', 'gotten']);

/** Words before a participle "admitted" that make it let in: "those admitted", "once admitted", "either admitted or". */
const ADMITTED_AFTER = new Set(['those', 'once', 'either', 'newly', 'individuals', 'persons', 'relatives']);

/** Words between a verb and its count ("nearly 500", "fewer than 50,000"). */
const QUANTITY = new Set(
  'about nearly almost around roughly some only just barely over under more fewer less than at least up to'.split(' '),
);

/** What a court dismisses, and people who are dismissed from a post ("dismissed the case", "dismissed the officials"). */
const DISMISSED_OBJECT = new Set(
  'case cases charge charges suit suits lawsuit lawsuits complaint complaints appeal appeals indictment petition motion jury officials official officers staff employees'.split(
    ' ',
  ),
);

/** Particles after "sweeping" that make it the verb ("sweeping through", "sweeping up"). */
const SWEEP_PARTICLE = new Set([
  'through',
  'up',
  'across',
  'into',
  'away',
  'aside',
  'over',
  'past',
  'out',
  'down',
  'in',
]);

/**
 * Nouns of laws, plans, powers, actions and wins whose reach "sweeping" states ("a sweeping bill", "sweeping reforms",
 * "sweeping authority to interpret immigration laws", "a sweeping victory").
 */
const SWEEP_SCOPE = new Set(
  'bill bills law laws legislation measure measures reform reforms overhaul overhauls changes change order orders rule rules ruling plan plans package proposal proposals powers power ban bans restrictions sanctions review policy policies program programme agreement deal tariffs cuts authority authorities mandate action actions rewrite prohibitions proclamation guidelines crackdown effort efforts gains advance victory win protests nationalisation nationalization privatisation privatization investigation probe inquiry raids arrests'.split(
    ' ',
  ),
);

/** The word after token i, or the one after that over one modifier word, is one of `nouns` (same sentence). */
function beforeNounOf(d: Doc, i: number, nouns: ReadonlySet<string>): boolean {
  const s = d.tokens[i].sentence;
  const next = wordAt(d, i + 1, s);
  if (next === undefined) return false;
  return nouns.has(next) || nouns.has(wordAt(d, i + 2, s) ?? '');
}

/** True when the "claim" at token i is a filing or an entitlement, not a doubted assertion. */
function claimAsFiling(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  const prev = wordAt(d, i - 1, s),
    next = wordAt(d, i + 1, s);
  if (prev && FILED_FOR.has(prev)) return true;
  if (next && CLAIMED.has(next)) return true;
  // "claiming their asylum rights", "claim his benefits": what is claimed after a possessive
  if (next && POSSESSIVES.has(next) && CLAIMED.has(wordAt(d, i + 2, s) ?? '')) return true;
  if (next === 'of' && wordAt(d, i + 2, s) === 'responsibility') return true; // "a claim of responsibility"
  return claimedLives(d, i, s);
}

/** Words of a toll's size before "lives" ("as many as 5,000 lives", "tens of thousands of lives"). */
const TOLL = new Set('as many tens scores hundreds thousands millions dozens of'.split(' '));

/**
 * "claimed the lives of", "claimed at least 36 lives", "claims as many as 5,000 lives per month": a toll, over a
 * determiner, a count and words of quantity.
 */
function claimedLives(d: Doc, i: number, s: number): boolean {
  for (let j = i + 1; j <= i + 6; j++) {
    const t = d.tokens[j];
    if (t?.sentence !== s) return false;
    if (t.norm === 'lives') return true;
    if (t.kind !== 'number' && t.norm !== 'the' && !QUANTITY.has(t.norm) && !TOLL.has(t.norm)) return false;
  }
  return false;
}

/**
 * True when a crowd metaphor starting at token i (its words run to token `end`, exclusive) is about something other
 * than people: the four words after its "of" hold no noun of people. Without an "of" ("the influx has grown") it is
 * taken as about people.
 */
function crowdNotPeople(d: Doc, i: number, end: number, term: string): boolean {
  const s = d.tokens[i].sentence;
  let j = end;
  if (!term.endsWith(' of')) {
    if (wordAt(d, j, s) !== 'of') return false;
    j++;
  }
  for (let k = 0; k < 4; k++, j++) {
    const w = wordAt(d, j, s);
    if (w === undefined) break;
    if (PEOPLE.has(w)) return false;
  }
  return true;
}

/**
 * True when the "admitted" at token i means let in, not confessed: "into" after it ("admitted into the program"),
 * "as" a person ("admitted as refugees"), a passive or people before it ("were admitted to the country", "refugees
 * admitted"), or people or a count after it ("admitted more refugees", "admitted nearly 500"). "that" after it is a
 * confession, and so are "admitted to" a deed ("admitted to lying") and "admitted as much"; an active "admitted to the
 * charges" stays the confession verb.
 */
function admittedAsEntry(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  const at = (k: number) => wordAt(d, i + k, s);
  const next = at(1);
  if (next === 'that') return false;
  if (next === 'into' || at(2) === 'into') return true; // "admitted (them) into the program"
  if (next === 'to' && (at(2) ?? '').endsWith('ing')) return false;
  if (next === 'as') return at(2) === 'a' || at(2) === 'an' || PEOPLE.has(at(2) ?? ''); // not "admitted as much"
  // before it, over one adverb ("have been lawfully admitted", "refugees already admitted")
  const prev = at(-1)?.endsWith('ly') || at(-1) === 'already' ? at(-2) : at(-1);
  if (prev && (PASSIVE_AUX.has(prev) || PEOPLE.has(prev) || ADMITTED_AFTER.has(prev))) return true;
  if (next && (PEOPLE.has(next) || PEOPLE.has(at(2) ?? ''))) return true; // "admitted (more) refugees"
  // a count, over words of quantity only ("admitted 500", "admitted barely more than 50,000")
  for (let j = i + 1; j <= i + 4; j++) {
    const t = d.tokens[j];
    if (t?.sentence !== s) return false;
    if (t.kind === 'number') return true;
    if (!QUANTITY.has(t.norm)) return false;
  }
  return false;
}

/**
 * "dismissed" of a case or a post: a case or officials as its object within three words. A passive ("the case was
 * dismissed") is not taken: "was dismissed as" a waved-away argument is as common, and BABE's tuning half lost a mark.
 */
function dismissedCase(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  for (let k = 1; k <= 3; k++) {
    const w = wordAt(d, i + k, s);
    if (w === undefined) return false;
    if (DISMISSED_OBJECT.has(w)) return true;
  }
  return false;
}

/** Places a disease, a storm or a movement sweeps ("the virus sweeping the globe"): "sweeping" is the verb there. */
const SWEPT_PLACES = new Set('globe world country nation region continent city state states town towns'.split(' '));

/**
 * "sweeping" as the verb (a particle after it, or "the" and a place: "sweeping the globe") or before a noun of a law
 * or plan over up to two modifiers ("sweeping gun control measures", "a sweeping national security law").
 */
function sweepingScope(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  const next = wordAt(d, i + 1, s);
  if (next === undefined) return false;
  if (SWEEP_PARTICLE.has(next) || (next === 'the' && SWEPT_PLACES.has(wordAt(d, i + 2, s) ?? ''))) return true;
  for (let k = 1; k <= 3; k++) {
    const w = wordAt(d, i + k, s);
    if (w === undefined) return false;
    if (SWEEP_SCOPE.has(w)) return true;
  }
  return false;
}

/** Documents and identities that can be forged: "fake" before one of them (within three words) is the plain sense. */
const FORGED = new Set(
  'document documents documentation papers passport passports visa visas id ids identification identity identities license licenses licence licences card cards certificate certificates number numbers account accounts profile profiles signature signatures address addresses name names'.split(
    ' ',
  ),
);

/** "fake Social Security numbers", "fake or stolen IDs": a forged document or identity. */
function forgedThing(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  for (let k = i + 1, n = 0; n < 3; k++, n++) {
    const w = wordAt(d, k, s);
    if (w === undefined) return false;
    if (FORGED.has(w)) return true;
    if (w === 'or' || w === 'and') k++; // "fake or stolen IDs": the adjective coordinated with "fake" is no step
  }
  return false;
}

/** Nouns of protest and armed opposition that news desks name by their cause ("anti-government protesters"). */
const MOVEMENT = new Set(
  'protest protests protester protesters protestor protestors demonstration demonstrations demonstrator demonstrators rally rallies march marches marchers movement movements uprising uprisings revolt rebellion rebels rebel fighters militia militias insurgents insurgency coalition activists activist campaigners'.split(
    ' ',
  ),
);

/** An "anti-" word before a noun of protest or armed opposition, over one modifier ("anti-government street protests"). */
function namesMovement(d: Doc, i: number): boolean {
  return beforeNounOf(d, i, MOVEMENT);
}

/** Quote marks that can open a quoted phrase (straight, curly, and the `` of pre-tokenised text). */
const OPENING_QUOTES = new Set(['"', '\u201C', '\u2018', "'", '`', '``']);

/** "so-called" before a capitalised word or an opening quote mark: what a name or a term is called. */
function introducesName(d: Doc, i: number): boolean {
  const next = d.tokens[i + 1];
  if (next?.sentence !== d.tokens[i].sentence) return false;
  if (next.kind === 'word') return isUpperChar(d.text[next.start]);
  return OPENING_QUOTES.has(d.text.slice(next.start, next.end));
}

/** Trades of thought or writing and bodies of thought that a school of thought is named before ("a Marxist historian"). */
const SCHOOL_OF_THOUGHT = new Set(
  'scholar scholars historian historians economist economists philosopher philosophers theorist theorists thinker thinkers author authors writer writers poet poets journalist journalists critic critics intellectual intellectuals academic academics professor professors sociologist sociologists doctrine doctrines theory theories paradigm paradigms analysis thought tradition traditions scholarship economics critique texts classics literature'.split(
    ' ',
  ),
);

/**
 * True when a word made from a thinker's name (a capitalised lexicon term, "Marxis*") at token i stands before a
 * trade of thought or a body of thought ("the Pakistani Marxist author", "Marxist doctrines"): the school's name.
 */
export function schoolOfThought(d: Doc, i: number): boolean {
  return SCHOOL_OF_THOUGHT.has(wordAt(d, i + 1, d.tokens[i].sentence) ?? '');
}

/** A word's form without a plural -s ("cities" and "city" are one term's words). */
function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/**
 * "so-called" at token i before two lower-case words that the doc writes in a row in another sentence without
 * "so-called" before them, in its own narration when the token voices are given (0 = own): a term introduced and then
 * adopted ("so-called sanctuary cities … sanctuary cities say"). In its own sentence the repeat spells the doubt out
 * ("so-called safe zones that are safe zones only on paper"). One word is not enough: "his so-called wall" and "the
 * so-called caliphate" doubt a word the article cannot avoid writing.
 */
function adoptedTerm(d: Doc, i: number, voice?: ArrayLike<number>): boolean {
  const s = d.tokens[i].sentence;
  const a = wordAt(d, i + 1, s),
    b = wordAt(d, i + 2, s);
  if (!a || !b || isUpperChar(d.text[d.tokens[i + 1].start])) return false;
  const second = singular(b);
  for (let j = 0; j + 1 < d.tokens.length; j++) {
    if (d.tokens[j].sentence === s || d.tokens[j].norm !== a || d.tokens[j - 1]?.norm === 'so-called') continue;
    const next = d.tokens[j + 1];
    if (next.sentence !== d.tokens[j].sentence || next.kind !== 'word' || singular(next.norm) !== second) continue;
    if (!voice || voice[j] === 0) return true;
  }
  return false;
}

/**
 * Crimes, breaches of immigration law and their enforcement: a "crackdown" on one of them, or named by one ("an
 * immigration crackdown"), enforces a law.
 */
const ENFORCED = new Set(
  'illegal illegally immigration immigrants immigrant border borders sanctuary employers employer hiring workplace worksite visa visas overstays overstayers smuggling smugglers trafficking traffickers drug drugs narcotics crime crimes criminals gang gangs cartel cartels corruption graft bribery fraud fraudsters tax evasion piracy poaching counterfeit counterfeiting laundering enforcement interior deportation deportations'.split(
    ' ',
  ),
);

/** "crackdown" named by, or on, a crime or a breach of immigration law (the modifier before it, or four words after on/against). */
function crackdownOnWrong(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  if (ENFORCED.has(wordAt(d, i - 1, s) ?? '')) return true;
  const prep = wordAt(d, i + 1, s);
  if (prep !== 'on' && prep !== 'against') return false;
  for (let k = 2; k <= 5; k++) {
    const w = wordAt(d, i + k, s);
    if (w === undefined) return false;
    if (ENFORCED.has(w)) return true;
  }
  return false;
}

/** People on the move: in the sentence of an invasion metaphor, they make it one about people (act nouns too). */
export const ON_THE_MOVE = new Set(
  'migrant migrants immigrant immigrants immigration migration aliens alien illegals refugees refugee asylum caravan caravans foreigners crossers border-crossers newcomers invaders'.split(
    ' ',
  ),
);

/**
 * A word of people on the move in token i's sentence, from six words before it to twelve after ("France being overrun
 * in the 21st century by a wave of migrants").
 */
function movingPeopleNear(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  for (let j = Math.max(0, i - 6); j <= i + 12 && j < d.tokens.length; j++) {
    const t = d.tokens[j];
    if (j !== i && t.sentence === s && ON_THE_MOVE.has(t.norm)) return true;
  }
  return false;
}

/**
 * An invasion metaphor ("invasion", "overrun") with no people on the move near it, and none after its "of": armies
 * invading ("the 2003 invasion", "the invasion of Kuwait", "a town overrun by militants").
 */
function armiesInvade(d: Doc, i: number, end: number, term: string): boolean {
  if (movingPeopleNear(d, i)) return false;
  return wordAt(d, end, d.tokens[i].sentence) !== 'of' || crowdNotPeople(d, i, end, term);
}

/** "the war on terror", "the war on terrorism": the name of a policy. */
function warOnTerror(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  return wordAt(d, i - 1, s) === 'on' && wordAt(d, i - 2, s) === 'war';
}

/**
 * True when the lexicon term `term` matched at token i (its last word at token end - 1) is used in a neutral sense
 * (see the module comment). `voice`: the doc's token voices (Voice.tokenVoice), when known.
 */
export function neutralSense(d: Doc, i: number, end: number, term: string, voice?: ArrayLike<number>): boolean {
  if (pollOption(d, i, end) || selfDescribedLabel(d, i) || inWorkTitle(d, i)) return true;
  if (ACT_LABELS.has(term) && labelUnderDispute(d, i, end, term)) return true;
  if (term === 'coup' && coupAsTriumph(d, i)) return true;
  if (term.startsWith('claim'))
    return (
      claimAsFiling(d, i) ||
      claimChecked(d, i) ||
      asylumClaim(d, i) ||
      claimToHolding(d, i) ||
      claimedHolding(d, i) ||
      claimInCourt(d, i) ||
      claimedDue(d, i)
    );
  if (term === 'admitted') return admittedAsEntry(d, i);
  if (term === 'slam*') return slamShut(d, i);
  if (term === 'mob') return organisedCrime(d, i);
  if (term === 'hijack*') return hijackedVehicle(d, i);
  if (term === 'dystopian') return dystopianGenre(d, i);
  if (term === 'weaponiz*' || term === 'weaponis*') return armsWeaponized(d, i);
  if (term === 'explosive') return explosiveMaterial(d, i);
  if (term === 'boast*') return boastOfHolding(d, i);
  if (term === 'toxic') return toxicMatter(d, i);
  if (term === 'nazi*') return reichHistory(d, i);
  if (term === 'insisted' || term === 'insisting') return insistAsDemand(d, i);
  if (term === 'catastroph*') return disasterCatastrophe(d, i);
  if (term === 'dismiss*') return dismissedCase(d, i);
  if (term === 'sweeping') return sweepingScope(d, i);
  if (term === 'fake') return forgedThing(d, i);
  if (term === 'anti-*') return namesMovement(d, i);
  if (term === 'so-called') return introducesName(d, i) || adoptedTerm(d, i, voice);
  if (term === 'supposed*') return d.tokens[i].norm === 'supposed' && wordAt(d, i + 1, d.tokens[i].sentence) === 'to';
  if (term === 'terror' || term === 'terroris*') return warOnTerror(d, i) || terrorAsCategory(d, i, end);
  if (term === 'massacre*') return namedMassacre(d, i);
  if (term === 'fierce') return fightingIntensity(d, i) || fierceDispute(d, i);
  if (term === 'staggering') return staggeringAmount(d, i);
  if (term === 'outright') return outrightWhole(d, i);
  if (term === 'allegedly') return allegedInRelative(d, i);
  if (term === 'rage*') return ragingConflict(d, i);
  if (term === 'crackdown') return crackdownOnWrong(d, i);
  if (term === 'invasion' || term === 'overrun') return armiesInvade(d, i, end, term);
  if (CROWD_METAPHORS.has(term)) return crowdNotPeople(d, i, end, term);
  if (term === 'regime' || term === 'regimes') return regimeOfRules(d, i) || fallenRegime(d, i);
  if (term === 'openly') return openIdentity(d, i);
  if (term === 'apparent') return hedgedEvent(d, i) || evidentApparent(d, i);
  if (term === 'purported*') return purportedMaterial(d, i);
  if (SIZE_WORDS.has(term)) return sizeOfCount(d, i);
  if (term === 'notably') return notablyPicksOut(d, i);
  if (term === 'lie' || term === 'lies' || term === 'lying') return lieOfPosition(d, i) || lyingOn(d, i);
  if (term === 'blast*') {
    const w = d.tokens[i].norm;
    const prev = wordAt(d, i - 1, d.tokens[i].sentence);
    return (
      ((w === 'blast' || w === 'blasts') && prev !== undefined && EXPLOSION_BEFORE.has(prev)) || physicalBlast(d, i)
    );
  }
  return false;
}

/** Identities that "openly" states a person lives by ("the first openly gay cabinet secretary"). */
const IDENTITIES = new Set('gay lesbian bisexual transgender trans queer homosexual lgbt lgbtq atheist'.split(' '));

/**
 * "openly gay", "an openly transgender officer": the standard words for a person who is public about an identity, not
 * the writer's charge of brazenness ("openly defied the court").
 */
function openIdentity(d: Doc, i: number): boolean {
  return IDENTITIES.has(wordAt(d, i + 1, d.tokens[i].sentence) ?? '');
}
