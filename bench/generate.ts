// A deterministic generator of news-like corpora of any size with planted truth: copied passages with light edits,
// rewrites (reordered clauses, synonyms, compound variants), paraphrases, quotes with speakers, citations of other
// outlets, entity mentions with spelling variants; and confounders planted as NOT-reuse truth: third-party quotes and
// official statements carried by several outlets, stock phrases shared across events, and event phrases that articles
// of one event write independently.
//
// Text is built from "pieces" (a word, a punctuation mark, an entity mention) so that every planted span is known
// exactly when the article is rendered: offsets in the truth index the article text, which is what the loader keeps.
import { mkdirSync, writeFileSync, createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';

/** Generator settings; everything but `articles` has a default. */
export interface GenOptions {
  articles: number;
  seed?: number;
  /** number of outlets (default grows with the square root of the corpus: 8 at 100 articles, 60 at 10,000) */
  outlets?: number;
  /** mean articles per event (default 12) */
  perEvent?: number;
  /** vocabulary size of the Zipfian word distribution (default 40,000) */
  vocabulary?: number;
  /** Zipf exponent (default 1.0) */
  zipf?: number;
  /** mean words per article (default 500) */
  words?: number;
  /** first date of the coverage period (default 2025-01-01); events spread over `days` days */
  start?: string;
  days?: number;
}

/** One generated article: the fields a manifest row and a text file carry. */
export interface GenArticle {
  id: string;
  outlet: string;
  date: string;
  title: string;
  url: string;
  event: number;
  /** the article body exactly as the loader should keep it: paragraphs separated by one blank line */
  text: string;
}

/** A planted reuse: `target` took text from `source`. Spans are [start, end) into the articles' texts. */
export interface PlantedReuse {
  /** copy: light edits; rewrite: reordered clauses, synonyms, compound variants; paraphrase: a third of the words replaced */
  kind: 'copy' | 'paraphrase' | 'rewrite';
  source: string;
  target: string;
  sourceSpan: [number, number];
  targetSpan: [number, number];
  /** word edits applied (substitutions, deletions, insertions) */
  edits: number;
  /** words in the source passage */
  words: number;
}

/** A planted quote: span includes the quote marks; `speaker` is an entity id whose mention is at speakerSpan. */
export interface PlantedQuote {
  doc: string;
  span: [number, number];
  speaker: string;
  speakerSpan: [number, number];
}

/** A planted citation of another outlet of the corpus ("told X", "X reported", "according to X"). */
export interface PlantedCitation {
  doc: string;
  /** the cited outlet, exactly as it appears in the manifest */
  outlet: string;
  /** span of the outlet's name in the citing article */
  span: [number, number];
  form: 'told' | 'reported' | 'according to';
}

/** A planted entity mention: `entity` is the canonical id, `form` one of its spelling variants. */
export interface PlantedMention {
  doc: string;
  span: [number, number];
  entity: string;
  type: 'person' | 'organization' | 'place';
}

/**
 * Shared text that is NOT reuse between the articles carrying it: a third party's quote or official statement carried
 * by several outlets, a stock phrase (party-tag titles, place formulas) used across events, an event phrase written
 * independently by articles of one event. Every copy of one text has the same `key`.
 */
export interface PlantedConfounder {
  kind: 'third-party-quote' | 'official-text' | 'stock-phrase' | 'event-phrase';
  doc: string;
  span: [number, number];
  key: string;
}

/** Everything planted in one article. */
export interface GenItem {
  article: GenArticle;
  reuse: PlantedReuse[];
  confounders: PlantedConfounder[];
  quotes: PlantedQuote[];
  citations: PlantedCitation[];
  mentions: PlantedMention[];
}

/** The truth file: what was planted where, plus the entity catalogue (canonical name and variants). */
export interface Truth {
  options: Required<GenOptions>;
  outlets: string[];
  entities: { id: string; type: PlantedMention['type']; name: string; variants: string[] }[];
  reuse: PlantedReuse[];
  /** not-reuse truth (absent in truth files written before confounders were planted) */
  confounders?: PlantedConfounder[];
  quotes: PlantedQuote[];
  citations: PlantedCitation[];
  mentions: PlantedMention[];
}

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fill in the defaults. */
export function resolveOptions(o: GenOptions): Required<GenOptions> {
  const n = o.articles;
  return {
    articles: n,
    seed: o.seed ?? 1,
    outlets: o.outlets ?? Math.min(60, Math.max(8, Math.round(Math.sqrt(n) * 0.6))),
    perEvent: o.perEvent ?? 12,
    vocabulary: o.vocabulary ?? 40000,
    zipf: o.zipf ?? 1.0,
    words: o.words ?? 430,
    start: o.start ?? '2025-01-01',
    days: o.days ?? 30,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// vocabulary

/** Function words at the head of the Zipf distribution, as in English news (most are stopwords). */
const FUNCTION_WORDS = (
  'the of and to in a that for on is with was as by it at from he his be are have has an this which not but were ' +
  'they had their been its who more after or over about than would into out new also up against two last we there ' +
  'some other when could one all if most what can its him before under only our government while during them those ' +
  'three where officials between first because very now since then week such these told both through many further'
).split(' ');

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'z',
  'br',
  'ch',
  'cl',
  'dr',
  'fr',
  'gr',
  'kh',
  'pl',
  'pr',
  'sh',
  'st',
  'tr',
  'th',
  'qu',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'ai', 'ea', 'io', 'ou', 'ee'];
const CODAS = ['', '', '', '', 'n', 'r', 's', 'l', 'm', 'nt', 'st', 'rd', 'ck', 'x'];

function syllable(rand: () => number): string {
  return pick(rand, ONSETS) + pick(rand, VOWELS) + pick(rand, CODAS);
}

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)];
}

