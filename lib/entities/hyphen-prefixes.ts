// A lower-case prefix of a past office glued by a hyphen to a capitalised word: "then-Homeland Security Secretary Jeh
// Johnson", "ex-Congressman Joe Walsh", "then-Sen. Barack Obama". The tokenizer keeps such a word whole (right for
// terms and shingles); the entity stage reads the title or name after the hyphen as words of their own.
//
// Prefixes of a stance or a time ("anti-Trump", "pro-Assad forces", "post-Mubarak Egypt") are left whole: the word is
// a modifier, as standard news annotation (CoNLL-2003) marks it (MISC, the compound as a whole), and the framing
// step reads "anti-*" words as labels. Splitting them was tried: on CoNLL dev it added only false mentions ("pro-Moscow
// leaders", "the pre-Castro government"). So "anti-Trump" is no mention of Trump, and "anti-Trump Republicans" no
// name "Trump Republicans".
import type { Doc, Sentence, Token } from '../types.js';
import { normalizeTerm } from '../text/normalize.js';
import { TITLES } from './gazetteer.js';
import { isPersonStart } from './person-words.js';
import { WORD_GIVEN_NAMES } from './word-given-names.js';

/**
 * Prefixes of a past or former office: what follows opens a title or a name, and the run goes on as written
 * ("then-Homeland Security Secretary Janet Napolitano", "ex-Congressman Joe Walsh", "then-Sen. Barack Obama").
 */
const ROLE_PREFIXES: ReadonlySet<string> = new Set(['then', 'ex', 'former', 'late']);

const PREFIXED = /^(\p{L}\p{Ll}*)[-\u2010\u2011](\p{Lu})/u;
const ABBREVIATED = new Set(['sen', 'rep', 'gov', 'gen', 'lt', 'col', 'adm', 'sgt', 'capt', 'maj', 'dr', 'pres']);

/**
 * True when token k follows a prefix this module split off ("Homeland" after "then-"). A run of one word there is a
 * modifier ("ex-England fast bowler", "ex-Milan coach"), not a name the text goes on to give.
 */
export function afterRolePrefix(toks: readonly Token[], k: number): boolean {
  const p = toks[k - 1];
  if (!p || p.end !== toks[k].start) return false;
  const n = p.norm;
  return n.charCodeAt(n.length - 1) === 45 /* - */ && ROLE_PREFIXES.has(n.slice(0, -1));
}

/**
 * "Ex-Yankee Randy Velarde", "ex-SEALs Tyrone Woods": after an office's prefix, one word that is no title, then a
 * listed given name (or one that is also a word: "Randy") and more: the word is a modifier (a former team or service) and the name starts after it. The
 * units to read as the name (`units` itself when the run does not read so).
 */
export function afterPrefixModifier<U extends { i: number; word: boolean }>(d: Doc, units: U[]): U[] {
  if (units.length < 3 || !units[0].word || !units[1].word || !afterRolePrefix(d.tokens, units[0].i)) return units;
  const first = d.tokens[units[0].i].norm;
  const given = d.tokens[units[1].i].norm;
  if (TITLES.has(first) || ABBREVIATED.has(first) || !(isPersonStart(given) || WORD_GIVEN_NAMES.has(given)))
    return units;
  return units.slice(1);
}

/** Where token t splits: the offset just after its hyphen, or -1. */
function splitPoint(text: string, t: Token): number {
  if (t.kind !== 'word') return -1;
  const c = text.charCodeAt(t.start);
  if ((c < 97 || c > 122) && (c < 65 || c > 90)) return -1; // "then-Homeland", "Then-Attorney General"
  const h = t.norm.indexOf('-');
  if (h < 2) return -1;
  const p = t.norm.slice(0, h);
  if (!ROLE_PREFIXES.has(p)) return -1;
  return PREFIXED.test(text.slice(t.start, t.end)) ? t.start + h + 1 : -1;
}

/**
 * The doc as the entity stage reads it: each prefixed word split into the prefix with its hyphen and the capitalised
 * rest; an office's abbreviation after a role prefix takes its period back ("then-Sen ." → "then-" "Sen."). Offsets
 * still index `doc.text`, so mentions are unchanged in kind. The same doc when nothing splits.
 */
export function splitHyphenPrefixes(doc: Doc): Doc {
  const toks = doc.tokens;
  let first = -1;
  for (let k = 0; k < toks.length && first < 0; k++) if (splitPoint(doc.text, toks[k]) > 0) first = k;
  if (first < 0) return doc;
  const out: Token[] = toks.slice(0, first);
  const newIndex = new Int32Array(toks.length + 1);
  for (let k = 0; k < first; k++) newIndex[k] = k;
  for (let k = first; k < toks.length; k++) {
    newIndex[k] = out.length;
    const t = toks[k];
    const at = splitPoint(doc.text, t);
    if (at < 0) {
      out.push(t);
      continue;
    }
    out.push({ ...t, end: at, norm: normalizeTerm(doc.text.slice(t.start, at)) });
    const rest = doc.text.slice(at, t.end);
    const dot = toks[k + 1];
    const joinDot =
      dot?.norm === '.' && dot.start === t.end && ABBREVIATED.has(rest.toLowerCase()) && dot.sentence === t.sentence;
    out.push({ ...t, start: at, end: joinDot ? dot.end : t.end, norm: normalizeTerm(rest + (joinDot ? '.' : '')) });
    if (joinDot) {
      newIndex[++k] = out.length;
    }
  }
  newIndex[toks.length] = out.length;
  const sentences: Sentence[] = doc.sentences.map((s) => ({
    ...s,
    tokenStart: newIndex[s.tokenStart],
    tokenEnd: newIndex[s.tokenEnd],
  }));
  return { ...doc, tokens: out, sentences };
}
