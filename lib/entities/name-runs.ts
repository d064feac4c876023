// Runs of name words: from a capitalised word, the capitalised words after it and the joiners that keep a name going
// ("Ministry of Defense", "bin Laden", "Kim Jong - un", "George H. W. Bush", "[ Bashar ] Assad", "Standard & Poor's").
// Each joiner's rule lives in a module of its own (long-names, possessives, law-titles, acronym-phrases ...); this one
// grows the run and asks them in order.
import type { Doc } from '../types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { nameCardEnd } from './web-debris.js';
import { givenNames } from './world.js';
import { ORG_HEADS, GROUP_HEADS, TITLES, FIRST_NAMES } from './gazetteer.js';
import { LAW_OF_HEADS } from './laws.js';
import { PROGRAM_OF } from './programs.js';
import { BODY_OF_HEADS } from './body-names.js';
import { NUMBER_WORDS, SMALL_NUMBER } from './counts.js';
import { LEGAL_FORMS } from './head-words.js';
import { isPersonStart, unlistedGivenName, isPersonWord } from './person-words.js';
import { type Unit, type Ctx, runText, capRunEnd, adjacent } from './scan-context.js';
import { TITLE_SURNAMES, TITLE_SUFFIX } from './title-words.js';
import { C, isCapLike } from './token-classes.js';
import { stopCap } from './stop-caps.js';
import { acronymOfWhole, acronymPhrase } from './acronym-phrases.js';
import { commonNounName, programmeTitle } from './common-noun-names.js';
import { namedTitleJoiner, LAW_HEADS, possessiveLaw } from './law-titles.js';
import { longNameJoiner, knownLongName } from './long-names.js';
import { purposeJoiner } from './purpose-names.js';
import { editorGivenName, quotedNickname, strayQuote } from './bracketed-names.js';
import {
  possessiveName,
  possessiveBody,
  pluralPossessorBody,
  knownPossessiveName,
  saintPossessiveBody,
} from './possessives.js';

/** Words after which "of" continues a name ("Ministry of Defense", "State of Law Coalition"). */
const OF_HEADS = new Set([
  ...ORG_HEADS,
  ...GROUP_HEADS,
  ...BODY_OF_HEADS,
  ...PROGRAM_OF,
  'state',
  'states',
  'republic',
  'kingdom',
  'bank',
  'university',
  'emirate',
  'sea',
  'gulf',
  'strait',
  'port',
]);

