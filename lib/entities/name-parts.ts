// A name's words as the entity keys compare them: lowercase, diacritics and quotes folded, brackets dropped, Arabic
// articles split off ("al-Shatri" -> al shatri), middle initials one part each, "Mt." spelled "mount". Two spellings of
// one name share their parts, and the parts of a spelling are computed once.
import { stripDiacritics, joinNamePrefix } from '../text/normalize.js';
import { PARTICLES } from './gazetteer.js';
import { HAS_LOWER } from '../util/letters.js';

const partsCache = new Map<string, string[]>();

/** Normalised name words of a surface form: lowercase, diacritics/quotes folded, brackets dropped, particles split off. */
export function nameParts(surface: string): string[] {
  return sharedParts(surface).slice();
}

const keyCache = new WeakMap<readonly string[], string>();

/** A mention's name words joined by spaces: the key of "the same name" (computed once per spelling). */
export function partsKey(parts: readonly string[]): string {
  let k = keyCache.get(parts);
  if (k === undefined) {
    k = parts.join(' ');
    keyCache.set(parts, k);
  }
  return k;
}

/** nameParts, one shared array per distinct spelling: callers only read it (mentions, node keys). */
export function sharedParts(surface: string): string[] {
  let p = partsCache.get(surface);
  if (!p) {
    if (partsCache.size > 50_000) partsCache.clear();
    p = computeParts(surface);
    partsCache.set(surface, p);
  }
  return p;
}

/** A particle word written in capitals in a mixed-case name is an abbreviation ("LA Times": Los Angeles), no particle. */
const CAPS_WORD = /\b\p{Lu}{2,3}\b/gu;

/** A nickname quoted inside a name: “…”, ``…'' or "…" between two words (bracketed-names.ts reads such runs). */
const QUOTED_NICKNAME = / (?:\u201C[^\u201C\u201D]{1,40}\u201D|``[^`']{1,40}''|"[^"]{1,40}") /g;

function computeParts(surface: string): string[] {
  const mixed = HAS_LOWER.test(surface);
  const spelled = mixed
    ? surface.replace(CAPS_WORD, (w) => (PARTICLES.has(w.toLowerCase()) ? w.split('').join('.') + '.' : w))
    : surface;
  const s = stripDiacritics(joinNamePrefix(spelled)) // "O ’ Reilly" as pre-tokenised text writes it is O’Reilly
    .replace(QUOTED_NICKNAME, ' ') // "Rick “ Ozzie ” Nelson" is Rick Nelson: a nickname is no part of the name's key
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .replace(/[\u2010\u2011\u2012\u2013\u2014]/g, '-')
    .replace(/[[\](){}"\u201C\u201D]/g, ' ')
    .replace(/\s*'\s*s\b/g, ''); // "America's Voice" and, as pre-tokenised text spaces it, "America ’ s Voice"
  const out: string[] = [];
  for (const w of s.split(/\s+/)) {
    if (!w) continue;
    const m = /^(al|el|ad|an|ar|as|ash|at|az|ez|abu|bin|ibn)[-'](.+)$/.exec(w);
    if (m) {
      out.push(m[1]);
      for (const p of m[2].split('-')) if (p) out.push(p);
    } else if (w === '-' || w === "'") continue;
    else if (w.endsWith('-') && PARTICLES.has(w.slice(0, -1))) out.push(w.slice(0, -1));
    else out.push(w.replace(/'$/, ''));
  }
  return spellHead(middleInitials(out));
}

/** Initials, dotted or not ("h.w", "h.w.", "w"; "a" only dotted: the article), or a spaced period ("."). */
const INITIALS_PART = /^[b-z]\.?$|^a\.$|^(?:[a-z]\.){1,2}[a-z]\.?$|^\.$/;

/**
 * "George H. W. Bush", "George H.W . Bush", "George W Bush": initials between the first and the last word, however
 * dotted and spaced, as one part each with its period ("h.", "w."), so the spellings share their parts.
 */
function middleInitials(parts: string[]): string[] {
  if (parts.length < 3) return parts;
  let hit = false;
  for (let k = 1; k < parts.length - 1 && !hit; k++) hit = INITIALS_PART.test(parts[k]);
  if (!hit) return parts;
  const out = [parts[0]];
  for (let k = 1; k < parts.length - 1; k++) {
    if (!INITIALS_PART.test(parts[k])) out.push(parts[k]);
    else for (const c of parts[k]) if (c !== '.') out.push(c + '.');
  }
  out.push(parts[parts.length - 1]);
  return out;
}

/** Abbreviated heads of place names, spelled out: "Mt . Sinjar", "Mt. Sinjar" and "Mount Sinjar" are one name; "Ft.
 * Hood" is "Fort Hood", "St. Paul" is "Saint Paul". */
const SPELLED_HEADS: ReadonlyMap<string, string> = new Map([
  ['mt', 'mount'],
  ['ft', 'fort'],
  ['st', 'saint'],
]);

/** The name words with an abbreviated head ("mt", "mt." or "mt" and a spaced ".") spelled out, when a word follows. */
function spellHead(parts: string[]): string[] {
  if (parts.length < 2) return parts;
  const w = parts[0].endsWith('.') ? parts[0].slice(0, -1) : parts[0];
  const full = SPELLED_HEADS.get(w);
  if (full === undefined) return parts;
  const dot = parts[1] === '.' && parts[0] === w ? 2 : 1;
  if (parts.length <= dot) return parts;
  return [full, ...parts.slice(dot)];
}

/** The name words without particles ("hamid al shatri" -> ["hamid", "shatri"]); the whole list when all are particles. */
export function coreParts(parts: readonly string[]): string[] {
  const core = parts.filter((p) => !PARTICLES.has(p) && p !== 'the');
  return core.length ? core : [...parts];
}
