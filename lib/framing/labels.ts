// Labels: the phrases each outlet uses to name or describe the same actor or event (appositions, titles, "led by", co-referring noun phrases).
import type { Doc, Span, Token, EntityRef } from '../types.js';
import { byString } from '../text/counts.js';
import { isStopword } from '../text/stopwords.js';
import { firstTokenAt, isTermToken } from '../text/tokenize.js';
import { REPORTING_VERBS } from './quotes.js';
import { isLexiconNoun } from './wordclass.js';
import { isAdverb } from './adverbs.js';
import { VOICES } from './voice.js';
import { opensSentence, ordinaryWords, type OrdinaryWord } from '../text/word-case.js';
import type { NormIds } from '../text/term-ids.js';
import type { FramesConfig, LabelMention, Voice, VoiceClass } from './types.js';
import { HAS_LETTER, STARTS_LOWER, STARTS_UPPER } from '../util/letters.js';
import { contains, covers, spanCover, type SpanCover } from '../util/span-cover.js';

/** A row of the actor × outlet label table. */
export interface LabelRow {
  /** the event these uses are in ('' when events are not known); labels are counted within events, never across */
  event: string;
  entity: string;
  /** the entity's (or concept's) id, the key to join with entity tables */
  entity_id: string;
  outlet: string;
  label: string;
  kind: LabelMention['kind'];
  /** uses in the voices selected */
  count: number;
  /** of which in the outlet's own narration */
  own: number;
  /** count / all of this outlet's references to the actor in this event (names included), rounded to 4 decimals */
  share: number;
  /** up to three short contexts, "doc: …text…" */
  examples: string[];
  /** evaluative weight of the label, 0..1: its most judging word's (labelRows' `weigh`; absent without it); for an actor label, its role words' ("regime" 1, "government" 0), the name left out */
  evaluative?: number;
  /** actor labels: the role words the outlet chose ("regime", "government forces"), what labelContrasts compares */
  variant?: string;
}

