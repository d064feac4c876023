// Appositions: a description set off by commas beside a name ("Hamid al-Shatri, the Iraqi National Intelligence
// Service (INIS) Head,", "Iraq's intelligence chief, Hamid al-Shatri") and "led by" after a group.
import type { Doc, Token } from '../types.js';
import { isStopword } from '../text/stopwords.js';
import { STARTS_UPPER } from '../util/letters.js';
import { contains, type SpanCover } from '../util/span-cover.js';
import { DETS, QUOTE_MARK } from './label-forms.js';
import { inPerson, type LabelContext } from './label-context.js';
import { gazetteerMaps } from '../entities/gazetteer.js';
import {
  LIST_JOINS,
  frontedObject,
  isClauseOrListItem,
  namesAnotherPerson,
  personDescription,
  verbAfterName,
} from './label-apposition-clauses.js';

/** An apposition after: "Hamid al-Shatri, the Iraqi National Intelligence Service (INIS) Head," / "Al-Shara (R), Commander of …", or "led by". */
export function appositionAfter(ctx: LabelContext, ts: number, te: number): void {
  const { d, toks, titleSet } = ctx;
  let k = te;
  if (toks[k]?.norm === '(' && toks[k + 2]?.norm === ')') k += 3;
  const ledBy = (a: number) => {
    const b = nameRunEnd(d, toks, a + 2);
    if (b > a + 2) ctx.push(toks[a].start, toks[b - 1].end, 'led-by', a);
  };
  if (toks[k]?.norm === 'led' && toks[k + 1]?.norm === 'by') return ledBy(k);
  if (toks[k]?.norm !== ',' || !toks[k + 1] || toks[k + 1].sentence !== toks[ts].sentence) return;
  const a = k + 1;
  if (toks[a].norm === 'led' && toks[a + 1]?.norm === 'by') return ledBy(a);
  const b = appositionEnd(d, toks, a, ctx.persons);
  const first = toks[a];
  const span = toks.slice(a, b);
  const startsWell =
    DETS.has(first.norm) ||
    titleSet.has(first.norm) ||
    first.norm === 'de' ||
    first.norm === 'former' ||
    /^[A-Z]/.test(d.text[first.start]);
  const hitsPerson = toks[b] !== undefined && inPerson(ctx, toks[b].start);
  if (b > a && b - a <= 14 && startsWell && !hitsPerson && span.some((t) => titleSet.has(t.norm))) {
    if (isClauseOrListItem(d, span, toks[b], titleSet, toks[b + 1])) return;
    if (!DETS.has(first.norm) && bracketedName(d, toks, b)) return;
    if (anotherPersons(ctx, span)) return;
    ctx.push(first.start, toks[b - 1].end, 'apposition', a);
    ctx.addHead(span, first.start);
  }
}

/**
 * Whether the words after a mention (ending before token te) make the phrase before its comma no apposition: "and"
 * or ", and" (the mention is an item of a list: "among the president, Congress, and the courts"), a title within
 * three words (the mention modifies a title: "that country's president, GOP presidential nominee Donald Trump"), or
 * "of" and a capitalised place after a one-word mention (the mention is itself set after a person's name, the party
 * and state of a lawmaker: "Senator Roy Blunt, Republican of Missouri", not a label of the party).
 */
export function listOrModifier(ctx: LabelContext, te: number): boolean {
  const { d, toks, titleSet } = ctx;
  const s = toks[te - 1].sentence;
  const place = toks[te + 1];
  if (te - 1 >= 1 && toks[te - 2]?.norm === ',' && toks[te]?.norm === 'of' && place?.sentence === s)
    if (place.kind === 'word' && STARTS_UPPER.test(d.text[place.start])) return true;
  if (LIST_JOINS.has(toks[te]?.norm ?? '') || (toks[te]?.norm === ',' && LIST_JOINS.has(toks[te + 1]?.norm ?? '')))
    return true;
  for (let j = te; j < te + 3 && toks[j]?.sentence === s && toks[j].kind === 'word'; j++)
    if (titleSet.has(toks[j].norm)) return true;
  return false;
}

/**
 * An apposition before: "Iraq's intelligence chief, Hamid al-Shatri" / "The head of the INIS, Hamid al-Shatri"; `te`
 * ends the name.
 */
