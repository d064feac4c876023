// Pure recognisers for single lines of article text: dates, bylines, outlet signatures, captions,
// widgets, headline shapes and scripts. Shared by clean.ts (what to remove) and guess.ts (what it means).
// Every recogniser is linear in the line length; the debris patterns only look at short lines.

import type { ScriptCounts } from './types.js';
import { MONTH_NUMBER } from '../util/calendar.js';
import { HAS_LETTER } from '../util/letters.js';
import { PHOTO_AGENCIES, PICTURE_LIBRARIES, PICTURE_NOUNS, alternation } from './caption-credits.js';

/** Lines longer than this are never treated as page debris (debris is short). */
export const MAX_DEBRIS_LINE = 400;

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const WEEKDAY = /^(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+/i;
const TIME_SUFFIX =
  /(?:\s*(?:[-|,•·]|at|\/)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*(?:[A-Z]{2,5}|(?:GMT|UTC)\s*[+-]?\d{0,2}(?::?\d{2})?|[+-]\d{4}))?)$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// GDELT: 20241230T081500Z (DOC API seendate), 20241230081500 (DATEADDED), 20241230 (SQLDATE)
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:T?\d{6}Z?)?$/;
const SLASH_YMD = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const MDY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const DMY = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;
// 27.12.2024: a dotted numeric date with the year last is day first wherever it is written (German, Russian, Turkish,
// Scandinavian …); slashed 12/27/2024 is not parsed, since the US and most other places order it differently
const DOTTED_DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * Parse a whole string as a calendar date ("Friday, December 27, 2024", "Dec. 30, 2024", "2024-12-30T08:00Z") to
 * YYYY-MM-DD, or null.
 */
export function parseDate(input: string): string | null {
  let s = input.trim();
  if (s.length === 0 || s.length > 80) return null;
  const isoM = ISO_DATE.exec(s) ?? COMPACT_DATE.exec(s);
  if (isoM) return iso(+isoM[1], +isoM[2], +isoM[3]);
  s = s.replace(WEEKDAY, '').replace(TIME_SUFFIX, '').trim().replace(/[,.]$/, '');
  let m = SLASH_YMD.exec(s) ?? ISO_DATE.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = DOTTED_DMY.exec(s);
  if (m) return iso(+m[3], +m[2], +m[1]);
  m = MDY.exec(s);
  if (m) {
    const mo = MONTH_NUMBER[m[1].toLowerCase()];
    return mo ? iso(+m[3], mo, +m[2]) : null;
  }
  m = DMY.exec(s);
  if (m) {
    const mo = MONTH_NUMBER[m[2].toLowerCase()];
    return mo ? iso(+m[3], mo, +m[1]) : null;
  }
  return null;
}

const DATE_PREFIX = /^(?:published|updated|posted|last updated|date)(?:\s+on)?\s*:?\s*/i;

/**
 * A line that is only a date (optionally weekday, time, "Published:"), or a date beside a short name across a bar
 * ("Valley Courier | June 20, 2018", "By Jane Roe · 3 May 2021", as copied from a page's header): its ISO date, else
 * null. The name is not read as the outlet: the same shape carries section names ("World | June 20, 2018").
 */