const DETS = new Set(['the', 'a', 'an']);
const POSS = new Set(['its', 'their', 'his', 'her', 'our']);
const QUOTE_MARK = /^["“”‘’'«»]$/;

const MODIFIERS = new Set([
  'new',
  'former',
  'old',
  'recent',
  'current',
  'interim',
  'ruling',
  'senior',
  'top',
  'de',
  'facto',
  'so-called',
  'rebel',
  'opposition',
  'sudden',
  'swift',
  'bloodless',
  'unexpected',
  'latest',
  'previous',
  'ousted',
  'deposed',
  'toppled',
  'fallen',
  'armed',
  'joint',
  'federal',
  'local',
  'central',
  'main',
  'chief',
  'key',
  'major',
  'broader',
  'wider',
]);
/** Whether a lowercase word can modify a noun inside a label: a known modifier, adjective-shaped (-al, -ic, -ous, -ive, -ian, -ish, -ary, -ent, -ant, -ist) or hyphenated. */
function isModifier(norm: string): boolean {
  return (
    MODIFIERS.has(norm) ||
    norm.includes('-') ||
    /(?:al|ic|ous|ive|ian|ish|ary|ory|ent|ant|ist|ese|ful|less|ern)$/.test(norm)
  );
}

/** Grouping key of a label. */
export function labelKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/["“”«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an)\s+/, '');
}

function display(text: string): string {
  return text
    .replace(/["“”«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function voiceAt(v: Voice | undefined, tokenIndex: number): VoiceClass {
  return v ? VOICES[v.tokenVoice[tokenIndex]] : 'own';
}

function containsPhrase(norm: string, phrase: string): boolean {
  return (' ' + norm + ' ').includes(' ' + phrase + ' ');
}

/** The label text's matching form for requireAny/exclude: lowercase words with possessives kept as "'s" pieces joined. */
function matchForm(d: Doc, a: number, b: number): string {
  const parts: string[] = [];
  for (let i = a; i < b; i++) {
    const t = d.tokens[i];
    if (QUOTE_MARK.test(d.text[t.start]) && t.end - t.start === 1) continue;
    if (t.norm === "'s" && parts.length) parts[parts.length - 1] += "'s";
    else if (isTermToken(t)) parts.push(t.norm);
  }
  return parts.join(' ');
}

/** Noun-phrase labels of the frames' concepts in every doc (heads with their modifiers and of/from complements, plus patterns). */
export function conceptMentions(
  docs: readonly Doc[],
  frames: FramesConfig,
  voices: readonly Voice[] = [],
): LabelMention[] {
  const vById = new Map(voices.map((v) => [v.doc, v]));
  const out: LabelMention[] = [];
  for (const c of frames.concepts) {
    const heads = new Set(c.heads.map((h) => h.toLowerCase()));
    const req = (c.requireAny ?? []).map((x) => x.toLowerCase());
    const exc = (c.exclude ?? []).map((x) => x.toLowerCase());
    const modOk = new Set(req.flatMap((r) => r.split(' ')));
    for (const d of docs) {
      const v = vById.get(d.id);
      const toks = d.tokens;
      const mention = (start: number, end: number, text: string, kind: LabelMention['kind'], at: number) =>
        out.push({
          doc: d.id,
          outlet: d.outlet,
          start,
          end,
          target: c.id,
          targetName: c.name,
          label: display(text),
          key: labelKey(text),
          kind,
          voice: voiceAt(v, at),
        });
      let coveredTo = -1;
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if (t.kind !== 'word' || !heads.has(t.norm) || t.start < coveredTo) continue;
        // a head directly followed by another content word is a modifier ("government authorities", "government source")
        const nx = toks[i + 1];
        if (nx && nx.sentence === t.sentence && nx.kind === 'word' && !isStopword(nx.norm) && nx.start - t.end <= 1)
          continue;
        let a = modifiersStart(d, i, heads, modOk);
        const b = complementEnd(d, i);
        // trim quote marks at the edges
        while (a < i && toks[a].kind === 'punct' && QUOTE_MARK.test(d.text[toks[a].start])) a++;
        const norm = matchForm(d, a, b);
        if (req.length && !req.some((r) => containsPhrase(norm, r))) continue;
        if (exc.some((x) => containsPhrase(norm, x))) continue;
        mention(toks[a].start, toks[b - 1].end, d.text.slice(toks[a].start, toks[b - 1].end), 'phrase', i);
        coveredTo = toks[b - 1].end;
      }
      // pattern hits that overlap none of this doc's head-phrase labels (those start at docFrom)
      const docFrom = out.length;
      for (const [start, end, text] of patternHits(d.text, c.patterns ?? []))
        if (!out.slice(docFrom).some((m) => m.start < end && m.end > start))
          mention(start, end, text, 'pattern', Math.max(0, firstTokenAt(toks, start)));
    }
  }
  return out.sort((x, y) => byString(x.doc, y.doc) || x.start - y.start || byString(x.target, y.target));
}

/** Every match of the patterns (regular expressions, case-insensitive) in the text, as [start, end, text]. */
function patternHits(text: string, patterns: readonly string[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const src of patterns) {
    const re = new RegExp(src, 'giu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0]) out.push([m.index, m.index + m[0].length, m[0]]);
      else re.lastIndex++;
    }
  }
  return out;
}

/** Left edge of a concept head's phrase: its modifiers back to a determiner or a word that cannot modify. */
function modifiersStart(d: Doc, i: number, heads: ReadonlySet<string>, modOk: ReadonlySet<string>): number {
  const toks = d.tokens;
  let a = i;
  let words = 0;
  for (let j = i - 1; j >= 0 && toks[j].sentence === toks[i].sentence && words < 6; j--) {
    const p = toks[j];
    if (p.norm === "'s" || (p.kind === 'punct' && QUOTE_MARK.test(d.text[p.start]))) {
      a = j;
      continue;
    }
    if (p.kind !== 'word') break;
    if (DETS.has(p.norm) || POSS.has(p.norm)) return j;
    // lowercase words join only if they can modify a noun: the concept's own words, heads, adjective-like or hyphenated words
    if (STARTS_LOWER.test(d.text[p.start]) && !modOk.has(p.norm) && !heads.has(p.norm) && !isModifier(p.norm)) break;
    a = j;
    words++;
  }
  return a;
}

/** One past the right edge of a concept head's phrase: an of/from complement ("the fall of the Assad regime", "authorities from Hayat Tahrir al-Sham (HTS)"). */
function complementEnd(d: Doc, i: number): number {
  const toks = d.tokens;
  const sentence = toks[i].sentence;
  const of = toks[i + 1];
  if (!of || of.sentence !== sentence || (of.norm !== 'of' && of.norm !== 'from')) return i + 1;
  let k = i + 2,
    w = 0,
    last = -1;
  const nx2 = toks[k];
  if (!nx2 || !(DETS.has(nx2.norm) || STARTS_UPPER.test(d.text[nx2.start]))) return i + 1; // "of the …", "from Hayat Tahrir …" only
  if (DETS.has(nx2.norm) || nx2.norm === 'president') k++;
  for (; k < toks.length && toks[k].sentence === sentence && w < 6; k++) {
    const p = toks[k];
    if (p.norm === "'s") continue;
    const acronym =
      p.norm === '(' &&
      toks[k + 2]?.norm === ')' &&
      /^[A-Z]{2,}$/.test(d.text.slice(toks[k + 1].start, toks[k + 1].end));
    if (acronym) {
      k += 2;
      last = k;
      continue;
    }
    if (p.kind !== 'word' || isStopword(p.norm)) break;
    last = k;
    w++;
  }
  return last > 0 ? last + 1 : i + 1;
}

/**
 * Labels of named entities: their names as written, titles before them, appositions, "led by", and later "the <title>"
 * co-references. `norms` (norm numbers aligned with the docs) spares a pass when the caller has them.
 */
export function entityLabelMentions(
  docs: readonly Doc[],
  entities: readonly EntityRef[],
  titles: readonly string[],
  voices: readonly Voice[] = [],
  norms?: NormIds,
): LabelMention[] {
  const titleSet = new Set(titles.map((t) => t.toLowerCase()));
  const ordinary = ordinaryWords(docs, norms);
  const vById = new Map(voices.map((v) => [v.doc, v]));
  const docById = new Map(docs.map((d) => [d.id, d]));
  const out: LabelMention[] = [];
  const corefs: Coref[] = [];
  // spans of the labels found so far, per doc (co-references skip text already labelled)
  const spansOf = new Map<string, [number, number][]>();
  // mentions of people: an apposition never runs into another person's name ("al-Kreiti, Prime Minister al-Sudani")
  const personAt = new Map<string, Span[]>();
  for (const e of entities)
    if (e.type === 'person')
      for (const m of e.mentions) (personAt.get(m.doc) ?? personAt.set(m.doc, []).get(m.doc)!).push(m);
  const personCover = new Map<string, SpanCover>();
  for (const [docId, ms] of personAt) personCover.set(docId, spanCover(ms));
  const noPersons = spanCover([]);
  for (const e of entities) {
    const perDoc = new Map<string, Span[]>();
    for (const m of e.mentions) (perDoc.get(m.doc) ?? perDoc.set(m.doc, []).get(m.doc)!).push(m);
    for (const [docId, ms] of [...perDoc].sort((x, y) => byString(x[0], y[0]))) {
      const d = docById.get(docId);
      if (!d) continue;
      const spans = spansOf.get(docId) ?? spansOf.set(docId, []).get(docId)!;
      const persons = personCover.get(docId) ?? noPersons;
      const ctx = labelContext(d, e, vById.get(docId), titleSet, persons, out, spans, ordinary);
      const sorted = ms.slice().sort((x, y) => x.start - y.start);
      for (const m of sorted) mentionLabels(ctx, m);
      // co-references: "the lawmaker" after the entity was described as a lawmaker in this doc; a title is a person's
      // office, so a party or a chamber never takes "the president"
      if (ctx.heads.size && sorted.length && personLike(e)) corefs.push(...coreferences(ctx, sorted, spans.slice()));
    }
  }
  for (const m of nearestCorefs(corefs)) out.push(m);
  return out.sort((x, y) => byString(x.doc, y.doc) || x.start - y.start || byString(x.target, y.target));
}

/** An entity that can hold a title: a person, or an entity of no known type. */
const personLike = (e: EntityRef) => !e.type || e.type === 'person' || e.type === 'unknown';

/**
 * A co-reference candidate, its distance to the entity's last name or title before it, and whether the entity was
 * given the title bare ("President X", "X, the president") rather than only qualified ("Syrian President X").
 */
interface Coref {
  m: LabelMention;
  dist: number;
  bare: boolean;
}

/** Where an entity was given a title head, and whether bare. */
interface HeadAt {
  at: number;
  bare: boolean;
}

/** What the label finders of one entity in one doc share. */
interface LabelContext {
  d: Doc;
  toks: Doc['tokens'];
  e: EntityRef;
  v: Voice | undefined;
  titleSet: ReadonlySet<string>;
  /** person mentions in the doc */
  persons: SpanCover;
  /** title head -> where this entity was given it */
  heads: Map<string, HeadAt[]>;
  /** whether the corpus uses a word as an ordinary word (lower case far more often than capitalised inside sentences) */
  ordinary: OrdinaryWord;
  push(s: number, e2: number, kind: LabelMention['kind'], tokenIndex: number): void;
  /** record the head of a title span (tokens) given at `at`; `prev` is the word before the span, if any */
  addHead(span: readonly Token[], at: number, prev?: Token): void;
}

function labelContext(
  d: Doc,
  e: EntityRef,
  v: Voice | undefined,
  titleSet: ReadonlySet<string>,
  persons: SpanCover,
  out: LabelMention[],
  spans: [number, number][],
  ordinary: OrdinaryWord,
): LabelContext {
  const heads = new Map<string, HeadAt[]>();
  return {
    d,
    toks: d.tokens,
    e,
    v,
    titleSet,
    persons,
    heads,
    ordinary,
    addHead(span, at, prev) {
      const h = prev && NOT_HOLDER.has(prev.norm) ? null : titleHead(span, titleSet);
      if (h) (heads.get(h.head) ?? heads.set(h.head, []).get(h.head)!).push({ at, bare: h.bare });
    },
    push(s, e2, kind, tokenIndex) {
      const text = d.text.slice(s, e2);
      // a title alone ("President", "former President") says nothing about the actor: never a label
      if ((kind === 'title' || kind === 'name') && titleOnly(text, titleSet)) return;
      out.push({
        doc: d.id,
        outlet: d.outlet,
        start: s,
        end: e2,
        target: e.id,
        targetName: e.name,
        label: display(text),
        key: labelKey(text),
        kind,
        voice: voiceAt(v, tokenIndex),
      });
      spans.push([s, e2]);
    },
  };
}

/** The labels around one mention: its name, a title before it, an apposition after or before it. */
function mentionLabels(ctx: LabelContext, m: Span): void {
  const toks = ctx.toks;
  let ts = firstTokenAt(toks, m.start);
  if (ts > 0 && toks[ts - 1].end > m.start) ts--;
  if (ts >= toks.length) return;
  let te = ts;
  while (te < toks.length && toks[te].start < m.end) te++;
  ctx.push(m.start, m.end, 'name', ts);
  titleBefore(ctx, ts);
  appositionAfter(ctx, ts, te);
  if (ts >= 2 && toks[ts - 1].norm === ',' && !listOrModifier(ctx, te)) appositionBefore(ctx, ts);
}

const inPerson = (ctx: LabelContext, pos: number) => covers(ctx.persons, pos);

/** A title right before the name: "Intelligence Chief Hamid Al-Shatri", "Iraqi government spokesperson Basim Al-Awadi". */
function titleBefore(ctx: LabelContext, ts: number): void {
  const { d, toks, titleSet } = ctx;
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
    if (p.kind !== 'word' || isStopword(p.norm) || d.text.slice(p.end, toks[j + 1].start).length > 1) break;
    if (inPerson(ctx, p.start)) break; // another person's name
    if (endsTitle(ctx, j)) break;
    a = j;
  }
  const trim = () => {
    while (
      a < ts &&
      ((!titleSet.has(toks[a].norm) && !/^[A-Z]/.test(d.text[toks[a].start])) || toks[a].kind === 'punct')
    )
      a++;
  };
  trim();
  // "Despite President X", "CLOSE President X" (a video player's label): a word capitalised only because it opens the
  // sentence or line, which the corpus writes in lower case, is no part of the title
  if (a < ts && opensSentence(d, a) && !holdsTitle(ctx, toks[a].norm) && ctx.ordinary(toks[a].norm)) {
    a++;
    trim();
  }
  const before = toks[ts - 1];
  const adjacent = a < ts && (titleSet.has(before.norm) || STARTS_UPPER.test(d.text[before.start]));
  if (adjacent && toks.slice(a, ts).some((t) => titleSet.has(t.norm))) {
    ctx.push(toks[a].start, toks[ts - 1].end, 'title', a);
    // "echoed former President X": the lower-case "former" left out of the label still says the title is not held now
    ctx.addHead(toks.slice(a, ts), toks[a].start, toks[a - 1]);
  }
}

/** Whether a word may stand in a title: a title word, a filler ("former", "vice") or a modifier ("senior", "Syrian"). */
const holdsTitle = (ctx: LabelContext, norm: string) =>
  ctx.titleSet.has(norm) || TITLE_FILLERS.has(norm) || isModifier(norm);

/**
 * Whether the word at j (going left from a name) ends a title before it: a verb ("Republicans blasted former President
 * Obama"), or a lower-case word that can stand in no title right before a capitalised one ("Story highlights President
 * X", "Romney trails President X"): in a capitalised title a lower-case word is a modifier ("former", "senior").
 */
function endsTitle(ctx: LabelContext, j: number): boolean {
  const { d, toks, titleSet } = ctx;
  const p = toks[j];
  if (!STARTS_LOWER.test(d.text[p.start]) || titleSet.has(p.norm)) return false;
  if (/(?:ed|ing|es)$/.test(p.norm) && !isModifier(p.norm.replace(/ed$/, ''))) return true;
  return STARTS_UPPER.test(d.text[toks[j + 1].start]) && !holdsTitle(ctx, p.norm);
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

/** An apposition after: "Hamid al-Shatri, the Iraqi National Intelligence Service (INIS) Head," / "Al-Shara (R), Commander of …", or "led by". */
function appositionAfter(ctx: LabelContext, ts: number, te: number): void {
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
    ctx.push(first.start, toks[b - 1].end, 'apposition', a);
    ctx.addHead(span, first.start);
  }
}

/**
 * Auxiliaries, modals and reporting verbs: a span holding one is a clause, not a noun phrase ("Like X, the president
 * did not mince words", "At the White House, spokesman Y told reporters").
 */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  ...'is are was were be been has have had do does did will would can could should may might must'.split(' '),
  ...REPORTING_VERBS,
]);

