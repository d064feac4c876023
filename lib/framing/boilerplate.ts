// Site furniture: sentences an outlet prints again and again on unrelated stories ("Get the Monitor Stories you care
// about delivered to your inbox.", "By signing up, you agree to our Privacy Policy."), and teaser lines whose label it
// repeats before a different headline each time ("SEE ALSO: <headline>", "More: <headline>", "JUST WATCHED <video
// title> Replay More Videos ...") or after it with a duration ("<headline> Listen · 3:09") or a link ("<headline> | <author> Read more"). They are house style, not framing, so term counts and distinctive terms leave
// them out. So are a transcript's speaker labels ("AMY GOODMAN :" before each turn). The text itself is kept: these
// are masks over its tokens.
import type { Doc } from '../types.js';
import { lineLabels } from './line-labels.js';
import { docTurns } from '../text/transcript.js';
import { HAS_UPPER, STARTS_UPPER } from '../util/letters.js';
import { captionSpans } from './captions.js';

/** Options for boilerplateMasks. */
export interface BoilerplateOptions {
  /** doc id -> event; without it every doc counts as its own event */
  events?: ReadonlyMap<string, string>;
  /** a sentence is furniture when one outlet prints it in at least this many events (default 3) … */
  minEvents?: number;
  /** … or, without events, in at least this many articles (default 5) */
  minDocs?: number;
  /** sentences longer than this many words are never furniture (default 40) */
  maxWords?: number;
  /**
   * photo captions inside bodies (lib/framing/captions.ts) are furniture too (default false: the entity tables count a
   * caption's names as mentions; the term counts leave its formula words out)
   */
  captions?: boolean;
}

/** A teaser line: the tokens [from, to) of a line that opens with `label`. */
interface Teaser {
  label: string;
  from: number;
  to: number;
}

const UPPER_WORD = /^[A-Z]{2,}$/;
const CLOSERS = new Set(['"', '”', '’', "'", "''", ')']);

/**
 * The label a line opens with, or '': two words in capitals ("JUST WATCHED", "SEE ALSO"), or up to three words then a
 * colon ("More :", "Read more :"). The label needs three letters or more, so "Q:" of an interview is no label.
 */
function lineLabel(d: Doc, from: number, to: number): string {
  const t = d.tokens;
  const a = d.text.slice(t[from].start, t[from].end);
  const b = from + 1 < to ? d.text.slice(t[from + 1].start, t[from + 1].end) : '';
  // capitals first: "JUST WATCHED Kerry : Today ..." has a colon after the video's first word
  if (UPPER_WORD.test(a) && UPPER_WORD.test(b)) return a.toLowerCase() + ' ' + b.toLowerCase();
  for (let k = from; k < Math.min(to, from + 4); k++) {
    if (t[k].norm !== ':') {
      if (t[k].kind !== 'word') return '';
      continue;
    }
    if (k === from) return '';
    const label = t
      .slice(from, k)
      .map((x) => x.norm)
      .join(' ');
    return label.replace(/[^a-z]/g, '').length >= 3 ? label + ' :' : '';
  }
  return '';
}

const CLOCK = /^\d{1,2}:\d{2}$/;

/**
 * The label a media player prints after a headline ("Syria's Assad Visits Moscow Listen · 3:09 3:09"): a word in
 * capitals or title case followed by a duration, or ''. One outlet repeating it before different headlines makes the
 * line an audio or video teaser, not narration.
 */
function playerLabel(d: Doc, from: number, to: number): string {
  const t = d.tokens;
  let k = to - 1,
    clocks = 0;
  for (; k > from && (t[k].kind !== 'word' || CLOCK.test(t[k].norm)); k--) if (CLOCK.test(t[k].norm)) clocks++;
  if (!clocks || k <= from || !STARTS_UPPER.test(d.text[t[k].start])) return '';
  return 'player: ' + t[k].norm;
}

/**
 * The link a site prints after a teaser's headline ("Fear at the border | A. Writer Read more"): the line's last two
 * words, the first capitalised, after a word (no full stop between headline and link), as 'trailer: read more', or ''.
 * Furniture when one article prints it after two or more headlines.
 */
function trailerLabel(d: Doc, from: number, to: number): string {
  const t = d.tokens;
  if (to - from < 5 || [to - 3, to - 2, to - 1].some((k) => t[k].kind !== 'word')) return '';
  if (!STARTS_UPPER.test(d.text[t[to - 2].start]) || STARTS_UPPER.test(d.text[t[to - 1].start])) return '';
  return 'trailer: ' + t[to - 2].norm + ' ' + t[to - 1].norm;
}

/** A headline after a label: at most `max` words, and no final full stop or exclamation (narration ends in one). */
function headlineShaped(d: Doc, from: number, to: number, max: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) if (d.tokens[k].kind === 'word' && ++words > max) return false;
  let last = to - 1;
  while (last > from && CLOSERS.has(d.tokens[last].norm)) last--;
  const end = d.tokens[last].norm;
  return end !== '.' && end !== '!';
}

