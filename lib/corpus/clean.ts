// Pure: raw article text -> { text, paragraphs, removed }.
//
// Rules, applied line by line (a "line" ends at \n, \r\n, \r, U+2028 or U+2029), all linear time:
//  1. Characters: NFC; zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, soft hyphen), BOM, bidi
//     controls (LRM, RLM, ALM, embeddings, isolates), C0/C1 control characters, lone surrogates and
//     U+FFFD are removed; NBSP and narrow NBSP become a plain space; leading/trailing whitespace of each
//     line is trimmed. These are recorded once per kind with a count (rawStart = first occurrence).
//     Curly quotes, apostrophes and dashes are deliberately KEPT as they are: the tokenizer folds quote
//     and dash variants for matching, and every reported span must quote the article verbatim.
//  2. Whole lines removed as debris, each recorded once with its verbatim text and rawStart:
//     'repeated-line'  an exact repeat (after step 1) of an earlier line of >= 15 characters; the first
//                      occurrence is judged on its own (so a caption printed twice is one 'caption' and one
//                      'repeated-line'),
//     'dateline'       a line that is only a date ("Friday, December 27, 2024", "Dec. 30, 2024"), anywhere,
//     'byline'         "News Desk - The Cradle", "By Jane Doe", "Reporting by ...",
//     'caption'        "(Photo: ...)", "(L)"/"(R)" caption markers, "Photo credit", "Getty Images", ...
//     'comment-widget' "No comments:", "Post a Comment", "3 Comments", blog "Newer Post"/"Older Post",
//     'social'         "Share on Facebook", "Follow us on Twitter", "Subscribe", rows of network names,
//     'other-script'   in an article whose letters are >= 70% one script, a line with >= 3 letters of
//                      which less than half are in that script ("964mediaصورة من منصة (شبكة):" in English).
//  3. 'signature': an outlet signature prefix on the first line ("Shafaq News/ ") is cut from that line.
//  4. 'title': the first kept line is removed as the title when it is headline-shaped (short, no final
//     sentence punctuation) or equals `opts.title`, and other text follows it.
//  5. 'related-link': headline-shaped lines after the last body line (trailing debris block).
//  6. 'link-card': a web page's card of headlines glued into a sentence after a person's name, up to its "MORE"
//     (lib/corpus/link-cards.ts), and 'player-label': a video player's "CLOSE" opening its caption's line
//     (lib/corpus/player-labels.ts); cut inside the line, recorded with their verbatim text, in both modes.
//     'video-player': a media player's box on a line of its own ("JUST WATCHED <title> Replay More Videos ... MUST
//     WATCH <title> 06:22", "<title> Listen · 2:09 2:09"), removed whole with its line break, in both modes, and so is
//     'explainer-box': a collapsible background box ("Quick guide <title> Show Hide <body>",
//     lib/corpus/explainer-boxes.ts), and 'related-link': a link to another article on a line of its own ("<headline>
//     Read more", lib/corpus/read-more-links.ts), and 'reader-callout': a line calling on the reader ("Are you in <place>?
//     Send us your experiences", a newsletter sign-up, "follow us on", lib/corpus/reader-callouts.ts).
//  Inline datelines that open a paragraph ("ERBIL (Kurdistan24) - According to ...") are KEPT in the text
//  (they are part of the lead sentence); guess.ts reads them.
// Paragraphs: blocks separated by blank lines; lines within a block stay joined by "\n". In a text with
// no blank lines at all, every line is a paragraph. The final text joins paragraphs with "\n\n".
// Plain mode (`cleanPlain`, for records whose text the user already cleaned): only step 1's character removals
// (NBSP becomes a space in place), step 6's link cards, player labels, player and explainer boxes and the trimming of the whole text; no line is reflowed or
// removed.
// Both modes return `offsets`, the map from text offsets back to raw offsets (see lib/corpus/provenance.ts).

