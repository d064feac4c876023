// Loaded language: hits of a themed lexicon (data/loaded-lexicon.json) per outlet, in the outlet's own voice and in quotes.
import type { Doc } from '../types.js';
import { byString } from '../text/counts.js';
import { VOICES, type Voice, type VoiceClass } from './voice.js';
import { isTermToken } from '../text/tokenize.js';

/** The lexicon file's shape: themes of terms (see data/loaded-lexicon.json "format"). */
export interface LoadedLexicon {
  about?: string;
  format?: string;
  themes: { theme: string; description?: string; terms: string[] }[];
}

/** One hit of a lexicon term in a doc. */
export interface LoadedHit {
  doc: string;
  outlet: string;
  term: string;
  theme: string;
  /** the matched text as written */
  text: string;
  start: number;
  end: number;
  voice: VoiceClass;
}

/** Per outlet and term: hits in each voice. */
export interface LoadedRow {
  outlet: string;
  term: string;
  theme: string;
  own: number;
  quoted: number;
  reported: number;
  reused: number;
  /** the distinct forms matched, e.g. "turkish-backed; us-backed" */
  forms: string;
}

interface Compiled { term: string; theme: string; words: RegExp[] }

/** Compile the lexicon's terms into token matchers (a term in two themes is kept under the first). */
export function compileLexicon(lex: LoadedLexicon): Compiled[] {
  const seen = new Set<string>();
  const out: Compiled[] = [];
  for (const th of lex.themes) {
    for (const raw of th.terms) {
      const term = raw.trim().toLowerCase().replace(/[’‘]/g, "'");
      if (!term || seen.has(term)) continue;
      seen.add(term);
      const words = term.split(/\s+/).map((w) => new RegExp('^' + w.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join("[\\p{L}\\p{N}'-]*") + '$', 'u'));
      out.push({ term, theme: th.theme, words });
    }
  }
  return out;
}

/** Every lexicon hit in the docs, with the voice it is in (voices aligned with docs by id; a doc without one counts as own voice). */
export function loadedHits(docs: readonly Doc[], voices: readonly Voice[], lex: LoadedLexicon): LoadedHit[] {
  const compiled = compileLexicon(lex);
  const byFirst = new Map<string, Compiled[]>(); // exact first words, for speed; wildcard-first terms kept apart
  const wildFirst: Compiled[] = [];
  for (const c of compiled) {
    const src = c.words[0].source;
    if (src.includes('[\\p{L}')) wildFirst.push(c);
    else {
      const key = c.term.split(/\s+/)[0];
      const l = byFirst.get(key) ?? [];
      l.push(c);
      byFirst.set(key, l);
    }
  }
  const vById = new Map(voices.map((v) => [v.doc, v]));
  const wildByNorm = new Map<string, Compiled[]>(); // first word -> wildcard-first terms whose first pattern matches it
  const hits: LoadedHit[] = [];
  for (const d of docs) {
    const v = vById.get(d.id);
    // content tokens only (words and numbers), skipping the possessive 's; a match never crosses a sentence
    const idx: number[] = [];
    d.tokens.forEach((t, i) => { if (isTermToken(t) && t.norm !== "'s") idx.push(i); });
    for (let k = 0; k < idx.length; k++) {
      const first = d.tokens[idx[k]];
      let wild = wildByNorm.get(first.norm);
      if (!wild) wildByNorm.set(first.norm, (wild = wildFirst.filter((c) => c.words[0].test(first.norm))));
      const exact = byFirst.get(first.norm);
      const cands = exact ? exact.concat(wild) : wild;
      let best: { c: Compiled; len: number } | null = null;
      for (const c of cands) {
        if (k + c.words.length > idx.length) continue;
        let ok = true;
        for (let w = 0; w < c.words.length && ok; w++) {
          const t = d.tokens[idx[k + w]];
          ok = t.sentence === first.sentence && c.words[w].test(t.norm);
        }
        if (ok && (!best || c.words.length > best.len)) best = { c, len: c.words.length };
      }
      if (!best) continue;
      const last = d.tokens[idx[k + best.len - 1]];
      hits.push({ doc: d.id, outlet: d.outlet, term: best.c.term, theme: best.c.theme, text: d.text.slice(first.start, last.end), start: first.start, end: last.end, voice: v ? VOICES[v.tokenVoice[idx[k]]] : 'own' });
      k += best.len - 1; // longest match wins; no overlapping hits
    }
  }
  return hits;
}

/** Hits summed per outlet and term, one column per voice, sorted by outlet, theme, then most own-voice hits. */
export function loadedRows(hits: readonly LoadedHit[]): LoadedRow[] {
  const m = new Map<string, LoadedRow & { _forms: Set<string> }>();
  for (const h of hits) {
    const key = h.outlet + '\u0000' + h.term;
    let r = m.get(key);
    if (!r) m.set(key, (r = { outlet: h.outlet, term: h.term, theme: h.theme, own: 0, quoted: 0, reported: 0, reused: 0, forms: '', _forms: new Set() }));
    r[h.voice]++;
    r._forms.add(h.text.toLowerCase().replace(/[’]/g, "'"));
  }
  const rows = [...m.values()].map(({ _forms, ...r }) => ({ ...r, forms: [..._forms].sort(byString).join('; ') }));
  return rows.sort((a, b) => byString(a.outlet, b.outlet) || byString(a.theme, b.theme) || b.own - a.own || b.quoted - a.quoted || byString(a.term, b.term));
}

/** Per outlet and theme: own-voice and quoted hits per 1,000 own-voice / quoted words (rates make outlets of different length comparable). */
export function loadedThemeRows(hits: readonly LoadedHit[], voices: readonly Voice[], docs: readonly Doc[]): { outlet: string; theme: string; own: number; quoted: number; own_per_1000: number; quoted_per_1000: number }[] {
  const outletOf = new Map(docs.map((d) => [d.id, d.outlet]));
  const words = new Map<string, { own: number; quoted: number }>();
  for (const v of voices) {
    const o = outletOf.get(v.doc) ?? '';
    const w = words.get(o) ?? { own: 0, quoted: 0 };
    w.own += v.words.own;
    w.quoted += v.words.quoted;
    words.set(o, w);
  }
  const m = new Map<string, { outlet: string; theme: string; own: number; quoted: number }>();
  for (const h of hits) {
    if (h.voice !== 'own' && h.voice !== 'quoted') continue;
    const key = h.outlet + '\u0000' + h.theme;
    const r = m.get(key) ?? { outlet: h.outlet, theme: h.theme, own: 0, quoted: 0 };
    r[h.voice]++;
    m.set(key, r);
  }
  return [...m.values()]
    .map((r) => {
      const w = words.get(r.outlet) ?? { own: 0, quoted: 0 };
      return { ...r, own_per_1000: w.own ? Math.round((r.own / w.own) * 1e6) / 1e3 : 0, quoted_per_1000: w.quoted ? Math.round((r.quoted / w.quoted) * 1e6) / 1e3 : 0 };
    })
    .sort((a, b) => byString(a.outlet, b.outlet) || byString(a.theme, b.theme));
}