/** Words that continue a run after its last unit ("of the", "and", "'s"), as the units to add, or null. */
function joinerUnits(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): Unit[] | null {
  const cls = ctx.classes;
  const end = cls.end;
  const toks = d.tokens;
  const n = toks[j].norm;
  const lastNorm = toks[units[units.length - 1].i].norm;
  // "Ministry of Defense", "State of Law Coalition", "Bank of the West", "Secretary of State [John Kerry]"
  if ((n === 'of' || n === 'for') && takesOf(d, units, lastNorm, ctx)) {
    const k = toks[j + 1]?.norm === 'the' ? j + 2 : j + 1;
    if (k < end && cls.at(k) === C.Cap && !stopCap(d, k, ctx)) {
      const add: Unit[] = [];
      for (let q = j; q < k; q++) add.push({ i: q, word: true });
      return add;
    }
  }
  if (n === 'for' && acronymOfWhole(d, j, units, ctx)) return [{ i: j, word: true }];
  if (n === 'in' || n === 'on') {
    const spelled = acronymPhrase(d, j, units, ctx);
    if (spelled) return spelled;
  }
  const body = longNameJoiner(d, j, units, ctx) ?? purposeJoiner(d, j, units, ctx);
  if (body) return body;
  if (namedTitleJoiner(d, j, ctx)) return [{ i: j, word: n !== "'s" && n !== "'" }];
  // "John A. Boehner", "Martin E. Dempsey": a middle initial and its period after a first name, then the surname;
  // "George W Bush": an undotted one after a given name
  if (undottedInitial(d, j, units, ctx)) return [{ i: j, word: true }];
  // "George H. W. Bush": a second initial follows
  if (toks[j - 1].end + 1 === toks[j].start && middleInitial(d, j, j + 1) && isCapLike(cls.at(j + 2))) {
    if (!stopCap(d, j + 2, ctx) || (middleInitial(d, j + 2, j + 3) && isCapLike(cls.at(j + 4))))
      return [
        { i: j, word: true },
        { i: j + 1, word: false },
      ];
  }
  const nick = initialBeforeNickname(d, j, units, ctx);
  if (nick) return nick;
  // "Gang of Eight", "Bay of Pigs": a capitalised common noun mid-sentence, then "of" and a capitalised word
  if (n === 'of' && units.length === 1 && j + 1 < end && cls.at(j + 1) === C.Cap && !stopCap(d, j + 1, ctx)) {
    const counted = NUMBER_WORDS.has(toks[j + 1].norm);
    if (commonNounName(d, units[0].i, counted, ctx)) return [{ i: j, word: true }];
  }
  // "Meet the Press", "Face the Nation": a programme's title, a capitalised common word mid-sentence, "the", a name word
  if (n === 'the' && units.length === 1 && programmeTitle(d, units[0].i, j, ctx)) return [{ i: j, word: true }];
  // "the Gang of 8", "a Group of 20": the counted form in digits (the number ends the name)
  if (n === 'of' && units.length === 1 && j + 1 < end && SMALL_NUMBER.test(toks[j + 1].norm)) {
    if (toks[j + 1].kind === 'number' && commonNounName(d, units[0].i, false, ctx))
      return [
        { i: j, word: true },
        { i: j + 1, word: true, tail: true },
      ];
  }
  // "Douglas & Lomason", "Standard & Poor's", "Bear Stearns & Co": an ampersand between capitalised words
  if (n === '&' && isCapLike(cls.at(j + 1)) && !stopCap(d, j + 1, ctx)) return [{ i: j, word: false }];
  // "Security and Defense Committee", "Immigration and Nationality Act": join only when the continuation ends in an
  // organisation, group or law's head
  if (
    n === 'and' &&
    cls.at(j + 1) === C.Cap &&
    !ORG_HEADS.has(lastNorm) &&
    !GROUP_HEADS.has(lastNorm) &&
    !ctx.gaz.has(runText(d, units))
  ) {
    const e = beforeTitle(d, units, j + 1, capRunEnd(j + 1, cls), ctx);
    const head = toks[e].norm;
    if (ORG_HEADS.has(head) || GROUP_HEADS.has(head) || LAW_HEADS.has(head)) return [{ i: j, word: true }];
  }
  // "America's Voice": a place's possessive, then one ordinary word capitalised as a name's is
  if (n === "'s" && units.length === 1 && possessiveName(d, units[0].i, j, ctx)) return [{ i: j, word: false }];
  // "People's Palace": a one-word run that is not itself a name, then 's, then a run ending in a place/org head
  if ((n === "'s" || n === "'") && units.length === 1 && possessiveBody(d, j, units[0].i, ctx))
    return [{ i: j, word: false }];
  // "St John 's College Oxford": a saint's name owns no body
  if (n === "'s" && saintPossessiveBody(d, j, units, ctx)) return [{ i: j, word: false }];
  // "Kurdish People ’ s Protection Units", "Bond Traders' Association": a common plural owns the body's name
  if ((n === "'s" || n === "'") && pluralPossessorBody(d, j, units, ctx)) return [{ i: j, word: false }];
  return null;
}

/**
 * The run's last word takes "of" and a name: an organisation's head or a title ("Ministry of Defense", "Secretary of
 * State"), not a legal form. A title word right after a given name is the family name ("Steve King of Iowa"): the
 * "of" after it names where the person is from, not the title's domain ("King of Jordan").
 */
function takesOf(d: Doc, units: readonly Unit[], lastNorm: string, ctx: Ctx): boolean {
  if (LEGAL_FORMS.has(lastNorm)) return false;
  if (OF_HEADS.has(lastNorm) || LAW_OF_HEADS.has(lastNorm)) return true;
  if (!TITLES.has(lastNorm)) return false;
  if (units.length < 2) return true;
  const k = units[units.length - 2].i;
  return !isPersonStart(d.tokens[k].norm) && !(TITLE_SURNAMES.has(lastNorm) && unlistedGivenName(d, k, ctx));
}