import { cutSpans, linkCards } from './link-cards.js';
import { rawOffset } from './provenance.js';
import { isPlayerBox, playerLabel } from './player-labels.js';
import { isExplainerBox } from './explainer-boxes.js';
import { isReadMoreLink } from './read-more-links.js';
import { isReaderCallout } from './reader-callouts.js';
import { repairMojibake } from './mojibake.js';
import type { Paragraph, Removal } from '../types.js';
import {
  dominantScript,
  foldTitle,
  isCaption,
  isCommentWidget,
  isHeadlineLike,
  isSocial,
  matchByline,
  matchDateLine,
  matchSignaturePrefix,
  scriptCounts,
  MAX_DEBRIS_LINE,
} from './lines.js';
import type { CleanOptions, CleanResult, ScriptCounts } from './types.js';

const MIN_REPEAT = 15;
const MAX_REMOVED_TEXT = 200;

// Characters removed or replaced by step 1, and their kinds.
const SPECIAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u00A0\u00AD\u061C\u200B-\u200F\u202A-\u202F\u2060-\u2064\u2066-\u2069\uFEFF\uFFFD\uD800-\uDFFF]/;

function charKind(c: number): string | null {
  if (c === 0xa0 || c === 0x202f) return 'nbsp';
  if (c === 0xfeff) return 'bom';
  if (c === 0x200b || c === 0x200c || c === 0x200d || (c >= 0x2060 && c <= 0x2064) || c === 0xad) return 'zero-width';
  if (c === 0x200e || c === 0x200f || c === 0x61c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
    return 'bidi-control';
  if (c === 0xfffd) return 'replacement-char';
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return c === 9 ? null : 'control';
  return null;
}

interface Line {
  raw: string;
  rawStart: number;
  norm: string;
  /** flat pairs [normOffset, rawOffset] mapping `norm` back to raw */
  segs: number[];
  /** why removed, or null if kept */
  kind: string | null;
}

type Counter = Map<string, { count: number; rawStart: number; sample: string }>;

function bump(counts: Counter, kind: string, rawStart: number, sample: string, n = 1): void {
  const e = counts.get(kind);
  if (e) e.count += n;
  else counts.set(kind, { count: n, rawStart, sample });
}

/** Drop the first `n` characters of a line's normalised text from its offset map. */
function cutSegs(segs: number[], n: number): number[] {
  if (n === 0) return segs;
  const out: number[] = [];
  for (let k = 0; k < segs.length; k += 2) {
    const nextO = k + 2 < segs.length ? segs[k + 2] : Infinity;
    if (nextO <= n) continue;
    if (segs[k] <= n) out.push(0, segs[k + 1] + (n - segs[k]));
    else out.push(segs[k] - n, segs[k + 1]);
  }
  return out;
}

/** A line's offset map composed with a repair's: `segs` map text → repaired line, `src` repaired line → raw line. */
function composeSegs(segs: readonly number[], textLength: number, src: readonly number[], rawStart: number): number[] {
  const out: number[] = [];
  let prev = -2;
  for (let k = 0; k < segs.length; k += 2) {
    const end = k + 2 < segs.length ? segs[k + 2] : textLength + 1;
    for (let o = segs[k]; o < end; o++) {
      const r = rawStart + src[Math.min(segs[k + 1] + (o - segs[k]), src.length - 1)];
      if (r !== prev + 1 || o === segs[k]) out.push(o, r);
      prev = r;
    }
  }
  return out;
}

/**
 * Step 1 on one line; `local` collects per-kind counts to merge only if the line is kept. Mojibake is repaired first
 * (lib/corpus/mojibake.ts), and the offset map goes through the repair back to the raw line.
 */
function normalizeLine(raw: string, rawStart: number, local: Counter, trim = true): { text: string; segs: number[] } {
  const fix = repairMojibake(raw);
  if (!fix) return normalizeChars(raw, rawStart, local, trim);
  bump(local, 'mojibake', rawStart + fix.first, fix.sample, fix.repaired);
  const inner: Counter = new Map();
  const n = normalizeChars(fix.text, 0, inner, trim);
  for (const [kind, v] of inner) bump(local, kind, rawStart + fix.src[v.rawStart], v.sample, v.count);
  return { text: n.text, segs: composeSegs(n.segs, n.text.length, fix.src, rawStart) };
}

/** Character normalisation of one line (controls, bidi marks, nbsp, NFC), with its map back to raw offsets. */
function normalizeChars(raw: string, rawStart: number, local: Counter, trim = true): { text: string; segs: number[] } {
  let s = raw;
  let segs = [0, rawStart];
  if (SPECIAL.test(s)) {
    const parts: string[] = [];
    let len = 0;
    let from = 0;
    segs = [];
    const cut = (i: number, keep: string) => {
      if (segs.length === 0 || from > 0) segs.push(len, rawStart + from);
      parts.push(s.slice(from, i) + keep);
      len += i - from + keep.length;
      from = i + 1;
    };
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x7f && c >= 0x20) continue;
      let kind: string | null;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          continue;
        }
        kind = 'control';
      } else if (c >= 0xd800 && c <= 0xdfff) kind = 'control';
      else kind = charKind(c);
      if (!kind) continue;
      cut(i, kind === 'nbsp' ? ' ' : '');
      bump(local, kind, rawStart + i, s[i]);
    }
    if (segs.length === 0 || from > 0) segs.push(len, rawStart + from);
    parts.push(s.slice(from));
    s = parts.join('');
  }
  if (/[^\x00-\x7f]/.test(s)) {
    const n = s.normalize('NFC');
    if (n.length !== s.length) segs = [0, segs[1]]; // composed characters: the line maps by its start only
    s = n;
  }
  if (!trim) return { text: s, segs };
  const lead = s.length - s.trimStart().length;
  const t = s.trim();
  if (t.length !== s.length && s.trimEnd().length !== s.length)
    bump(local, 'whitespace', rawStart + s.trimEnd().length, '');
  return { text: t, segs: cutSegs(segs, lead) };
}

