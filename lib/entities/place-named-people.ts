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

/** The word at k, written the same way elsewhere in the article and not after the word at `first` nor after "the",
 * speaks ("Nuland said") or follows an honorific ("Ms. Nuland"). */
function speaksAlone(d: Doc, first: number, k: number): boolean {
  const t = d.tokens[k];
  const before = speakers(d).get(d.text.slice(t.start, t.end));
  if (!before) return false;
  const lead = d.tokens[first].norm;
  for (const p of before) if (p !== lead && p !== 'the') return true;
  return false;
}

/** Per article: each word written as a speaker or after an honorific, with the words before it where it is. One pass
 * over the article's tokens, kept (a hostile text with many candidates scans once). */
const SPEAKERS = new WeakMap<Doc, Map<string, Set<string>>>();

function speakers(d: Doc): Map<string, Set<string>> {
  const known = SPEAKERS.get(d);
  if (known) return known;
  const out = new Map<string, Set<string>>();
  const toks = d.tokens;
  for (let q = 1; q < toks.length; q++) {
    const prev = toks[q - 1].norm;
    if (toks[q].kind !== 'word' || !(HONORIFICS.has(prev) || SAYS.has(toks[q + 1]?.norm ?? ''))) continue;
    const w = d.text.slice(toks[q].start, toks[q].end);
    const set = out.get(w) ?? new Set<string>();
    set.add(prev);
    out.set(w, set);
  }
  SPEAKERS.set(d, out);
  return out;
}