/** "Howard P. “ Buck ” McKeon": a middle initial at token j before a quoted nickname, then the family name. The units
 * to add, or null. */
function initialBeforeNickname(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): Unit[] | null {
  if (d.tokens[j - 1].end + 1 !== d.tokens[j].start || !middleInitial(d, j, j + 1)) return null;
  const initial: Unit[] = [
    { i: j, word: true },
    { i: j + 1, word: false },
  ];
  const nick = quotedNickname(d, j + 2, [...units, ...initial], ctx);
  return nick ? [...initial, ...nick] : null;
}

/** Token k is one capital letter with the period j right after it and one space before the next word. */
function middleInitial(d: Doc, k: number, j: number): boolean {
  const t = d.tokens[k];
  if (!d.tokens[j] || d.tokens[j].norm !== '.') return false;
  const c = d.text.charCodeAt(t.start);
  if (t.end - t.start !== 1 || c < 65 || c > 90 || d.tokens[j].start !== t.end) return false;
  const next = d.tokens[j + 1];
  return !!next && next.start === d.tokens[j].end + 1 && d.text.charCodeAt(d.tokens[j].end) === 32;
}

/**
 * "George W Bush": a capital letter with no period, between a given name (the run's last word) and a capitalised
 * surname, one space either side.
 */
function undottedInitial(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): boolean {
  const cls = ctx.classes;
  const toks = d.tokens;
  const t = toks[j];
  const c = d.text.charCodeAt(t.start);
  if (t.end - t.start !== 1 || c < 65 || c > 90 || toks[j - 1].end + 1 !== t.start) return false;
  const given = toks[units[units.length - 1].i].norm;
  if (!FIRST_NAMES.has(given) && !givenNames().has(given)) return false;
  return !!toks[j + 1] && t.end + 1 === toks[j + 1].start && cls.at(j + 1) === C.Cap && !stopCap(d, j + 1, ctx);
}

/** Grow a run of capitalised words with joiners from token i ("Ministry of Defense", "bin Laden", "Kim Jong - un"). */
export function growRun(d: Doc, i: number, ctx: Ctx): { units: Unit[]; next: number } {
  const cls = ctx.classes;
  const end = cls.end;
  const toks = d.tokens;
  const units: Unit[] = [{ i, word: true }];
  let j = i + 1;
  for (;;) {
    if (j >= end) break;
    const cj = cls.at(j);
    if (
      ((isCapLike(cj) && !stopCap(d, j, ctx)) ||
        (cj === C.Compound &&
          (nameSyllable(toks[j].norm, ctx) ||
            leadingSyllable(d.text.slice(toks[j].start, toks[j].end), ctx) ||
            (units.length === 1 && syllablePair(toks[j].norm, toks[i].norm, ctx)) ||
            TITLE_SUFFIX.test(toks[j].norm)))) &&
      adjacent(d, j - 1, j)
    ) {
      units.push({ i: j, word: true });
      j++;
      continue;
    }
    const n = toks[j].norm;
    // "Kim Jong - un", when the corpus also writes "Jong-un"
    if (
      n === '-' &&
      toks[j + 1]?.kind === 'word' &&
      ctx.hyphened.has(toks[units[units.length - 1].i].norm + '-' + toks[j + 1].norm)
    ) {
      units.push({ i: j, word: false }, { i: j + 1, word: true, tail: true });
      j += 2;
      continue;
    }
    // particle: "bin Laden", "al Sham"
    if (cj === C.Particle && isCapLike(cls.at(j + 1))) {
      units.push({ i: j, word: true }, { i: j + 1, word: true });
      j += 2;
      continue;
    }
    // two particles: "Jan van der Berg", "Kees van den Hoek"
    if (cj === C.Particle && (toks[j + 1]?.norm === 'der' || toks[j + 1]?.norm === 'den') && isCapLike(cls.at(j + 2))) {
      units.push({ i: j, word: true }, { i: j + 1, word: true }, { i: j + 2, word: true });
      j += 3;
      continue;
    }
    // an editor's bracket round the first names: "[ Bashar ] Assad", "( Syrian President Bashar ) Assad"
    if (editorGivenName(d, j, units, ctx)) {
      units.push({ i: j, word: false }, { i: j + 1, word: true });
      j += 2;
      continue;
    }
    // editorial bracket inside a name: "[Mohammed Shia al-] Sudani"
    if (
      cj === C.Particle &&
      toks[j + 1]?.norm === '-' &&
      toks[j + 2]?.norm === ']' &&
      j + 3 < end &&
      isCapLike(cls.at(j + 3))
    ) {
      units.push({ i: j, word: true }, { i: j + 1, word: false }, { i: j + 2, word: false }, { i: j + 3, word: true });
      j += 4;
      continue;
    }
    // "Islamic State in Iraq and the Levant": joiners inside a long name the gazetteer knows
    const joined =
      joinerUnits(d, j, units, ctx) ??
      quotedNickname(d, j, units, ctx) ??
      strayQuote(d, j, units, ctx) ??
      knownLongName(d, j, units, ctx) ??
      knownPossessiveName(d, j, units, ctx) ??
      possessiveLaw(d, j, units, ctx);
    if (joined) {
      units.push(...joined);
      j = joined[joined.length - 1].i + 1;
      continue;
    }
    break;
  }
  return { units, next: j };
}

