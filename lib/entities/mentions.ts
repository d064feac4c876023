// Entity mentions in news text: capitalised runs with name particles, split at titles, typed by cues, gazetteer and head words.
import type { Doc, Span, Token } from '../types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { stripDiacritics } from '../text/normalize.js';
import { isAcronymShape, matchesAcronym, type AcronymDefinition } from './acronyms.js';
import {
  builtinGazetteer, CALENDAR, FIRST_NAMES, GROUP_HEADS, ORG_HEADS, PAGE_WORDS, PARTICLES, PLACE_HEADS, ROLE_CUES, TITLES,
  type GazetteerEntry,
} from './gazetteer.js';
import { isTermToken } from '../text/tokenize.js';

/** What a mention refers to. 'demonym' (Iraqi, Shia, Kurdish) is kept apart and not counted as an entity by default. */
export type EntityType = 'person' | 'org' | 'place' | 'group' | 'demonym';

/** One mention of a named actor or place in one article. */
export interface Mention extends Span {
  /** text.slice(start, end) */
  text: string;
  type: EntityType;
  /** how sure the type is: 3 gazetteer, title, head word or acronym definition; 2 name shape (first name, particle, role cue); 1 a guess */
  strength: number;
  /** what decided the type, e.g. 'title: prime minister', 'head word: coalition', 'gazetteer', 'first name' */
  cue: string;
  /** sentence index in the Doc */
  sentence: number;
  /** normalised name words: lowercase, diacritics and brackets dropped, particles split off ("al-Shatri" -> ["al", "shatri"]) */
  parts: string[];
  /** the gazetteer's canonical name, when the mention is a gazetteer name */
  canonical?: string;
  /** the acronym, when the mention is a bare acronym ("INIS") */
  acronym?: string;
}

/** Options of mention extraction. */
export interface MentionOptions {
  /** extra gazetteer entries (surface -> type/canonical), e.g. from data/aliases.json "entities" */
  gazetteer?: ReadonlyMap<string, GazetteerEntry>;
  /** lowercase names never reported as entities */
  ignore?: ReadonlySet<string>;
}

/** Mentions of every doc plus the acronym definitions found. */
export interface MentionResult {
  /** per doc (same order as the input), mentions in text order */
  mentions: Mention[][];
  definitions: AcronymDefinition[];
}

