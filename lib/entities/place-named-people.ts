// A place's name before another name word reads as a body of that place ("Manchester United", "Houston Chronicle"),
// but many given names are places too ("Victoria Nuland", "Warren Richey", "London Breed", "Alexandria Ocasio-Cortez"):
// a person's title right before the name, or the article writing its last word alone as a person's (a speaker, "Ms.
// Nuland"), makes it the person.
import type { Doc } from '../types.js';
import { HONORIFICS, type TypeEvidence } from './evidence.js';
import { headTypeOf } from './head-words.js';
import type { Ctx, Unit } from './scan-context.js';

/** The cue leading-names.ts gives a place before other name words. */
const PLACE_ORG = 'place-named organisation';

/** Verbs of speech right after a family name written alone ("Nuland said"). */
const SAYS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'wrote', 'writes', 'argued', 'noted']);

/**
 * The person's evidence for a segment read as a place-named organisation (`cue`), or null: a person's title right
 * before it ("Mayor London Breed"; not after "of": "Minister of Jerusalem Affairs" is the title's body), or, for a
 * place and one more word the corpus never writes in lower case and no head word, that word written alone elsewhere
 * in the article before a verb of speech or after an honorific ("Victoria Nuland ... Nuland said"), outside sports
 * reports.
 */
export function placeNamedPerson(
  d: Doc,
  seg: readonly Unit[],
  cue: string,
  title: string | null,
  ctx: Ctx,
): TypeEvidence | null {
  if (cue !== PLACE_ORG) return null;
  if (title)
    return d.tokens[seg[0].i - 1]?.norm === 'of' ? null : { type: 'person', strength: 3, cue: 'title: ' + title };
  // (not in a sports report: "Manchester United ... United said" is the club)
  if (seg.length !== 2 || !seg[1].word || ctx.sport) return null;
  const last = d.tokens[seg[1].i].norm;
  if (ctx.lowerUses.has(last) || headTypeOf(last)) return null;
  return speaksAlone(d, seg[0].i, seg[1].i)
    ? { type: 'person', strength: 2, cue: 'family name alone as a person elsewhere' }
    : null;
}

/** The word at k, written the same way elsewhere in the article and not after the word at `first`, speaks ("Nuland
 * said") or follows an honorific ("Ms. Nuland"). One pass over the article's tokens. */
function speaksAlone(d: Doc, first: number, k: number): boolean {
  const toks = d.tokens;
  const t = toks[k];
  const surface = d.text.slice(t.start, t.end);
  const lead = toks[first].norm;
  for (let q = 1; q < toks.length; q++) {
    const u = toks[q];
    if (q === k || u.norm !== t.norm || d.text.slice(u.start, u.end) !== surface) continue;
    const prev = toks[q - 1].norm;
    // ("the Sentinel said": a paper, after its article)
    if (prev === lead || prev === 'the') continue;
    if (HONORIFICS.has(prev) || SAYS.has(toks[q + 1]?.norm ?? '')) return true;
  }
  return false;
}