/** A run cut before the name card that follows a name in it (web-debris.ts), the last such name; the card's tokens
 * are skipped. */
export function cardCut(d: Doc, run: { units: Unit[]; next: number }, end: number): { units: Unit[]; next: number } {
  const { units } = run;
  for (let p = units.length - 1; p > 0; p--) {
    if (!units[p].word) continue;
    const q = nameCardEnd(d, units[0].i, units[p].i, end);
    if (q >= 0) return { units: units.slice(0, p + 1), next: q + 1 };
  }
  return run;
}

/**
 * "Ki-moon", "Jae-in" inside a name: a capitalised syllable of two or three letters the corpus never writes in lower
 * case, hyphened to a lowercase part, even one that is a word ("moon", "in"): a given name, not "Non-proliferation".
 */
function leadingSyllable(text: string, ctx: Ctx): boolean {
  const m = /^(\p{Lu}\p{Ll}{1,2})[-\u2010\u2011]\p{Ll}+$/u.exec(text);
  if (!m) return false;
  const head = m[1].toLowerCase();
  return !STOPWORDS.has(head) && !ctx.lowerUses.has(head);
}

/** Hyphenated syllables of a given name ("In-so", "Un-ho"): one to three letters each. */
const SYLLABLE_PAIR = /^\p{Ll}{1,3}-\p{Ll}{1,3}$/u;

/**
 * "Kim In-so": right after a listed name word that opens the run, a hyphenated pair of short syllables the corpus
 * never writes in lower case is a given name, even when each syllable is a function word ("in", "so").
 */
function syllablePair(norm: string, before: string, ctx: Ctx): boolean {
  return SYLLABLE_PAIR.test(norm) && isPersonStart(before) && !ctx.lowerUses.has(norm);
}

/** "Jong-un" inside a name: a hyphenated lowercase part of two letters, or of three or four never seen as a word. */
function nameSyllable(norm: string, ctx: Ctx): boolean {
  const tail = norm.slice(norm.lastIndexOf('-') + 1);
  if (STOPWORDS.has(tail)) return false;
  return tail.length <= 2 || (tail.length <= 4 && !ctx.lowerUses.has(tail));
}

/**
 * "Customs and Border Protection Commissioner Kevin Doe": the last word of the capitalised run [from, e] before its
 * first title word after the first word (the body's head; the title and the holder's name follow), or e. Only after
 * one ordinary word the corpus writes in lower case five times or more ("Customs", "Health"): after a name ("Obama and House Speaker
 * Ann Vale", "Fatah and Palestinian Authority President") "and" joins two names.
 */
function beforeTitle(d: Doc, units: readonly Unit[], from: number, e: number, ctx: Ctx): number {
  const last = d.tokens[units[units.length - 1].i].norm;
  if (units.length > 1 || (ctx.lowerUses.get(last) ?? 0) < 5 || isPersonWord(last)) return e;
  for (let q = from + 1; q <= e; q++) if (TITLES.has(d.tokens[q].norm)) return q - 1;
  return e;
}