/** Standalone lowercase particles that join capitalised name parts ("Osama bin Laden", "Ludwig van Beethoven"). */
const JOIN_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'bint', 'de', 'van', 'von', 'der', 'bani', 'ben']);
/** Words after which "of" continues a name ("Ministry of Defense", "State of Law Coalition"). */
const OF_HEADS = new Set([...ORG_HEADS, ...GROUP_HEADS, 'state', 'states', 'republic', 'kingdom', 'bank', 'university', 'emirate', 'sea', 'gulf', 'strait']);
/** Sentence starters that are capitalised only because they start a sentence (a small corpus may never show them in lower case). */
const COMMON_STARTERS = new Set([
  'according', 'earlier', 'later', 'meanwhile', 'however', 'despite', 'while', 'although', 'though', 'after', 'before', 'since', 'during',
  'following', 'regarding', 'addressing', 'amid', 'under', 'over', 'speaking', 'asked', 'today', 'yesterday', 'tomorrow', 'last', 'next',
  'first', 'second', 'third', 'new', 'high', 'several', 'both', 'other', 'another', 'some', 'many', 'most', 'more', 'such', 'these', 'those',
  'this', 'that', 'there', 'here', 'officials', 'sources', 'reports', 'analysts', 'critics', 'observers', 'residents', 'local', 'former',
  'senior', 'top', 'acting', 'interim', 'about', 'around', 'nearly', 'almost', 'only', 'also', 'yet', 'still', 'instead', 'indeed', 'thus',
  'overall', 'separately', 'additionally', 'moreover', 'furthermore', 'elsewhere', 'once', 'now', 'then', 'when', 'where', 'why', 'how',
  'what', 'who', 'whose', 'which', 'if', 'unless', 'until', 'as', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'within', 'between',
  'against', 'toward', 'towards', 'through', 'throughout', 'unlike', 'like', 'given', 'based', 'citing', 'quoting', 'separately', 'updated',
  'breaking', 'exclusive', 'analysis', 'opinion', 'editorial', 'watch', 'listen', 'read', 'see', 'photo', 'video', 'security', 'government',
  'military', 'political', 'armed', 'foreign', 'regional', 'international', 'national', 'local', 'officials', 'people', 'we', 'they', 'he', 'she',
]);
/** Capitalised adjectives that with one common noun make a phrase, not a name. */
const ADJ_STARTERS = new Set(['new', 'old', 'former', 'high', 'top', 'senior', 'first', 'second', 'last', 'next', 'late', 'early']);
const OPEN_QUOTES = new Set(['"', '\u201C', '\u2018', "'", '(', '[', '\u00AB', '-', '\u2014', '\u2013']);
const SENTENCE_END = /[.!?\u2026]["'\u201D\u2019)\]]*$/;
const PARTICLE_WORD = /^(?:al|el|ad|an|ar|as|ash|at|az|ez)[-\u2010\u2011'\u2019]\p{Lu}/u;
const CAP_PARTICLE_WORD = /^(?:Al|El|Ad|An|Ar|As|Ash|At|Az|Ez|Abu|Bin|Ibn)[-\u2010\u2011'\u2019]\p{Lu}/u;
/** "US-occupied", "Turkish-backed", "Shia-majority": a capitalised prefix glued to a lowercase word. */
const COMPOUND = /^(\p{Lu}[\p{L}.]*)[-\u2010\u2011](\p{Ll}[\p{L}-]*)$/u;

/** Token classes used to build runs. */
const enum C {
  Other = 0,
  Cap = 1, // capitalised word
  Acr = 2, // acronym shape
  Particle = 3, // standalone lowercase particle (al, bin, de...)
  Compound = 4, // US-occupied
}

const partsCache = new Map<string, string[]>();

/** Normalised name words of a surface form: lowercase, diacritics/quotes folded, brackets dropped, particles split off. */
export function nameParts(surface: string): string[] {
  let p = partsCache.get(surface);
  if (!p) {
    if (partsCache.size > 50_000) partsCache.clear();
    p = computeParts(surface);
    partsCache.set(surface, p);
  }
  return p.slice();
}

function computeParts(surface: string): string[] {
  const s = stripDiacritics(surface)
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .replace(/[\u2010\u2011\u2012\u2013\u2014]/g, '-')
    .replace(/[[\](){}"\u201C\u201D]/g, ' ')
    .replace(/'s\b/g, '');
  const out: string[] = [];
  for (const w of s.split(/\s+/)) {
    if (!w) continue;
    const m = /^(al|el|ad|an|ar|as|ash|at|az|ez|abu|bin|ibn)[-'](.+)$/.exec(w);
    if (m) {
      out.push(m[1]);
      for (const p of m[2].split('-')) if (p) out.push(p);
    } else if (w === '-' || w === "'") continue;
    else if (w.endsWith('-') && PARTICLES.has(w.slice(0, -1))) out.push(w.slice(0, -1));
    else out.push(w.replace(/'$/, ''));
  }
  return out;
}

/** The name words without particles ("hamid al shatri" -> ["hamid", "shatri"]); the whole list when all are particles. */
export function coreParts(parts: readonly string[]): string[] {
  const core = parts.filter((p) => !PARTICLES.has(p) && p !== 'the');
  return core.length ? core : [...parts];
}

/** Known-name table used for headlines: normalised key -> type, strength, canonical. */
type Known = Map<string, { type: EntityType; strength: number; canonical?: string; cue: string }>;

interface Ctx {
  gaz: Map<string, GazetteerEntry>;
  gazLower: Map<string, GazetteerEntry>;
  ignore: ReadonlySet<string>;
  lowerSeen: Set<string>;
  capMid: Set<string>;
}

/** Find the entity mentions of every doc (two passes: body sentences first, then headline-case lines matched against known names). */
export function extractMentions(docs: readonly Doc[], opts: MentionOptions = {}): MentionResult {
  const gaz = builtinGazetteer();
  if (opts.gazetteer) for (const [k, v] of opts.gazetteer) gaz.set(k, v);
  const gazLower = new Map<string, GazetteerEntry>();
  for (const [k, v] of gaz) if (!gazLower.has(k.toLowerCase())) gazLower.set(k.toLowerCase(), v);
  const ctx: Ctx = { gaz, gazLower, ignore: opts.ignore ?? new Set(), lowerSeen: new Set(), capMid: new Set() };

  // corpus statistics: words seen in lower case; capitalised forms seen away from sentence starts
  const headlines: Uint8Array[] = [];
  const initials: Uint8Array[] = [];
  for (const d of docs) {
    const h = new Uint8Array(d.sentences.length);
    const ini = new Uint8Array(d.tokens.length);
    d.sentences.forEach((s, si) => {
      h[si] = isHeadline(d, si) ? 1 : 0;
      markInitials(d, s.tokenStart, s.tokenEnd, ini);
    });
    for (let i = 0; i < d.tokens.length; i++) {
      const t = d.tokens[i];
      if (t.kind !== 'word') continue;
      const c = d.text.charCodeAt(t.start);
      if (c >= 97 && c <= 122) ctx.lowerSeen.add(t.norm);
      else if (!ini[i] && !h[t.sentence] && t.sentence >= 0) ctx.capMid.add(d.text.slice(t.start, t.end));
    }
    headlines.push(h);
    initials.push(ini);
  }

  const mentions: Mention[][] = docs.map(() => []);
  const definitions: AcronymDefinition[] = [];
  docs.forEach((d, di) => {
    for (let si = 0; si < d.sentences.length; si++) {
      if (headlines[di][si]) continue;
      bodySentence(d, si, initials[di], ctx, mentions[di], definitions);
    }
  });
  // known names from the body, for headline-case lines
  const known: Known = new Map();
  for (const list of mentions) for (const m of list) {
    const k = m.parts.join(' ');
    const prev = known.get(k);
    if (!prev || prev.strength < m.strength) known.set(k, { type: m.type, strength: m.strength, canonical: m.canonical, cue: m.cue });
  }
  const defined = new Set(definitions.map((x) => x.acronym));
  docs.forEach((d, di) => {
    let added = false;
    for (let si = 0; si < d.sentences.length; si++) {
      if (!headlines[di][si]) continue;
      headlineSentence(d, si, ctx, known, defined, mentions[di]);
      added = true;
    }
    if (added) mentions[di].sort((a, b) => a.start - b.start || b.end - a.end);
  });
  // bare acronyms take their definition's type later (in entities.ts); mark them here
  for (const list of mentions) for (const m of list) if (m.acronym && defined.has(m.acronym) && m.strength < 3) m.cue = 'acronym defined in corpus';
  return { mentions, definitions };
}

/** A line in headline case: no final punctuation, on its own line, most content words capitalised (or all in capitals). */
function isHeadline(d: Doc, si: number): boolean {
  const s = d.sentences[si];
  const last = d.tokens[s.tokenEnd - 1];
  if (!last) return false;
  if (SENTENCE_END.test(d.text.slice(Math.max(s.start, last.end - 3), last.end))) return false;
  const after = d.text.slice(s.end, s.end + 3);
  if (s.end < d.text.length && !/^[ \t\u00A0]*(\r?\n|$)/.test(after)) return false;
  let words = 0;
  let caps = 0;
  let upper = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = d.tokens[i];
    if (t.kind !== 'word' || t.end - t.start < 4 || STOPWORDS.has(t.norm)) continue;
    words++;
    const w = d.text.slice(t.start, t.end);
    if (/^\p{Lu}/u.test(w) || PARTICLE_WORD.test(w)) caps++;
    if (w === w.toUpperCase()) upper++;
  }
  return words >= 2 && (caps / words >= 0.75 || upper === words);
}

/** Mark tokens that start a sentence, or open a quotation, as sentence-initial. */
function markInitials(d: Doc, from: number, to: number, ini: Uint8Array): void {
  let atStart = true;
  for (let i = from; i < to; i++) {
    const t = d.tokens[i];
    if (isTermToken(t)) {
      if (atStart) ini[i] = 1;
      atStart = false;
      continue;
    }
    const ch = d.text[t.start];
    // an opening quote: “ always; a straight quote when preceded by space or start
    if (ch === '\u201C' || ch === '\u00AB' || ((ch === '"' || ch === "'" || ch === '\u2018') && (t.start === 0 || /\s|\(|\[/.test(d.text[t.start - 1])))) atStart = true;
    // a spaced dash after a dateline ("ERBIL (Kurdistan24) - According to ...") starts the text proper
    else if ((ch === '-' || ch === '\u2014' || ch === '\u2013') && /\s/.test(d.text[t.start - 1] ?? ' ') && /\s/.test(d.text[t.end] ?? ' ')) atStart = true;
    else if (!OPEN_QUOTES.has(ch)) atStart = false;
  }
}

/** Class of a word token, with a fast path for the common lowercase word. */
function classifyToken(text: string, t: Token): C {
  const c = text.charCodeAt(t.start);
  if (c >= 97 && c <= 122) {
    if (JOIN_PARTICLES.has(t.norm)) return C.Particle;
    if ((c === 97 || c === 101) && t.norm.indexOf('-') > 0) return classify(text.slice(t.start, t.end));
    return C.Other;
  }
  return classify(text.slice(t.start, t.end));
}

function classify(w: string): C {
  if (COMPOUND.test(w) && !CAP_PARTICLE_WORD.test(w)) return C.Compound;
  if (isAcronymShape(w)) return C.Acr;
  if (/^\p{Lu}/u.test(w) || PARTICLE_WORD.test(w)) return C.Cap;
  if (JOIN_PARTICLES.has(w)) return C.Particle;
  return C.Other;
}

/** A unit of a run: token index and whether it is a name word (not a joiner). */
interface Unit {
  i: number;
  word: boolean;
}

function bodySentence(d: Doc, si: number, ini: Uint8Array, ctx: Ctx, out: Mention[], defs: AcronymDefinition[]): void {
  const s = d.sentences[si];
  const toks = d.tokens;
  const surf = (i: number) => d.text.slice(toks[i].start, toks[i].end);
  const cache = new Int8Array(s.tokenEnd - s.tokenStart + 4).fill(-1);
  const cls = (i: number): C => {
    if (i >= s.tokenEnd || toks[i].kind !== 'word') return C.Other;
    const k = i - s.tokenStart;
    if (cache[k] < 0) cache[k] = classifyToken(d.text, toks[i]);
    return cache[k] as C;
  };
  const isCapLike = (c: C) => c === C.Cap || c === C.Acr;
  // a short byline paragraph ("News Desk - The Cradle", "By Staff") carries no entities
  let pageWord = false;
  let nWords = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (toks[i].kind !== 'word') continue;
    nWords++;
    if (PAGE_WORDS.has(toks[i].norm)) pageWord = true;
  }
  if (pageWord && nWords <= 6) return;

  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    const c = cls(i);
    if (c === C.Compound) {
      compoundMention(d, i, ctx, out);
      i++;
      continue;
    }
    if (!isCapLike(c) || stopCap(toks[i], ctx)) {
      i++;
      continue;
    }
    // grow a run of capitalised words with joiners
    const units: Unit[] = [{ i, word: true }];
    let j = i + 1;
    for (;;) {
      if (j >= s.tokenEnd) break;
      const cj = cls(j);
      if (isCapLike(cj) && !stopCap(toks[j], ctx) && adjacent(d, j - 1, j)) {
        units.push({ i: j, word: true });
        j++;
        continue;
      }
      const n = toks[j].norm;
      // particle: "bin Laden", "al Sham"
      if (cj === C.Particle && isCapLike(cls(j + 1))) {
        units.push({ i: j, word: true }, { i: j + 1, word: true });
        j += 2;
        continue;
      }
      // editorial bracket inside a name: "[Mohammed Shia al-] Sudani"
      if (cj === C.Particle && toks[j + 1]?.norm === '-' && toks[j + 2]?.norm === ']' && j + 3 < s.tokenEnd && isCapLike(cls(j + 3))) {
        units.push({ i: j, word: true }, { i: j + 1, word: false }, { i: j + 2, word: false }, { i: j + 3, word: true });
        j += 4;
        continue;
      }
      const lastNorm = toks[units[units.length - 1].i].norm;
      // "Ministry of Defense", "State of Law Coalition", "Bank of the West"
      if ((n === 'of' || n === 'for') && OF_HEADS.has(lastNorm)) {
        const k = toks[j + 1]?.norm === 'the' ? j + 2 : j + 1;
        if (k < s.tokenEnd && cls(k) === C.Cap && !stopCap(toks[k], ctx)) {
          for (let q = j; q < k; q++) units.push({ i: q, word: true });
          j = k;
          continue;
        }
      }
      // "Security and Defense Committee": join only when the continuation ends in an organisation or group head
      if (n === 'and' && cls(j + 1) === C.Cap && !ORG_HEADS.has(lastNorm) && !GROUP_HEADS.has(lastNorm) && !ctx.gaz.has(runText(d, units))) {
        const e = capRunEnd(j + 1, s.tokenEnd, cls);
        const head = toks[e].norm;
        if (ORG_HEADS.has(head) || GROUP_HEADS.has(head)) {
          units.push({ i: j, word: true });
          j++;
          continue;
        }
      }
      // "People's Palace": a one-word run that is not itself a name, then 's, then a run ending in a place/org head
      if ((n === "'s" || n === "'") && units.length === 1 && cls(j + 1) === C.Cap && toks[j].start === toks[j - 1].end) {
        const w = surf(units[0].i);
        if (!ctx.gaz.has(w) && !FIRST_NAMES.has(toks[units[0].i].norm) && !PARTICLE_WORD.test(w) && !CAP_PARTICLE_WORD.test(w) && !isAcronymShape(w)) {
          const e = capRunEnd(j + 1, s.tokenEnd, cls);
          const head = toks[e].norm;
          if (PLACE_HEADS.has(head) || ORG_HEADS.has(head)) {
            units.push({ i: j, word: false });
            j++;
            continue;
          }
        }
      }
      break;
    }
    processRun(d, si, units, ini, ctx, out, defs);
    i = j;
  }
}

function adjacent(d: Doc, a: number, b: number): boolean {
  // names do not continue across a line break
  for (let k = d.tokens[a].end; k < d.tokens[b].start; k++) if (d.text.charCodeAt(k) === 10) return false;
  return true;
}

function capRunEnd(from: number, to: number, cls: (i: number) => C): number {
  let e = from;
  while (e + 1 < to && (cls(e + 1) === C.Cap || cls(e + 1) === C.Acr)) e++;
  return e;
}

function runText(d: Doc, units: readonly Unit[]): string {
  return d.text.slice(d.tokens[units[0].i].start, d.tokens[units[units.length - 1].i].end);
}

/** A capitalised token that never starts or continues a name: weekdays, months, page words, stopwords ("The", "I"), single letters. */
function stopCap(t: Token, ctx: Ctx): boolean {
  const n = t.norm;
  return CALENDAR.has(n) || PAGE_WORDS.has(n) || ctx.ignore.has(n) || (STOPWORDS.has(n) && !ctx.gazLower.has(n)) || t.end - t.start < 2;
}

function compoundMention(d: Doc, i: number, ctx: Ctx, out: Mention[]): void {
  const t = d.tokens[i];
  const m = COMPOUND.exec(d.text.slice(t.start, t.end))!;
  const prefix = m[1];
  const g = ctx.gaz.get(prefix);
  if (g) {
    out.push(mk(d, t.sentence, t.start, t.start + prefix.length, g.type, 3, 'gazetteer', g.canonical));
  } else if (isAcronymShape(prefix)) {
    const mm = mk(d, t.sentence, t.start, t.start + prefix.length, 'org', 1, 'acronym');
    mm.acronym = prefix;
    out.push(mm);
  }
}

function mk(d: Doc, sentence: number, start: number, end: number, type: EntityType, strength: number, cue: string, canonical?: string): Mention {
  const text = d.text.slice(start, end);
  const m: Mention = { doc: d.id, start, end, text, type, strength, cue, sentence, parts: nameParts(text) };
  if (canonical) m.canonical = canonical;
  return m;
}

/** Drop leading common words, split at titles, then type each remaining segment. */
function processRun(d: Doc, si: number, units: Unit[], ini: Uint8Array, ctx: Ctx, out: Mention[], defs: AcronymDefinition[]): void {
  const toks = d.tokens;
  const surf = (u: Unit) => d.text.slice(toks[u.i].start, toks[u.i].end);
  // sentence-initial capital: drop a common first word; a lone unknown word needs to be seen capitalised elsewhere
  if (ini[units[0].i]) {
    const w = surf(units[0]);
    const n = toks[units[0].i].norm;
    const special = ctx.gaz.has(w) || ctx.gazLower.has(n) && w === w.toUpperCase() || FIRST_NAMES.has(n) || PARTICLE_WORD.test(w) || CAP_PARTICLE_WORD.test(w) || isAcronymShape(w);
    if (!special) {
      const common = STOPWORDS.has(n) || ctx.lowerSeen.has(n) || COMMON_STARTERS.has(n) || (/(ing|ly)$/.test(n) && n.length > 4);
      if (common || (units.length === 1 && !ctx.capMid.has(w))) {
        units = units.slice(1);
        while (units.length && !isNameUnit(d, units[0])) units = units.slice(1);
      }
    }
  }
  if (!units.length) return;
  // split at titles: "Syrian Foreign Minister Asaad Al-Shibani" -> [Syrian] (title) [Asaad Al-Shibani]
  const words = units.map((u) => toks[u.i].norm);
  let from = 0;
  let afterTitle: string | null = null;
  for (let p = 0; p < units.length; p++) {
    if (!units[p].word) continue;
    let len = 0;
    for (let L = 3; L >= 1; L--) {
      if (p + L > units.length) continue;
      const phrase = words.slice(p, p + L).join(' ');
      if (TITLES.has(phrase)) {
        len = L;
        break;
      }
    }
    if (!len) continue;
    const rest = units.slice(p + len);
    const restHead = rest.length ? toks[rest[rest.length - 1].i].norm : '';
    if (rest.length && (ORG_HEADS.has(restHead) || GROUP_HEADS.has(restHead) || PLACE_HEADS.has(restHead))) continue; // "General Command"
    if (!rest.length && p === 0 && len === 1 && units.length === 1 && ctx.capMid.has(surf(units[0])) && !TITLES.has(words[0])) continue;
    if (p > from) typeSegment(d, si, units.slice(from, p), afterTitle, ctx, out, defs);
    afterTitle = words.slice(p, p + len).join(' ');
    from = p + len;
    p = from - 1;
  }
  if (from < units.length) typeSegment(d, si, units.slice(from), afterTitle, ctx, out, defs);
}

function isNameUnit(d: Doc, u: Unit): boolean {
  const w = d.text.slice(d.tokens[u.i].start, d.tokens[u.i].end);
  return u.word && (/^\p{Lu}/u.test(w) || PARTICLE_WORD.test(w));
}

/** Type one segment and emit its mention(s); a leading demonym or place without a head word is split off. */
function typeSegment(d: Doc, si: number, seg: Unit[], title: string | null, ctx: Ctx, out: Mention[], defs: AcronymDefinition[]): void {
  // trim joiners at the edges
  while (seg.length && !isNameUnit(d, seg[0])) seg = seg.slice(1);
  while (seg.length && !isNameUnit(d, seg[seg.length - 1])) seg = seg.slice(0, -1);
  if (!seg.length) return;
  const toks = d.tokens;
  const start = toks[seg[0].i].start;
  const end = toks[seg[seg.length - 1].i].end;
  const text = d.text.slice(start, end);
  const norms = seg.map((u) => toks[u.i].norm);
  // the head word is the last word, or the word before "of" when the last is not a head ("Ministry of Defense")
  let head = norms[norms.length - 1];
  if (!ORG_HEADS.has(head) && !GROUP_HEADS.has(head) && !PLACE_HEADS.has(head)) {
    const of = norms.findIndex((n, k) => k > 0 && (n === 'of' || n === 'for'));
    if (of > 0) head = norms[of - 1];
  }
  // a capitalised adjective and one common noun ("New Administration") is a phrase, not a name
  if (seg.length === 2 && ADJ_STARTERS.has(norms[0]) && !ctx.gaz.has(text) && ctx.lowerSeen.has(norms[1])) return;
  const emit = (type: EntityType, strength: number, cue: string, canonical?: string): Mention => {
    const m = mk(d, si, start, end, type, strength, cue, canonical);
    out.push(m);
    findDefinition(d, seg, m, defs);
    return m;
  };
  if (ctx.ignore.has(text.toLowerCase())) return;
  // gazetteer, exact (or a capitalised-word form of an all-caps dateline: "ERBIL")
  const g = ctx.gaz.get(text) ?? (text === text.toUpperCase() && seg.length === 1 && text.length >= 4 ? ctx.gazLower.get(text.toLowerCase()) : undefined);
  if (g) {
    emit(g.type, 3, 'gazetteer', g.canonical);
    return;
  }
  if (seg.length === 1 && isAcronymShape(text)) {
    const m = emit('org', 1, 'acronym');
    m.acronym = text;
    return;
  }
  if (seg.length === 1 && text === text.toUpperCase() && text.length >= 4 && /^\p{Lu}+$/u.test(text)) {
    // an unknown all-caps word (a name in capitals: "POLITICO")
    emit('org', 1, 'capitals');
    return;
  }
  const headType: EntityType | null = GROUP_HEADS.has(head) ? 'group' : ORG_HEADS.has(head) ? 'org' : PLACE_HEADS.has(head) ? 'place' : null;
  // leading gazetteer word(s) without a head word: "Iraqi Delegation" -> demonym + rest; "Damascus Airport" stays whole
  if (seg.length > 1 && !headType) {
    for (let L = Math.min(3, seg.length - 1); L >= 1; L--) {
      const pre = d.text.slice(start, toks[seg[L - 1].i].end);
      const pg = ctx.gaz.get(pre);
      if (pg && !(pg.type === 'group' && L > 1)) {
        const m = mk(d, si, start, toks[seg[L - 1].i].end, pg.type, 3, 'gazetteer', pg.canonical);
        out.push(m);
        typeSegment(d, si, seg.slice(L), title, ctx, out, defs);
        return;
      }
    }
  }
  if (headType && seg.length > 1) {
    emit(headType, 3, 'head word: ' + head);
    return;
  }
  if (title) {
    emit('person', 3, 'title: ' + title);
    return;
  }
  const prev = seg[0].i - 1 >= 0 ? toks[seg[0].i - 1] : undefined;
  if (prev && prev.sentence === si && ROLE_CUES.has(prev.norm) && d.text.charCodeAt(prev.start) >= 97) {
    emit('person', 2, 'role: ' + prev.norm);
    return;
  }
  if (seg.length > 1 && FIRST_NAMES.has(norms[0])) {
    emit('person', 2, 'first name');
    return;
  }
  const particle = seg.some((u) => PARTICLE_WORD.test(d.text.slice(toks[u.i].start, toks[u.i].end)) || CAP_PARTICLE_WORD.test(d.text.slice(toks[u.i].start, toks[u.i].end)));
  if (particle) {
    emit('person', seg.length > 1 ? 2 : 1, 'name particle');
    return;
  }
  if (headType) {
    emit(headType, 1, 'head word: ' + head);
    return;
  }
  emit(seg.length > 1 ? 'org' : 'org', 1, 'capitalised');
}

/** "Syrian Democratic Forces (SDF)": record the definition and trim the mention to the words that spell the acronym. */
function findDefinition(d: Doc, seg: Unit[], m: Mention, defs: AcronymDefinition[]): void {
  const toks = d.tokens;
  const last = seg[seg.length - 1].i;
  const open = toks[last + 1];
  const acr = toks[last + 2];
  const close = toks[last + 3];
  if (!open || !acr || !close || open.norm !== '(' || close.norm !== ')') return;
  const a = d.text.slice(acr.start, acr.end);
  if (!isAcronymShape(a)) return;
  const words = seg.filter((u) => u.word).map((u) => d.text.slice(toks[u.i].start, toks[u.i].end));
  const n = matchesAcronym(words, a);
  if (!n) return;
  const wordUnits = seg.filter((u) => u.word);
  const first = wordUnits[wordUnits.length - n];
  const start = toks[first.i].start;
  defs.push({ acronym: a, expansion: d.text.slice(start, m.end), doc: d.id, start, end: m.end });
}

/** Headline-case lines: only names already known from body text, the gazetteer, or defined acronyms. */
function headlineSentence(d: Doc, si: number, ctx: Ctx, known: Known, defined: ReadonlySet<string>, out: Mention[]): void {
  const s = d.sentences[si];
  const toks = d.tokens;
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    if (toks[i].kind !== 'word') {
      i++;
      continue;
    }
    let matched = 0;
    for (let L = Math.min(6, s.tokenEnd - i); L >= 1 && !matched; L--) {
      const last = toks[i + L - 1];
      if (last.kind !== 'word') continue;
      const text = d.text.slice(toks[i].start, last.end);
      if (!/^\p{Lu}|^(?:al|el)-/u.test(text)) continue;
      const g = ctx.gaz.get(text) ?? (text === text.toUpperCase() ? ctx.gazLower.get(text.toLowerCase()) : undefined);
      if (g) {
        out.push(mk(d, si, toks[i].start, last.end, g.type, 3, 'gazetteer', g.canonical));
        matched = L;
        break;
      }
      const k = known.get(nameParts(text).join(' '));
      if (k && (L > 1 || k.strength >= 2 || defined.has(text))) {
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
