// "notably" as a signpost: "most notably", "notably the Parchin facility", "notably California, New York and Florida",
// ", notably in Aleppo" pick out an example ("in particular", "especially") after a comma or a dash, as a list would;
// the writer does not tell the reader what to think of a fact. Elsewhere ("was notably at ease", "Notably, …") it
// stays marked. Before an adjective or a verb ("notably absent", "notably two-faced", "notably
// failed") the adverb grades the fact and stays an editorialising adverb. Read on AllSides (loaded14's notes): 23 of 30
// own-voice uses read were the signpost; BABE's annotated uses are the degree sense, which this leaves marked.
import type { Doc } from '../types.js';

/** Words that open a noun phrase or a place or time phrase: after "notably" they make it "in particular". */
const PICKS_OUT: ReadonlySet<string> = new Set(
  (
    'the a an its his her their our this that these those some several many one two three ' +
    'in at among for with from on by during including under over'
  ).split(' '),
);

/** A comma, dash, colon or bracket before "notably": it opens an aside. */
const AFTER_BREAK = /^[,:;(\u2013\u2014-]+$/;

/** True when the "notably" at token i picks out an example (a signpost), not a degree. */
export function notablyPicksOut(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  if (t.norm !== 'notably') return false;
  const prev = d.tokens[i - 1];
  if (prev === undefined || prev.sentence !== t.sentence) return false;
  if (prev.norm === 'most') return true;
  // the signpost opens an aside or a list item: ", notably the …", "— notably El Paso"
  if (prev.kind !== 'punct' || !AFTER_BREAK.test(prev.norm)) return false;
  const next = d.tokens[i + 1];
  if (next === undefined || next.sentence !== t.sentence) return false;
  if (next.kind === 'number' || PICKS_OUT.has(next.norm)) return true;
  // a proper name after it: "notably California", "notably Saudi Arabia"
  const first = d.text[next.start];
  return next.kind === 'word' && first !== first.toLowerCase();
}
