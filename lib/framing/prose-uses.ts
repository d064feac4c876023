// Running prose against site furniture, for the pooled rule's house-style words (lib/framing/pooled.ts). A word one
// outlet prints on many of its stories and the others never can be its page furniture ("Story highlights …" over
// every article, a byline, a sign-up or credit line) or a word it chooses ("proponents" of a bill, story after story).
// Furniture sits in lines without a full stop or at an article's edges (its first or last sentence); a chosen word is
// written inside the article's sentences. So the rule keeps a word whose uses are mostly in running prose.
import type { Doc } from '../types.js';

/** Options for proseWords. */
export interface ProseOptions {
  /** a word is the outlet's prose when at least this share of its counted uses is in running prose (default 0.5) */
  minShare?: number;
  /** a sentence of running prose has at least this many words (default 6) */
  minWords?: number;
}

const ENDS = new Set(['.', '?', '!']);
const CLOSERS = new Set(['"', '”', '’', "'", "''", ')', ']']);

/**
 * Which sentences of a body are running prose: ending with a full stop, question or exclamation mark (closing quotes
 * and brackets after it allowed), of `minWords` words or more, and neither the body's first nor its last sentence of
 * words (where bylines, "Story highlights" and sign-up or credit lines sit). A headline has none.
 */
function proseSentences(d: Doc, minWords: number): Uint8Array {
  const out = new Uint8Array(d.sentences.length);
  if (d.field === 'title') return out;
  const t = d.tokens;
  const worded: number[] = [];
  d.sentences.forEach((s, i) => {
    let words = 0;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (t[k].kind === 'word') words++;
    if (words === 0) return;
    worded.push(i);
    let k = s.tokenEnd - 1;
    while (k > s.tokenStart && CLOSERS.has(t[k].norm)) k--;
    out[i] = words >= minWords && ENDS.has(t[k].norm) ? 1 : 0;
  });
  if (worded.length) {
    out[worded[0]] = 0;
    out[worded[worded.length - 1]] = 0;
  }
  return out;
}

/**
 * A reader of the outlets' running prose: `(outlet, words)` gives the words among `words` (single words, as token
 * norms) whose counted uses (tokens the mask keeps) in the outlet's docs are at least `minShare` in running prose.
 * A word with no counted use found is not prose. Each outlet's docs are read once per call, for the asked words only.
 */
export function proseWords(
  docs: readonly Doc[],
  masks: ReadonlyMap<string, Uint8Array>,
  opts: ProseOptions = {},
): (outlet: string, words: ReadonlySet<string>) => Set<string> {
  const minShare = opts.minShare ?? 0.5,
    minWords = opts.minWords ?? 6;
  const byOutlet = new Map<string, Doc[]>();
  for (const d of docs) (byOutlet.get(d.outlet) ?? byOutlet.set(d.outlet, []).get(d.outlet)!).push(d);
  return (outlet, words) => {
    const out = new Set<string>();
    if (!words.size) return out;
    const uses = new Map<string, { prose: number; all: number }>();
    for (const d of byOutlet.get(outlet) ?? []) {
      const mask = masks.get(d.id);
      let prose: Uint8Array | undefined;
      d.tokens.forEach((tok, k) => {
        if (!words.has(tok.norm) || (mask && !mask[k])) return;
        prose ??= proseSentences(d, minWords);
        const u = uses.get(tok.norm) ?? uses.set(tok.norm, { prose: 0, all: 0 }).get(tok.norm)!;
        u.all++;
        u.prose += prose[tok.sentence];
      });
    }
    for (const [w, u] of uses) if (u.all > 0 && u.prose >= minShare * u.all) out.add(w);
    return out;
  };
}
