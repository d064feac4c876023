// Short forms a writer uses for a corpus outlet's name, read from the name's own shape, not from a list of outlets:
// the name without the place it opens with ("Washington Free Beacon" is "the Free Beacon", "San Jose Mercury News" is
// "the Mercury News") and a clipped compound of its first two words ("WaPo" for "Washington Post", "ChiTrib" for
// "Chicago Tribune"). A place-less form must keep two words or more: "the Post", "the Times" or "the Tribune" name
// many papers, and so do two outlets' shared forms, which are dropped.
import { outletCore } from '../corpus/outlet-name.js';
import { worldGazetteer } from '../entities/world.js';

/** A capitalised word of an outlet's name. */
const CAP_WORD = /^\p{Lu}[\p{L}\p{N}'\u2019-]*$/u;

/** An outlet's name as written, without a leading "the" and its edition ("New York Times - News" → "New York Times"). */
function nameWords(outlet: string): string[] {
  const core = outletCore(outlet);
  const written = outlet.replace(/^the\s+/i, '').split(/\s+/);
  // the core is the name lower-cased and cut: keep as many written words as it holds
  return written.slice(0, core.split(/\s+/).length);
}

/** The words left after a place of one or two words opening the name, or null when no place opens it. */
function afterPlace(words: readonly string[]): string[] | null {
  const world = worldGazetteer();
  for (const n of [2, 1]) {
    const place = world.get(words.slice(0, n).join(' '));
    if (words.length > n && place?.type === 'place') return words.slice(n);
  }
  return null;
}

/**
 * Each corpus outlet's name without the place opening it, when two capitalised words or more are left and no other
 * corpus outlet leaves the same: short form → outlet ("Free Beacon" → "Washington Free Beacon").
 */
export function placeLessForms(corpusOutlets: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const outlet of corpusOutlets) {
    const rest = afterPlace(nameWords(outlet));
    if (!rest || rest.length < 2 || !rest.every((w) => CAP_WORD.test(w))) continue;
    const form = rest.join(' ');
    if (out.has(form) && out.get(form) !== outlet) shared.add(form);
    else out.set(form, outlet);
  }
  for (const f of shared) out.delete(f);
  return out;
}

/** Two or three capitalised pieces of two letters or more, written as one word ("WaPo", "ChiTrib", "HuffPo"). */
export const CLIPPED_SHAPE = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u;

/**
 * The corpus outlet a clipped compound names, or null: its two pieces begin the first two words of the outlet's name,
 * in order ("WaPo": "Wa…" "Po…" of "Washington Post"), each piece at least two letters, and one outlet only fits.
 */
export function clippedOutlet(word: string, corpusOutlets: readonly string[]): string | null {
  const m = CLIPPED_SHAPE.exec(word);
  if (!m) return null;
  const [a, b] = [m[1].toLowerCase(), m[2].toLowerCase()];
  const fits = corpusOutlets.filter((o) => {
    const w = nameWords(o).map((x) => x.toLowerCase());
    return w.length >= 2 && w[0].startsWith(a) && w[1].startsWith(b);
  });
  return new Set(fits).size === 1 ? fits[0] : null;
}
