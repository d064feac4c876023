// Own-voice term counts of two outlets over the stories both covered: on a corpus of many stories, counts over all of
// an outlet's articles compare topics (a story only one of them covered), not wording.
// Pure: reads an Analysis (its events, framing voices and term table).
import type { Analysis } from '../pipeline.js';
import type { Doc } from '../types.js';
import type { OutletTermTable } from '../framing/types.js';
import { outletTermTable } from '../framing/term-tables.js';
import { voiceMask } from '../framing/voice.js';

/** Own-voice words each outlet needs on the shared stories for its terms to be counted there (a short article). */
export const MIN_SHARED_WORDS = 200;

/** The articles of outlets a and b on the stories (events) both covered, and those stories' number. */
export function sharedStoryArticles(
  analysis: Pick<Analysis, 'events' | 'docs'>,
  a: string,
  b: string,
): { docs: Doc[]; stories: number } {
  const eventOf = new Map((analysis.events?.assignments ?? []).map((x) => [x.doc, x.event]));
  const by = new Map<string, Set<string>>([
    [a, new Set()],
    [b, new Set()],
  ]);
  for (const d of analysis.docs) {
    const e = eventOf.get(d.id);
    if (e !== undefined) by.get(d.outlet)?.add(e);
  }
  const both = new Set([...by.get(a)!].filter((e) => by.get(b)!.has(e)));
  const docs = analysis.docs.filter((d) => (d.outlet === a || d.outlet === b) && both.has(eventOf.get(d.id) ?? '\0'));
  return { docs, stories: both.size };
}

/**
 * The term table framing contrasts (own voice, bodies and headlines, 1–3-grams), counted over `docs` only and kept to
 * framing's vocabulary of the two outlets (its house-style words and names are left out there, so here too).
 */
export function ownTermTable(analysis: Analysis, docs: readonly Doc[], outlets: readonly string[]): OutletTermTable {
  const detail = analysis.framing.detail;
  const want = new Set(docs.map((d) => d.id));
  const voiceOf = new Map(detail.voices.map((v) => [v.doc, v]));
  const use: Doc[] = [];
  const masks = new Map<string, Uint8Array>();
  for (const d of docs) {
    const v = voiceOf.get(d.id);
    if (!v) continue;
    use.push(d);
    masks.set(d.id, voiceMask(v, ['own']));
  }
  detail.titleDocs.forEach((t, i) => {
    const v = detail.titleVoices[i];
    if (!want.has(t.id) || !v) return;
    const id = `${t.id}#title`; // a headline is counted beside its body, under its own key
    use.push({ ...t, id });
    masks.set(id, voiceMask(v, ['own']));
  });
  const table = outletTermTable(use, masks, { ngrams: [1, 3] });
  const all = detail.termTable;
  const vocab = outlets.map((o) => all.counts[all.outlets.indexOf(o)] ?? new Map<string, number>());
  table.counts = table.counts.map((c) => new Map([...c].filter(([term]) => vocab.some((v) => v.has(term)))));
  return table;
}