function int(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** A Zipfian vocabulary of pseudo-words (function words first) and a sampler over it. */
class Vocabulary {
  readonly words: string[];
  private readonly cdf: Float64Array;
  constructor(rand: () => number, size: number, s: number, taken: Set<string>) {
    const words = [...FUNCTION_WORDS];
    const seen = new Set<string>([...words, ...taken]);
    while (words.length < size) {
      // frequent words are short, rare words long, as in real text
      const syl = words.length < 2000 ? int(rand, 1, 2) : rand() < 0.7 ? 2 : 3;
      let w = '';
      for (let k = 0; k < syl; k++) w += syllable(rand);
      if (w.length < 3 || seen.has(w)) continue;
      seen.add(w);
      words.push(w);
    }
    this.words = words;
    this.cdf = new Float64Array(size);
    let acc = 0;
    for (let r = 0; r < size; r++) this.cdf[r] = acc += 1 / Math.pow(r + 1, s);
    for (let r = 0; r < size; r++) this.cdf[r] /= acc;
  }
  /** A word sampled by rank from the Zipf distribution. */
  sample(rand: () => number): string {
    const u = rand();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo];
  }
  /** A word of rank at least `from` (a "content" word, for titles and topics). */
  content(rand: () => number, from = 200, to = 8000): string {
    return this.words[int(rand, from, Math.min(to, this.words.length - 1))];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// entities and outlets

interface Entity {
  id: string;
  type: PlantedMention['type'];
  name: string;
  /** spelling variants, the canonical name first; people also have a surname-only form */
  variants: string[];
  title?: string;
}

const TITLES = [
  'Minister',
  'spokesperson',
  'General',
  'President',
  'Governor',
  'adviser',
  'commander',
  'envoy',
  'Director',
];
const VOWEL_SWAPS: [RegExp, string][] = [
  [/ee/, 'i'],
  [/i/, 'ee'],
  [/ou/, 'u'],
  [/u/, 'ou'],
  [/a(?=[^aeiou]*$)/, 'e'],
  [/k/, 'q'],
  [/q/, 'k'],
];

function nameWord(rand: () => number): string {
  let w = '';
  for (let k = 0; k < 2; k++) w += syllable(rand);
  return cap(w);
}

/** Transliteration-style variant of a name word: a vowel or consonant spelled differently. */
function variantOf(rand: () => number, w: string): string {
  for (let tries = 0; tries < 8; tries++) {
    const [re, to] = pick(rand, VOWEL_SWAPS);
    if (re.test(w.slice(1))) return w.charAt(0) + w.slice(1).replace(re, to);
  }
  return w + 'h';
}

function makePerson(rand: () => number, id: string): Entity {
  const first = nameWord(rand);
  const last = nameWord(rand);
  const prefixed = rand() < 0.5;
  const surname = prefixed ? 'Al-' + last : last;
  const name = `${first} ${surname}`;
  const variants = [name];
  if (prefixed) variants.push(`${first} al-${last}`, `${first} Al ${last}`);
  variants.push(`${variantOf(rand, first)} ${surname}`, `${first} ${prefixed ? 'Al-' : ''}${variantOf(rand, last)}`);
  variants.push(surname); // surname alone, after the first mention
  return { id, type: 'person', name, variants: [...new Set(variants)], title: pick(rand, TITLES) };
}

function makeOrg(rand: () => number, id: string, vocab: Vocabulary): Entity {
  const a = cap(vocab.content(rand, 300, 3000));
  const b = cap(vocab.content(rand, 300, 3000));
  const kind = pick(rand, ['Ministry of', 'Council for', 'Directorate of', 'Front for', 'Union of']);
  const name = `${kind} ${a} ${b}`;
  const acronym = kind.split(' ')[0][0] + 'O' + a[0] + b[0];
  return { id, type: 'organization', name, variants: [name, acronym, `${kind} ${a}-${b}`] };
}

function makePlace(rand: () => number, id: string): Entity {
  const w = nameWord(rand);
  const variants = [w, variantOf(rand, w)];
  return { id, type: 'place', name: w, variants: [...new Set(variants)] };
}

function makeOutlets(rand: () => number, n: number): string[] {
  const forms = [
    (w: string) => `${w} News`,
    (w: string) => `The ${w} Times`,
    (w: string) => `${w}24`,
    (w: string) => `${w} Post`,
    (w: string) => `${w} Agency`,
    (w: string) => `${w} Daily`,
    (w: string) => `Radio ${w}`,
    (w: string) => `${w} Media`,
  ];
  const out = new Set<string>();
  while (out.size < n) out.add(pick(rand, forms)(nameWord(rand)));
  return [...out];
}

// ---------------------------------------------------------------------------------------------------------------
// pieces: text units that render to spans

interface Piece {
  w: string;
  /** 1: no space before (punctuation that closes); 2: no space after (an opening quote) */
  glue?: 1 | 2;
  /** plain content word that edits may change */
  plain?: boolean;
  ent?: Entity;
  cite?: { outlet: string; form: PlantedCitation['form'] };
  /** opening or closing quote mark of a quote said by `speaker` (a piece of the same sentence) */
  qOpen?: { speaker: Piece };
  qClose?: boolean;
  /** first and last piece of a planted confounder */
  conf?: { kind: PlantedConfounder['kind']; key: string; end?: boolean };
  // rendered offsets
  s?: number;
  e?: number;
}

/** planted: the sentence is copied or paraphrased text; used: it was already a source (each source sentence is reused once, so no two targets share an unplanted passage) */
type Sentence = Piece[] & { planted?: boolean; used?: boolean };

interface EventState {
  people: Entity[];
  orgs: Entity[];
  places: Entity[];
  topic: string[];
  done: { article: GenArticle; paragraphs: Sentence[][] }[];
  /** the event's official statement and key quote (carried by several articles), and its event phrases */
  statement: { org: Entity; words: Piece[] };
  keyQuote: { who: Entity; words: Piece[] };
  phrases: Piece[][];
}

const word = (w: string): Piece => ({ w, plain: true });
const punct = (w: string): Piece => ({ w, glue: 1 });

/** The generator: call item() once per article, in order. */
class CorpusGenerator {
  readonly o: Required<GenOptions>;
  readonly rand: () => number;
  readonly vocab: Vocabulary;
  readonly outlets: string[];
  readonly entities: Entity[] = [];
  private readonly recurring: Entity[] = [];
  private event = -1;
  private eventLeft = 0;
  private eventDay = 0;
  private state!: EventState;
  private n = 0;
  /** a second stream for confounders and rewrites, so they do not shift the main stream's draws */
  private readonly alt: () => number;
  private readonly stock: Piece[][] = [];
  private readonly synonyms = new Map<string, string>();

  constructor(opts: GenOptions) {
    this.o = resolveOptions(opts);
    this.rand = mulberry32(this.o.seed);
    this.outlets = makeOutlets(this.rand, this.o.outlets);
    this.vocab = new Vocabulary(this.rand, this.o.vocabulary, this.o.zipf, new Set());
    // people and places who appear across many events (leaders, capitals)
    for (let k = 0; k < 12; k++) this.recurring.push(this.addEntity(k % 3 === 0 ? 'place' : 'person'));
    this.alt = mulberry32((this.o.seed ^ 0x7f4a7c15) >>> 0);
    this.stock = stockPhrases(this.alt, this.recurring);
  }

  private addEntity(type: Entity['type']): Entity {
    const id = `${type === 'person' ? 'per' : type === 'place' ? 'loc' : 'org'}${this.entities.length}`;
    const e =
      type === 'person'
        ? makePerson(this.rand, id)
        : type === 'organization'
          ? makeOrg(this.rand, id, this.vocab)
          : makePlace(this.rand, id);
    this.entities.push(e);
    return e;
  }

  private newEvent(): void {
    const r = this.rand;
    this.event++;
    this.eventLeft = Math.max(2, Math.round(this.o.perEvent * (0.3 + 1.4 * r())));
    this.eventDay = int(r, 0, this.o.days - 1);
    const people = [
      this.addEntity('person'),
      this.addEntity('person'),
      this.addEntity('person'),
      pick(
        r,
        this.recurring.filter((e) => e.type === 'person'),
      ),
    ];
    if (r() < 0.5) people.push(this.addEntity('person'));
    const orgs = [this.addEntity('organization')];
    if (r() < 0.5) orgs.push(this.addEntity('organization'));
    const places = [
      this.addEntity('place'),
      pick(
        r,
        this.recurring.filter((e) => e.type === 'place'),
      ),
    ];
    const topic: string[] = [];
    for (let k = 0; k < 25; k++) topic.push(this.vocab.content(r, 500, 20000));
    this.state = { people, orgs, places, topic, done: [], ...this.eventTexts(people, orgs, places, topic) };
  }

  /** An event's statement, key quote and phrases, drawn from the second stream. */
  private eventTexts(
    people: Entity[],
    orgs: Entity[],
    places: Entity[],
    topic: string[],
  ): Pick<EventState, 'statement' | 'keyQuote' | 'phrases'> {
    const a = this.alt;
    const statement: Piece[] = [];
    this.words(int(a, 22, 34), statement, a, topic);
    this.capFirst(statement);
    const quote: Piece[] = [];
    this.words(int(a, 10, 18), quote, a, topic);
    this.capFirst(quote);
    const place = (k: number) => ({ w: places[k].variants[0], ent: places[k] }) as Piece;
    const phrases =
      a() < 0.5
        ? [
            [
              word('near'),
              word('the'),
              place(0),
              word(pick(a, topic)),
              word(pick(a, topic)),
              word('crossing'),
              word('south'),
              word('of'),
              place(1),
            ],
          ]
        : [
            [
              word('in'),
              word('the'),
              word(pick(a, topic)),
              word('district'),
              word('on'),
              word('the'),
              word('edge'),
              word('of'),
              place(0),
            ],
          ];
    return {
      statement: { org: orgs[0], words: statement },
      keyQuote: { who: people[int(a, 0, 1)], words: quote },
      phrases,
    };
  }

  /** A mention piece of an entity, in one of its variants. */
  private mention(e: Entity, firstForm = false): Piece {
    const v = firstForm || this.rand() < 0.5 ? e.variants[0] : pick(this.rand, e.variants);
    return { w: v, ent: e };
  }

  private words(n: number, out: Piece[], r = this.rand, topic = this.state.topic): void {
    for (let k = 0; k < n; k++) {
      const u = r();
      if (u < 0.08) out.push(word(pick(r, topic)));
      else if (u < 0.1) out.push(word(String(int(r, 2, 2000)).replace(/^(\d)(\d{3})$/, '$1,$2')));
      else out.push(word(this.vocab.sample(r)));
      if (k > 2 && k < n - 2 && r() < 0.06) out.push(punct(','));
    }
  }

  private capFirst(s: Piece[]): void {
    const f = s[0];
    if (f.plain) {
      f.w = cap(f.w);
      f.plain = false;
    }
  }

  /** A plain narrative sentence, sometimes with an entity mention. */
  private sentence(): Sentence {
    const r = this.rand;
    const st = this.state;
    const s: Sentence = [];
    const n = int(r, 8, 26);
    const at = r() < 0.55 ? int(r, 0, n - 2) : -1;
    const ents = [...st.people, ...st.orgs, ...st.places];
    if (at >= 0) {
      this.words(at, s);
      s.push(this.mention(pick(r, ents)));
      this.words(n - at, s);
    } else this.words(n, s);
    this.capFirst(s);
    s.push(punct('.'));
    return s;
  }

  /** A quote with its speaker in one of three forms. */
  private quote(): Sentence {
    const r = this.rand;
    const who = pick(r, this.state.people);
    const sp = this.mention(who);
    const inner: Piece[] = [];
    this.words(int(r, 8, 22), inner);
    this.capFirst(inner);
    const open: Piece = { w: '\u201C', glue: 2, qOpen: { speaker: sp } };
    const close: Piece = { w: '\u201D', glue: 1, qClose: true };
    const form = r();
    if (form < 0.4) return [open, ...inner, punct(','), close, sp, word('said'), punct('.')];
    if (form < 0.7)
      return [open, ...inner, punct(','), close, word('said'), word(who.title ?? 'official'), sp, punct('.')];
    const s: Sentence = [sp, word('said'), punct(':'), open, ...inner, punct('.'), close];
    return s;
  }

  /** A sentence citing another outlet. */
  private citation(own: string): Sentence {
    const r = this.rand;
    const prior = this.state.done.map((d) => d.article.outlet).filter((o) => o !== own);
    let other = prior.length && r() < 0.7 ? pick(r, prior) : pick(r, this.outlets);
    if (other === own) other = this.outlets[(this.outlets.indexOf(own) + 1) % this.outlets.length];
    const body: Piece[] = [];
    this.words(int(r, 8, 18), body);
    const form = r();
    if (form < 0.34) {
      const cite: Piece = { w: other, cite: { outlet: other, form: 'according to' } };
      const s: Sentence = [word('According'), word('to'), cite, punct(','), ...body, punct('.')];
      return s;
    }
    if (form < 0.67) {
      this.capFirst(body);
      const cite: Piece = { w: other, cite: { outlet: other, form: 'reported' } };
      return [...body, punct(','), cite, word('reported'), punct('.')];
    }
    const who = pick(r, this.state.people);
    const cite: Piece = { w: other, cite: { outlet: other, form: 'told' } };
    return [this.mention(who), word('told'), cite, word('that'), ...body, punct('.')];
  }

  /** Light edits to a copied passage: about one word in 20 substituted, deleted or inserted; returns the edit count. */
  private edit(s: Piece[]): number {
    const r = this.rand;
    let edits = 0;
    for (let k = 1; k < s.length - 1; k++) {
      if (!s[k].plain) continue;
      const u = r();
      if (u < 0.025) {
        s[k] = word(this.vocab.sample(r));
        edits++;
      } else if (u < 0.037) {
        s.splice(k, 1);
        edits++;
        k--;
      } else if (u < 0.05) {
        s.splice(k + 1, 0, word(this.vocab.sample(r)));
        edits++;
        k++;
      }
    }
    return edits;
  }

  /** A paraphrase: a third of the words replaced, some dropped, entities kept. */
  private paraphrase(s: Piece[]): void {
    const r = this.rand;
    for (let k = 1; k < s.length - 1; k++) {
      if (!s[k].plain) continue;
      const u = r();
      if (u < 0.35) s[k] = word(this.vocab.sample(r));
      else if (u < 0.45) {
        s.splice(k, 1);
        k--;
      }
    }
  }

  /** Copies of pieces (fresh objects, so each rendering gets its own offsets). */
  private fresh(ps: readonly Piece[]): Piece[] {
    return ps.map((p) => ({ ...p, s: undefined, e: undefined }));
  }

  /** Mark a run of pieces as one confounder (its first and last piece). */
  private mark(ps: Piece[], kind: PlantedConfounder['kind'], key: string): Piece[] {
    ps[0].conf = { kind, key };
    ps[ps.length - 1].conf = { kind, key, end: true };
    return ps;
  }

  /** The event's official statement in one of three forms: quoted after "said in a statement:", unquoted after a cue, bare. */
  private statementSentence(): Sentence {
    const a = this.alt;
    const st = this.state.statement;
    const org: Piece = { w: st.org.variants[0], ent: st.org };
    const text = this.fresh(st.words);
    const u = a();
    let s: Sentence;
    if (u < 0.45)
      s = [
        org,
        word('said'),
        word('in'),
        word('a'),
        word('statement'),
        punct(':'),
        { w: '\u201C', glue: 2 },
        ...text,
        punct('.'),
        { w: '\u201D', glue: 1 },
      ];
    else if (u < 0.8)
      s = [
        word('The'),
        word('statement'),
        word('issued'),
        word('by'),
        org,
        word('reads'),
        punct(':'),
        ...text,
        punct('.'),
      ];
    else s = [...text, punct('.')];
    // the attribution belongs to the confounder: every outlet carrying the statement may introduce it the same way
    this.mark(s, 'official-text', `statement-${this.event}`);
    s.planted = true;
    return s;
  }

  /** The event's key quote of one person, in quote marks. */
  private keyQuoteSentence(): Sentence {
    const k = this.state.keyQuote;
    const who: Piece = { w: k.who.variants[0], ent: k.who };
    const inner = this.fresh(k.words);
    const s: Sentence = [
      { w: '\u201C', glue: 2 },
      ...inner,
      punct(','),
      { w: '\u201D', glue: 1 },
      who,
      word('said'),
      punct('.'),
    ];
    this.mark(s, 'third-party-quote', `quote-${this.event}`);
    s.planted = true;
    return s;
  }

  /** A narrative sentence opening with a stock phrase (global) or an event phrase (this event's). */
  private formulaSentence(kind: 'stock-phrase' | 'event-phrase'): Sentence {
    const a = this.alt;
    const list = kind === 'stock-phrase' ? this.stock : this.state.phrases;
    // a stock phrase is any of the corpus's formulas; an event mostly has one standard description (as real coverage of
    // one place does), so most articles of the event that describe it use the same words
    const k = kind === 'stock-phrase' ? int(a, 0, list.length - 1) : 0;
    const head = this.mark(
      this.fresh(list[k]),
      kind,
      kind === 'stock-phrase' ? `stock-${k}` : `event-${this.event}-${k}`,
    );
    const s: Sentence = [...head];
    this.words(int(a, 8, 14), s, a);
    if (s[0].plain) {
      s[0].w = cap(s[0].w);
      s[0].plain = false;
    }
    s.push(punct('.'));
    return s;
  }

  /** Plant confounders into an article's paragraphs (second stream). */
  private plantConfounders(paragraphs: Sentence[][]): void {
    const a = this.alt;
    const at = () => paragraphs[int(a, 0, paragraphs.length - 1)];
    const put = (s: Sentence) => {
      const p = at();
      p.splice(int(a, 0, p.length), 0, s);
    };
    if (a() < 0.3) paragraphs.splice(int(a, 1, paragraphs.length), 0, [this.statementSentence()]);
    if (a() < 0.35) put(this.keyQuoteSentence());
    if (a() < 0.15) put(this.formulaSentence('stock-phrase'));
    if (a() < 0.5) put(this.formulaSentence('event-phrase'));
  }

  /** A rewrite of a sentence: clauses reordered, about one word in eight replaced by a synonym, compounds joined. */
  private rewrite(s: Sentence): Sentence {
    const a = this.alt;
    // the pieces of the clone itself, not copies: a quote's speaker link must stay on the rendered piece
    let out: Piece[] = s.slice();
    const simple = !out.some((p) => p.qOpen || p.qClose || p.cite);
    const end = out[out.length - 1];
    if (simple && end.w === '.' && out.length > 8) {
      const comma = out.findIndex((p, i) => i >= 3 && i <= out.length - 5 && p.w === ',');
      const body = out.slice(0, -1);
      const cut = comma >= 0 ? comma : body.length - int(a, 3, 5);
      const head = body.slice(0, cut),
        tail = body.slice(comma >= 0 ? cut + 1 : cut);
      if (head[0] && !head[0].ent && head[0].w !== head[0].w.toUpperCase())
        head[0].w = head[0].w.charAt(0).toLowerCase() + head[0].w.slice(1);
      if (tail[0] && !tail[0].ent) tail[0].w = cap(tail[0].w);
      if (a() < 0.6) out = [...tail, punct(','), ...head, end];
    }
    for (let k = 0; k < out.length; k++) {
      const p = out[k];
      if (!p.plain) continue;
      const u = a();
      if (u < 0.12) out[k] = word(this.synonym(p.w));
      else if (u < 0.16 && out[k + 1]?.plain) out.splice(k, 2, { w: `${p.w}-${out[k + 1].w}`, plain: false });
    }
    const r: Sentence = out;
    r.planted = true;
    return r;
  }

  /** A fixed synonym per word across the corpus (as a real writer's "father of four" for "father-of-four"). */
  private synonym(w: string): string {
    let x = this.synonyms.get(w);
    if (!x) {
      do x = this.vocab.content(this.alt, 50, 20000);
      while (x === w);
      this.synonyms.set(w, x);
    }
    return x;
  }

  private clone(s: Sentence): Sentence {
    const map = new Map<Piece, Piece>();
    const out: Sentence = s.map((p) => {
      const c: Piece = { ...p, s: undefined, e: undefined, conf: undefined };
      map.set(p, c);
      return c;
    });
    for (const c of out) if (c.qOpen) c.qOpen = { speaker: map.get(c.qOpen.speaker) ?? c.qOpen.speaker };
    return out;
  }

  /** Plant one rewrite of 30–60 words of an earlier same-event article (second stream). */
  private plantRewrite(
    sources: EventState['done'],
    paragraphs: Sentence[][],
    planted: { kind: PlantedReuse['kind']; source: GenArticle; from: Sentence[]; to: Sentence[]; edits: number }[],
  ): void {
    const a = this.alt;
    const src = pick(a, sources);
    const flat = src.paragraphs.flat();
    const want = int(a, 30, 60);
    const from: Sentence[] = [];
    let n = 0;
    for (
      let k = int(a, 0, Math.max(0, flat.length - 1));
      k < flat.length && n < want && !flat[k].planted && !flat[k].used;
      k++
    ) {
      from.push(flat[k]);
      n += flat[k].length;
    }
    if (n < 25) return;
    for (const s of from) s.used = true;
    const to = from.map((s) => this.rewrite(this.clone(s)));
    const para: Sentence[] = [...to];
    if (a() < 0.5) para.push(this.sentence());
    paragraphs.splice(int(a, 1, paragraphs.length), 0, para);
    planted.push({ kind: 'rewrite', source: src.article, from, to, edits: 0 });
  }

  /** Generate the next article with everything planted in it. */
  item(): GenItem {
    const r = this.rand;
    if (this.eventLeft <= 0) this.newEvent();
    this.eventLeft--;
    const st = this.state;
    const idx = this.n++;
    const id = 'a' + String(idx).padStart(6, '0');
    const outlet = pick(r, this.outlets);
    const day = this.eventDay + Math.min(3, st.done.length >> 2);
    const date = addDays(this.o.start, day);
    const titleWords: string[] = [];
    for (let k = int(r, 5, 9); k > 0; k--) titleWords.push(cap(r() < 0.4 ? pick(r, st.topic) : this.vocab.content(r)));
    const title = titleWords.join(' ');
    const article: GenArticle = {
      id,
      outlet,
      date,
      title,
      url: `https://example.org/${slug(outlet)}/${id}`,
      event: this.event,
      text: '',
    };

    // the article's own paragraphs
    const target = Math.round(this.o.words * (0.7 + 0.6 * r()));
    const paragraphs: Sentence[][] = [];
    let words = 0;
    while (words < target) {
      const p: Sentence[] = [];
      for (let k = int(r, 2, 4); k > 0; k--) {
        const u = r();
        const s = u < 0.12 ? this.quote() : u < 0.17 ? this.citation(outlet) : this.sentence();
        words += s.length;
        p.push(s);
      }
      paragraphs.push(p);
    }
    // the first sentence names the main actor in full
    paragraphs[0][0].unshift(this.mention(st.people[0], true), punct(','));

    this.plantConfounders(paragraphs);
    // planted reuse from earlier articles of the same event: whole sentences of the source's own text
    const planted: {
      kind: PlantedReuse['kind'];
      source: GenArticle;
      from: Sentence[];
      to: Sentence[];
      edits: number;
    }[] = [];
    const sources = st.done;
    const plan: PlantedReuse['kind'][] = [];
    if (sources.length) {
      if (r() < 0.6) plan.push('copy');
      if (r() < 0.2) plan.push('copy');
      if (r() < 0.3) plan.push('paraphrase');
    }
    for (const kind of plan) {
      const src = pick(r, sources);
      const flat = src.paragraphs.flat();
      const want = kind === 'copy' ? int(r, 40, 110) : int(r, 30, 60);
      const start = int(r, 0, Math.max(0, flat.length - 1));
      const from: Sentence[] = [];
      let n = 0;
      for (let k = start; k < flat.length && n < want && !flat[k].planted && !flat[k].used; k++) {
        from.push(flat[k]);
        n += flat[k].length;
      }
      if (n < (kind === 'copy' ? 30 : 20)) continue;
      let edits = 0;
      for (const s of from) s.used = true;
      const to = from.map((s) => {
        const c = this.clone(s);
        if (kind === 'copy') edits += this.edit(c);
        else this.paraphrase(c);
        c.planted = true;
        return c;
      });
      // the passage becomes its own paragraph, framed by one or two of the article's own sentences
      const para: Sentence[] = [this.sentence(), ...to];
      if (r() < 0.5) para.push(this.sentence());
      paragraphs.splice(int(r, 1, paragraphs.length), 0, para);
      planted.push({ kind, source: src.article, from, to, edits });
    }
    if (sources.length && this.alt() < 0.3) this.plantRewrite(sources, paragraphs, planted);

    // render
    const parts: string[] = [];
    let pos = 0;
    const mentions: PlantedMention[] = [];
    const quotes: PlantedQuote[] = [];
    const citations: PlantedCitation[] = [];
    const openQuotes: { at: number; speaker: Piece }[] = [];
    const confounders: PlantedConfounder[] = [];
    let confAt = -1;
    paragraphs.forEach((p, pi) => {
      if (pi > 0) {
        parts.push('\n\n');
        pos += 2;
      }
      let noSpace = true;
      for (const s of p)
        for (const piece of s) {
          if (!noSpace && piece.glue !== 1) {
            parts.push(' ');
            pos++;
          }
          piece.s = pos;
          parts.push(piece.w);
          pos += piece.w.length;
          piece.e = pos;
          noSpace = piece.glue === 2;
          if (piece.ent)
            mentions.push({ doc: id, span: [piece.s, piece.e], entity: piece.ent.id, type: piece.ent.type });
          if (piece.cite && piece.cite.outlet !== outlet)
            citations.push({ doc: id, outlet: piece.cite.outlet, span: [piece.s, piece.e], form: piece.cite.form });
          if (piece.qOpen) openQuotes.push({ at: piece.s, speaker: piece.qOpen.speaker });
          if (piece.conf && !piece.conf.end) confAt = piece.s;
          if (piece.conf?.end)
            confounders.push({ kind: piece.conf.kind, doc: id, span: [confAt, piece.e], key: piece.conf.key });
          if (piece.qClose) {
            const q = openQuotes.pop()!;
            quotes.push({
              doc: id,
              span: [q.at, piece.e],
              speaker: '',
              speakerSpan: [-1, -1],
              _sp: q.speaker,
            } as PlantedQuote & { _sp: Piece });
          }
        }
    });
    article.text = parts.join('');
    for (const q of quotes as (PlantedQuote & { _sp?: Piece })[]) {
      const sp = q._sp!;
      delete q._sp;
      q.speaker = sp.ent!.id;
      q.speakerSpan = [sp.s!, sp.e!];
    }
    const reuse: PlantedReuse[] = planted.map((p) => ({
      kind: p.kind,
      source: p.source.id,
      target: id,
      sourceSpan: spanOf(p.from),
      targetSpan: spanOf(p.to),
      edits: p.edits,
      words: p.from.reduce((a, s) => a + s.filter((x) => x.glue === undefined).length, 0),
    }));
    st.done.push({ article, paragraphs });
    return { article, reuse, confounders, quotes, citations, mentions };
  }

  /** The entity catalogue for the truth file. */
  catalogue(): Truth['entities'] {
    return this.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, variants: e.variants }));
  }
}

