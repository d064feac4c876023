// A person's family name glued after a body's name with no mark between them: a byline or dateline agency before a
// headline's subject ("REUTERS Rubio : ..."), a paper whose sentence lost its full stop ("according to The Wall Street
// Journal Rubio was ..."), a chamber before its speaker ("Speaker House Boehner"). The run is cut before the family name
// when the article names that person in full elsewhere.
import type { Doc } from '../types.js';
import { headTypeOf } from './head-words.js';
import { isPersonStart } from './person-words.js';
import { isGroupPlural } from './party-words.js';
import { type Unit, type Ctx, tokText } from './scan-context.js';
import { CAPITALISED_WORD } from './word-shapes.js';

/** An initial between given and family name ("J."). */
const INITIAL = /^\p{Lu}\.$/u;

/**
 * The run's words from `from` on are a body's name and one family name: the words before the last are a body's name
 * the gazetteer knows ("Reuters", "Islamic State") or end in an organisation's or a group's head word ("Journal",
 * "House"); the last word is capitalised, no head word, never written in lower case in the corpus, and the article
 * writes it elsewhere as a person's family name (`namedInFull`): "Marco Rubio".
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
  return namedInFull(d, units, last, ctx);
}

/**
 * The article writes `norm` capitalised outside the run right after a listed given name (an initial may come
 * between), or both right after a capitalised word no list knows that opens a name ("Musa Cerantonio": never written
 * in lower case, no gazetteer name or head word) and alone ("Cerantonio said"), itself no gazetteer name: the family name of a person the article
 * names in full, whose given name the lists lack.
 */
function namedInFull(d: Doc, units: readonly Unit[], norm: string, ctx: Ctx): boolean {
  const inRun = new Set(units.map((u) => u.i));
  const toks = d.tokens;
  let alone = false;
  let afterUnlisted = false;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k].norm !== norm || inRun.has(k) || !CAPITALISED_WORD.test(tokText(d, k))) continue;
    const p = INITIAL.test(tokText(d, k - 1)) ? k - 2 : k - 1;
    const capBefore = p >= 0 && toks[p].sentence === toks[k].sentence && CAPITALISED_WORD.test(tokText(d, p));
    if (capBefore && isPersonStart(toks[p].norm)) return true;
    if (capBefore) afterUnlisted ||= unlistedGivenName(d, p, ctx);
    else alone ||= !CAPITALISED_WORD.test(toks[k + 1] ? tokText(d, k + 1) : '');
  }
  // a gazetteer name or a party's members ("Europe", "Republicans") is written alone and after other names for reasons
  // of its own
  return alone && afterUnlisted && !ctx.gazLower.has(norm) && !isGroupPlural(norm, ctx.gazLower);
}

/** The capitalised word at p opens a name and is no word the corpus writes in lower case, no gazetteer name and no
 * head word: a given name no list holds. */
function unlistedGivenName(d: Doc, p: number, ctx: Ctx): boolean {
  const t = d.tokens[p];
  const before = d.tokens[p - 1];
  if (before && before.sentence === t.sentence && CAPITALISED_WORD.test(tokText(d, p - 1))) return false;
  return !ctx.lowerUses.has(t.norm) && !ctx.gazLower.has(t.norm) && !headTypeOf(t.norm);
}
