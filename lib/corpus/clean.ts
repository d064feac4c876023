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
//     (lib/corpus/player-labels.ts), and 'markup-remnant': a page element's attribute and its quoted value left in
//     the text (`poster= '' http : //…jpg ? pubId=… ''`, lib/corpus/markup-remnants.ts); cut inside the line,
//     recorded with their verbatim text, in both modes.
//     'video-player': a media player's box on a line of its own ("JUST WATCHED <title> Replay More Videos ... MUST
//     WATCH <title> 06:22", "<title> Listen · 2:09 2:09"), removed whole with its line break, in both modes, and so is
//     'explainer-box': a collapsible background box ("Quick guide <title> Show Hide <body>",
//     lib/corpus/explainer-boxes.ts), and 'related-link': a link to another article on a line of its own ("<headline>
//     Read more", lib/corpus/read-more-links.ts; "<kicker> : <headline>" in a page of labelled links,
//     lib/corpus/kicker-links.ts), and 'reader-callout': a line calling on the reader ("Are you in <place>?
//     Send us your experiences", a newsletter sign-up, "follow us on", lib/corpus/reader-callouts.ts).
//  Inline datelines that open a paragraph ("ERBIL (Kurdistan24) - According to ...") are KEPT in the text
//  (they are part of the lead sentence); guess.ts reads them.
// Paragraphs: blocks separated by blank lines; lines within a block stay joined by "\n". In a text with
// no blank lines at all, every line is a paragraph. The final text joins paragraphs with "\n\n".
// Plain mode (`cleanPlain`, for records whose text the user already cleaned): only step 1's character removals
// (NBSP becomes a space in place), step 6's link cards, player labels, markup remnants, player and explainer boxes, a
// share box naming the record's title ('social', lib/corpus/repeated-headline.ts) and
// the trimming of the whole text, and 'title': the record's title repeated on the first line, with the caption, credit
// and section label printed before it there (lib/corpus/repeated-headline.ts), or a caption and the outlet's printed
// headline there when the outlet opens its articles so (lib/corpus/printed-headline.ts); no line is reflowed.
// Both modes return `offsets`, the map from text offsets back to raw offsets (see lib/corpus/provenance.ts).

// Where each step lives: char-normalize.ts (step 1, with the offset maps), inline-cuts.ts (step 6's cuts inside a
// line), line-reading.ts (lines, the state of one cleaning, the kept lines' character removals), debris.ts (step 2 and
// the boxes of step 6), article-edges.ts (steps 3 to 5), paragraphs.ts (paragraphs), clean-log.ts (the log). This
// module runs them in order, in either mode.

import type { Removal } from '../types.js';
import type { CleanOptions, CleanResult } from './types.js';
import { clip, recordCounts, type Counter } from './clean-log.js';
import { cutSegs, normalizeLine } from './char-normalize.js';
import { cutInline } from './inline-cuts.js';
import { opensWithPoster } from './markup-remnants.js';
import { readLines, recordCharacters, splitLines } from './line-reading.js';
import { furnitureKind, otherScriptTest, removeDebris } from './debris.js';
import { cutSignature, removeTitleAndLinks } from './article-edges.js';
import { joinParagraphs, plainParagraphs } from './paragraphs.js';
import { kickerLinks } from './kicker-links.js';
import { isTitleBox, repeatedHeadline } from './repeated-headline.js';
import { isPrintedHeadlineLine } from './printed-headline.js';
import { cutSpans } from './link-cards.js';
import { rawOffset } from './provenance.js';

/**
 * Clean raw article text: normalise characters, drop page debris and metadata lines, build paragraphs; records every
 * removal.
 */
export function cleanText(raw: string, opts: CleanOptions = {}): CleanResult {
  const c = readLines(raw);
  const otherScript = otherScriptTest(c.lines); // profiled before the signature is cut
  cutSignature(c);
  removeDebris(c, otherScript, opts.capsLinks);
  removeTitleAndLinks(c, opts);
  const warnings = recordCharacters(c);
  const { text, paragraphs, offsets } = joinParagraphs(c.lines);
  c.removed.sort((a, b) => (a.rawStart ?? 0) - (b.rawStart ?? 0));
  return { text, paragraphs, removed: c.removed, warnings, offsets };
}

/**
 * The first line without the record's title repeated on it and the furniture above it (lib/corpus/repeated-headline.ts),
 * or, when the outlet prints them so (`printed`), without a caption and a printed headline that differs from the title
 * (lib/corpus/printed-headline.ts), logged as 'title'; a first line opened by a video player's poster
 * (lib/corpus/markup-remnants.ts) that does not hold the title is the player's box (its section label, the video's
 * title and description), logged as 'video-player'. Null when the whole line goes (only when more text follows it).
 */
function cutTitle(
  n: { text: string; segs: number[] },
  title: string,
  more: boolean,
  removed: Removal[],
  house: { printed: boolean; player: boolean },
): { text: string; segs: number[] } | null {
  const whole: [number, number] = [0, n.text.length];
  let span = repeatedHeadline(n.text, title) ?? (house.printed && isPrintedHeadlineLine(n.text, title) ? whole : null);
  const player = !span && house.player; // a video player's box: its section label, the video's title and description
  if (player) span = whole;
  if (!span || (span[1] === n.text.length && !more)) return n;
  const lead = n.text.length - n.text.trimStart().length;
  const text = n.text.slice(lead, span[1]).trim();
  removed.push({
    kind: player ? 'video-player' : 'title',
    text: clip(text),
    rawStart: rawOffset({ offsets: n.segs }, lead),
  });
  return span[1] === n.text.length ? null : cutSpans(n.text, n.segs, [span]);
}

/**
 * Clean text the user already gave as plain text (records): character normalisation, the boxes and cuts of step 6, and
 * the record's `title` repeated on the first line with the furniture above it; no line is reflowed.
 */
export function cleanPlain(
  raw: string,
  opts: Pick<CleanOptions, 'title' | 'capsLinks' | 'printedHeadline'> = {},
): CleanResult {
  const counts: Counter = new Map();
  const removed: Removal[] = [];
  const parts: string[] = [];
  let segs: number[] = [];
  let len = 0;
  const lines = splitLines(raw);
  const kickers = kickerLinks(
    lines.map((l) => l.raw),
    opts.capsLinks,
  );
  let title = opts.title ?? null; // read on the first line with text only
  let last = lines.length - 1;
  while (last > 0 && !lines[last].raw.trim()) last--;
  lines.forEach((l, i) => {
    // a media player's or an explainer's box, a link, a call to the reader or a share box naming the article ("Share
    // All sharing options for : <title>") on a line of its own goes with the line break after it
    const box =
      furnitureKind(l.raw) ??
      (kickers.has(i) ? 'related-link' : null) ??
      (title === null && opts.title && isTitleBox(l.raw, opts.title) ? 'social' : null);
    if (box) {
      const lead = l.raw.length - l.raw.trimStart().length;
      removed.push({ kind: box, text: clip(l.raw.trim()), rawStart: l.rawStart + lead });
      return;
    }
    let n: { text: string; segs: number[] } | null = cutInline(
      normalizeLine(l.raw, l.rawStart, counts, false),
      removed,
    );
    if (title !== null && n.text.trim()) {
      const house = { printed: !!opts.printedHeadline, player: opensWithPoster(l.raw) };
      n = cutTitle(n, title, i < last, removed, house);
      title = null;
      if (!n) return; // the title's line goes with the line break after it
    }
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
