// Where a typed segment's mention starts and ends beyond its capitalised words: an ordinal before it ("the 9th
// Circuit", "the 5th U.S. Circuit"), a patronymic particle ("bin Salman"), an editor's brackets ("[ Bashar ] Assad"),
// a rank before a given name ("Fullback Ann Body": left out), and a legal form's period that is the full stop.
import type { Doc } from '../types.js';
import { isAcronymShape } from './acronyms.js';
import { surnameSet } from './world.js';
import { PATRONYM_PARTICLES } from './gazetteer.js';
import { ORDINAL_NUMBER, ORDINAL_WORDS } from './counts.js';
import { LEGAL_FORMS } from './head-words.js';
import { isPersonStart } from './person-words.js';
import { type Ctx, tokText, type Unit, runText } from './scan-context.js';
import { ADDRESS_FORMS } from './title-words.js';
import { UPPER_FIRST } from './word-shapes.js';

/**
 * "the 9th Circuit", "the 2nd Amendment", "the 5th Fleet": an ordinal in digits after "the" (or "a", or "U.S."),
 * before a capitalised word the corpus also writes in lower case, is part of the name (the word alone names nothing).
 * The ordinal's token, or -1.
 */
export function ordinalBefore(d: Doc, k: number, ctx: Ctx): number {
  const court = circuitOrdinal(d, k);
  if (court >= 0) return court;
  const o = d.tokens[k - 1];
  if (!o || o.kind !== 'number' || !ORDINAL_NUMBER.test(o.norm) || o.sentence !== d.tokens[k].sentence) return -1;
  const before = d.tokens[k - 2];
  if (!before || !ctx.lowerUses.has(d.tokens[k].norm)) return -1;
  // "a 9th Circuit Court of Appeals panel", "the U.S. 9th Circuit Court of Appeals", "the Richmond-based 4th Circuit"
  const opens =
    ORDINAL_OPENERS.has(before.norm) ||
    US_FORMS.has(tokText(d, k - 2)) ||
    before.norm.endsWith('-based') ||
    (before.norm === 'based' && d.tokens[k - 3]?.norm === '-');
  return opens ? k - 1 : -1;
}

/** Words before a name's ordinal in digits: a determiner, or the country a federal court belongs to. */
const ORDINAL_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

const US_FORMS: ReadonlySet<string> = new Set(['U.S.', 'U.S .', 'US']);

/**
 * "the 5th U.S. Circuit Court of Appeals", "the Ninth U.S . Circuit Court of Appeals": AP names a federal appeals court
 * with the country between its ordinal and "Circuit". The ordinal (in digits, or a capitalised word) before "U.S." and
 * "Circuit" (at token k, or after the country at token k) opens the court's name: its token, or -1.
 */
function circuitOrdinal(d: Doc, k: number): number {
  const toks = d.tokens;
  let us = k - 1; // the country's token before "Circuit", or the run's first token
  if (US_FORMS.has(tokText(d, k)) && toks[k + 1]?.norm === 'circuit') us = k;
  else if (toks[k].norm !== 'circuit' || !US_FORMS.has(tokText(d, us))) return -1;
  const o = toks[us - 1];
  if (!o || o.sentence !== toks[k].sentence) return -1;
  const digits = o.kind === 'number' && ORDINAL_NUMBER.test(o.norm);
  return digits || (ORDINAL_WORDS.has(o.norm) && UPPER_FIRST.test(tokText(d, us - 1))) ? us - 1 : -1;
}

/** A segment that holds an editor's closing bracket without its opening one ("Kevin ] McCarthy", the title before it
 * split off "[ House Majority Leader Kevin ] McCarthy"; "John ) Boehner" of "( House Speaker John ) Boehner"): the
 * words after the bracket, the name as quoted. */
export function pastHalfBracket(d: Doc, seg: Unit[]): Unit[] {
  const k = editorClose(d, seg);
  if (k <= 0 || k >= seg.length - 1) return seg;
  return d.tokens[seg[0].i - 1]?.norm !== OPENER[d.tokens[seg[k].i].norm] ? seg.slice(k + 1) : seg;
}

