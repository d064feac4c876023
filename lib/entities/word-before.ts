// The word written right before each one-word mention ("the" in "the Brotherhood", "and" in "Control and
// Prevention"), lowercased: a merge rule reads it to tell a body's short form from a common word capitalised for
// another reason (merge/last-word.ts). And the two words right after it ("of parliament" after "Upper House"): a
// head word followed by "of" is a longer name cut in two, not the head word alone (merge/home-chamber.ts).
import type { Doc } from '../types.js';
import type { Mention } from './mention-record.js';

/** The last run of non-space characters before the end of a short slice (bounded: linear on any text). */
const LAST_WORD = /(\S{1,20})\s{1,4}$/;

/** The lowercased word before each one-word mention of each doc (same order as docs); '' at the text's start. */
export function wordsBefore(docs: readonly Doc[], mentions: readonly (readonly Mention[])[]): Map<Mention, string> {
  const out = new Map<Mention, string>();
  docs.forEach((d, k) => {
    for (const m of mentions[k]) {
      if (/\s/.test(m.text)) continue;
      const w = LAST_WORD.exec(d.text.slice(Math.max(0, m.start - 24), m.start));
      out.set(m, w ? w[1].toLowerCase() : '');
    }
  });
  return out;
}

/** The first two runs of non-space characters at the start of a short slice (bounded: linear on any text). */
const NEXT_WORDS = /^\s{0,4}(\S{1,20})(?:\s{1,4}(\S{1,20}))?/;

/** The two lowercased words after each one-word mention of each doc, joined by a space ('' at the text's end). */
export function wordsAfter(docs: readonly Doc[], mentions: readonly (readonly Mention[])[]): Map<Mention, string> {
  const out = new Map<Mention, string>();
  docs.forEach((d, k) => {
    for (const m of mentions[k]) {
      if (/\s/.test(m.text)) continue;
      const w = NEXT_WORDS.exec(d.text.slice(m.end, m.end + 48));
      out.set(m, w ? [w[1], w[2] ?? ''].join(' ').trim().toLowerCase() : '');
    }
  });
  return out;
}