/** Adverbs that stand between a subject and its verb ("the president also supports", "anyone else puts"). */
const BEFORE_VERB = new Set(['also', 'else', 'still', 'now', 'then', 'just', 'often', 'never', 'always', 'only']);

/**
 * A verb after a title, in a span: a lower-case word in -ed that compromise's lexicon does not list as a noun, or one
 * in -s (neither it nor its singular a noun) right after a title or an adverb ("the president negotiates", "anyone
 * else puts", "the governor quickly rejects"); "a member of the group of eight lawmakers" has none.
 */
function verbAfter(d: Doc, span: readonly Token[], k: number, titleSet: ReadonlySet<string>): boolean {
  const t = span[k];
  if (!STARTS_LOWER.test(d.text[t.start]) || titleSet.has(t.norm)) return false;
  const prev = span[k - 1];
  // an -ly adverb modifies no noun: the word in -s after it is a verb, noun or not ("the mayor openly backs")
  if (prev && /ly$/.test(prev.norm) && isAdverb(prev.norm) && /[^su]s$/.test(t.norm)) return true;
  if (isLexiconNoun(t.norm)) return false;
  if (/ed$/.test(t.norm)) return !isStopword(t.norm);
  if (!/[^su]s$/.test(t.norm) || isLexiconNoun(t.norm.replace(/e?s$/, '')) || isLexiconNoun(t.norm.slice(0, -1)))
    return false;
  return (
    !!prev &&
    (titleSet.has(prev.norm) ||
      BEFORE_VERB.has(prev.norm) ||
      isAdverb(prev.norm) ||
      STARTS_UPPER.test(d.text[prev.start]))
  );
}

