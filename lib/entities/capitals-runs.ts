// A run of words written in capitals inside a body sentence: a tweet quoted as typed ("NEVER , EVER THREATEN THE
// UNITED STATES AGAIN"), a headline glued to the text of a digest ("CHRISTIE SIGNS GAY CONVERSION THERAPY BAN -
// Washington Examiner : …"), a slogan ("BUILD THE WALL"). Its capitals say nothing of names, so the run is cut at the
// words the corpus writes as plain words in lower case ("ever", "signs", "therapy"), and only the pieces between them
// are read as names ("CHRISTIE"). The corpus's own counts decide, never a list of verbs or slogans.
import type { Doc } from '../types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { TITLES } from './gazetteer.js';
import { lawHead } from './laws.js';
import { bodyHead, headTypeOf } from './head-words.js';
import { isPersonStart } from './person-words.js';
import { isPartyWord } from './party-words.js';
import { plainWord } from './corpus-words.js';
import { type Ctx, type Unit, runText } from './scan-context.js';
import { HAS_LOWER } from '../util/letters.js';

/** Endings of a plural or a verb form whose stem the corpus may write in lower case ("signs", "threatened"). */
const INFLECTIONS: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', ''],
];

/** A word the corpus plainly writes in lower case (`plainWord`), itself or its stem when the form itself is never
 * capitalised inside a sentence more often than written in lower case ("Roasts" beside "roast"). */
function plainForm(norm: string, ctx: Ctx): boolean {
  if (STOPWORDS.has(norm) || plainWord(norm, ctx)) return true;
  if ((ctx.capMidUses.get(norm) ?? 0) > (ctx.lowerUses.get(norm) ?? 0)) return false;
  for (const [end, back] of INFLECTIONS)
    if (norm.length >= end.length + 3 && norm.endsWith(end) && plainWord(norm.slice(0, -end.length) + back, ctx))
      return true;
  return false;
}

/** Every word unit of the run is written in capitals (two or more of them). */
function capitalsRun(d: Doc, units: readonly Unit[]): boolean {
  let words = 0;
  for (const u of units) {
    if (!u.word) continue;
    const t = d.tokens[u.i];
    if (HAS_LOWER.test(d.text.slice(t.start, t.end))) return false;
    words++;
  }
  return words >= 2;
}

/**
 * Which word units of a capitals run are plain words: a plain word (`plainForm`) that is no title (cut later as
 * titles are), no party word and no name of the gazetteer; a head word right after a kept word heads its name
 * ("HARBOURTON COUNCIL"), a given name before a kept word is a name ("BILL MAHER"), and so is a plain word right before
 * a kept head word ("BORDER PATROL", "SECRET SERVICE").
 */
function plainUnits(d: Doc, units: readonly Unit[], norms: readonly string[], ctx: Ctx): boolean[] {
  const plain = units.map((u, k) => {
    const n = norms[k];
    if (!u.word) return false;
    // "OUR NATION IS AT STAKE": a function word in capitals is that word, unless it names a country ("US")
    if (STOPWORDS.has(n)) return ctx.gazLower.get(n)?.type !== 'place';
    return plainForm(n, ctx) && !TITLES.has(n) && !isPartyWord(n, ctx.gazLower) && !ctx.gazLower.has(n);
  });
  // "HARBOURTON COUNCIL": a head word right after a kept word heads its name
  for (let k = 1; k < units.length; k++)
    if (plain[k] && units[k - 1].word && !plain[k - 1] && headTypeOf(norms[k])) plain[k] = false;
  for (let k = units.length - 2; k >= 0; k--) {
    const next = units[k + 1];
    if (!plain[k] || !next.word || plain[k + 1]) continue;
    if (isPersonStart(norms[k]) || headTypeOf(norms[k + 1])) plain[k] = false;
  }
  return plain;
}

/**
 * The pieces of a run written in capitals left once its plain words are cut out (each a run of units, perhaps none),
 * or null when the run is no capitals run, has no plain word, or is a name as a whole: the gazetteer's ("UNITED
 * STATES", "NEW YORK") or a law's ("KATE 'S LAW").
 */
export function capitalsPieces(d: Doc, units: readonly Unit[], ctx: Ctx): Unit[][] | null {
  if (!capitalsRun(d, units)) return null;
  if (ctx.gazLower.has(runText(d, units).toLowerCase())) return null;
  const norms = units.map((u) => d.tokens[u.i].norm);
  if (lawHead(norms, isPersonStart, bodyHead)) return null;
  const plain = plainUnits(d, units, norms, ctx);
  if (!plain.includes(true)) return null;
  const pieces: Unit[][] = [];
  let cur: Unit[] = [];
  units.forEach((u, k) => {
    if (!plain[k]) return void cur.push(u);
    if (cur.some((x) => x.word)) pieces.push(cur);
    cur = [];
  });
  if (cur.some((x) => x.word)) pieces.push(cur);
  return pieces;
}

/** Tokens from..to (inclusive) of `d` are all plain words or punctuation ("ILLEGAL IMMIGRANTS", "Open Borders"). */
export function plainPhrase(d: Doc, from: number, to: number, ctx: Ctx): boolean {
  for (let k = from; k <= to; k++) {
    const t = d.tokens[k];
    if (t.kind === 'word' && !plainForm(t.norm, ctx)) return false;
  }
  return true;
}