function clip(s: string): string {
  return s.length > MAX_REMOVED_TEXT ? s.slice(0, MAX_REMOVED_TEXT) : s;
}

/** Split raw text into lines with their offsets (linear). */
function splitLines(raw: string): { raw: string; rawStart: number }[] {
  const out: { raw: string; rawStart: number }[] = [];
  const re = /\r\n|[\n\r\u2028\u2029]/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    out.push({ raw: raw.slice(start, m.index), rawStart: start });
    start = m.index + m[0].length;
  }
  out.push({ raw: raw.slice(start), rawStart: start });
  return out;
}

/** One cleaning in progress: the lines (each marked when removed) and the removals recorded so far. */
interface Cleaning {
  lines: Line[];
  /** per line, the character removals of step 1 (merged into the totals only if the line is kept) */
  localCounts: Counter[];
  /** per line, the link cards cut from it (recorded only if the line is kept) */
  localCards: Removal[][];
  removed: Removal[];
}

/** Where a line's text starts in the raw input (after its leading whitespace). */
function lineLead(l: Line): number {
  return l.rawStart + (l.raw.length - l.raw.trimStart().length);
}

/** Mark a line removed as `kind` and record it with its verbatim text. */
function removeLine(c: Cleaning, l: Line, kind: string): void {
  l.kind = kind;
  c.removed.push({ kind, text: clip(l.raw.trim()), rawStart: lineLead(l) });
}

/** Step 1 on every line of the raw text. */
function readLines(raw: string): Cleaning {
  const lines: Line[] = [];
  const localCounts: Counter[] = [];
  const localCards: Removal[][] = [];
  for (const { raw: r, rawStart } of splitLines(raw)) {
    const local: Counter = new Map();
    const cards: Removal[] = [];
    const n = cutInline(normalizeLine(r, rawStart, local), cards);
    lines.push({ raw: r, rawStart, norm: n.text, segs: n.segs, kind: null });
    localCounts.push(local);
    localCards.push(cards);
  }
  return { lines, localCounts, localCards, removed: [] };
}