/**
 * A verb right after a name, in a span: "Telles received a request", "Director Mark Krikorian writes": a clause
 * whose subject is a name, not a noun phrase naming the entity.
 */
function verbAfterName(d: Doc, span: readonly Token[], titleSet: ReadonlySet<string>): boolean {
  for (let k = 1; k < span.length; k++)
    if (span[k - 1].kind === 'word' && STARTS_UPPER.test(d.text[span[k - 1].start]) && verbAfter(d, span, k, titleSet))
      return true;
  return false;
}

/**
 * Not an apposition: a clause that follows a fronted phrase ("Like X, the president did …", "More than to Congress,
 * the president acted"): an auxiliary, a modal, a reporting verb, or a verb-like word after its first title; or the
 * next item of a list of people ("Stevens, officer Jane Roe and a guard": no article opens it, a name ends it, "and"
 * follows; "Rubio, a member of the Gang of Eight and …" is an apposition) or of any list (", and" follows: "the
 * FBI, the Department of Homeland Security, the intelligence community, and …"); or a verb after a name ("Shortly
 * after the State of the Union, Telles received a request").
 */
function isClauseOrListItem(
  d: Doc,
  span: readonly Token[],
  next: Token | undefined,
  titleSet: ReadonlySet<string>,
  after?: Token,
): boolean {
  // lower case only: "the United States" holds no verb
  if (span.some((t) => CLAUSE_VERBS.has(t.norm) && STARTS_LOWER.test(d.text[t.start]))) return true;
  const title = span.findIndex((t) => titleSet.has(t.norm));
  for (let k = title + 1; title >= 0 && k < span.length; k++) if (verbAfter(d, span, k, titleSet)) return true;
  if (verbAfterName(d, span, titleSet)) return true;
  // "the FBI, the Department of Homeland Security, the intelligence community, and …": the next item of a list
  if (next?.norm === ',' && LIST_JOINS.has(after?.norm ?? '')) return true;
  const last = span[span.length - 1];
  const opensBare = !DETS.has(span[0].norm);
  if (opensBare && endsOnTitledName(d, span, titleSet)) return true;
  return opensBare && (next?.norm === 'and' || next?.norm === 'or') && STARTS_UPPER.test(d.text[last.start]);
}