/** The editor's opening bracket of "[ Bashar ] Assad" or "( Ted ) Cruz", right before the segment's first word, when
 * the segment holds its closing bracket: the mention shows the bracket pair, not half of it. Its token, or -1. */
export function editorBracket(d: Doc, seg: readonly Unit[]): number {
  const k = seg[0].i - 1;
  const c = editorClose(d, seg);
  return c >= 0 && d.tokens[k]?.norm === OPENER[d.tokens[seg[c].i].norm] ? k : -1;
}

/** The opening bracket of each closing one. */
const OPENER: Readonly<Record<string, string>> = { ']': '[', ')': '(' };

/** The unit of an editor's closing bracket in a segment, one whose opening bracket is not in the segment ("James
 * (Jim) Vale" holds both: a nickname), or -1; the particle's bracket of "[Mohammed Shia al-] Sudani" too, so that its
 * mention shows the pair, not "Mohammed Shia al-] Sudani". */
function editorClose(d: Doc, seg: readonly Unit[]): number {
  let opened = false;
  for (let k = 0; k < seg.length; k++) {
    if (seg[k].word) continue;
    const n = d.tokens[seg[k].i].norm;
    if (n === '[' || n === '(') opened = true;
    else if ((n === ']' || n === ')') && !opened) return k;
  }
  return -1;
}

/** The lowercase patronymic particle right before token k ("with bin Salman ’ s support"), in its sentence: its
 * token, or -1. The run of capitalised words starts after it, but the name is both words. */
export function patronymBefore(d: Doc, k: number): number {
  const p = d.tokens[k - 1];
  if (!p || p.kind !== 'word' || !PATRONYM_PARTICLES.has(p.norm) || p.sentence !== d.tokens[k].sentence) return -1;
  const c = d.text.charCodeAt(p.start);
  return c >= 97 && c <= 122 && d.tokens[k].start - p.end === 1 ? k - 1 : -1;
}

/**
 * Where a name ending at token k stops: a legal form's period that also ends the sentence ("... and Lear Corp.") is
 * the sentence's full stop, as wire copy tokenises it, so the name is "Lear Corp"; elsewhere the token's end.
 */
export function sentenceEndDot(d: Doc, si: number, k: number): number {
  const t = d.tokens[k];
  if (!LEGAL_FORMS.has(t.norm) || !t.norm.endsWith('.')) return t.end;
  const next = d.tokens[k + 1];
  const ends = !next || next.sentence !== si || (next.kind === 'punct' && CLOSERS.has(next.norm));
  return ends ? t.end - 1 : t.end;
}

/** Quotes and brackets that may close a sentence after its full stop. */
const CLOSERS: ReadonlySet<string> = new Set(['"', "'", ')', '\u201D', '\u2019']);

/**
 * "Fullback Ann Body", "Bishop Tom Vale", "Ex-Ranger Bo Lund", "Lieutenant-Colonel Al Dee", "Mr Ivo Marek": one
 * capitalised role or rank word before a given name and a family name (three words in all) is no part of the name. The word is a form of
 * address (then any name may follow), or a word the corpus writes in lower case or a hyphened compound that is no
 * known name, given name or surname ("Fox Ann Body" is kept); a common word after the given name keeps the run whole
 * ("Holy Roman Emperor ...").
 */
export function rolePrefix(d: Doc, seg: readonly Unit[], ctx: Ctx): boolean {
  if (seg.length < 3 || !seg[1].word) return false;
  for (let k = 2; k < seg.length; k++) if (ctx.lowerUses.has(d.tokens[seg[k].i].norm)) return false;
  const n = d.tokens[seg[0].i].norm.replace(/\.$/, '');
  if (ADDRESS_FORMS.has(n)) return true;
  if (seg.length !== 3 || !isPersonStart(d.tokens[seg[1].i].norm)) return false;
  if (isPersonStart(n) || surnameSet().has(n) || ctx.gazLower.has(n) || isAcronymShape(tokText(d, seg[0].i)))
    return false;
  // "South Carolina GOP": the word and the given name make a known name
  if (ctx.gaz.has(runText(d, seg.slice(0, 2)))) return false;
  return ctx.lowerUses.has(n) || n.indexOf('-') > 0;
}
