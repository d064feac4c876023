// Joiners inside the long names of bodies and groups: a body's subject after on/of/for ("Council on Foreign
// Relations", "Institute for the Study of War"), its purpose after "to" ("Committee to Protect Journalists"), a
// pronoun ("United We Dream"), a group's place after "in" ("Human Rights in China"), and the long names the gazetteer
// knows ("Islamic State in Iraq and the Levant").
import type { Doc } from '../types.js';
import { ORG_HEADS, GROUP_HEADS, TITLES, type GazetteerEntry } from './gazetteer.js';
import { cached } from '../util/maps.js';
import { programHead } from './programs.js';
import { adjectiveForm, ON_HEADS, BODY_OF_HEADS } from './body-names.js';
import { ORDINAL_NUMBER } from './counts.js';
import { headTypeOf, bodyHead, LEGAL_FORMS } from './head-words.js';
import { isPersonStart } from './person-words.js';
import { type Unit, type Ctx, capRunEnd, adjacent, tokText, runText, unitNorms } from './scan-context.js';
import { C, isCapLike } from './token-classes.js';
import { CAPITALISED_WORD } from './word-shapes.js';
import { stopCap } from './stop-caps.js';
import { lawAfterPossessive } from './law-titles.js';

/** The joiners of ents18's long names: a body's subject after on/of/for, a group's place after "in", a law named for
 * someone by a possessive, an unfinished adjective before "and"; the units to add, or null. */
export function longNameJoiner(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): Unit[] | null {
  const cls = ctx.classes;
  const n = d.tokens[j].norm;
  const body = bodyComplement(d, j, units, ctx);
  if (body) return body;
  if (n === 'in' && groupNamedIn(d, j, units, ctx)) return [{ i: j, word: true }];
  if (n === 'to' && purposeName(d, j, units, ctx)) return [{ i: j, word: true }];
  const pronoun = pronounInName(d, j, ctx);
  if (pronoun) return pronoun;
  // "Kate's Law", "Megan's Law": one capitalised word's possessive, then a law's head that ends the name
  if ((n === "'s" || n === "'") && units.length === 1 && lawAfterPossessive(d, j, ctx)) return [{ i: j, word: false }];
  // "Center for Strategic and International Studies": an adjective inside a body's name leaves it unfinished
  const last = d.tokens[units[units.length - 1].i].norm;
  if (n === 'and' && adjectiveForm(last) && cls.at(j + 1) === C.Cap && !stopCap(d, j + 1, ctx) && innerBody(d, units))
    return [{ i: j, word: true }];
  return null;
}

/**
 * The joiner at j continues a body's name with its subject: "on" after a head that takes it ("Council on Foreign
 * Relations", "Committee on the Judiciary"), or a second "of"/"for" inside a name a body's head and its "of"/"for"
 * open ("Foundation for Defense of Democracies", "Institute for the Study of War", "Organization for the Prohibition
 * of Chemical Weapons"), or a programme's ("Deferred Action for Parents of Americans"). Not before a place, a person or an acronym alone: "the Foreign Relations Committee on Syria",
 * "the Ministry of Defence of Ukraine", "pressed the Committee on DACA" name a subject or a seat, not the body.
 */
function bodyComplement(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): Unit[] | null {
  const cls = ctx.classes;
  const end = cls.end;
  const toks = d.tokens;
  const n = toks[j].norm;
  const lastNorm = toks[units[units.length - 1].i].norm;
  if (n === 'on' ? !ON_HEADS.has(lastNorm) : (n !== 'of' && n !== 'for') || !innerBodyOrProgram(d, units)) return null;
  const the = toks[j + 1]?.norm === 'the' ? j + 2 : j + 1;
  // "Court of Appeals for the 9th Circuit": an ordinal in digits opens the subject
  const k = the === j + 2 && ORDINAL_NUMBER.test(toks[the]?.norm ?? '') ? the + 1 : the;
  if (k >= end || cls.at(k) !== C.Cap || stopCap(d, k, ctx) || isPersonStart(toks[k].norm)) return null;
  const e = capRunEnd(k, cls);
  const g = ctx.gaz.get(d.text.slice(toks[k].start, toks[e].end));
  if (g?.type === 'place' || g?.type === 'person') return null;
  const add: Unit[] = [];
  for (let q = j; q < k; q++) add.push({ i: q, word: true });
  return add;
}

