// A name a description of a newsroom stands before: "state news agency MENA", "Russia's state-run news agency RIA
// Novosti", "Libya's state news agency, LANA.", "Turkish news agency Dogan reported", "told the newspaper Le Monde".
// The description says the name is a newsroom, so the name is the cited outlet, written whole, and its cue may stand
// before the description. Read on real coverage, where the reader took "RIA" of "RIA Novosti", missed "EGYNews",
// "Irna" and "Dogan" (no outlet word, not all capitals) and every name set off by commas.
import { givenNames, worldGazetteer } from '../entities/world.js';
import { MONTHS, WEEKDAYS } from '../util/calendar.js';
import type { Citation } from './types.js';
import { OUTLET_WORD } from './outlet-words.js';
import { personSetOff } from './person-set-off.js';
import { ANY_MEDIUM_AFTER_NAME, MEDIUM_AFTER_NAME, MEDIUM_BEFORE_NAME } from './medium-words.js';

/** A name in a text that may be a cited outlet, before its cue is checked. rank: which guess wins an overlap. */
export interface CandidateName {
  start: number;
  end: number;
  cited: string;
  kind: Citation['kind'];
  strict: boolean;
  /** an acronym the outlet table or the corpus knows */
  known?: boolean;
  /** where a description of a newsroom before the name starts ("state news agency MENA") */
  described?: number;
  /** where the medium after the name ends ("the Tasnim news agency"): a verb after it is the name's cue */
  tail?: number;
  /** the name is set off by commas after its description ("…'s state news agency, LANA, said"): its cue may follow
   * the closing comma */
  appositive?: boolean;
  rank: number;
}

/** What the reader needs of the article and the outlet table to take a name it does not know yet. */
export interface NameContext {
  text: string;
  resolve(name: string): string | null;
  /** the kind of a cited outlet by its name (self when it is the article's own outlet) */
  kindOf(cited: string): Citation['kind'];
}

/** A word of a name: capitalised, letters, digits, apostrophes and hyphens ("EGYNews", "Al-Ahram", "Novosti"). */
const RUN_WORD = "\\p{Lu}[\\p{L}\\p{N}'\\u2019-]{0,39}";
/** Lowercase particles inside newsroom names ("Bild am Sonntag", "Al ahram" is not one: particles only between). */
const JOINER = '(?:al|el|am|an|de|del|der|des|du|la|le|von|van|di|da)';
/** A number closing a broadcaster's name ("Europe 1", "Channel 4", "Fox 5"): one or two digits, no decimal or count. */
export const NAME_NUMBER = '(?:\\s+\\d{1,2}(?![\\p{L}\\p{N}]|[.,:]\\d))';
const NAME_RUN = new RegExp(`^(\\s*,)?\\s+(${RUN_WORD}(?:\\s+(?:${JOINER}\\s+)?${RUN_WORD}){0,3}${NAME_NUMBER}?)`, 'u');
/** After a name set off by commas: the closing comma or the sentence's end ("…, LANA ." "…, SANA , quoted"). */
const CLOSES_APPOSITIVE = /^\s*(?:[,.;:)]|$)/;
/**
 * After a name right behind its description: punctuation, a function word or a verb of reporting ("… agency Irna
 * that", "… RIA Novosti published", "… Al Manar in an interview"). Anything else is the sentence going on with a new
 * subject ("told state TV Trump was …", "according to state media Rouhani said"), and the capitalised word is no
 * newsroom.
 */
export const ENDS_NAME =
  /^(?:\s*(?:[.,;:!?)\]"'\u2019\u201D]|$)|\s+(?:(?:has|have|had|is|was)\s+)?(?:reported|reports|reporting|quoted|quoting|cited|citing|published|carried|wrote|writes|added|adds|noted|notes)\b|\s+(?:that|in|on|at|last|this|earlier|about|after|before|during|when|while|as|which|for|to|with|from)\b)/;
/** Capitalised words that open no newsroom's name: function words, titles, days and months. */
export const NOT_FIRST: ReadonlySet<string> = new Set(
  [
    'the a an in on at by for from with to and but or as of it he she they we i you this that there these those',
    'its his her their our mr mrs ms dr mr. mrs. ms. dr. president minister prime foreign state official officials',
    ...WEEKDAYS,
    ...MONTHS,
  ]
    .join(' ')
    .split(' '),
);
/** Words trimmed off the end of a run: a day or month after the name ("… agency Irna Sunday"). */
export const NOT_LAST: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);
/** The Arabic article opens many newsroom names ("Al Manar", "Al Akhbar") and is no given name there. */
const ARTICLE = /^(?:al|el|an|ar|as|ad)$/i;

/** "said" after a name right behind its description closes the name only where the description opens its sentence
 * ("The state-run newspaper Al-Ahram said …"): after a cue ("according to state media Rouhani said") it is a new
 * subject's verb. */