/** The labelled, headline-shaped lines of a doc. */
function teaserLines(d: Doc, max: number): Teaser[] {
  const out: Teaser[] = [];
  const toks = d.tokens;
  let i = 0;
  while (i < toks.length) {
    const nl = d.text.indexOf('\n', toks[i].start);
    const lineEnd = nl < 0 ? d.text.length : nl;
    let j = i;
    while (j < toks.length && toks[j].start < lineEnd) j++;
    const label = j - i >= 3 ? lineLabel(d, i, j) || playerLabel(d, i, j) || trailerLabel(d, i, j) : '';
    if (label && headlineShaped(d, i, j, max)) out.push({ label, from: i, to: j });
    i = j;
  }
  return out;
}

/** FNV-1a over the word norms of tokens [from, to), or 0 when the sentence has fewer than 3 or more than `max` words. */
function sentenceHash(d: Doc, from: number, to: number, max: number): number {
  let h = 0x811c9dc5,
    words = 0;
  for (let i = from; i < to; i++) {
    const t = d.tokens[i];
    if (t.kind !== 'word') continue;
    if (++words > max) return 0;
    for (let k = 0; k < t.norm.length; k++) h = Math.imul(h ^ t.norm.charCodeAt(k), 0x01000193);
    h = Math.imul(h ^ 32, 0x01000193);
  }
  return words >= 3 ? h >>> 0 || 1 : 0;
}

/** Zero the tokens [from, to) of doc `id`'s keep-mask, making the mask on first use. */
function maskOut(out: Map<string, Uint8Array>, d: Doc, from: number, to: number): void {
  let m = out.get(d.id);
  if (!m) out.set(d.id, (m = new Uint8Array(d.tokens.length).fill(1)));
  m.fill(0, from, to);
}

/** Count, per outlet, the events (or docs) in which each key occurs, up to `need`; then mask the keys that reached it. */
function maskRepeated<T extends { from: number; to: number; key: string | number }>(
  docs: readonly Doc[],
  items: readonly (readonly T[])[],
  where: (d: Doc) => string,
  need: number,
  out: Map<string, Uint8Array>,
): void {
  // outlet -> key -> events (or docs): the one place as a string until a second one comes (most sentences occur once,
  // and a Set per sentence was most of this stage's allocation)
  const seen = new Map<string, Map<string | number, Places>>();
  docs.forEach((d, k) => {
    let byKey = seen.get(d.outlet);
    if (!byKey) seen.set(d.outlet, (byKey = new Map()));
    for (const it of items[k]) {
      const at = byKey.get(it.key);
      if (at === undefined) byKey.set(it.key, need > 0 ? where(d) : new Set());
      else if (placeCount(at) < need) byKey.set(it.key, withPlace(at, where(d)));
    }
  });
  docs.forEach((d, k) => {
    const byKey = seen.get(d.outlet)!;
    for (const it of items[k]) if (placeCount(byKey.get(it.key)!) >= need) maskOut(out, d, it.from, it.to);
  });
}

/** The distinct events (or docs) a key was seen in: one as a string, more as a Set. */
type Places = string | Set<string>;

function placeCount(p: Places): number {
  return typeof p === 'string' ? 1 : p.size;
}

/** `p` with place `w` added (a new Set when a second distinct place comes). */
function withPlace(p: Places, w: string): Places {
  if (typeof p !== 'string') return p.add(w);
  return p === w ? p : new Set([p, w]);
}

/** The most words a name card runs over before its "MORE". */
const MAX_CARD = 80;
const GLUED = /^(\p{Lu}[\p{Ll}'’-]+)(\p{Lu}[\p{L}'’-]*)$/u;

/**
 * Name cards scraped inline ("… director Anthony Scaramucci Anthony ScaramucciScaramucci : <headline> <headline>
 * MORE told reporters"): a site prints, after a linked name, the name again glued to its first related headline, and
 * closes the card with "MORE". The name written twice, its second copy glued to a capitalised word, and a "MORE" within
 * 80 words is no writing style: the card is masked from the second copy (or from the glued word, when the copy is
 * written another way) to "MORE", whatever outlet prints it and however often; the first copy of the name stays, as
 * part of the sentence.
 */
/**
 * Where a card whose glued word (token k) starts with `last` begins, or -1 when the name was not written just before.
 * The name written twice word for word ("Anthony Scaramucci Anthony ScaramucciScaramucci"): the card starts at the
 * second copy. The card's copy in another form ("Bob Menendez Robert ( Bob ) MenendezKoch-backed …"): `last` among the
 * eight words before; the card starts at the glued word, and the rest of its name copy is left, a name either way.
 */
function cardStart(k: number, last: string, word: (k: number) => string): number {
  let n = 1; // name words: the glued one's first part and the n - 1 words before it, written just before
  while (n <= 8 && k - n >= 0 && word(k - n) !== last) n++;
  if (n > 8 || k - n < 0) return -1;
  let same = n <= 4 && k - 2 * n + 1 >= 0;
  for (let j = 1; j < n && same; j++) same = word(k - j) === word(k - n - j);
  return same ? k - n + 1 : k;
}

