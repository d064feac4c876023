// Names glued to another word by a hyphen: a place or body before a lowercase word ("London-based", "US-occupied",
// "al-Qaida-linked"): the name is the mention; and two places or peoples joined ("US-Mexico border",
// "Israeli-Palestinian talks"): each half is a mention of its own.
import type { Doc } from '../types.js';
import { isAcronymShape } from './acronyms.js';
import type { GazetteerEntry } from './gazetteer.js';
import { commonWordPlace, ordinaryWord } from './corpus-words.js';
import { type Mention, mk } from './mention-record.js';
import { type Ctx, tokText } from './scan-context.js';
import { JOIN_PARTICLES } from './token-classes.js';
import { UPPER_FIRST, COMPOUND, PARTICLE_COMPOUND } from './word-shapes.js';

/** "US-Mexico", "Israeli-Palestinian": two capitalised halves joined by one hyphen. */
const PAIR = /^(\p{Lu}[\p{L}.]*)[-\u2010\u2011](\p{Lu}[\p{L}.]*)$/u;

/** "Cuban-American", "Iranian-Canadians": a people named by its origin and its country, one people, not a pair. */
const ORIGIN_PEOPLE = /^(?:American|Canadian)s?$/;

/** A gazetteer entry sure of its type (a country, a hand-listed place, a demonym): a half of a place pair. */
function pairHalf(ctx: Ctx, s: string): GazetteerEntry | undefined {
  const g = ctx.gaz.get(s);
  return g && (g.type === 'place' || g.type === 'demonym') && (g.strength ?? 3) >= 3 ? g : undefined;
}

/**
 * "the US-Mexico border", "Israeli-Palestinian talks": a hyphenated pair of places or peoples names a border or a
 * relation between two, not one entity; each half is a mention of its own. Not a name the gazetteer knows whole
 * ("Guinea-Bissau"), nor a people of origin ("Cuban-American"), nor the start of a longer name ("US-Mexico Border Commission"). Pushes the halves; true if any.
 */
export function placePair(d: Doc, i: number, ctx: Ctx, out: Mention[]): boolean {
  const t = d.tokens[i];
  const w = d.text.slice(t.start, t.end);
  if (w.indexOf('-') < 0 && w.indexOf('\u2010') < 0 && w.indexOf('\u2011') < 0) return false;
  const m = PAIR.exec(w);
  if (!m || ctx.gaz.has(m[0]) || ORIGIN_PEOPLE.test(m[2])) return false;
  const a = pairHalf(ctx, m[1]);
  const b = a && pairHalf(ctx, m[2]);
  const next = d.tokens[i + 1];
  if (!a || !b || (next && next.sentence === t.sentence && UPPER_FIRST.test(d.text.slice(next.start, next.end))))
    return false;
  const bStart = t.end - m[2].length;
  out.push(mk(d, t.sentence, t.start, t.start + m[1].length, a.type, 3, 'gazetteer', a.canonical));
  out.push(mk(d, t.sentence, bStart, t.end, b.type, 3, 'gazetteer', b.canonical));
  return true;
}

/**
 * A capitalised word glued to a lower-case one by a hyphen: "London-based" (the place), "US-occupied" (the country),
 * "ICE-run" (a body's acronym), "al-Qaida-linked" (the group, with its article). At a sentence start, "Merit-based"
 * and "Skills-based" are ordinary words the corpus writes in lower case, capitalised for the start: no place
 * (`initial`: token i starts the sentence).
 */
export function compoundMention(d: Doc, i: number, ctx: Ctx, out: Mention[], initial: boolean): void {
  const t = d.tokens[i];
  const w = d.text.slice(t.start, t.end);
  const m = COMPOUND.exec(w) ?? PARTICLE_COMPOUND.exec(w)!;
  const prefix = m[1];
  const based = m[2].toLowerCase() === 'based';
  if (nameBeforeHyphen(d, i, prefix.length, based, ctx, out)) return;
  const g = ctx.gaz.get(prefix);
  const norm = prefix.toLowerCase();
  if (initial && (!g || commonWordPlace(g, norm, ctx)) && ordinaryWord(norm, ctx)) return;
  // "Sharia-based", "Family-based": a word the gazetteer does not know and the corpus writes in lower case is no town
  if (based && !g && ctx.lowerUses.has(norm)) return;
  if (based && !isAcronymShape(prefix)) {
    // "London-based", "Dravenport-based": the prefix is a place
    out.push(
      mk(
        d,
        t.sentence,
        t.start,
        t.start + prefix.length,
        'place',
        3,
        'X-based',
        g?.type === 'place' ? g.canonical : undefined,
      ),
    );
  } else if (g) {
    out.push(mk(d, t.sentence, t.start, t.start + prefix.length, g.type, g.strength ?? 3, 'gazetteer', g.canonical));
  } else if (isAcronymShape(prefix) && (ctx.lowerUses.get(prefix.toLowerCase()) ?? 0) < 10) {
    // not a common word in capitals before a suffix ("DREAM-ers", "DREAM-eligible"): no body's name
    const mm = mk(d, t.sentence, t.start, t.start + prefix.length, 'org', 1, 'acronym');
    mm.acronym = prefix;
    out.push(mm);
  }
}

/**
 * "New York-based", "San Francisco-based": a place of two words whose second is glued to "-based"; "Al Qaeda-linked",
 * "al Qaeda-affiliated", "New York-style": a known name of two words glued to another lowercase word. The
 * whole name is the mention (the first word's own mention, read as a run before, is replaced); true when done.
 */
function nameBeforeHyphen(d: Doc, i: number, len: number, based: boolean, ctx: Ctx, out: Mention[]): boolean {
  const t = d.tokens[i];
  const p = d.tokens[i - 1];
  if (!p || p.sentence !== t.sentence || p.end + 1 !== t.start) return false;
  const particle = JOIN_PARTICLES.has(p.norm);
  if (!particle && !UPPER_FIRST.test(tokText(d, i - 1))) return false;
  const text = d.text.slice(p.start, t.start + len);
  const g = ctx.gaz.get(text) ?? (particle ? ctx.gazLower.get(text.toLowerCase()) : undefined);
  if (!g || (based && g.type !== 'place')) return false;
  if (out.length && out[out.length - 1].start === p.start) out.pop();
  out.push(mk(d, t.sentence, p.start, t.start + len, g.type, 3, based ? 'X-based' : 'gazetteer', g.canonical));
  return true;
}