/** [first start, last end) of rendered sentences (a rewrite reorders pieces, so not simply first and last piece). */
function spanOf(ss: readonly Sentence[]): [number, number] {
  let s = Infinity,
    e = -Infinity;
  for (const x of ss)
    for (const p of x) {
      s = Math.min(s, p.s!);
      e = Math.max(e, p.e!);
    }
  return [s, e];
}

/** Stock phrases used across events: party-tag titles of recurring people and place formulas of recurring places. */
function stockPhrases(a: () => number, recurring: readonly Entity[]): Piece[][] {
  const out: Piece[][] = [];
  const chambers = ['Senate', 'House', 'Assembly'],
    sides = ['Majority', 'Minority'],
    roles = ['Leader', 'Whip'];
  for (const e of recurring) {
    const m: Piece = { w: e.variants[0], ent: e };
    if (e.type === 'person') {
      // a person is titled several ways over a year of coverage (each title with the same party tag)
      const tag = `${pick(a, ['D', 'R', 'I'])}-${cap(syllable(a))}.`;
      for (let k = 0; k < 3; k++)
        out.push([
          word(pick(a, chambers)),
          word(pick(a, sides)),
          word(pick(a, roles)),
          m,
          { w: '(', glue: 2 },
          word(tag),
          punct(')'),
        ]);
    } else {
      out.push([
        word('at'),
        word('the'),
        m,
        word('port'),
        word('of'),
        word('entry'),
        word('on'),
        word('the'),
        word('northern'),
        word('side'),
      ]);
      out.push([
        word('on'),
        word('the'),
        word('far'),
        word('side'),
        word('of'),
        word('the'),
        m,
        word('border'),
        word('fence'),
      ]);
    }
  }
  return out;
}

