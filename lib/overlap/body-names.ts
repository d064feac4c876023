// Names that look like a cited outlet's but name a body: a government agency, a union, an association, a survey. Read
// on real coverage: "International Atomic Energy Agency said", "National Day Laborer Organizing Network said", "DHS
// reported", "IAEA reports", "told the AFL-CIO" came out as citations of outlets. "Agency" and "Network" end the names
// of news agencies and broadcasters only after a word of news ("Fars News Agency", "Christian Broadcasting Network");
// an unknown acronym the article spells out is a newsroom only when the spelled name is one ("Iranian Labour News
// Agency (ILNA)", not "Immigration and Customs Enforcement … ICE reports").
import { matchesAcronym } from '../entities/acronyms.js';
import { givenNames } from '../entities/world.js';
import { organisationForms } from '../entities/organisations.js';
import { OUTLET_WORD } from './outlet-words.js';

/** Words that end both newsrooms' and bodies' names: a newsroom only with a word of news before them. */
const SHARED_LAST = /\b(?:Agency|Network)$/;
const NEWS_BEFORE_SHARED =
  /\b(?:News|Press|Media|TV|Television|Radio|Broadcasting|Broadcast|Information|Telegraph|Telegraphic|Cable)\s+(?:Agency|Network)$/;
/** A word of a newsroom's name. */
const NEWS_WORD = new RegExp(`\\b${OUTLET_WORD}\\b`);

/** Whether an outlet-like name no outlet table knows names a body: it ends in "Agency" or "Network" with no word of
 * news before ("International Atomic Energy Agency", "United Nations Refugee Agency"). */
export function isBodyName(name: string): boolean {
  const n = name.trim();
  return SHARED_LAST.test(n) && !NEWS_BEFORE_SHARED.test(n);
}

/** Whether a spelled-out name is a newsroom's: it holds a word of news and is no body by `isBodyName`. */
function isNewsName(name: string): boolean {
  return NEWS_WORD.test(name) && !isBodyName(name);
}

// a run of capitalised words, with the small words names hold between them ("Department of Homeland Security")
const CAP_RUN = /\p{Lu}[\p{L}'\u2019.&-]*(?:\s+(?:(?:of|the|and|for|on|in|to|de|&)\s+)*\p{Lu}[\p{L}'\u2019.&-]*)+/gu;

/** The names of `text` that stand for `acronym`: a name right before it in brackets ("… Officials ( NALEO )"), and a
 * run of capitalised words whose initials spell it ("Department of Homeland Security" for DHS). */
function spellings(text: string, acronym: string): string[] {
  const out: string[] = [];
  const bracketed = new RegExp(`(${CAP_RUN.source})\\s*\\(\\s*${acronym}\\s*\\)`, 'gu');
  for (const m of text.matchAll(bracketed)) out.push(m[1]);
  if (!text.includes(acronym[0])) return out;
  for (const m of text.matchAll(CAP_RUN)) {
    const words = m[0].split(/\s+/);
    const n = matchesAcronym(words, acronym);
    if (n >= 2) out.push(words.slice(-n).join(' '));
  }
  return out;
}

/**
 * Whether an acronym no outlet table knows is a body's in this article: the article spells it out, and no spelling is
 * a newsroom's name. An acronym it never spells out stays as its cue reads it ("ISNA reported").
 */
export function spelledAsBody(text: string, acronym: string): boolean {
  const names = spellings(text, acronym);
  return names.length > 0 && !names.some(isNewsName);
}

/** A cue of writing or publishing: what a person named as an outlet does as an outlet ("Ann Coulter wrote"). */
const WRITING_CUE =
  /\b(?:wrote|writes|writing|written|column|op-ed|blog|blogging|piece|article|essay|editorial|commentary|published|reported|reports|report)\b/i;

/**
 * Whether a cited name is a person speaking, not an outlet cited: a corpus may hold columnists and politicians as
 * outlets ("Paul Ryan", "Ann Coulter"), and "Paul Ryan said", "spoke with Ann Coulter" in another article quote the
 * person. A name of two or three capitalised words, the first a given name, no word of news in it, no "the" before
 * it, cited by a cue of speech (`cue`: the citation as written); "Ann Coulter wrote" still cites her column.
 */
export function personSpeaking(text: string, start: number, end: number, cue: string): boolean {
  const words = text.slice(start, end).split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  if (!givenNames().has(words[0].toLowerCase()) || NEWS_WORD.test(words.join(' '))) return false;
  return !/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && !WRITING_CUE.test(cue);
}

let bodies: ReadonlySet<string> | null = null;

/**
 * Whether a name no outlet table knows is a well-known body's: a government agency or international organisation the
 * entity reader's list holds by name, alias or acronym (lib/entities/organisations.ts). News copy never spells out
 * "FBI", so "FBI has reported" read as a cited outlet; the list holds no newsroom.
 */
export function isKnownBody(name: string): boolean {
  bodies ??= new Set([...organisationForms().keys()].filter((k) => !NEWS_WORD.test(k)).map((k) => k.toLowerCase()));
  return bodies.has(
    name
      .trim()
      .replace(/^the\s+/i, '')
      .replace(/\s+/g, ' ')
      .toLowerCase(),
  );
}
