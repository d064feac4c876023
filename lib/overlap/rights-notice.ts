// A rights notice at the foot of an article: "© Copyright 2019 <agency> . All rights reserved . This material may not
// be published , broadcast , rewritten or redistributed ." Every site that runs an agency's copy prints the agency's
// notice under it, so two sites share it word for word though neither took it from the other: it is the agency's
// boilerplate, not reuse. Told by its shape, not by any agency's wording: on both sides the passage lies on the
// article's last line, after a copyright mark on that line (the sign ©, the word "Copyright", or "(c)" before a year).
import type { Passage } from './types.js';

/** A copyright mark: the sign, the word, or "(c)" before a year. */
const COPYRIGHT_MARK = /©|\bcopyright\b|\(c\)\s*(?:19|20)\d\d/i;
/** How far back from the passage its line is read for the mark, in characters. */
const LINE_BACK = 400;

/** Whether text[start, end) lies on the text's last line, after a copyright mark on that line. */
export function onRightsLine(text: string, start: number, end: number): boolean {
  const next = text.indexOf('\n', end);
  if (next >= 0 && /\S/.test(text.slice(next))) return false;
  const before = text.slice(Math.max(0, start - LINE_BACK), start);
  return COPYRIGHT_MARK.test(before.slice(before.lastIndexOf('\n') + 1));
}

/** Whether a passage of two texts is a rights notice on both sides (see the head of this file). */
export function rightsNotice(textA: string, textB: string, x: Pick<Passage, 'a' | 'b'>): boolean {
  return onRightsLine(textA, x.a[0], x.a[1]) && onRightsLine(textB, x.b[0], x.b[1]);
}

/** Why a passage is a rights notice. */
export const RIGHTS_NOTICE_BECAUSE =
  'a rights notice: both articles print it on their last line after a copyright mark, the notice of whoever owns the copy, which every site running that copy prints; no text one outlet took from the other';