function nameCards(d: Doc): { from: number; to: number }[] {
  const t = d.tokens;
  const word = (k: number) => d.text.slice(t[k].start, t[k].end);
  const out: { from: number; to: number }[] = [];
  for (let k = 1; k < t.length; k++) {
    // most tokens are lower case: test the first character before slicing
    const c = d.text.charCodeAt(t[k].start);
    if (!(c >= 65 && c <= 90) && !(c > 127 && HAS_UPPER.test(d.text[t[k].start]))) continue;
    const g = GLUED.exec(word(k));
    if (!g) continue;
    const from = cardStart(k, g[1], word);
    if (from < 0) continue;
    let end = k + 1;
    while (end < t.length && end - k <= MAX_CARD && word(end) !== 'MORE') end++;
    if (end < t.length && word(end) === 'MORE') out.push({ from, to: end + 1 });
  }
  return out;
}

/**
 * Keep-masks (1 = keep) for the docs that hold furniture: sentences of 3-40 words that one outlet repeats word for
 * word, and lines opening with a label one outlet puts before headlines ("SEE ALSO :"), each in `minEvents` events
 * (or `minDocs` articles without events); lone line labels in capitals as often (lineLabels: a player's "CLOSE"); and
 * inline name cards wherever they are (nameCards); with `captions`, photo captions inside bodies. Docs without
 * furniture get no entry.
 */
export function boilerplateMasks(docs: readonly Doc[], opts: BoilerplateOptions = {}): Map<string, Uint8Array> {
  const max = opts.maxWords ?? 40;
  const need = opts.events ? (opts.minEvents ?? 3) : (opts.minDocs ?? 5);
  const where = (d: Doc) => (opts.events ? (opts.events.get(d.id) ?? d.id) : d.id);
  const sentences = docs.map((d) =>
    d.sentences
      .map((s) => ({ key: sentenceHash(d, s.tokenStart, s.tokenEnd, max), from: s.tokenStart, to: s.tokenEnd }))
      .filter((x) => x.key !== 0),
  );
  const teasers = docs.map((d) => teaserLines(d, max).map((t) => ({ key: t.label, from: t.from, to: t.to })));
  const out = new Map<string, Uint8Array>();
  maskRepeated(docs, sentences, where, need, out);
  const isTrailer = (t: { key: string }) => t.key.startsWith('trailer: ');
  maskRepeated(
    docs,
    teasers.map((l) => l.filter((t) => !isTrailer(t))),
    where,
    need,
    out,
  );
  // a trailing link printed after two or more headlines of one article is its site's (only within the article: a
  // subhead's last two words may recur across events)
  docs.forEach((d, i) => {
    const trailers = teasers[i].filter(isTrailer);
    for (const t of trailers) if (trailers.filter((u) => u.key === t.key).length >= 2) maskOut(out, d, t.from, t.to);
  });
  docs.forEach((d, i) => {
    for (const t of embedTeasers(d, teasers[i])) maskOut(out, d, t.from, t.to);
  });
  for (const d of docs) for (const c of nameCards(d)) maskOut(out, d, c.from, c.to);
  for (const l of lineLabels(docs, where, need)) maskOut(out, docs[l.doc], l.token, l.token + 1);
  for (const d of docs) for (const t of labelTokens(d)) maskOut(out, d, t.from, t.to);
  if (opts.captions) for (const d of docs) for (const c of captionSpans(d)) maskOut(out, d, c.from, c.to);
  return out;
}

/**
 * Teasers of embedded players within one article: a label in capitals ("JUST WATCHED <video title> Replay More Videos
 * …") opening two or more headline-shaped lines of the article is its site's, however few of the outlet's articles the
 * corpus holds. A transcript's speaker labels ("AMY GOODMAN :") open turns, not teasers.
 */
function embedTeasers(d: Doc, teasers: readonly { key: string; from: number; to: number }[]): typeof teasers {
  const caps = teasers.filter((t) => !t.key.includes(':'));
  if (caps.length < 2) return [];
  const turns = new Set(docTurns(d).map((t) => t.labelStart));
  const open = caps.filter((t) => !turns.has(d.tokens[t.from].start));
  return open.filter((t) => open.filter((u) => u.key === t.key).length >= 2);
}

/**
 * The tokens of a transcript's speaker labels ("AMY GOODMAN :" before each turn): stage directions, not words of the
 * outlet nor mentions of the speaker, who is credited with the turn as a quote instead (voice.ts).
 */
function labelTokens(d: Doc): { from: number; to: number }[] {
  const turns = docTurns(d);
  if (!turns.length) return [];
  const out: { from: number; to: number }[] = [];
  let i = 0;
  for (const t of turns) {
    while (i < d.tokens.length && d.tokens[i].start < t.labelStart) i++;
    const from = i;
    while (i < d.tokens.length && d.tokens[i].end <= t.labelEnd) i++;
    if (i > from) out.push({ from, to: i });
  }
  return out;
}
