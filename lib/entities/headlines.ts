// Headline-case lines capitalise every word, so no capital there says "name": a headline's mentions are only names
// already known from the article bodies, the gazetteer, defined acronyms and the family names of people the article
// names in full ("SOCCER - VALE RETURNS"), and a capitals dateline's place.
import type { Doc } from '../types.js';
import type { EntityType } from './types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { isAcronymShape } from './acronyms.js';
import { capitalsDateline } from './datelines.js';
import { LineKind } from './lines.js';
import { digestPaper, isPressDigest } from './press-digest.js';
import { fixtureVenue } from './teams.js';
import { givenNames } from './world.js';
import { type GazetteerEntry, FIRST_NAMES } from './gazetteer.js';
import { cached } from '../util/maps.js';
import { loneLawHead } from './laws.js';
import { commonWordPlace } from './corpus-words.js';
import { PERSONAL_PRONOUNS } from './function-words.js';
import { type Mention, mk } from './mention-record.js';
import { sharedParts, partsKey } from './name-parts.js';
import type { Ctx } from './scan-context.js';
import { isCommonCaps, functionWordInCapitals, unnamedCapitalsWord } from './emphasis-capitals.js';
import { capitalsVerb } from './headline-verbs.js';
import { plainPhrase } from './capitals-runs.js';

const HEADLINE_NAME_START = /^\p{Lu}|^(?:al|el)-/u;

/** Known-name table used for headlines: normalised key -> type, strength, canonical; and the keys' first words. */
interface Known {
  names: Map<string, { type: EntityType; strength: number; canonical?: string; cue: string }>;
  first: Set<string>;
}

const firstWordsCache = new WeakMap<ReadonlyMap<string, GazetteerEntry>, Set<string>>();