/**
 * Whether a span of capitalised words ends on a name after its last title word ("British Prime Minister David
 * Cameron"): after "President Ivo Doe," that is the next person of a list of leaders, not a description of the first.
 */
function endsOnTitledName(d: Doc, span: readonly Token[], titleSet: ReadonlySet<string>): boolean {
  // capitalised words only: "chairman of the Senate Foreign Relations Committee" is a description
  const named = (t: Token) => t.kind === 'word' && (STARTS_UPPER.test(d.text[t.start]) || NAME_PARTICLE.test(t.norm));
  if (!span.every(named)) return false;
  let k = span.length - 1;
  while (k >= 0 && !titleSet.has(span[k].norm)) k--;
  return k >= 0 && k < span.length - 1;
}
/** Words that join the last item of a list ("A, B, and C"). */
const LIST_JOINS: ReadonlySet<string> = new Set(['and', 'or']);

/** A lower-case particle that opens an Arabic family name ("al-Shatri"). */
const NAME_PARTICLE = /^(?:al|el|bin|ibn|abu)-/;

/**
 * Whether the words after a mention (ending before token te) make the phrase before its comma no apposition: "and"
 * or ", and" (the mention is an item of a list: "among the president, Congress, and the courts"), or a title within
 * three words (the mention modifies a title: "that country's president, GOP presidential nominee Donald Trump").
 */
