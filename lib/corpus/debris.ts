// Cleaning step 2: whole lines that are page debris. A repeat of an earlier line, a date line, a byline, a caption,
// a comment widget, a social line, a line in another script than the article's; and, in both modes, page furniture
// on a line of its own: a media player's box (lib/corpus/player-labels.ts), an explainer box
// (lib/corpus/explainer-boxes.ts), a "<headline> Read more" link (lib/corpus/read-more-links.ts), a call to the
// reader (lib/corpus/reader-callouts.ts).

import { isPlayerBox } from './player-labels.js';
import { isExplainerBox } from './explainer-boxes.js';
import { isReadMoreLink } from './read-more-links.js';
import { isReaderCallout } from './reader-callouts.js';
import { kickerLinks } from './kicker-links.js';
import {
  dominantScript,
  isCaption,
  isCommentWidget,
  isSocial,
  matchByline,
  matchDateLine,
  scriptCounts,
  MAX_DEBRIS_LINE,
} from './lines.js';
import type { ScriptCounts } from './types.js';
import { removeLine, type Cleaning, type Line } from './line-reading.js';

const MIN_REPEAT = 15;

/** A test of whether line i is mostly in another script than the article's (>= 70% one script), or never when none. */
export function otherScriptTest(lines: readonly Line[]): (i: number) => boolean {
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
export function furnitureKind(line: string): string | null {
  return boxKind(line) ?? (isReaderCallout(line) ? 'reader-callout' : null);
}

/** Step 2: remove repeated lines and debris lines. */
export function removeDebris(c: Cleaning, otherScript: (i: number) => boolean, capsLinks = false): void {
  const { lines } = c;
  const seen = new Set<string>();
  const kickers = kickerLinks(
    lines.map((l) => l.norm),
    capsLinks,
  );
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const s = l.norm;
    if (!s) continue;
    const box = boxKind(s) ?? (kickers.has(i) ? 'related-link' : null);
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
