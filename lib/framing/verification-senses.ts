// Senses of doubt-casting words in which the reporter checks a report rather than doubting a speaker, and a verb of
// position that shares its spelling with "lie":
// - "claim(s)" as what a party denies or what someone could not verify or investigates ("Assad denies the claim",
//   "CNN could not independently verify the claims", "investigate the claims immediately"): the neutral name of an
//   assertion in dispute; and a toll a party gives ("another group claimed nearly 500 were killed", "residents claim
//   more than 1,300 people died"): the attributed count of a war report, as "claimed 36 lives" is a toll;
// - "purported(ly)" of a video, a picture or a document, or "purported to show" ("video purported to show the area
//   being shelled"): the reporter's hedge on material it could not check, as "apparent" is before an unconfirmed death;
// - "apparent" after a verb of being or becoming ("has become increasingly apparent", "it was apparent that"):
//   evident, the opposite of a doubt;
// - "lie(s)" and "lying" of where something is ("the danger that lies ahead", "the origins lie in riots", "will lie in
//   honor", "lying on the floor"): the verb of position, not the accusation "he lies about";
// - "allegedly" opening a relative clause's predicate ("the man who allegedly opened fire", "a driver who was
//   allegedly drunk"): the legal hedge on what a suspect is charged with, not the writer's doubt of a claim ("the
//   people we are allegedly helping").
import type { Doc } from '../types.js';
import { wordAt, wordNear } from '../text/word-at.js';

/** Verbs and nouns of denying, checking or investigating a report, before "the claim(s)" they govern. */
const CHECKED = new Set(
  'deny denies denied denying denial denials verify verifies verified verifying verification confirm confirms confirmed confirming confirmation corroborate corroborated corroborating substantiate substantiated investigate investigates investigated investigating investigation probe probes probed probing'.split(
    ' ',
  ),
);

/** Words that may stand between such a verb and "claim(s)" ("could not independently verify the latest claims"). */
const BETWEEN = new Set(
  'the a an these those this that its their his her such latest new rebel rebels activists activist any all of opposition'.split(
    ' ',
  ),
);

/** Words of death in a toll ("were killed", "people died"). */
const TOLL = new Set('killed dead died deaths death slain wounded injured casualties'.split(' '));

/** Words of quantity between a verb and its count ("nearly 500", "more than 1,300"). */
const QUANTITY = new Set(
  'about nearly almost around roughly some over more fewer less than at least up to as many'.split(' '),
);

/**
 * "claim"/"claims" governed by a word of denying, verifying or investigating over at most three determiners or
 * modifiers of the report ("denied the claims", "has n't verified latest claim"), or a claim of a toll.
 */
export function claimChecked(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  const w = d.tokens[i].norm;
  if (w === 'claim' || w === 'claims') {
    for (let k = 1; k <= 4; k++) {
      const prev = wordAt(d, i - k, s);
      if (prev === undefined) break;
      if (CHECKED.has(prev)) return true;
      if (!BETWEEN.has(prev)) break;
    }
  }
  return claimedToll(d, i, s);
}

/** "claimed nearly 500 were killed", "claim more than 1,300 people died": a count, then a word of death near it. */
function claimedToll(d: Doc, i: number, s: number): boolean {
  let j = i + 1;
  if (wordAt(d, j, s) === 'that') j++;
  while (QUANTITY.has(d.tokens[j]?.norm ?? '') && d.tokens[j].sentence === s) j++;
  if (d.tokens[j]?.kind !== 'number' || d.tokens[j].sentence !== s) return false;
  for (let k = j + 1; k <= j + 4; k++) if (TOLL.has(wordAt(d, k, s) ?? '')) return true;
  return false;
}

/** Material a reporter may be unable to check: videos, pictures, recordings, documents. */
const MATERIAL = new Set(
  'video videos footage image images photo photos photograph photographs picture pictures recording recordings audio tape tapes clip clips document documents letter letters email emails memo message messages tweet tweets post posts account accounts'.split(
    ' ',
  ),
);

/** "purported(ly)" of material ("a purported video", "video purported to show"): the reporter's hedge. */
export function purportedMaterial(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  const next = wordAt(d, i + 1, s);
  if (MATERIAL.has(next ?? '') || MATERIAL.has(wordAt(d, i + 2, s) ?? '')) return true;
  if (next !== 'to' || !['show', 'shows', 'be', 'depict', 'contain'].includes(wordAt(d, i + 2, s) ?? '')) return false;
  // "video posted to the web purported to show": the material named in the six words before
  return wordNear(d, i, MATERIAL, 0, 6);
}

/** Verbs of being and becoming, and the adverbs of degree between them and a predicative adjective. */
const PREDICATIVE_BEFORE = new Set(
  'is was are were be been being become becomes became becoming seems seemed increasingly readily immediately quickly already all more clearly'.split(
    ' ',
  ),
);

/** "apparent" after a verb of being or becoming ("became increasingly apparent"): evident, not doubted. */
export function evidentApparent(d: Doc, i: number): boolean {
  const prev = wordAt(d, i - 1, d.tokens[i].sentence);
  if (prev === undefined || !PREDICATIVE_BEFORE.has(prev)) return false;
  // not the attributive "was apparent chaos": a word after it must not be a noun it modifies (punctuation, "that", a preposition)
  const next = d.tokens[i + 1];
  return (
    !next ||
    next.kind !== 'word' ||
    ['that', 'in', 'to', 'from', 'when', 'as', 'by', 'after', 'on', 'at', 'and', 'why', 'how'].includes(next.norm)
  );
}