/**
 * A line without its link cards (lib/corpus/link-cards.ts) and the close label of a video player opening it
 * (lib/corpus/player-labels.ts), each pushed to `cards` with its verbatim text.
 */
function cutInline(n: { text: string; segs: number[] }, cards: Removal[]): { text: string; segs: number[] } {
  const label = playerLabel(n.text);
  const spans = label ? [label, ...linkCards(n.text).filter(([a]) => a >= label[1])] : linkCards(n.text);
  if (!spans.length) return n;
  for (const [a, b] of spans) {
    const kind = label && a === label[0] ? 'player-label' : 'link-card';
    const lead = kind === 'link-card' && n.text[a] === ' ' ? 1 : 0;
    const text = n.text.slice(a + lead, b);
    cards.push({
      kind,
      text: clip(kind === 'link-card' ? text : text.trim()),
      rawStart: rawOffset({ offsets: n.segs }, a + lead),
    });
  }
  return cutSpans(n.text, n.segs, spans);
}

/** A test of whether line i is mostly in another script than the article's (>= 70% one script), or never when none. */
function otherScriptTest(lines: readonly Line[]): (i: number) => boolean {
  // script profile of each line and of the whole text (one pass over the characters)
  const sc: ScriptCounts = { latin: 0, arabic: 0, cyrillic: 0, greek: 0, hebrew: 0, cjk: 0, other: 0 };
  const lineScripts: (ScriptCounts | null)[] = lines.map((l) => {
    if (!l.norm) return null;
    const c = scriptCounts(l.norm);
    for (const k of Object.keys(c) as (keyof ScriptCounts)[]) sc[k] += c[k];
    return c;
  });
  const dom = dominantScript(sc);
  const mainScript = dom.total > 0 && dom.count / dom.total >= 0.7 ? dom.script : null;
  return (i: number): boolean => {
    const c = lineScripts[i];
    if (!mainScript || !c) return false;
    const t = dominantScript(c).total;
    return t >= 3 && c[mainScript] / t < 0.5;
  };
}

/** Step 3: cut an outlet signature prefix from the first non-empty line. */
function cutSignature(c: Cleaning): void {
  const first = c.lines.find((l) => l.norm.length > 0);
  if (!first) return;
  const sig = matchSignaturePrefix(first.norm);
  if (sig && first.norm.length > sig.prefix.length + 20) {
    c.removed.push({ kind: 'signature', text: sig.prefix, rawStart: lineLead(first) });
    first.norm = first.norm.slice(sig.prefix.length);
    first.segs = cutSegs(first.segs, sig.prefix.length);
  }
}

/** Why a short line is debris (step 2, after repeats), or null. */
function debrisKind(s: string, otherScript: boolean): string | null {
  if (matchDateLine(s)) return 'dateline';
  if (matchByline(s)) return 'byline';
  if (isCaption(s)) return 'caption';
  if (isCommentWidget(s)) return 'comment-widget';
  if (isSocial(s)) return 'social';
  return otherScript ? 'other-script' : null;
}

/**
 * Why a whole line is page furniture, in either mode: a media player's or an explainer's box, or a link to another
 * article ("<headline> Read more"), or null.
 */
function boxKind(line: string): string | null {
  if (isPlayerBox(line)) return 'video-player';
  if (isExplainerBox(line)) return 'explainer-box';
  if (isReadMoreLink(line)) return 'related-link';
  return null;
}

/** Why a whole line is furniture or a call to the reader (`boxKind`, then lib/corpus/reader-callouts.ts), or null. */
function furnitureKind(line: string): string | null {
  return boxKind(line) ?? (isReaderCallout(line) ? 'reader-callout' : null);
}

