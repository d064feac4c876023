// A person's family name glued after a body's name with no mark between them: a byline or dateline agency before a
// headline's subject ("REUTERS Rubio : ..."), a paper whose sentence lost its full stop ("according to The Wall Street
// Journal Rubio was ..."), a chamber before its speaker ("Speaker House Boehner"). The run is cut before the family name
// when the article names that person in full elsewhere.
import type { Doc } from '../types.js';
import { headTypeOf } from './head-words.js';
import { isPersonStart } from './person-words.js';
import { type Unit, type Ctx, tokText } from './scan-context.js';
import { CAPITALISED_WORD } from './word-shapes.js';

/** An initial between given and family name ("J."). */
const INITIAL = /^\p{Lu}\.$/u;

/**
 * The run's words from `from` on are a body's name and one family name: the words before the last are a body's name
 * the gazetteer knows ("Reuters", "Islamic State") or end in an organisation's or a group's head word ("Journal",
 * "House"); the last word is capitalised, no head word, never written in lower case in the corpus, and the article
 * writes it elsewhere right after a listed given name (or a given name and an initial): "Marco Rubio".
 */
export function familyNameAfterBody(d: Doc, units: readonly Unit[], words: readonly string[], from: number, ctx: Ctx) {
  const n = units.length;
  if (n - from < 2 || !units.slice(from).every((u) => u.word)) return false;
  const last = words[n - 1];
  if (!CAPITALISED_WORD.test(tokText(d, units[n - 1].i)) || ctx.lowerUses.has(last) || headTypeOf(last)) return false;
  const body = words.slice(from, n - 1);
  // a place before a name is left to the readers of leading names ("San Francisco Chronicle", "Austin Tice")
  const bodyType = ctx.gazLower.get(body.join(' '))?.type ?? headTypeOf(body[body.length - 1]);
  if (bodyType !== 'org' && bodyType !== 'group') return false;
  return namedInFull(d, units, last);
}

/** The article writes `norm` capitalised outside the run right after a listed given name (an initial may come
 * between). */
function namedInFull(d: Doc, units: readonly Unit[], norm: string): boolean {
  const inRun = new Set(units.map((u) => u.i));
  const toks = d.tokens;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k].norm !== norm || inRun.has(k) || !CAPITALISED_WORD.test(tokText(d, k))) continue;
    const p = INITIAL.test(tokText(d, k - 1)) ? k - 2 : k - 1;
    if (p >= 0 && CAPITALISED_WORD.test(tokText(d, p)) && isPersonStart(toks[p].norm)) return true;
  }
  return false;
}
