// `npm run eval -- loaded [path]`: loaded language against BABE (Spinde et al. 2021), read at run time from
// ../shared/dev/loaded-words-babe/final_labels_SG2.csv (never copied: AGPL, and it is the measuring stick).
// Word level: the words presslens marks loaded in each sentence outside direct quotes (the outlet's own narration and
// reported speech: its word choice, not a source's) against the annotators' biased_words (micro P/R/F1 over word types
// per sentence; every word of a marked phrase counts). Sentence level: ROC-AUC of presslens's loadedness score
// (sentenceLoadedness) against label_bias.
// Rows are split by topic into a tuning half and a held-out half (by a hash of the topic name), so a rule tuned on
// one half is checked on topics it never saw.
import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { analyse } from '../../lib/text/analyse.js';
import { readLexicon } from '../../lib/framing/data.js';
import { loadedTokens, type LoadedToken } from '../../lib/framing/loaded.js';
import { sentenceLoadedness } from '../../lib/framing/loaded-sentences.js';
import { isTermToken } from '../../lib/text/tokenize.js';
import { docVoice, VOICES } from '../../lib/framing/voice.js';
import type { Doc } from '../../lib/types.js';

export interface Row {
  text: string;
  outlet: string;
  topic: string;
  biased: boolean;
  words: Set<string>;
}

/** The first of `names` that a record has, compared without case, spaces and underscores. */
function column(r: Record<string, string>, names: readonly string[]): string | undefined {
  for (const k of Object.keys(r)) if (names.includes(k.toLowerCase().replace(/[\s_]+/g, ''))) return r[k];
  return undefined;
}

/** The field separator of a CSV file, from its header line: the most frequent of ; , and tab. */
function delimiterOf(csv: string): string {
  const nl = csv.search(/\r?\n/);
  const head = nl < 0 ? csv : csv.slice(0, nl);
  const n = (c: string) => head.split(c).length;
  return [';', ',', '\t'].sort((a, b) => n(b) - n(a))[0];
}

/**
 * Rows with a Biased / Non-biased label (BABE's SG1 and SG2 files, and sets in its layout such as MBIC: the text in
 * `text` or `sentence`, the label in `label_bias`, the words in `biased_words`, any case; `;`, `,` or tab separated).
 */
export function readBabe(csv: string): Row[] {
  const recs = parse(csv, { delimiter: delimiterOf(csv), columns: true, bom: true, relax_quotes: true }) as Record<
    string,
    string
  >[];
  const rows: Row[] = [];
  for (const r of recs) {
    const label = (column(r, ['labelbias']) ?? '').trim().toLowerCase();
    const text = column(r, ['text', 'sentence']);
    if ((label !== 'biased' && label !== 'non-biased') || !text) continue;
    const words = new Set<string>();
    for (const m of (column(r, ['biasedwords']) ?? '').matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) {
      const w = (m[1] ?? m[2]).replace(/\\(.)/g, '$1').toLowerCase().replace(/[’‘]/g, "'").trim();
      if (w) for (const p of w.split(/\s+/)) words.add(p);
    }
    const outlet = column(r, ['outlet']) ?? '';
    rows.push({ text, outlet, topic: column(r, ['topic']) ?? '', biased: label === 'biased', words });
  }
  return rows;
}

/** The labelled file: `path` itself when it is a .csv, else final_labels_SG2.csv in it, else its first .csv. */
function labelFile(path: string): string {
  if (path.endsWith('.csv')) return path;
  const csvs = readdirSync(path)
    .filter((f) => f.toLowerCase().endsWith('.csv'))
    .sort();
  const pick = csvs.includes('final_labels_SG2.csv') ? 'final_labels_SG2.csv' : csvs[0];
  if (!pick) throw new Error(`${path}: no .csv file of labelled sentences`);
  return join(path, pick);
}

/** Held-out half: topics whose FNV hash is odd. */
function heldOut(topic: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < topic.length; i++) h = Math.imul(h ^ topic.charCodeAt(i), 0x01000193);
  return ((h >>> 0) & 1) === 1;
}

/** ROC-AUC by the rank-sum (ties count half). */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSum = 0,
    pos = 0;
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j < idx.length && scores[idx[j]] === scores[idx[i]]) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++)
      if (labels[idx[k]]) {
        rankSum += rank;
        pos++;
      }
    i = j;
  }
  const neg = idx.length - pos;
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}

/** Every word of every marked span (a lexicon phrase marks all its words, not only the first). */
function markedWords(doc: Doc, marked: readonly LoadedToken[]): Set<string> {
  const out = new Set<string>();
  for (const m of marked)
    for (let i = m.index, seen = 0; i < doc.tokens.length && seen < m.length; i++) {
      const t = doc.tokens[i];
      if (!isTermToken(t) || t.norm === "'s") continue;
      seen++;
      if (t.kind === 'word') out.add(t.norm);
    }
  return out;
}

interface Score {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  scores: number[];
  labels: boolean[];
}

function fmt(name: string, s: Score): string {
  const p = s.tp / Math.max(1, s.tp + s.fp),
    r = s.tp / Math.max(1, s.tp + s.fn);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return (
    `${name.padEnd(9)} sentences ${String(s.n).padStart(5)}  word P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  ` +
    `sentence AUC ${rocAuc(s.scores, s.labels).toFixed(3)}`
  );
}

/** Score presslens's loaded-language marking on BABE and print P/R/F1 and AUC for the tuning half, held-out half and all. */
export async function run(path = join('..', 'shared', 'dev', 'loaded-words-babe')): Promise<void> {
  const file = labelFile(path);
  const rows = readBabe(await readFile(file, 'utf8'));
  const lexicon = readLexicon();
  const parts: Record<string, Score> = {};
  const fp = new Map<string, number>();
  for (const name of ['tune', 'held-out', 'all']) parts[name] = { n: 0, tp: 0, fp: 0, fn: 0, scores: [], labels: [] };
  rows.forEach((r, i) => {
    const doc = analyse({ id: 'babe' + i, outlet: r.outlet, date: null, text: r.text, paragraphs: [] });
    const marked = loadedTokens(doc, { lexicon });
    // the outlet's own word choice: direct quotes are the source's words (the loaded table's `quoted` column)
    const voice = docVoice(doc).tokenVoice;
    const pred = markedWords(
      doc,
      marked.filter((m) => VOICES[voice[m.index]] !== 'quoted'),
    );
    const score = sentenceLoadedness(doc, marked, undefined, voice);
    for (const name of [heldOut(r.topic) ? 'held-out' : 'tune', 'all']) {
      const s = parts[name];
      s.n++;
      for (const w of pred)
        if (r.words.has(w)) s.tp++;
        else s.fp++;
      for (const w of r.words) if (!pred.has(w)) s.fn++;
      s.scores.push(score);
      s.labels.push(r.biased);
    }
    if (!heldOut(r.topic)) {
      for (const w of pred) if (!r.words.has(w)) fp.set(w, (fp.get(w) ?? 0) + 1);
    }
  });
  const topics = [...new Set(rows.map((r) => r.topic))].sort();
  process.stdout.write(
    `BABE ${file}: ${rows.length} labelled sentences; held-out topics: ${topics.filter(heldOut).join(', ')}\n`,
  );
  for (const name of ['tune', 'held-out', 'all']) process.stdout.write(fmt(name, parts[name]) + '\n');
  if (process.env.EVAL_VERBOSE) {
    const top = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 40)
        .map(([w, n]) => `${w} ${n}`)
        .join(', ');
    process.stdout.write(`tune false positives: ${top(fp)}\n`);
  }
}