/** Step 2: remove repeated lines and debris lines. */
function removeDebris(c: Cleaning, otherScript: (i: number) => boolean): void {
  const { lines } = c;
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const s = l.norm;
    if (!s) continue;
    const box = boxKind(s);
    if (box) {
      removeLine(c, l, box);
      continue;
    }
    if (s.length >= MIN_REPEAT) {
      if (seen.has(s)) {
        removeLine(c, l, 'repeated-line');
        continue;
      }
      seen.add(s);
    }
    // a short social line keeps its kind; any other call to the reader is a call-out
    const kind =
      (s.length <= MAX_DEBRIS_LINE ? debrisKind(s, otherScript(i)) : null) ??
      (isReaderCallout(s) ? 'reader-callout' : null);
    if (kind) removeLine(c, l, kind);
  }
  // other-script check for long lines too (skipped above)
  lines.forEach((l, i) => {
    if (!l.kind && l.norm.length > MAX_DEBRIS_LINE && otherScript(i)) removeLine(c, l, 'other-script');
  });
}

/** Steps 4 and 5: the title line, and headline-shaped lines after the last body line. */
function removeTitleAndLinks(c: Cleaning, opts: CleanOptions): void {
  const kept = c.lines.filter((l) => l.norm && !l.kind);
  if (kept.length >= 2) {
    const t = kept[0];
    const equalsGiven = opts.title ? foldTitle(opts.title) === foldTitle(t.norm) : false;
    if (equalsGiven || (!opts.keepFirstLine && isHeadlineLike(t.norm))) {
      removeLine(c, t, 'title');
      kept.shift();
    }
  }
  let lastBody = -1;
  for (let i = kept.length - 1; i >= 0; i--)
    if (!isHeadlineLike(kept[i].norm)) {
      lastBody = i;
      break;
    }
  if (lastBody >= 0) for (let i = lastBody + 1; i < kept.length; i++) removeLine(c, kept[i], 'related-link');
}

/** Record the character removals of kept lines (removed lines are recorded whole); returns the warnings they raise. */
function recordCharacters(c: Cleaning): string[] {
  const counts: Counter = new Map();
  c.lines.forEach((l, i) => {
    if (l.kind || !l.norm) return;
    for (const [k, v] of c.localCounts[i]) bump(counts, k, v.rawStart, v.sample, v.count);
    c.removed.push(...c.localCards[i]);
  });
  return recordCounts(counts, c.removed);
}

/** Push one removal per counted kind; returns the warning for replacement characters. */
function recordCounts(counts: Counter, removed: Removal[]): string[] {
  const warnings: string[] = [];
  for (const [kind, v] of counts) {
    removed.push({ kind, text: v.sample, rawStart: v.rawStart, count: v.count });
    if (kind === 'mojibake')
      warnings.push(
        `input contained ${v.count} character(s) garbled by a wrong decoding (such as “${v.sample}”), repaired: the raw text keeps them as given`,
      );
    if (kind === 'replacement-char')
      warnings.push(
        `input contained ${v.count} U+FFFD replacement character(s), removed: text was damaged before loading`,
      );
  }
  return warnings;
}

/** True when a blank line separates two lines of text (then paragraphs are blocks; otherwise every line is one). */
function hasBlankBetween(lines: readonly Line[]): boolean {
  let sawText = false;
  let blankAfterText = false;
  for (const l of lines) {
    if (!l.norm) {
      if (sawText) blankAfterText = true;
    } else {
      if (blankAfterText) return true;
      sawText = true;
    }
  }
  return false;
}