function addDays(iso: string, days: number): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Generate articles one at a time (constant memory per event), deterministic for a seed. */
export function* generate(opts: GenOptions): Generator<GenItem, void, undefined> {
  const g = new CorpusGenerator(opts);
  for (let k = 0; k < g.o.articles; k++) yield g.item();
}

/** Generate a whole corpus in memory with its truth (for tests and small sizes). */
export function generateCorpus(opts: GenOptions): { articles: GenArticle[]; truth: Truth } {
  const g = new CorpusGenerator(opts);
  const articles: GenArticle[] = [];
  const truth = emptyTruth(g);
  for (let k = 0; k < g.o.articles; k++) {
    const it = g.item();
    articles.push(it.article);
    collect(truth, it);
  }
  truth.entities = g.catalogue();
  return { articles, truth };
}

/** The truth of a corpus before any article: the options and outlets, no planted items yet. */
function emptyTruth(g: CorpusGenerator): Truth {
  return {
    options: g.o,
    outlets: g.outlets,
    entities: [],
    reuse: [],
    confounders: [],
    quotes: [],
    citations: [],
    mentions: [],
  };
}

function collect(truth: Truth, it: GenItem): void {
  for (const x of it.reuse) truth.reuse.push(x);
  for (const x of it.confounders) (truth.confounders ??= []).push(x);
  for (const x of it.quotes) truth.quotes.push(x);
  for (const x of it.citations) truth.citations.push(x);
  for (const x of it.mentions) truth.mentions.push(x);
}

