// The rest of a name that a prefix of stance or time opens: "post-World War II origins", "pre-Great Recession
// levels", "post-Cold War order". The tokenizer keeps "post-World" whole and the prefixed compound is a modifier, no
// mention (hyphen-prefixes.ts); the words after it ("War II", "Recession", "War") are the name's tail, not a war or a
// recession of their own. "anti-Trump
// Republicans" keeps its Republicans: a name there, not an ordinary word; "non-Hispanic Whites" its Whites (a people's
// adjective modifies the noun after it).
import type { Doc } from '../types.js';
import { ordinaryWord } from './corpus-words.js';
import type { Mention } from './mention-record.js';
import { ROMAN } from './numerals.js';
import { isPeopleWord } from './peoples.js';
import type { Ctx } from './scan-context.js';

/** A lower-case prefix of stance or time glued to a capitalised word ("post-World", "pro-Muslim"). */
const PREFIXED_NAME = /^(?:anti|pro|post|pre|neo|mid)[-\u2010\u2011](\p{Lu}\p{L}*)$/u;

/** The mention starts right after a prefixed capitalised word, one space between (see above). */
function afterPrefixedName(d: Doc, m: Mention): boolean {
  const toks = d.tokens;
  let k = 0;
  let hi = toks.length;
  while (k < hi) {
    const mid = (k + hi) >> 1;
    if (toks[mid].start < m.start) k = mid + 1;
    else hi = mid;
  }
  const p = toks[k - 1];
  if (p === undefined || toks[k]?.start !== m.start || p.sentence !== toks[k].sentence) return false;
  if (m.start - p.end !== 1 || d.text.charCodeAt(p.end) !== 32) return false;
  const word = PREFIXED_NAME.exec(d.text.slice(p.start, p.end))?.[1];
  // "non-Hispanic Whites", "pro-Arab Muslims": a people's adjective modifies the noun after it, which is no tail
  return word !== undefined && !isPeopleWord(word);
}

/** Every word of the mention is an ordinary word of the corpus or a Roman numeral ("War II", "Great Recession"), and
 * its first is no prefixed compound of its own ("pro-Morsi Anti-Coup National Alliance" names the alliance). */
function ordinaryWords(m: Mention, ctx: Ctx): boolean {
  if (m.parts.length === 0 || m.parts[0].includes('-')) return false;
  return m.parts.every((w) => ROMAN.test(w) || ordinaryWord(w, ctx));
}

/** Leave out, in place, the mentions that are the tail of a name a stance or time prefix opens (see above). */
export function dropPrefixFragments(d: Doc, out: Mention[], ctx: Ctx): void {
  let n = 0;
  for (const m of out) if (!(afterPrefixedName(d, m) && ordinaryWords(m, ctx))) out[n++] = m;
  out.length = n;
}