function listOrModifier(ctx: LabelContext, te: number): boolean {
  const { toks, titleSet } = ctx;
  const s = toks[te - 1].sentence;
  if (LIST_JOINS.has(toks[te]?.norm ?? '') || (toks[te]?.norm === ',' && LIST_JOINS.has(toks[te + 1]?.norm ?? '')))
    return true;
  for (let j = te; j < te + 3 && toks[j]?.sentence === s && toks[j].kind === 'word'; j++)
    if (titleSet.has(toks[j].norm)) return true;
  return false;
}

/** An apposition before: "Iraq's intelligence chief, Hamid al-Shatri" / "The head of the INIS, Hamid al-Shatri". */
function appositionBefore(ctx: LabelContext, ts: number): void {
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
  // "As Center for Immigration Studies Director Mark Krikorian writes, Clinton …": a clause before the name
  if (a < end && span.some((t) => titleSet.has(t.norm)) && !person && !verbAfterName(ctx.d, span, titleSet)) {
    ctx.push(toks[a].start, toks[end - 1].end, 'apposition', a);
    ctx.addHead(span, toks[a].start);
  }
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

/** "the lawmaker", "the prime minister" after the entity was given that title in the doc, outside labelled text. */
function coreferences(ctx: LabelContext, sorted: readonly Span[], taken: readonly [number, number][]): Coref[] {
  const { d, toks, titleSet, heads, e, v } = ctx;
  const firstAt = sorted[0].start;
  const out: Coref[] = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    const det =
      toks[i - 1].norm === 'the'
        ? i - 1
        : i >= 2 && titleSet.has(toks[i - 1].norm) && toks[i - 2].norm === 'the'
          ? i - 2
          : -1;
    if (t.start <= firstAt || !heads.has(t.norm) || det < 0) continue;
    const nx = toks[i + 1];
    if (nx && (nx.norm === 'of' || /^[A-Z]/.test(d.text[nx.start]))) continue;
    if (taken.some(([s, e2]) => t.start >= s && t.end <= e2)) continue;
    const given = heads.get(t.norm)!.filter((x) => x.at < t.start);
    if (!given.length) continue;
    const at = Math.max(...given.map((x) => x.at));
    const lastName = sorted.reduce((x, m) => (m.start < t.start ? Math.max(x, m.start) : x), -1);
    const text = d.text.slice(toks[det].start, t.end);
    out.push({
      m: {
        doc: d.id,
        outlet: d.outlet,
        start: toks[det].start,
        end: t.end,
        target: e.id,
        targetName: e.name,
        label: display(text),
        key: labelKey(text),
        kind: 'coreference',
        voice: voiceAt(v, i),
      },
      dist: t.start - Math.max(at, lastName),
      bare: given.some((x) => x.bare),
    });
  }
  return out;
}