/** CSV cell quoting (the manifest only has simple values, but titles could hold commas). */
function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Where writeCorpus puts things under its folder: the corpus the loader reads, and the truth beside it (not inside). */
export function corpusPaths(dir: string): { corpus: string; truth: string; meta: string } {
  return { corpus: join(dir, 'corpus'), truth: join(dir, 'truth.json'), meta: join(dir, 'generated.json') };
}

/** Write dir/corpus/ (texts/<id>.txt and corpus.csv: file,id,outlet,date,title,url), dir/truth.json and dir/generated.json. */
export async function writeCorpus(
  dir: string,
  opts: GenOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<{ articles: number; words: number; corpus: string; truth: string }> {
  const paths = corpusPaths(dir);
  mkdirSync(join(paths.corpus, 'texts'), { recursive: true });
  const g = new CorpusGenerator(opts);
  const truth = emptyTruth(g);
  const manifest = createWriteStream(join(paths.corpus, 'corpus.csv'));
  manifest.write('file,id,outlet,date,title,url\n');
  let words = 0;
  for (let k = 0; k < g.o.articles; k++) {
    const it = g.item();
    const a = it.article;
    writeFileSync(join(paths.corpus, 'texts', a.id + '.txt'), a.text + '\n');
    if (!manifest.write([`texts/${a.id}.txt`, a.id, a.outlet, a.date, a.title, a.url].map(csvCell).join(',') + '\n'))
      await once(manifest, 'drain');
    words += countWords(a.text);
    collect(truth, it);
    if (onProgress && (k % 500 === 0 || k === g.o.articles - 1)) onProgress(k + 1, g.o.articles);
  }
  manifest.end();
  await once(manifest, 'finish');
  truth.entities = g.catalogue();
  writeFileSync(paths.truth, JSON.stringify(truth));
  writeFileSync(paths.meta, JSON.stringify({ options: g.o, articles: g.o.articles, words }));
  return { articles: g.o.articles, words, corpus: paths.corpus, truth: paths.truth };
}

/** Words in a text (whitespace-separated runs containing a letter or digit). */
export function countWords(text: string): number {
  let n = 0;
  const re = /[\p{L}\p{N}]\S*/gu;
  while (re.exec(text)) n++;
  return n;
}

/** Read a truth file written by writeCorpus. */
export function readTruth(dir: string): Truth {
  return JSON.parse(readFileSync(corpusPaths(dir).truth, 'utf8')) as Truth;
}

/** True when dir already holds a complete corpus generated with these options. */
export function isGenerated(dir: string, opts: GenOptions): boolean {
  const p = corpusPaths(dir).meta;
  if (!existsSync(p) || !existsSync(join(corpusPaths(dir).corpus, 'corpus.csv')) || !existsSync(corpusPaths(dir).truth))
    return false;
  const meta = JSON.parse(readFileSync(p, 'utf8')) as { options: Required<GenOptions> };
  return JSON.stringify(meta.options) === JSON.stringify(resolveOptions(opts));
}