/** Words after "lie(s)"/"lying" of position ("lies ahead", "lie in honor", "lying on the floor"). */
const POSITION = new Set(
  'ahead in at with behind beneath underneath under within between dormant low idle outside beyond near atop along across deep buried fallow flat unused where north south east west northeast northwest southeast southwest strategically'.split(
    ' ',
  ),
);

/** Points of the compass: "lies to the west of the river". */
const COMPASS = new Set('north south east west northeast northwest southeast southwest'.split(' '));

/** Words before a noun "lie(s)" ("a big lie in the ad", "the lies in his speech"): the accusation, not position. */
const NOUN_BEFORE = new Set(
  'a the his her their its our my your this that these those big more such outright blatant bald-faced white same'.split(
    ' ',
  ),
);

/** Words that open a sentence whose verb comes before its subject: "There lie …", "Underneath it lies …". */
const INVERSION_OPENERS = new Set(
  'there therein herein here underneath beneath with among behind within inside beyond below above between'.split(' '),
);

/** Words that open the subject after an inverted "lie(s)" ("… lies a web of details", "lie several clearings"). */
const SUBJECT_OPENERS = new Set(
  'a an the several many some few two three four their his her its our this that these those'.split(' '),
);

/**
 * "lie(s)" before its subject in a sentence opened by a word of place ("There , among the trees , lie several
 * clearings", "Therein lies their case", "With them lies the best hope"): the verb of position.
 */
function invertedLie(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  const w = d.tokens[i].norm;
  if ((w !== 'lie' && w !== 'lies') || !SUBJECT_OPENERS.has(wordAt(d, i + 1, s) ?? '')) return false;
  let k = i;
  // back to the sentence's start or a quote's close or stop the sentence splitter left inside it ("… . '' With them lies")
  while (k > 0 && i - k < 40 && d.tokens[k - 1].sentence === s && !CLAUSE_CLOSE.has(d.tokens[k - 1].norm)) k--;
  while (k < i && (d.tokens[k].kind !== 'word' || CONJUNCTIONS.has(d.tokens[k].norm))) k++; // "But underneath …"
  return INVERSION_OPENERS.has(d.tokens[k].norm);
}

/** Tokens that close a clause inside a sentence as split: a closing quote mark, a stop. */
const CLAUSE_CLOSE = new Set(["''", '”', '.', '!', '?', ';']);
/** Conjunctions that may open an inverted sentence before its word of place ("But underneath it lies …"). */
const CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);
/** Surfaces a body or a thing lies on ("Bodies lie on the ground", "a man lies on a bed"): position, not a lie on TV. */
const SURFACES = new Set(
  'ground floor floors street streets road pavement sidewalk bed beds grass sand beach stretcher stretchers table shore deck rubble'.split(
    ' ',
  ),
);

/**
 * "lie(s)" with a relative or "it" as its subject and a word of place after it ("the give and take that lies at the
 * heart of democracy", "a town that lies on the supply line", "it lies on the border"); "lie(s) on" a surface
 * ("Bodies lie on the ground").
 */
function placedLie(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  const w = d.tokens[i].norm;
  if (w !== 'lie' && w !== 'lies') return false;
  const prev = wordAt(d, i - 1, s) ?? '';
  const next = wordAt(d, i + 1, s) ?? '';
  if (next === 'on' && ['the', 'a'].includes(wordAt(d, i + 2, s) ?? '') && SURFACES.has(wordAt(d, i + 3, s) ?? ''))
    return true;
  const subject = (prev === 'that' && w === 'lies') || prev === 'which' || prev === 'it';
  return subject && (next === 'on' || (POSITION.has(next) && next !== 'with'));
}

/**
 * "lie(s)"/"lying" as the verb of position: a word of place or state after it ("lies ahead", "let the land lie
 * fallow", "lies to the west of the river") and no determiner before it, or before its subject (invertedLie).
 */
export function lieOfPosition(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  if (invertedLie(d, i) || placedLie(d, i)) return true;
  const next = wordAt(d, i + 1, s);
  if (next === 'to' && wordAt(d, i + 2, s) === 'the' && COMPASS.has(wordAt(d, i + 3, s) ?? '')) return true;
  if (next === undefined || !POSITION.has(next)) return false;
  if (next === 'in' && wordAt(d, i + 2, s) === 'order') return false; // "will lie in order to be granted amnesty"
  // "lying on" is position ("lying on the floor"), but "lies on TV" is no place: "on" counts for "lying" only
  return !NOUN_BEFORE.has(wordAt(d, i - 1, s) ?? '');
}

/** "lying on the floor", "lying on a stretcher": position with "on" (not "lies on television"). */
export function lyingOn(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  return (
    d.tokens[i].norm === 'lying' &&
    wordAt(d, i + 1, s) === 'on' &&
    ['the', 'a', 'his', 'her', 'their', 'its'].includes(wordAt(d, i + 2, s) ?? '')
  );
}

/** Relative pronouns and the auxiliaries that may stand between one and "allegedly" ("who was allegedly killed"). */
const RELATIVE = new Set(['who', 'whom', 'which', 'that']);
const AUXILIARY = new Set('was were is are had has have been'.split(' '));

/**
 * "allegedly" right after a relative pronoun, over at most one auxiliary ("the man who allegedly opened fire", "a
 * migrant who was allegedly driving drunk"): the hedge on a suspect's charge.
 */
export function allegedInRelative(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  if (d.tokens[i].norm !== 'allegedly') return false;
  const prev = wordAt(d, i - 1, s) ?? '';
  return RELATIVE.has(prev) || (AUXILIARY.has(prev) && RELATIVE.has(wordAt(d, i - 2, s) ?? ''));
}