/**
 * "the president" refers to one entity before it that was given that title in the doc, never to two: one given the
 * title bare before one given it only qualified ("President X" before "Syrian President Y": a writer qualifies the
 * president who is not the default one), then the nearest (last named or titled).
 */
function nearestCorefs(corefs: readonly Coref[]): LabelMention[] {
  const best = new Map<string, Coref>();
  const better = (c: Coref, cur: Coref) =>
    c.bare !== cur.bare ? c.bare : c.dist !== cur.dist ? c.dist < cur.dist : c.m.target < cur.m.target;
  for (const c of corefs) {
    const k = c.m.doc + '\u0000' + c.m.start;
    const cur = best.get(k);
    if (!cur || better(c, cur)) best.set(k, c);
  }
  return [...best.values()].map((c) => c.m);
}

/** Whether a label is one bare title word ("President", "former President", "the President"): a rank, not a description. */
function titleOnly(text: string, titles: ReadonlySet<string>): boolean {
  const words = text
    .toLowerCase()
    .replace(/["“”«»]/g, '')
    .split(/\s+/)
    .filter((w) => w && HAS_LETTER.test(w) && !TITLE_FILLERS.has(w));
  return words.length <= 1 && words.every((w) => titles.has(w));
}

const TITLE_FILLERS = new Set([
  'the',
  'a',
  'an',
  'former',
  'then',
  'acting',
  'late',
  'vice',
  'deputy',
  'of',
  'u.s.',
  'us',
  'mr.',
  'mr',
  'mrs.',
  'ms.',
  'dr.',
  'rep.',
  'sen.',
  'gov.',
  'gen.',
  'then-president',
  'president-elect',
]);

/** Title words that qualify the head after them ("Prime Minister", "Defense Secretary") and are no head themselves. */
const NOT_HEADS = new Set(['prime', 'foreign', 'defense', 'defence', 'intelligence', 'general']);

/**
 * Words saying the title is not held now, or is another office: "former President X", "Vice President Y", "then
 * President Z" give no head, so "the president" never refers to them.
 */
const NOT_HOLDER = new Set(['former', 'ex', 'ex-', 'late', 'vice', 'deputy', 'assistant', 'then']);

/**
 * The head a title span gives its entity ("Iraqi Intelligence Chief" -> chief), and whether it was given bare: no word
 * before the head but articles and title words ("President", "the prime minister"; not "Syrian President"). Null for
 * no head or a title not held now.
 */
function titleHead(span: readonly Token[], titles: ReadonlySet<string>): { head: string; bare: boolean } | null {
  let i = span.length - 1;
  while (i >= 0 && !(titles.has(span[i].norm) && !NOT_HEADS.has(span[i].norm))) i--;
  if (i < 0) return null;
  const before = span.slice(0, i);
  if (before.some((t) => NOT_HOLDER.has(t.norm))) return null;
  return { head: span[i].norm, bare: before.every((t) => DETS.has(t.norm) || titles.has(t.norm)) };
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

/** A label's evaluative weight: its most judging word's, by `weigh` (0..1), rounded to 4 decimals. */
function labelWeight(label: string, weigh: (word: string) => number): number {
  let w = 0;
  for (const word of label.toLowerCase().split(/\s+/)) if (word) w = Math.max(w, weigh(word));
  return Math.round(w * 1e4) / 1e4;
}

/** The actor × outlet label table: labels grouped by key per target and outlet, counted in the selected voices (default all but reused text). */
export function labelRows(
  mentions: readonly LabelMention[],
  docs: readonly Doc[],
  opts: { include?: readonly VoiceClass[]; names?: boolean; weigh?: (word: string) => number } = {},
): LabelRow[] {
  const include = opts.include ?? ['own', 'quoted', 'reported'];
  const docById = new Map(docs.map((d) => [d.id, d]));
  const m = new Map<string, LabelRow & { forms: Map<string, number> }>();
  const totals = new Map<string, number>();
  for (const x of mentions) {
    if (!include.includes(x.voice)) continue;
    if (opts.names === false && x.kind === 'name') continue;
    const ev = x.event ?? '';
    const key = [ev, x.targetName, x.outlet, x.key].join('\u0000');
    const tk = [ev, x.targetName, x.outlet].join('\u0000');
    totals.set(tk, (totals.get(tk) ?? 0) + 1);
    let r = m.get(key);
    if (!r)
      m.set(
        key,
        (r = {
          event: ev,
          entity: x.targetName,
          entity_id: x.target,
          outlet: x.outlet,
          label: x.label,
          kind: x.kind,
          count: 0,
          own: 0,
          share: 0,
          examples: [],
          forms: new Map(),
          ...(x.variant !== undefined ? { variant: x.variant } : {}),
        }),
      );
    r.count++;
    if (x.voice === 'own') r.own++;
    r.forms.set(x.label, (r.forms.get(x.label) ?? 0) + 1);
    if (r.examples.length < 3) {
      const d = docById.get(x.doc);
      if (d) r.examples.push(`${x.doc}: ${context(d.text, x.start, x.end)}`);
    }
  }
  const rows = [...m.values()].map(({ forms, ...r }) => {
    // show the most frequent written form (ties: first in code-point order)
    const best = [...forms].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0][0];
    const share =
      Math.round((r.count / (totals.get([r.event, r.entity, r.outlet].join('\u0000')) ?? r.count)) * 1e4) / 1e4;
    const weigh = opts.weigh;
    return weigh
      ? { ...r, label: best, share, evaluative: labelWeight(r.variant ?? best, weigh) }
      : { ...r, label: best, share };
  });
  return rows.sort(
    (a, b) =>
      byString(a.event, b.event) ||
      byString(a.entity, b.entity) ||
      byString(a.outlet, b.outlet) ||
      b.count - a.count ||
      byString(a.label, b.label),
  );
}

function context(text: string, s: number, e: number, w = 50): string {
  const a = Math.max(0, s - w),
    b = Math.min(text.length, e + w);
  return (
    (a > 0 ? '…' : '') +
    text.slice(a, s).replace(/\s+/g, ' ') +
    '[' +
    text.slice(s, e) +
    ']' +
    text.slice(e, b).replace(/\s+/g, ' ') +
    (b < text.length ? '…' : '')
  );
}

/** Label rows pooled across events: one row per actor, outlet and label (counts and own counts summed, shares recomputed, event ''). */
export function poolLabelRows<
  R extends {
    entity: string;
    outlet: string;
    label: string;
    kind: string;
    count: number;
    own: number;
    event?: string;
    share?: number;
    examples?: string[];
  },
>(rows: readonly R[]): (R & { event: string; share: number })[] {
  const m = new Map<string, R & { event: string; share: number }>();
  const totals = new Map<string, number>();
  for (const r of rows) {
    const key = [r.entity, r.outlet, labelKey(r.label)].join('\u0000');
    const tk = r.entity + '\u0000' + r.outlet;
    totals.set(tk, (totals.get(tk) ?? 0) + r.count);
    const cur = m.get(key);
    if (!cur) m.set(key, { ...r, event: '', share: 0, ...(r.examples ? { examples: r.examples.slice() } : {}) });
    else {
      cur.count += r.count;
      cur.own += r.own;
      if (cur.examples && r.examples) cur.examples.push(...r.examples.slice(0, Math.max(0, 3 - cur.examples.length)));
    }
  }
  for (const r of m.values())
    r.share = Math.round((r.count / (totals.get(r.entity + '\u0000' + r.outlet) ?? r.count)) * 1e4) / 1e4;
  return [...m.values()].sort(
    (a, b) =>
      byString(a.entity, b.entity) || byString(a.outlet, b.outlet) || b.count - a.count || byString(a.label, b.label),
  );
}
