// Who speaks in each outlet: named people, anonymous sources, other media, from quote speakers, reported speech and "told <outlet>".
import type { Doc, Span, EntityRef } from '../types.js';
import { byString } from '../text/counts.js';
import type { Voice } from './voice.js';
import { firstStartingAt, rangeAt } from '../util/search.js';

/** What kind of source a speaker is. */
export type SourceKind = 'named' | 'anonymous' | 'media' | 'other';

/** One time a source speaks (or is the channel of a statement) in a doc. */
export interface SourceMention {
  doc: string;
  outlet: string;
  kind: SourceKind;
  /** canonical name: the entity's name when the speaker is a known entity, else the name cleaned from the text */
  name: string;
  /** the speaker phrase as written */
  text: string;
  span: Span;
  /** 'quote' (speaks a direct quote), 'reported' (reported speech), 'channel' (the medium a statement was given to: "told Shafaq News") */
  role: 'quote' | 'reported' | 'channel';
}

const MEDIA_WORDS = /\b(?:news|agency|media|times|post|press|tv|television|channel|radio|gazette|journal|herald|tribune|reuters|afp|ap|bbc|cnn|politico|ina|al\s?jazeera|al-jazeera|al-arabiya|outlets?|newspapers?|broadcasters?|wire|magazine|daily|website|network)\b/i;
const ANON_HEADS = /\b(?:sources?|officials?|diplomats?|insiders?|authorities|members?|persons?|people|figures?|observers?|analysts?|experts?|residents?|witnesses?|lawmakers?|informed|unnamed|anonymous|anonymity|well-informed|someone|spokespersons?)\b/i;
/** Capitalised words that do not make a phrase a personal name. */
const GENERIC_CAPS = new Set([
  'the', 'a', 'an', 'us', 'u.s.', 'uk', 'eu', 'un', 'iraqi', 'iraq', 'syrian', 'syria', 'kurdish', 'turkish', 'american', 'iranian', 'israeli', 'russian', 'arab', 'gulf', 'western',
  'prime', 'minister', 'president', 'foreign', 'defense', 'defence', 'intelligence', 'chief', 'head', 'government', 'senior', 'lawmaker', 'spokesperson', 'spokesman', 'official',
  'commander', 'general', 'leader', 'deputy', 'secretary', 'state', 'ministry', 'source', 'sources', 'national', 'service', 'security', 'council', 'parliament', 'mp', 'inis',
  'shia', 'sunni', 'shiite', 'coordination', 'framework', 'coalition',
]);
const TITLE_WORDS = new Set(['prime', 'minister', 'president', 'foreign', 'defense', 'defence', 'intelligence', 'chief', 'head', 'government', 'senior', 'lawmaker', 'spokesperson', 'spokesman', 'official', 'commander', 'general', 'leader', 'deputy', 'secretary', 'iraqi', 'syrian', 'us', 'u.s.', 'kurdish', 'turkish', 'mp', 'state', 'ambassador', 'envoy', 'mr.', 'mrs.', 'dr.', 'sheikh']);

/** Classify a speaker phrase; `outlets` are the corpus's outlet names (a speaker naming one is media). */
export function classifySource(phrase: string, outlets: readonly string[] = []): SourceKind {
  const p = phrase.trim();
  const lower = p.toLowerCase();
  if (outlets.some((o) => o && lower.includes(o.toLowerCase().replace(/^the\s+/, '')))) return 'media';
  if (MEDIA_WORDS.test(p) && !/\b(?:bureau)\b/i.test(p)) return 'media';
  if (/^(?:a|an|one|some|several|multiple|two|three)\s/i.test(p) && ANON_HEADS.test(p)) return 'anonymous'; // "a senior member of …": unnamed
  if (personName(p)) return 'named';
  if (ANON_HEADS.test(p) && !/^(?:the\s+)?(?:[A-Z]\S*\s+)*(?:Prime Minister|President|Minister|Foreign Minister)$/.test(p)) return 'anonymous';
  if (/^the\s+(?:[A-Z][\p{L}-]*\s+)*(?:Prime Minister|President|[A-Z][\p{L}-]*\s+Minister)$/u.test(p)) return 'named';
  return 'other';
}