/**
 * "Committee to Protect Journalists", "Campaign to Stop Killer Robots": a body's head, "to", a capitalised word the
 * corpus writes in lower case (the verb of the body's purpose, no place or name) and a capitalised word after it (its
 * object): one name. "sent the Committee to Brussels" names a place after "to"; "the Committee To" in a headline's
 * capitals is read elsewhere.
 */
function purposeName(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): boolean {
  const cls = ctx.classes;
  const end = cls.end;
  const toks = d.tokens;
  const last = toks[units[units.length - 1].i].norm;
  if (!ORG_HEADS.has(last) && !GROUP_HEADS.has(last) && !BODY_OF_HEADS.has(last)) return false;
  const k = j + 1;
  if (k + 1 >= end || cls.at(k) !== C.Cap || !isCapLike(cls.at(k + 1)) || stopCap(d, k, ctx)) return false;
  const verb = toks[k].norm;
  if (!ctx.lowerUses.has(verb) || ctx.gazLower.has(verb) || TITLES.has(verb) || headTypeOf(verb)) return false;
  return adjacent(d, k, k + 1) && !stopCap(d, k + 1, ctx);
}

/** Pronouns that a name written as a phrase holds, capitalised ("United We Dream", "Fight for Our Dream"). */
export const NAME_PRONOUNS: ReadonlySet<string> = new Set(['we', 'our', 'us', 'you', 'your', 'my', 'their']);

/**
 * "United We Dream", "Fight for Our Dream": a pronoun capitalised inside a sentence, right after a capitalised word
 * (or its joiner) and before another, is a word of a name written as a phrase (a group's, a campaign's, a work's):
 * mid-sentence, English capitalises a pronoun nowhere else ("I" aside). In title case only: "DO NOT KILL YOUR
 * PROTESTERS" is a shout. The units to add, or null.
 */
function pronounInName(d: Doc, j: number, ctx: Ctx): Unit[] | null {
  const cls = ctx.classes;
  const end = cls.end;
  const toks = d.tokens;
  const p = NAME_JOINERS.has(toks[j].norm) && toks[j].norm !== 'and' ? j + 1 : j;
  if (p + 1 >= end || !NAME_PRONOUNS.has(toks[p].norm) || !CAPITALISED_WORD.test(tokText(d, p))) return null;
  if (cls.at(p + 1) !== C.Cap || stopCap(d, p + 1, ctx) || !adjacent(d, j - 1, p + 1)) return null;
  return p === j
    ? [{ i: j, word: true }]
    : [
        { i: j, word: true },
        { i: p, word: true },
      ];
}

/**
 * "the pressure group Human Rights in China", "the New York-based International Campaign for Human Rights in Iran": a
 * run of capitalised plain words (and joiners; no name of its own, no person's name) that a group word or an
 * "X-based" introduces, then "in" and a place that ends the run, is one group's name. Without such a
 * word the place is where something is ("Human Rights in China have worsened", "the FBI in Boston").
 */
function groupNamedIn(d: Doc, j: number, units: readonly Unit[], ctx: Ctx) {
  const cls = ctx.classes;
  const end = cls.end;
  const toks = d.tokens;
  const first = units[0].i;
  const before = toks[first - 1];
  if (!before || before.sentence !== toks[first].sentence) return false;
  if (!GROUP_WORDS_BEFORE.has(before.norm) && !before.norm.endsWith('-based')) return false;
  if (units.length < 2 || isPersonStart(toks[first].norm) || ctx.gaz.has(runText(d, units))) return false;
  for (const u of units) {
    if (cls.at(u.i) !== C.Cap && LONG_NAME_JOINERS.has(toks[u.i].norm) && u.i !== first) continue;
    if (!u.word || cls.at(u.i) !== C.Cap || !ctx.lowerUses.has(toks[u.i].norm)) return false;
  }
  const k = j + 1;
  if (k >= end || cls.at(k) !== C.Cap) return false;
  const e = capRunEnd(k, cls);
  return ctx.gaz.get(d.text.slice(toks[k].start, toks[e].end))?.type === 'place';
}