export function matchDateLine(line: string): string | null {
  if (line.length > 80) return null;
  const whole = parseDate(line.replace(DATE_PREFIX, ''));
  if (whole) return whole;
  const parts = line.split(/\s+[|·•]\s+/);
  if (parts.length < 2 || parts.length > 3) return null;
  const dates = parts.map((p) => parseDate(p.replace(DATE_PREFIX, '')));
  const found = dates.filter((d) => d !== null);
  const named = parts.filter((p, i) => dates[i] === null);
  const shortName = (p: string) => p.split(/\s+/).length <= 6 && !/[.!?]["”’)]?$/.test(p) && !/\d{3}/.test(p);
  return found.length === 1 && named.every(shortName) ? found[0] : null;
}

/** Outlet signature prefix at the start of an article ("Shafaq News/ "): the outlet and the prefix, or null. */
export function matchSignaturePrefix(line: string): { outlet: string; prefix: string } | null {
  const m = /^((?:[A-Z][\w&.'’-]*)(?: [A-Z0-9][\w&.'’-]*){0,3}) ?\/ +(?=\S)/.exec(line.slice(0, 80));
  if (!m) return null;
  return { outlet: m[1], prefix: m[0] };
}

const DESK =
  /^(?:news desk|web desk|online desk|staff writers?|staff reporter|editorial staff|editorial desk|agencies)\s*[-–—|,:]\s*(.{2,60}?)\s*$/i;
/** Opens on a capital or a letter of a caseless script (a module constant: tsx rebuilds a \p{...} literal per call). */
const STARTS_CAPITAL = /^[\p{Lu}\p{Lo}]/u;
const TWO_LETTERS = /\p{L}{2}/u;
const HAS_ALNUM = /[\p{L}\p{N}]/u;
const HEADLINE_START = /^["'“‘(\[]?[\p{Lu}\p{N}\p{Lo}]/u;
const BY = /^(?:by|written by|reporting by|reported by|edited by|editing by|compiled by|words by)\s+(.+)$/i;

/**
 * A byline ("News Desk - The Cradle", "By Jane Doe", "Reporting by X; Editing by Y"): the outlet it names (if any),
 * else null.
 */
export function matchByline(line: string): { outlet: string | null } | null {
  if (line.length > 160) return null;
  const d = DESK.exec(line);
  if (d) return { outlet: d[1].replace(/[.,;:]+$/, '') };
  const b = BY.exec(line);
  if (!b || (/[.!?]["”’)]?$/.test(line) && !/\b[A-Z]\.$/.test(line))) return null;
  const words = b[1].split(/[\s,;&|/]+/).filter((w) => w && !/^(?:and|of|the|in|for|de|al|el|van|von|bin)$/i.test(w));
  if (words.length === 0 || words.length > 14) return null;
  const caps = words.filter((w) => STARTS_CAPITAL.test(w) || /^(?:editing|reporting|by|additional)$/i.test(w)).length;
  if (!STARTS_CAPITAL.test(words[0]) || caps / words.length < 0.7) return null;
  return { outlet: null };
}

/** An inline dateline at the start of a paragraph ("ERBIL (Kurdistan24) - ", "NEWSROOM — "), or null. */
export function matchInlineDateline(para: string): { place: string; outlet: string | null; text: string } | null {
  const head = para.slice(0, 120);
  const m =
    /^([A-Z][A-Z.'’ -]{1,30}?[A-Z.])(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?\s*(?:\(([^()]{2,40})\))?\s*[-–—:]+\s+(?=\S)/.exec(
      head,
    );
  if (!m) return null;
  const place = m[1].trim();
  if (!/[A-Z]{3}/.test(place.replace(/[^A-Z]/g, ''))) return null;
  return { place, outlet: m[2] && datelineOutlet(m[2]) ? m[2].trim() : null, text: m[0] };
}

/**
 * The bracket of a dateline names an outlet when it holds a word: not a masked name ("(███)", as corpora built for
 * outlet classification print it) or a time ("(Tuesday, 8:47 p.m.)").
 */
function datelineOutlet(bracket: string): boolean {
  return TWO_LETTERS.test(bracket) && !/\d{1,2}\s*:\s*\d{2}/.test(bracket);
}

// credits from the one list of credit words (lib/corpus/caption-credits.ts) the framing reader's captions share
const NOUNS = alternation(PICTURE_NOUNS);
const PHOTO_PAREN = new RegExp(
  String.raw`\((?:${NOUNS}|pic|credit|file photo|photo credit)\s*(?::|by|-)?\s*([^()]{0,120})\)`,
  'i',
);
const CAPTION_PATTERNS: RegExp[] = [
  PHOTO_PAREN,
  /\bphoto\s*credits?\b/i,
  new RegExp(String.raw`\b(?:${alternation(PICTURE_LIBRARIES)})\b`, 'i'),
  new RegExp(String.raw`\b(?:${NOUNS})\s*(?:by|via|courtesy(?: of)?)\s*:?\s*\S`, 'i'),
  /^(?:photo|image|picture|file photo|caption|image caption|image source|credit|source image)\s*[:|\-–—]/i,
  new RegExp(String.raw`\b(?:${alternation(PHOTO_AGENCIES)})\s*(?:photo|\/\s*(?:file|[A-Z][\w ]{0,30}))\s*$`),
];
const CAPTION_MARKER = /\((?:L|R|C|left|right|centre|center|front|back|top|bottom)\)/gi;

/** Words a caption may carry after its credit; more means body text follows the credit on the same line. */
const MAX_WORDS_AFTER_CREDIT = 9;

/** An image caption or credit line ("... (Photo: Kurdistan24)", "X (L) and Y (R) ...", "Getty Images"). A line where a
 * full sentence follows the credit ("(Photo: X) The delegation arrived ...") is body text, not a caption. */
export function isCaption(line: string): boolean {
  if (line.length > MAX_DEBRIS_LINE) return false;
  for (const re of CAPTION_PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const after = line
      .slice(m.index + m[0].length)
      .split(/\s+/)
      .filter((w) => HAS_ALNUM.test(w)).length;
    if (after <= MAX_WORDS_AFTER_CREDIT) return true;
  }
  const markers = line.match(CAPTION_MARKER);
  return markers !== null && new Set(markers.map((x) => x.toLowerCase())).size >= 2;
}

/** The credited name in a "(Photo: X)" caption, or null. */
export function photoCredit(line: string): string | null {
  const m = PHOTO_PAREN.exec(line);
  const who = m?.[1]?.trim().replace(/[.,;]+$/, '');
  return who ? who : null;
}

const WIDGET =
  /^(?:no comments?|\d+\s+comments?|x comments?|comments?|post a comment|leave a (?:comment|reply)|add (?:a )?comment|view comments|show comments|load comments|comments are closed|be the first to comment|subscribe to:?\s*post comments(?:\s*\(atom\))?|newer post|older post|newer posts?\s*older posts?|home)\s*[:.]?$/i;

/** A comment-widget or blog navigation line ("No comments:", "Post a Comment", "3 Comments"). */
export function isCommentWidget(line: string): boolean {
  return line.length <= 60 && WIDGET.test(line);
}

const SOCIAL_START =
  /^(?:share (?:on|this|via|to|with)\b|share\s*$|follow us\b|follow (?:\S+ )?on (?:twitter|x|facebook|instagram|telegram|tiktok|youtube|linkedin|whatsapp)\b|like us on\b|tweet this\b|subscribe\b|sign up (?:for|to)\b|join (?:our|us on)\b|click here to (?:subscribe|follow|join|share)\b|download (?:our|the) app\b|get (?:the|our) (?:latest|app)\b)/i;
const SOCIAL_NAMES =
  /^(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|print|reddit|pinterest|instagram|youtube|tiktok|copy link|messenger)\s*[|,·•/]?\s*){2,}$/i;

/** A social-media or subscription line ("Share on Facebook", "Follow us on Twitter", "Subscribe"). */
export function isSocial(line: string): boolean {
  if (line.length > 120) return false;
  return SOCIAL_START.test(line) || SOCIAL_NAMES.test(line);
}

/** Count letters by script (linear, by code point range). */
export function scriptCounts(s: string, into?: ScriptCounts): ScriptCounts {
  const c = into ?? { latin: 0, arabic: 0, cyrillic: 0, greek: 0, hebrew: 0, cjk: 0, other: 0 };
  for (let i = 0; i < s.length; i++) {
    const x = s.charCodeAt(i);
    if (x < 0x80) {
      if ((x >= 65 && x <= 90) || (x >= 97 && x <= 122)) c.latin++;
    } else if ((x >= 0xc0 && x <= 0x24f && x !== 0xd7 && x !== 0xf7) || (x >= 0x1e00 && x <= 0x1eff)) c.latin++;
    else if (
      (x >= 0x620 && x <= 0x64a) ||
      (x >= 0x66e && x <= 0x6d3) ||
      (x >= 0x6fa && x <= 0x6ff) ||
      (x >= 0x750 && x <= 0x77f) ||
      (x >= 0x8a0 && x <= 0x8ff) ||
      (x >= 0xfb50 && x <= 0xfdff) ||
      (x >= 0xfe70 && x <= 0xfefc)
    )
      c.arabic++;
    else if (x >= 0x400 && x <= 0x52f) c.cyrillic++;
    else if (x >= 0x370 && x <= 0x3ff) c.greek++;
    else if (x >= 0x5d0 && x <= 0x5ea) c.hebrew++;
    else if ((x >= 0x3040 && x <= 0x30ff) || (x >= 0x4e00 && x <= 0x9fff) || (x >= 0xac00 && x <= 0xd7af)) c.cjk++;
    else if (x >= 0x100 && !(x >= 0x2000 && x <= 0x2bff) && !(x >= 0xd800 && x <= 0xdfff) && HAS_LETTER.test(s[i]))
      c.other++;
  }
  return c;
}

/** The script with most letters, its count, and the total letter count. */
export function dominantScript(c: ScriptCounts): { script: keyof ScriptCounts; count: number; total: number } {
  let script: keyof ScriptCounts = 'latin';
  let total = 0;
  for (const k of Object.keys(c) as (keyof ScriptCounts)[]) {
    total += c[k];
    if (c[k] > c[script]) script = k;
  }
  return { script, count: c[script], total };
}

/** Ends like a sentence: . ! ? … : ; , possibly followed by closing quotes or brackets. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…:;,。؟][\s"'”’»)\]]*$/.test(line);
}

/**
 * A headline shape: short, 2-25 words, starts with a capital/digit/quote/non-Latin letter, no final sentence
 * punctuation.
 */
export function isHeadlineLike(line: string): boolean {
  if (line.length < 8 || line.length > 200) return false;
  if (endsLikeSentence(line)) return false;
  if (/[.!?]\s+[A-Z]/.test(line)) return false; // two sentences
  const words = line.split(/\s+/).length;
  if (words < 2 || words > 25) return false;
  return HEADLINE_START.test(line);
}

/** Fold a title for comparison: case, whitespace, quote and dash variants. */
export function foldTitle(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