/** The personal name inside a speaker phrase ("Iraqi government spokesperson Basim Al-Awadi" → "Basim Al-Awadi"), or null. */
export function personName(phrase: string): string | null {
  const words = phrase.replace(/[’]/g, "'").split(/\s+/).filter(Boolean);
  // the last run of capitalised words (or al-X particles), minus leading titles and generic words
  let end = words.length;
  while (end > 0 && !isNameWord(words[end - 1])) end--;
  let start = end;
  while (start > 0 && isNameWord(words[start - 1])) start--;
  let run = words.slice(start, end);
  while (run.length && TITLE_WORDS.has(run[0].toLowerCase())) run = run.slice(1);
  if (!run.length || run.every((w) => GENERIC_CAPS.has(w.toLowerCase()) || /^[A-Z]{2,}$/.test(w))) return null;
  return run.join(' ').replace(/'s$/, '');
}

function isNameWord(w: string): boolean {
  return /^(?:[A-Z][\p{L}'-]*|(?:al|el|bin|ibn|abu|abd)-[\p{L}'-]+)$/u.test(w);
}

/** Grouping key of a name: its last word without an Arabic article, lowercased ("Issam al-Kreiti" and "Al-Kreiti" → "kreiti"). */
function surnameKey(name: string): string {
  const last = name.split(/\s+/).pop() ?? name;
  return last.toLowerCase().replace(/^(?:al|el)-/, '').replace(/'s$/, '');
}

const TOLD_CHANNEL = /\btold\s+((?:the\s+)?(?:[A-Z][\p{L}0-9-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\p{L}0-9-]*|of|the))*(?:\s+\([A-Z]{2,}\))?|(?:the\s+)?(?:[A-Z][\p{L}-]*\s+)?(?:local\s+|state\s+)?media(?:\s+outlets)?)/u;

/** Every source mention in the docs: quote speakers, reporters of reported speech, and channels ("told POLITICO"); the outlet's own name is not a source. */
export function sourceMentions(docs: readonly Doc[], voices: readonly Voice[], entities: readonly EntityRef[] = []): SourceMention[] {
  const outlets = [...new Set(docs.map((d) => d.outlet))];
  const vById = new Map(voices.map((v) => [v.doc, v]));
  const out: SourceMention[] = [];
  const entityAt = entityIndex(entities);
  for (const d of docs) {
    const v = vById.get(d.id);
    if (!v) continue;
    const own = d.outlet.toLowerCase().replace(/^the\s+/, '');
    const seen = new Set<number>();
    const named: { text: string; name: string }[] = [];
    const add = (text: string, span: Span, role: SourceMention['role']) => {
      if (seen.has(span.start)) return;
      seen.add(span.start);
      if (own && text.toLowerCase().includes(own)) return; // the outlet citing itself
      const kind = classifySource(text, outlets);
      // the entity's canonical name, when the speaker is that entity (a person, or the medium itself), not a member of it
      const ent = kind === 'anonymous' ? undefined : entityAt(d.id, span);
      // "the lawmaker" after "lawmaker Issam al-Kreiti" spoke: the same person
      const coref = /^the\s+(\p{L}+)$/iu.exec(text);
      if (coref && !ent) {
        const earlier = named.find((n) => n.text.toLowerCase().split(/\s+/).includes(coref[1].toLowerCase()));
        if (earlier) {
          out.push({ doc: d.id, outlet: d.outlet, kind: 'named', name: earlier.name, text, span, role });
          return;
        }
      }
      const name = ent ? ent.name : kind === 'named' ? personName(text) ?? text : kind === 'media' ? text.replace(/^the\s+/i, '') : text.replace(/^(?:the|a|an)\s+/i, '').toLowerCase();
      out.push({ doc: d.id, outlet: d.outlet, kind, name, text, span, role });
      if (kind === 'named') named.push({ text, name });
    };
    const scanned = new Set<string>(); // many speakers share one long sentence: scan each range once (same result, linear)
    const channelOf = (from: number, to: number) => {
      const key = from + ':' + to;
      if (scanned.has(key)) return;
      scanned.add(key);
      const s = d.text.slice(from, to);
      const m = TOLD_CHANNEL.exec(s);
      if (!m) return;
      const t = m[1].replace(/\s+(?:on|in|the|of)$/i, '');
      if (classifySource(t, outlets) !== 'media') return;
      const start = from + m.index + m[0].indexOf(m[1]);
      add(t, { doc: d.id, start, end: start + t.length }, 'channel');
    };
    // speakers in text order, so "the lawmaker" can refer back to "lawmaker Issam al-Kreiti"
    const cands: { text: string; span: Span; role: SourceMention['role']; range: [number, number] | null }[] = [];
    for (const q of v.quotes) {
      if (q.depth !== 0 || !q.speaker || !q.speakerSpan) continue;
      const sent = sentenceAt(d.sentences, q.speakerSpan.start);
      cands.push({ text: q.speaker, span: q.speakerSpan, role: 'quote', range: sent ? [sent.start, sent.end] : null });
    }
    for (const r of v.reported) if (r.speaker && r.speakerSpan) cands.push({ text: r.speaker, span: r.speakerSpan, role: 'reported', range: [r.start, r.end] });
    cands.sort((a, b) => a.span.start - b.span.start || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
    for (const c of cands) {
      add(c.text, c.span, c.role);
      if (c.range) channelOf(c.range[0], c.range[1]);
    }
  }
  // one name per person across the corpus: names sharing a surname take the longest form seen
  const longest = new Map<string, string>();
  for (const m of out) if (m.kind === 'named') {
    const k = surnameKey(m.name);
    const cur = longest.get(k);
    if (!cur || m.name.length > cur.length || (m.name.length === cur.length && m.name < cur)) longest.set(k, m.name);
  }
  // acronyms of media take their long form when one is written with it ("Iraqi News Agency (INA)")
  const acronyms = new Map<string, string>();
  for (const m of out) {
    const a = /^(.*?)\s*\(([A-Z]{2,})\)$/.exec(m.name);
    if (a) acronyms.set(a[2], a[1]);
  }
  for (const m of out) {
    if (m.kind === 'named') m.name = longest.get(surnameKey(m.name)) ?? m.name;
    if (m.kind === 'media') {
      const a = /^(.*?)\s*\(([A-Z]{2,})\)$/.exec(m.name);
      if (a) m.name = a[1];
      else if (acronyms.has(m.name)) m.name = acronyms.get(m.name)!;
    }
  }
  return out;
}

/** The first entity (in list order) with a mention in `doc` overlapping `span`: an index built once, a binary search per lookup. */
function entityIndex(entities: readonly EntityRef[]): (doc: string, span: Span) => EntityRef | undefined {
  const byDoc = new Map<string, { start: number; end: number; ent: number }[]>();
  entities.forEach((e, ent) => {
    for (const m of e.mentions) {
      const l = byDoc.get(m.doc);
      if (l) l.push({ start: m.start, end: m.end, ent });
      else byDoc.set(m.doc, [{ start: m.start, end: m.end, ent }]);
    }
  });
  const maxLen = new Map<string, number>();
  for (const [doc, l] of byDoc) {
    l.sort((a, b) => a.start - b.start || a.ent - b.ent);
    maxLen.set(doc, l.reduce((n, m) => Math.max(n, m.end - m.start), 0));
  }
  return (doc, span) => {
    const l = byDoc.get(doc);
    if (!l) return undefined;
    const lo = firstStartingAt(l, span.end);
    const reach = span.start - maxLen.get(doc)!;
    let best = -1;
    for (let k = lo - 1; k >= 0 && l[k].start >= reach; k--) if (l[k].end > span.start && (best < 0 || l[k].ent < best)) best = l[k].ent;
    return best < 0 ? undefined : entities[best];
  };
}

/** The sentence containing offset `pos` (sentences sorted and disjoint), by binary search. */
function sentenceAt<S extends { start: number; end: number }>(sentences: readonly S[], pos: number): S | undefined {
  const i = rangeAt(sentences, pos);
  return i >= 0 ? sentences[i] : undefined;
}

/** Counts per outlet, kind and name, sorted by outlet, kind, then count. */
export function sourceRows(mentions: readonly SourceMention[]): { outlet: string; kind: SourceKind; name: string; count: number }[] {
  const m = new Map<string, { outlet: string; kind: SourceKind; name: string; count: number }>();
  for (const s of mentions) {
    const key = [s.outlet, s.kind, s.name].join('\u0000');
    const r = m.get(key) ?? { outlet: s.outlet, kind: s.kind, name: s.name, count: 0 };
    r.count++;
    m.set(key, r);
  }
  const order: SourceKind[] = ['named', 'anonymous', 'media', 'other'];
  return [...m.values()].sort((a, b) => byString(a.outlet, b.outlet) || order.indexOf(a.kind) - order.indexOf(b.kind) || b.count - a.count || byString(a.name, b.name));
}