/** Lowercase words that introduce a body's name ("the rights group Human Rights in China"). */
const GROUP_WORDS_BEFORE: ReadonlySet<string> = new Set([
  'group',
  'organisation',
  'organization',
  'watchdog',
  'coalition',
  'charity',
  'movement',
]);

/** The run is a body's name (innerBody) or a programme's with its "of"/"for" inside ("Deferred Action for Parents
 * [of Americans]") or a policy's action before it ("Deferred Action [for Parents]"); not "Temporary Protected Status
 * [for Haitians]", where the people are those it covers. */
function innerBodyOrProgram(d: Doc, units: readonly Unit[]): boolean {
  if (innerBody(d, units)) return true;
  if (units.length < 2) return false;
  const norms = unitNorms(d, units);
  const head = programHead(norms, bodyHead);
  return head === 'action' || (head !== '' && head !== norms[norms.length - 1]);
}

/** The run holds a body's head followed by its of/for/on ("Foundation for Defense", "Conference on Civil"), and does
 * not end in a title or a legal form (those take their own "of": "Secretary of State", "Inc of Cardale"). */
function innerBody(d: Doc, units: readonly Unit[]): boolean {
  const toks = d.tokens;
  const last = toks[units[units.length - 1].i].norm;
  if (TITLES.has(last) || LEGAL_FORMS.has(last)) return false;
  for (let u = 0; u + 1 < units.length - 1; u++) {
    const w = toks[units[u].i].norm;
    const next = toks[units[u + 1].i].norm;
    if ((next === 'of' || next === 'for') && (ORG_HEADS.has(w) || GROUP_HEADS.has(w) || BODY_OF_HEADS.has(w)))
      return true;
    if (next === 'on' && ON_HEADS.has(w)) return true;
  }
  return false;
}

/** Lowercase words inside long names the gazetteer knows ("Islamic State in Iraq and the Levant"). */
const LONG_NAME_JOINERS: ReadonlySet<string> = new Set(['and', 'in', 'of', 'the', 'for']);

const prefixCache = new WeakMap<ReadonlyMap<string, GazetteerEntry>, Set<string>>();

/** Each gazetteer name with a lowercase joiner inside, cut before each of its joiners ("Islamic State in"). */
function joinerPrefixes(gazetteer: ReadonlyMap<string, GazetteerEntry>): Set<string> {
  return cached(prefixCache, gazetteer, (gaz) => {
    const out = new Set<string>();
    for (const k of gaz.keys()) {
      const words = k.split(' ');
      for (let w = 1; w < words.length; w++)
        if (LONG_NAME_JOINERS.has(words[w])) out.add(words.slice(0, w + 1).join(' '));
    }
    return out;
  });
}

/** The joiner at j (with "the" after it) continues the run when the run, the joiner and the capitalised words after
 * it make a name the gazetteer knows ("Islamic State of Iraq and al-Sham", "Islamic State in Iraq"); the joiner
 * units, or null. */
export function knownLongName(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): Unit[] | null {
  const cls = ctx.classes;
  const end = cls.end;
  if (!LONG_NAME_JOINERS.has(d.tokens[j].norm)) return null;
  const start = d.tokens[units[0].i].start;
  if (!joinerPrefixes(ctx.gaz).has(d.text.slice(start, d.tokens[j].end).replace(SPACES, ' '))) return null;
  const k = d.tokens[j + 1]?.norm === 'the' ? j + 2 : j + 1;
  if (k >= end || cls.at(k) !== C.Cap) return null;
  // the name may hold more joiners further on ("in Iraq and the Levant"): look a few words ahead
  for (let e = k; e < end && e <= k + 6; e++) {
    if (cls.at(e) !== C.Cap || !ctx.gaz.has(d.text.slice(start, d.tokens[e].end).replace(SPACES, ' '))) continue;
    return k === j + 2
      ? [
          { i: j, word: true },
          { i: j + 1, word: true },
        ]
      : [{ i: j, word: true }];
  }
  return null;
}

const SPACES = /\s+/g;

/** Lowercase words inside a long organisation name ("Organisation for Security and Cooperation in Europe"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', '&']);
