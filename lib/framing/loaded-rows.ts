// Loaded hits and their tables: per outlet and term with one column per voice, and per outlet and theme as rates.
import type { Doc } from '../types.js';
import { byString } from '../text/counts.js';
import { loadedRowKey } from './loaded-row-key.js';
import type { Voice, VoiceClass } from './types.js';

/** One hit of a lexicon term in a doc. */
export interface LoadedHit {
  doc: string;
  outlet: string;
  term: string;
  theme: string;
  /** 1 for a lexicon term, else the word's general evaluative weight (wordWeight) */
  weight: number;
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

/** Hits summed per outlet and term (per word for hyphen wildcards, loadedRowKey), one column per voice, sorted by outlet, theme, then most own-voice hits. */
export function loadedRows(hits: readonly LoadedHit[]): LoadedRow[] {
  const m = new Map<string, LoadedRow & { _forms: Set<string> }>();
  for (const h of hits) {
    const key = h.outlet + '\u0000' + loadedRowKey(h.term, h.text);
    let r = m.get(key);
    if (!r)
      m.set(
        key,
        (r = {
          outlet: h.outlet,
          term: h.term,
          theme: h.theme,
          own: 0,
          quoted: 0,
          reported: 0,
          reused: 0,
          forms: '',
          _forms: new Set(),
        }),
      );
    r[h.voice]++;
    r._forms.add(h.text.toLowerCase().replace(/[’]/g, "'"));
  }
  const rows = [...m.values()].map(({ _forms, ...r }) => ({ ...r, forms: [..._forms].sort(byString).join('; ') }));
  return rows.sort(
    (a, b) =>
      byString(a.outlet, b.outlet) ||
      byString(a.theme, b.theme) ||
      b.own - a.own ||
      b.quoted - a.quoted ||
      byString(a.term, b.term) ||
      byString(a.forms, b.forms),
  );
}

/** Per outlet and theme: own-voice and quoted hits per 1,000 own-voice / quoted words (rates make outlets of different length comparable). */
export function loadedThemeRows(
  hits: readonly LoadedHit[],
  voices: readonly Voice[],
  docs: readonly Doc[],
): { outlet: string; theme: string; own: number; quoted: number; own_per_1000: number; quoted_per_1000: number }[] {
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
      return {
        ...r,
        own_per_1000: w.own ? Math.round((r.own / w.own) * 1e6) / 1e3 : 0,
        quoted_per_1000: w.quoted ? Math.round((r.quoted / w.quoted) * 1e6) / 1e3 : 0,
      };
    })
    .sort((a, b) => byString(a.outlet, b.outlet) || byString(a.theme, b.theme));
}