/** The first words of a gazetteer's lowercase names, as token norms write them ("al-qaeda", "new"). Built once. */
function firstWordsOf(gazLower: ReadonlyMap<string, GazetteerEntry>): Set<string> {
  return cached(firstWordsCache, gazLower, (gaz) => {
    const out = new Set<string>();
    for (const k of gaz.keys()) {
      const w = k.split(' ')[0];
      out.add(w);
      out.add(w.replace(/[\u2018\u2019\u02BC`]/g, "'").replace(/[\u2010-\u2014]/g, '-'));
    }
    return out;
  });
}

/** A word whose first name word starts a known name, or a defined acronym. */
function startsKnown(w: string, known: Known, defined: ReadonlySet<string>): boolean {
  return known.first.has(sharedParts(w)[0]) || defined.has(w);
}

/**
 * The family names of the people named in full (given name first) in one article's body -> the full name. A headline names them by
 * the family name alone, often in capitals ("SOCCER - VALE RETURNS" over a story about Tom Vale).
 */
function surnamesOfPeople(list: readonly Mention[]): Map<string, string> {
  const m = new Map<string, string>();
  // family names the body also writes alone, untyped or as a person ("Tiger Woods ... Woods said")
  const alone = new Set<string>();
  for (const x of list)
    if (x.parts.length === 1 && (x.type === 'person' || x.type === 'unknown')) alone.add(x.parts[0]);
  for (const x of list) {
    if (x.type !== 'person' || x.parts.length < 2) continue;
    // only a name that opens with a known given name, or whose family name the body uses alone: a club or firm
    // misread as a person ("Real Madrid") lends no family name to its town
    const last = x.parts[x.parts.length - 1];
    if (FIRST_NAMES.has(x.parts[0]) || givenNames().has(x.parts[0]) || alone.has(last)) m.set(last, x.text);
  }
  return m;
}

/**
 * A function word a headline-case line capitalises ("They Lied to Us Then", "Who Pays"): never the all-caps name of the
 * same letters the body knows (US, WHO, IT), which a headline would write in capitals too.
 */
function titleCasedWord(text: string, words: number, norm: string): boolean {
  return words === 1 && text !== text.toUpperCase() && (STOPWORDS.has(norm) || PERSONAL_PRONOUNS.has(norm));
}

/** What a headline's names are matched against: names from the body, defined acronyms, the article's people. */
interface HeadlineKnown {
  known: Known;
  defined: ReadonlySet<string>;
  people: ReadonlyMap<string, string>;
  /** the name words of the article body's own mentions */
  bodyWords: ReadonlySet<string>;
  /** the words the article body names alone: its one-word mentions and its people's family names */
  bodyNames: ReadonlySet<string>;
}

/**
 * "Trump Travel Ban Blocked": one headline word that is a person's name only in other articles (Ban Ki-moon) and a
 * common noun of the corpus (written in lower case at least twice as often as capitalised inside a sentence) is the
 * noun, when the article's body names no one by that word.
 */
function borrowedCommonWord(norm: string, type: EntityType, hk: HeadlineKnown, ctx: Ctx): boolean {
  if (type !== 'person' || hk.bodyWords.has(norm)) return false;
  const lower = ctx.lowerUses.get(norm) ?? 0;
  return lower > 0 && lower >= 2 * (ctx.capMidUses.get(norm) ?? 0);
}

/** The name words of a list of mentions. */
function wordsOf(list: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of list) for (const p of m.parts) out.add(p);
  return out;
}

/** The words a list of mentions names alone: each one-word mention's word and each person's last name word ("Capitol
 * Hill" names no "Hill"). */
function namesOf(list: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of list)
    if (m.parts.length === 1 || (m.type === 'person' && m.parts.length)) out.add(m.parts[m.parts.length - 1]);
  return out;
}

/** Headline-case lines: only names already known from body text, the gazetteer, defined acronyms, or the family name
 * of a person the article names in full. */
function headlineSentence(d: Doc, si: number, ctx: Ctx, hk: HeadlineKnown, out: Mention[]): void {
  const { known, defined, people } = hk;
  const s = d.sentences[si];
  const toks = d.tokens;
  const dateline = capitalsDateline(d, si);
  const dateText = dateline >= 0 ? d.text.slice(toks[s.tokenStart].start, toks[dateline].end) : '';
  const dateGaz = dateText ? (ctx.gaz.get(dateText) ?? ctx.gazLower.get(dateText.toLowerCase())) : undefined;
  // "UNITED NATIONS 1996-08-29": a body's seat stays the body
  if (dateline >= 0 && (!dateGaz || dateGaz.type === 'place')) {
    const at = toks[s.tokenStart].start;
    out.push(mk(d, si, at, toks[dateline].end, 'place', 3, 'dateline', dateGaz?.canonical));
    return;
  }
  const gazFirst = firstWordsOf(ctx.gazLower);
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    const t = toks[i];
    // only a word that starts a gazetteer name, a known name or a defined acronym can start a match
    const w = t.kind === 'word' ? d.text.slice(t.start, t.end) : '';
    if (!w || !(gazFirst.has(t.norm) || startsKnown(w, known, defined) || people.has(sharedParts(w)[0]))) {
      i++;
      continue;
    }
    let matched = 0;
    for (let L = Math.min(6, s.tokenEnd - i); L >= 1 && !matched; L--) {
      const last = toks[i + L - 1];
      if (last.kind !== 'word') continue;
      const text = d.text.slice(toks[i].start, last.end);
      if (!HEADLINE_NAME_START.test(text)) continue;
      const full = L === 1 ? people.get(sharedParts(text)[0]) : undefined;
      if (full && sharedParts(text).length === 1) {
        out.push(mk(d, si, toks[i].start, last.end, 'person', 2, `surname of '${full}' in this article`));
        matched = 1;
        break;
      }
      if (L === 1 && functionWordInCapitals(d, i, ctx)) continue;
      // "HOUSE PASSES KATE 'S LAW": a capitals word before a capitals verb is the headline's subject, a name
      if (
        L === 1 &&
        unnamedCapitalsWord(d, i, hk.bodyNames, ctx) &&
        !(i + 1 < s.tokenEnd && capitalsVerb(d, i + 1, ctx))
      )
        continue;
      const g = ctx.gaz.get(text) ?? (text === text.toUpperCase() ? ctx.gazLower.get(text.toLowerCase()) : undefined);
      // "RUGBY UNION": a town named like a word the corpus writes in lower case is that word in a capitals line
      if (g && !(L === 1 && commonWordPlace(g, toks[i].norm, ctx))) {
        const venue = g.type === 'place' && fixtureVenue(d, si, i, i + L - 1);
        const strength = venue ? 3 : (g.strength ?? 3);
        out.push(
          mk(d, si, toks[i].start, last.end, g.type, strength, venue ? 'venue of a fixture' : 'gazetteer', g.canonical),
        );
        matched = L;
        break;
      }
      // "Obama Will Act On Immigration", "AN ' ACT OF WAR '": a law's head alone in a headline line is a word
      if (L === 1 && (isCommonCaps(text, toks[i].norm, ctx) || loneLawHead(toks[i].norm))) continue;
      const k = known.names.get(partsKey(sharedParts(text)));
      if (k && L === 1 && borrowedCommonWord(toks[i].norm, k.type, hk, ctx)) continue;
      // "ILLEGAL IMMIGRANTS", "Open Borders": plain words a body once capitalised with no evidence name nothing here
      if (k !== undefined && k.strength < 2 && L > 1 && plainPhrase(d, i, i + L - 1, ctx)) {
        matched = L; // nor is a word of it a name alone ("Travel Ban" is no "Ban")
        break;
      }
      if (k && (L > 1 || k.strength >= 2 || defined.has(text)) && !titleCasedWord(text, L, toks[i].norm)) {
        const m = mk(d, si, toks[i].start, last.end, k.type, k.strength, 'known name: ' + k.cue, k.canonical);
        if (isAcronymShape(text)) m.acronym = text;
        out.push(m);
        matched = L;
        break;
      }
      if (L === 1 && defined.has(text)) {
        const m = mk(d, si, toks[i].start, last.end, 'org', 1, 'acronym');
        m.acronym = text;
        out.push(m);
        matched = 1;
      }
    }
    i += matched || 1;
  }
}

/** The names the article bodies gave (`mentions`), by their parts' key, the strongest reading of each kept; and the
 * first words of all of them. */
function knownNames(mentions: readonly (readonly Mention[])[]): Known {
  const known: Known = { names: new Map(), first: new Set() };
  for (const list of mentions)
    for (const m of list) {
      const k = partsKey(m.parts);
      const prev = known.names.get(k);
      if (!prev || prev.strength < m.strength)
        known.names.set(k, { type: m.type, strength: m.strength, canonical: m.canonical, cue: m.cue });
      if (m.parts.length) known.first.add(m.parts[0]);
    }
  return known;
}

/**
 * The second pass: each doc's headline-case lines (`lines[di][si]` is the sentence's LineKind), read against the names
 * the bodies gave (`mentions`, to which it adds, kept in text order) and the acronyms the corpus defines; in a press
 * digest a headline line that names a paper is that paper.
 */
export function headlinePass(
  docs: readonly Doc[],
  lines: readonly Uint8Array[],
  ctx: Ctx,
  mentions: Mention[][],
  defined: ReadonlySet<string>,
): void {
  const known = knownNames(mentions);
  docs.forEach((d, di) => {
    let added = false;
    let people: ReadonlyMap<string, string> | null = null;
    let bodyWords: ReadonlySet<string> | null = null;
    let bodyNames: ReadonlySet<string> | null = null;
    const digest = isPressDigest(d);
    for (let si = 0; si < d.sentences.length; si++) {
      if (lines[di][si] !== LineKind.Headline) continue;
      const paper = digest ? digestPaper(d, si) : null;
      if (paper) {
        mentions[di].push(mk(d, si, paper[0], paper[1], 'org', 3, 'a paper in a press digest'));
        added = true;
        continue;
      }
      people ??= surnamesOfPeople(mentions[di]);
      bodyWords ??= wordsOf(mentions[di]);
      bodyNames ??= namesOf(mentions[di]);
      headlineSentence(d, si, ctx, { known, defined, people, bodyWords, bodyNames }, mentions[di]);
      added = true;
    }
    if (added) mentions[di].sort((a, b) => a.start - b.start || b.end - a.end);
  });
}