const SAID_AFTER = /^\s+(?:said|says)\b/;
const OPENS = /(?:[.!?]['"\u2019\u201D]?\s+|\n\s*)(?:(?:The|A|An)\s+)?$/;

/** Whether a phrase at `at` opens its sentence, after "The" / "A" at most. */
export function opensSentence(text: string, at: number): boolean {
  return OPENS.test((at < 12 ? '\n' : '') + text.slice(Math.max(0, at - 12), at));
}

/** The name run right after a description ending at `from`, or null: its bounds and whether commas set it off.
 * `opens`: the description opens its sentence, so "said" after the name closes it. */
export function nameRunAfter(
  text: string,
  from: number,
  opens = false,
): { start: number; end: number; appositive: boolean } | null {
  const m = NAME_RUN.exec(text.slice(from, from + 120));
  if (!m) return null;
  let words = m[2].split(/\s+/);
  while (words.length > 1 && NOT_LAST.has(words[words.length - 1].toLowerCase())) words = words.slice(0, -1);
  const first = words[0].toLowerCase();
  if (NOT_FIRST.has(first)) return null;
  // a person ("…'s state news agency, Rouhani said" is caught by the next test; "Ali Motahari told …" by this one)
  if (words.length > 1 && !ARTICLE.test(first) && !/^\p{Lu}+$/u.test(words[0]) && givenNames().has(first)) return null;
  const written = words.join(' ');
  // a place ("told state TV Iran …") names no newsroom by itself
  if (worldGazetteer().has(written)) return null;
  const start = from + m[0].length - m[2].length;
  const lastWord = [...m[2].matchAll(/\S+/g)][words.length - 1];
  const end = start + lastWord.index + lastWord[0].length;
  const appositive = m[1] !== undefined;
  const after = text.slice(end, end + 30);
  const closes = appositive
    ? CLOSES_APPOSITIVE.test(after) && !personSetOff(text, start, end)
    : ENDS_NAME.test(after) || (opens && SAID_AFTER.test(after));
  return closes ? { start, end, appositive } : null;
}

/** Whether name `n` stands right after generic medium `g`: spaces between, or a comma that opens an appositive. */
function describes(text: string, g: CandidateName, n: CandidateName): boolean {
  if (n.start <= g.end || n.start - g.end > 4) return false;
  const between = text.slice(g.end, n.start);
  if (/^\s+$/.test(between)) return true;
  return /^\s*,\s+$/.test(between) && CLOSES_APPOSITIVE.test(text.slice(n.end, n.end + 30));
}

/** A name the reader has no candidate for (or only a piece of: "RIA" of "RIA Novosti"), read after a generic medium. */
function runCandidate(ctx: NameContext, g: CandidateName, names: readonly CandidateName[]): CandidateName | null {
  const run = nameRunAfter(ctx.text, g.end, opensSentence(ctx.text, g.start));
  if (!run) return null;
  const at = names.find((m) => m.kind !== 'generic' && m.start === run.start);
  if (at && at.end >= run.end) return null;
  const written = ctx.text.slice(run.start, run.end).replace(/\s+/g, ' ');
  const cited = ctx.resolve(written) ?? written;
  const kind = ctx.kindOf(cited);
  return { start: run.start, end: run.end, cited, kind, strict: false, appositive: run.appositive, rank: 2 };
}

// A name before its medium: "the semi-official Tasnim news agency", "Iran 's ISNA news agency said", "the Hurriyet
// newspaper", "told the private CBC TV station". Lowercase media only ("Fars News Agency" is an outlet-like name).
const NAME_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}'\\u2019-])((?:${RUN_WORD}\\s+){0,2}${RUN_WORD}${NAME_NUMBER}?)\\s+(?:${MEDIUM_AFTER_NAME})(?![\\p{L}\\p{N}])`,
  'gu',
);
/** A capitalised word that describes, not names: "Spanish-language", "Hamas-linked". */
const DESCRIBING = /^\p{Lu}\p{L}*-\p{Ll}/u;
/** The words between a cue and the name: a country's possessive, a demonym, qualifiers ("Russia 's state-run"). */
const PREFIX =
  /(?:(?:\p{Lu}\p{L}+\s+)?\p{Lu}\p{L}+\s?['\u2019]\s?s\s+)?(?:(?:\p{Lu}\p{L}*-\p{Ll}[\p{L}-]*|[\p{Ll}]+-[\p{L}-]+|state|official|semiofficial|private|privately owned|independent|conservative|reformist|hardline|leading|main|popular|influential|\p{Lu}\p{L}+)\s+){0,3}$/u;

/**
 * Where the name starts in the capitalised words before a medium, or -1 when they hold none: function words and
 * describing words open no name ("The", "Hamas-linked"); a demonym is a description ("the Iranian Tasnim news agency")
 * unless the whole is a name the outlet table knows or an outlet word follows it ("the Irish Times newspaper"); a
 * place is part of the name ("Russia Today") unless it is all of it ("the Chicago newspaper").
 */
function nameStart(words: readonly string[], ctx: NameContext): number {
  const world = worldGazetteer();
  let k = 0;
  while (k < words.length && (NOT_FIRST.has(words[k].toLowerCase()) || DESCRIBING.test(words[k]))) k++;
  if (k === words.length || ctx.resolve(words.slice(k).join(' '))) return k === words.length ? -1 : k;
  const demonym = (w: string) => world.get(w)?.type === 'demonym';
  let j = k;
  while (j < words.length - 1 && demonym(words[j])) j++;
  if (j > k && (ctx.resolve(words.slice(j).join(' ')) || !OUTLET_START.test(words[j]))) k = j;
  if ((k === words.length - 1 && demonym(words[k])) || world.has(words.slice(k).join(' '))) return -1;
  return k;
}
/** A word of a newsroom's name, as the first word after a demonym ("Irish Times"). */
const OUTLET_START = new RegExp(`^${OUTLET_WORD}$`);

/** Names before their medium (see NAME_BEFORE), not read where a name follows the medium ("the Capitol Hill
 * newspaper Roll Call": the words before describe it). */
function namesBeforeMedium(ctx: NameContext): CandidateName[] {
  const { text } = ctx;
  const out: CandidateName[] = [];
  if (!ANY_MEDIUM_AFTER_NAME.test(text)) return out;
  for (const m of text.matchAll(NAME_BEFORE)) {
    const tail = m.index + m[0].length;
    if (
      /^\s+\p{Lu}/u.test(text.slice(tail, tail + 3)) &&
      !/^\s+(?:The|A|An|In|On|At)\b/.test(text.slice(tail, tail + 5))
    )
      continue;
    const words = m[1].split(/\s+/);
    // an outlet word before a bare "TV" is a piece of the name, not the name ("Press TV")
    if (words.length === 1 && OUTLET_START.test(words[0])) continue;
    const k = nameStart(words, ctx);
    if (k < 0) continue;
    if (words.length - k > 1 && !/^\p{Lu}+$/u.test(words[k]) && givenNames().has(words[k].toLowerCase())) continue;
    const lead = words.slice(0, k).reduce((n, w) => m[1].indexOf(w, n) + w.length, 0);
    const start = m.index + (k ? m[1].slice(lead).search(/\S/) + lead : 0);
    const end = m.index + m[1].length;
    const written = text.slice(start, end).replace(/\s+/g, ' ');
    const cited = ctx.resolve(written) ?? written;
    const prefix = PREFIX.exec(text.slice(Math.max(0, start - 60), start))?.[0].length ?? 0;
    out.push({ start, end, cited, kind: ctx.kindOf(cited), strict: false, described: start - prefix, tail, rank: 2 });
  }
  return out;
}

/**
 * A generic medium right before a name describes it: "state news agency MENA reported", "citing the official news
 * agency IRNA", "Libya's state news agency, LANA, said". The name is the outlet, written whole (a run of capitalised
 * words the reader had no candidate for is taken too), its cue may stand before the description, and an acronym there
 * is a newsroom (the medium says so). The description is no citation of its own: it would count a channel beside the
 * outlet. A bare description ("the newspaper Le Monde") only passes the cue over to a name already a candidate.
 */
export function describedNames(ctx: NameContext, names0: readonly CandidateName[]): CandidateName[] {
  const { text } = ctx;
  const generics = names0.filter((n) => n.kind === 'generic');
  const runs = generics.map((g) => runCandidate(ctx, g, names0)).filter((r): r is CandidateName => r !== null);
  const inRun = (n: CandidateName) => runs.some((r) => n.kind !== 'generic' && n.start >= r.start && n.end <= r.end);
  // a name guessed inside a generic medium is a piece of it ("Lebanese TV" of "Lebanese TV station")
  const inMedium = (n: CandidateName) =>
    n.kind !== 'generic' && n.rank > 0 && generics.some((g) => g.start <= n.start && n.end <= g.end);
  // a name before its medium; a known name standing there keeps its own reading, with the medium's cues ("The SANA
  // news agency said"), unless it is longer or shorter ("the Washington Post newspaper")
  const before: CandidateName[] = [];
  for (const b of namesBeforeMedium(ctx)) {
    const k = names0.find((n) => n.rank === 0 && n.kind !== 'generic' && n.start < b.end && b.start < n.end);
    if (!k) before.push(b);
    else if (k.start === b.start && k.end === b.end) before.push({ ...k, described: b.described, tail: b.tail });
  }
  const covered = (n: CandidateName) =>
    n.kind !== 'generic' && before.some((b) => b.start <= n.start && n.end <= b.end);
  const names = names0.filter((n) => !inRun(n) && !inMedium(n) && !covered(n)).concat(runs, before);
  const out: CandidateName[] = [];
  for (const n of names) {
    if (n.kind === 'generic') {
      if (!names.some((m) => m.kind !== 'generic' && describes(text, n, m))) out.push(n);
      continue;
    }
    const g = generics.find((x) => describes(text, x, n));
    if (g) {
      const appositive = !/^\s+$/.test(text.slice(g.end, n.start));
      out.push({ ...n, strict: false, described: g.start, ...(appositive ? { appositive } : {}) });
      continue;
    }
    const bare = MEDIUM_BEFORE_NAME.exec(text.slice(Math.max(0, n.start - 40), n.start));
    out.push(bare ? { ...n, strict: false, described: n.start - bare[0].length } : n);
  }
  return out;
}
