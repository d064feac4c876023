// Titles before a name: "Intelligence Chief Hamid Al-Shatri", "Iraqi government spokesperson Basim Al-Awadi";
// where such a title ends going left (a verb, a lower-case word no title holds, a dateline's bracket).
import type { Doc } from '../types.js';
import { isStopword } from '../text/stopwords.js';
import { opensSentence } from '../text/word-case.js';
import { STARTS_LOWER, STARTS_UPPER } from '../util/letters.js';
import { isModifier } from './label-forms.js';
import { TITLE_FILLERS } from './label-title-words.js';
import { inPerson, type LabelContext } from './label-context.js';
import { roleTitle } from './adherents.js';
import { titleStart } from './label-title-starts.js';

/** A title right before the name: "Intelligence Chief Hamid Al-Shatri", "Iraqi government spokesperson Basim Al-Awadi". */
export function titleBefore(ctx: LabelContext, ts: number): void {
  const { d, toks } = ctx;
  let a = ts;
  for (let j = ts - 1; j >= 0 && ts - j <= 8 && toks[j].sentence === toks[ts].sentence; j--) {
    const p = toks[j];
    // "(INIS) Head Hamid Al-Shatri": a parenthesised acronym of the words before it may sit inside the title
    if (p.norm === ')' && toks[j - 2]?.norm === '(' && j - 3 >= 0) {
      if (!abbreviates(d, j - 1)) break; // "Washington (CNN) President X": a dateline
      a = j - 2;
      j -= 2;
      continue;
    }
    // "Department of Justice lawyer X", "Bank of America CEO X": "of" or "for" between two capitalised words of the title
    if (innerOf(ctx, j)) continue;
    if (p.kind !== 'word' || isStopword(p.norm) || d.text.slice(p.end, toks[j + 1].start).length > 1) break;
    if (inPerson(ctx, p.start)) break; // another person's name
    if (endsTitle(ctx, j)) break;
    a = j;
  }
  const trim = () => {
    while (
      a < ts &&
      ((!titled(ctx, toks[a].norm) && !/^[A-Z]/.test(d.text[toks[a].start])) || toks[a].kind === 'punct')
    )
      a++;
  };
  trim();
  // "From Vienna Secretary of State X", "according to The New York Times Secretary of State X", "Hopefully President X"
  a = titleStart(d, a, ts, { titled: (n) => titled(ctx, n), holdsTitle: (n) => holdsTitle(ctx, n) });
  trim();
  // "Despite President X", "CLOSE President X" (a video player's label): a word capitalised only because it opens the
  // sentence or line, which the corpus writes in lower case, is no part of the title
  if (a < ts && opensSentence(d, a) && !holdsTitle(ctx, toks[a].norm) && ctx.ordinary(toks[a].norm)) {
    a++;
    trim();
  }
  const before = toks[ts - 1];
  const adjacent = a < ts && (titled(ctx, before.norm) || STARTS_UPPER.test(d.text[before.start]));
  if (adjacent && toks.slice(a, ts).some((t) => titled(ctx, t.norm))) {
    ctx.push(toks[a].start, toks[ts - 1].end, 'title', a);
    // "echoed former President X": the lower-case "former" left out of the label still says the title is not held now
    ctx.addHead(toks.slice(a, ts), toks[a].start, toks[a - 1]);
  }
}

/**
 * Whether a word is a title's: a title word, or before a person's name a role a title may end on ("GOP nominee Mitt
 * Romney", "Republican strategist Kyle Downey": adherents.ts roleTitle), the person's title rather than a group of the
 * party.
 */
const titled = (ctx: LabelContext, norm: string) =>
  ctx.titleSet.has(norm) || (roleTitle(norm) && (!ctx.e.type || ctx.e.type === 'person' || ctx.e.type === 'unknown'));

/** Whether a word may stand in a title: a title word, a filler ("former", "vice") or a modifier ("senior", "Syrian"). */
const holdsTitle = (ctx: LabelContext, norm: string) =>
  titled(ctx, norm) || TITLE_FILLERS.has(norm) || isModifier(norm);

/**
 * Whether the word at j (going left from a name) ends a title before it: a verb ("Republicans blasted former President
 * Obama"), or a lower-case word that can stand in no title right before a capitalised one ("Story highlights President
 * X", "Romney trails President X"): in a capitalised title a lower-case word is a modifier ("former", "senior").
 */
function endsTitle(ctx: LabelContext, j: number): boolean {
  const { d, toks } = ctx;
  const p = toks[j];
  if (!STARTS_LOWER.test(d.text[p.start]) || titled(ctx, p.norm)) return false;
  if (/(?:ed|ing|es)$/.test(p.norm) && !isModifier(p.norm.replace(/ed$/, ''))) return true;
  if (presentVerb(ctx, j)) return true;
  return STARTS_UPPER.test(d.text[toks[j + 1].start]) && !holdsTitle(ctx, p.norm);
}

/**
 * Whether the lower-case word at j is a verb in "-s" between its subject and a title: after a capitalised word, before
 * a word that may stand in a title, itself none ("Lake envisions former president X", "Obama thanks Syrian President
 * Y"); "arms control chief", "veterans affairs secretary" have no title word's filler or modifier after the "-s" word.
 */
function presentVerb(ctx: LabelContext, j: number): boolean {
  const { d, toks } = ctx;
  const [p, prev, next] = [toks[j], toks[j - 1], toks[j + 1]];
  if (!prev || prev.sentence !== p.sentence || !STARTS_UPPER.test(d.text[prev.start])) return false;
  if (!/[^su]s$/.test(p.norm) || holdsTitle(ctx, p.norm) || titled(ctx, next.norm)) return false;
  return TITLE_FILLERS.has(next.norm) || isModifier(next.norm);
}

/**
 * Whether token j is a lower-case "of" or "for" between two capitalised words, single-spaced, the second no title word:
 * inside a body's name ("Secretary of State", "Department of Justice"); "Disapprove of President X" is no title.
 */
function innerOf(ctx: LabelContext, j: number): boolean {
  const d = ctx.d;
  const [p, l, r] = [d.tokens[j], d.tokens[j - 1], d.tokens[j + 1]];
  if ((p.norm !== 'of' && p.norm !== 'for') || !l || !r || l.sentence !== p.sentence) return false;
  const word = (t: typeof p) => t.kind === 'word' && STARTS_UPPER.test(d.text[t.start]) && !isStopword(t.norm);
  if (!STARTS_LOWER.test(d.text[p.start]) || !word(l) || !word(r) || titled(ctx, r.norm)) return false;
  return d.text.slice(l.end, r.start) === ` ${p.norm} `;
}

/**
 * Whether the parenthesised word at k abbreviates the words before its bracket: "Iraqi National Intelligence Service
 * (INIS)", "Department of Homeland Security (DHS)"; not a dateline's "Washington (CNN)".
 */
function abbreviates(d: Doc, k: number): boolean {
  const letters = d.text.slice(d.tokens[k].start, d.tokens[k].end).replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false;
  let n = letters.length - 1;
  for (let j = k - 2; j >= 0 && n >= 0; j--) {
    const t = d.tokens[j];
    if (t.kind !== 'word') return false;
    if (isStopword(t.norm) && STARTS_LOWER.test(d.text[t.start])) continue;
    if (d.text[t.start] !== letters[n]) return false;
    n--;
  }
  return n < 0;
}
