// A personal name inside a speaker phrase ("Iraqi government spokesperson Basim Al-Awadi" → "Basim Al-Awadi"), the key
// names are grouped by (their surname), and whether a phrase ends on a person's name or names a medium. Pure.
import { namesNoOne } from './institutions.js';
import {
  GENERIC_CAPS,
  HONORIFICS,
  LEAD_WORDS,
  MEDIA_NAMES,
  MEDIA_WORDS,
  PERSON_NOUN_TITLES,
  PRONOUN_SPEAKER,
  QUANTIFIERS,
  TITLE_WORDS,
} from './speaker-words.js';

const NAME_WORD = /^(?:\p{Lu}[\p{L}'-]*|(?:al|el|bin|ibn|abu|abd)-[\p{L}'-]+)$/u;

const NON_LETTER_TAIL = /[^\p{L}'’-]+$/u;

/** The personal name inside a speaker phrase ("Iraqi government spokesperson Basim Al-Awadi" → "Basim Al-Awadi"), or null. */
export function personName(phrase: string): string | null {
  const words = phrase.replace(/[’]/g, "'").split(/\s+/).filter(Boolean);
  // the last run of capitalised words (or al-X particles), minus leading titles and generic words
  let end = words.length;
  while (end > 0 && !isNameWord(words[end - 1])) end--;
  let start = end;
  while (start > 0 && isNameWord(words[start - 1])) start--;
  let run = words.slice(start, end);
  const skip = (w: string) => {
    const l = w.toLowerCase();
    return TITLE_WORDS.has(l) || HONORIFICS.has(l.replace(/\.$/, '')) || LEAD_WORDS.has(l) || QUANTIFIERS.test(l);
  };
  while (run.length && skip(run[0])) run = run.slice(1);
  while (run.length && HONORIFICS.has(run[run.length - 1].toLowerCase().replace(/\.$/, ''))) run = run.slice(0, -1);
  if (
    !run.length ||
    run.every((w) => GENERIC_CAPS.has(w.toLowerCase()) || /^[A-Z]{2,}$/.test(w) || PRONOUN_SPEAKER.test(w))
  )
    return null;
  return run.join(' ').replace(/'s$/, '');
}

function isNameWord(w: string): boolean {
  return NAME_WORD.test(w);
}

/** Capitalised words before a surname that are no given name: titles, offices, nationalities, media ("Agent Manuel"). */
export function notAFirstName(w: string): boolean {
  // "Secretary-General", "Attorney-General": a title whose parts are titles
  if (w.includes('-') && w.split('-').every((x) => x && notAFirstName(x))) return true;
  return (
    TITLE_WORDS.has(w) ||
    HONORIFICS.has(w) ||
    GENERIC_CAPS.has(w) ||
    LEAD_WORDS.has(w) ||
    QUANTIFIERS.test(w) ||
    namesNoOne(w) ||
    MEDIA_WORDS.test(w) ||
    PERSON_NOUN_TITLES.test(w)
  );
}

/** Grouping key of a name: its last word without an Arabic article, lowercased ("Issam al-Kreiti" and "Al-Kreiti" → "kreiti"). */
export function surnameKey(name: string): string {
  const last = name.split(/\s+/).pop() ?? name;
  return last
    .toLowerCase()
    .replace(/^(?:al|el)-/, '')
    .replace(/'s$/, '');
}

/** Whether a name is a medium's ("Al Jazeera", "Haaretz"), though the entity table typed it a person. */
export function isMediaName(name: string): boolean {
  return MEDIA_WORDS.test(name) || MEDIA_NAMES.test(name);
}

/**
 * Whether a phrase is a noun for a medium and the medium's name after it ("news website Al-Sumaria", "the daily
 * Kathimerini", "state television Channel 2"): the name is the medium's, whatever an entity table types it; a title
 * between ("network anchor Ivo Doe") makes it a person's.
 */
export function mediumThenName(t: string): boolean {
  return MEDIUM_THEN_NAME.test(t.replace(NON_LETTER_TAIL, ''));
}
const MEDIUM_THEN_NAME =
  /\b(?:website|site|newspaper|paper|daily|weekly|channel|broadcaster|network|agency|outlet|magazine|tv|television|radio|station|portal|blog)\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*\s*){1,4}$/u;

/** Whether a phrase ends on a run of capitalised words with no media word ("Ivo Brenn of the Harbour Council"). */
export function endsOnName(t: string): boolean {
  const name = personName(t);
  return !!name && name.includes(' ') && t.endsWith(name) && !MEDIA_WORDS.test(name);
}

/**
 * Whether a phrase ends on the surname of the person `name` ("White House Press Secretary Ivo Brenn", "Sen. Rand
 * Paul"): the person is who speaks; the title and the medium before the name describe them.
 */
export function endsOnPerson(t: string, name: string): boolean {
  const last = (x: string) => surnameKey(x.replace(NON_LETTER_TAIL, '').replace(/’/g, "'"));
  return last(t) === last(name);
}

/** A speaker phrase as a name: lower case, without a leading article. */
export function plainName(t: string): string {
  return t.replace(/^(?:the|a|an)\s+/i, '').toLowerCase();
}