/** The kept lines as paragraphs joined by blank lines, with the paragraph spans and the map back to raw offsets. */
function joinParagraphs(lines: readonly Line[]): { text: string; paragraphs: Paragraph[]; offsets: number[] } {
  const hasBlank = hasBlankBetween(lines);
  const paras: string[] = [];
  const offsets: number[] = [];
  let cur: string[] = [];
  let at = 0;
  let curLen = 0;
  const flush = () => {
    if (!cur.length) return;
    paras.push(cur.join('\n'));
    at += paras[paras.length - 1].length + 2;
    cur = [];
    curLen = 0;
  };
  for (const l of lines) {
    if (!l.norm) {
      flush();
      continue;
    }
    if (l.kind) continue;
    if (!hasBlank) flush();
    const lineAt = at + curLen;
    curLen += l.norm.length + 1;
    for (let k = 0; k < l.segs.length; k += 2) offsets.push(lineAt + l.segs[k], l.segs[k + 1]);
    cur.push(l.norm);
  }
  flush();
  const paragraphs: Paragraph[] = [];
  let pos = 0;
  for (const p of paras) {
    paragraphs.push({ start: pos, end: pos + p.length });
    pos += p.length + 2;
  }
  return { text: paras.join('\n\n'), paragraphs, offsets };
}

/**
 * Clean raw article text: normalise characters, drop page debris and metadata lines, build paragraphs; records every
 * removal.
 */
export function cleanText(raw: string, opts: CleanOptions = {}): CleanResult {
  const c = readLines(raw);
  const otherScript = otherScriptTest(c.lines); // profiled before the signature is cut
  cutSignature(c);
  removeDebris(c, otherScript);
  removeTitleAndLinks(c, opts);
  const warnings = recordCharacters(c);
  const { text, paragraphs, offsets } = joinParagraphs(c.lines);
  c.removed.sort((a, b) => (a.rawStart ?? 0) - (b.rawStart ?? 0));
  return { text, paragraphs, removed: c.removed, warnings, offsets };
}

/** Paragraph offsets of a text kept as given: blocks between blank lines, or every line when there is no blank line. */
function plainParagraphs(text: string): Paragraph[] {
  const lines = splitLines(text);
  const blank = (l: { raw: string }) => !/\S/.test(l.raw);
  const hasBlank = lines.some(blank); // the text is trimmed: a blank line always separates text
  const out: Paragraph[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) out.push({ start, end });
    start = -1;
  };
  for (const l of lines) {
    if (blank(l)) {
      flush();
      continue;
    }
    if (!hasBlank) flush();
    const lead = l.raw.length - l.raw.trimStart().length;
    if (start < 0) start = l.rawStart + lead;
    end = l.rawStart + l.raw.trimEnd().length;
  }
  flush();
  return out;
}

/**
 * Clean text the user already gave as plain text (records): character normalisation only, no line reflowed or removed.
 */
export function cleanPlain(raw: string): CleanResult {
  const counts: Counter = new Map();
  const removed: Removal[] = [];
  const parts: string[] = [];
  let segs: number[] = [];
  let len = 0;
  const lines = splitLines(raw);
  lines.forEach((l, i) => {
    // a media player's or an explainer's box or a call to the reader on a line of its own goes with the line break after it
    const box = furnitureKind(l.raw);
    if (box) {
      const lead = l.raw.length - l.raw.trimStart().length;
      removed.push({ kind: box, text: clip(l.raw.trim()), rawStart: l.rawStart + lead });
      return;
    }
    const n = cutInline(normalizeLine(l.raw, l.rawStart, counts, false), removed);
    for (let k = 0; k < n.segs.length; k += 2) segs.push(len + n.segs[k], n.segs[k + 1]);
    const sepStart = l.rawStart + l.raw.length;
    const sep = i + 1 < lines.length ? raw.slice(sepStart, lines[i + 1].rawStart) : '';
    if (sep) segs.push(len + n.text.length, sepStart);
    parts.push(n.text, sep);
    len += n.text.length + sep.length;
  });
  let text = parts.join('');
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (trimmed.length !== text.length) {
    counts.set('whitespace', { count: 1, rawStart: lead ? 0 : raw.trimEnd().length, sample: '' });
    segs = cutSegs(segs, lead);
    text = trimmed;
  }
  const warnings = recordCounts(counts, removed);
  removed.sort((a, b) => (a.rawStart ?? 0) - (b.rawStart ?? 0));
  return { text, paragraphs: plainParagraphs(text), removed, warnings, offsets: segs };
}