export function appositionBefore(ctx: LabelContext, ts: number, te: number): void {
  const { toks, titleSet } = ctx;
  const end = ts - 1;
  let a = end;
  for (let j = end - 1; j >= 0 && toks[j].sentence === toks[ts].sentence && end - j <= 12; j--) {
    const p = toks[j];
    if (p.norm === "'s" || p.norm === '(' || p.norm === ')') {
      a = j;
      continue;
    }
    if (p.kind !== 'word') break;
    if (DETS.has(p.norm)) {
      a = j;
      // "the head of the INIS": go on past "of" to the title
      if (toks[j - 1]?.norm !== 'of' || !titleSet.has(toks[j - 2]?.norm ?? '')) break;
      a = j -= 1;
      continue;
    }
    if (p.norm === 'of') {
      if (!titleSet.has(toks[j - 1]?.norm ?? '')) break;
      a = j;
      continue;
    }
    if (isStopword(p.norm)) break;
    a = j;
  }
  const span = toks.slice(a, end);
  const person = span.some((t) => contains(ctx.persons, t.start, t.end));
  // "Jay Carney, White House spokesman, Susan Rice, …": a description between two names is the first's (as
  // appositionAfter reads it), never the next name's
  if (afterNamedItem(ctx, a, end)) return;
  if (anotherPersons(ctx, span)) return;
  // "Responding to worrying intelligence indications, Obama declares": the object of a fronted clause's word
  const gov = toks[a - 1]?.sentence === toks[ts].sentence ? toks[a - 1] : undefined;
  if (
    frontedObject(
      ctx.d,
      gov,
      toks.slice(te, te + 4).filter((t) => t.sentence === toks[ts].sentence),
    )
  )
    return;
  // "As Center for Immigration Studies Director Mark Krikorian writes, Clinton …": a clause before the name
  if (a < end && span.some((t) => titleSet.has(t.norm)) && !person && !verbAfterName(ctx.d, span, titleSet)) {
    ctx.push(toks[a].start, toks[end - 1].end, 'apposition', a);
    ctx.addHead(span, toks[a].start);
  }
}

/**
 * Whether a description beside the entity's name is another person's: it names one ("Mexican President Enrique Pena
 * Nieto, Trump pleaded"; "One leading Republican, Senator Lindsey Graham of South Carolina"), or it names a person's
 * office beside a body's name ("his fellow home-state senator, Democrat Chris Murphy", "the leader of the House").
 */
function anotherPersons(ctx: LabelContext, span: readonly Token[]): boolean {
  const { d, titleSet, e } = ctx;
  if (namesAnotherPerson(d, span, titleSet, isPlaceName)) return true;
  const body = !!e.type && e.type !== 'person' && e.type !== 'unknown';
  return body && personDescription(d, span, titleSet);
}

/** Whether the gazetteer knows a name as a place or a people's ("Michigan", "Syrian"). */
function isPlaceName(name: string): boolean {
  const t = gazetteerMaps().exact.get(name)?.type;
  return t === 'place' || t === 'demonym';
}

/**
 * Whether the description opening at token a (and ending before the name's comma) follows a name and a comma: a
 * person's name ("Robert Gibbs, the White House spokesman, Susan Rice"), or any capitalised word when the description
 * opens bare, as one set after its name does ("Jay Carney, White House spokesman, Susan Rice"; "In Benghazi, the U.S.
 * ambassador, Chris Stevens" keeps its label).
 */
function afterNamedItem(ctx: LabelContext, a: number, end: number): boolean {
  const { d, toks } = ctx;
  const prev = toks[a - 2];
  if (toks[a - 1]?.norm !== ',' || !prev || prev.sentence !== toks[a].sentence) return false;
  if (inPerson(ctx, prev.start)) return true;
  const bare = !DETS.has(toks[a].norm) && !toks.slice(a, end).some((t) => t.norm === "'s");
  return bare && prev.kind === 'word' && STARTS_UPPER.test(d.text[prev.start]) && !isStopword(prev.norm);
}

/**
 * Whether a name in square brackets opens at token b, right after a bare title: "I thank President X, Vice President
 * [Mike Pence]": an editor's insertion naming the next person of a list, whose title the words before it are.
 */
function bracketedName(d: Doc, toks: readonly Token[], b: number): boolean {
  const n = toks[b + 1];
  return toks[b]?.norm === '[' && !!n && n.kind === 'word' && STARTS_UPPER.test(d.text[n.start]);
}

/** End (exclusive token index) of a run of capitalised name words starting at `a`. */
function nameRunEnd(d: Doc, toks: readonly Token[], a: number): number {
  let b = a;
  while (
    b < toks.length &&
    toks[b].kind === 'word' &&
    (/^[A-Z]/.test(d.text[toks[b].start]) || /^(?:al|el|bin|ibn|abu)-/.test(toks[b].norm)) &&
    toks[b].sentence === toks[a].sentence
  )
    b++;
  return b;
}

/** Words that end an apposition: a conjunction, a relative pronoun or a preposition ("to meet", "in Baghdad"). */
const APPOSITION_STOPS: ReadonlySet<string> = new Set([
  'and',
  'who',
  'which',
  'that',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'alongside',
  'during',
  'after',
  'before',
  'when',
  'while',
  'as',
]);

/** End of an apposition starting at token a: the next comma, period, semicolon, or a clause word (and, who, which, to meet …). */
function appositionEnd(d: Doc, toks: readonly Token[], a: number, persons: SpanCover): number {
  let b = a;
  for (; b < toks.length && toks[b].sentence === toks[a].sentence && b - a < 16; b++) {
    const t = toks[b];
    if (t.norm === '(' && toks[b + 2]?.norm === ')') {
      b += 2;
      continue;
    }
    if (t.kind === 'punct' && t.norm !== "'s" && !QUOTE_MARK.test(d.text[t.start])) break;
    if (APPOSITION_STOPS.has(t.norm)) break;
    if (contains(persons, t.start, t.end)) break;
  }
  return b;
}
