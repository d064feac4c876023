// Which outlet × actor tone cells differ from the rest of the outlet's own-voice sentences by more than chance, and a
// sentence that says so with its unit. Pure: reads tone rows (lib/framing/tone.ts) and the sentence scores behind them.
import { MIN_TONE_SENTENCES } from '../framing/tone.js';

/** A tone row as the framing analysis gives it: "(all)" for the outlet overall, else one actor. */
export interface ToneCellLike {
  outlet: string;
  entity: string;
  mean: number;
  sentences: number;
  /** how many articles the cell's sentences come from (ToneRow.articles), when known */
  articles?: number;
}

/** One actor's tone in one outlet against the outlet's other own-voice sentences. */
export interface ToneStandout {
  outlet: string;
  entity: string;
  /** mean AFINN score (points per word) of the sentences naming the actor, and their number */
  mean: number;
  sentences: number;
  /** the same over the outlet's other own-voice sentences */
  restMean: number;
  restSentences: number;
  /** two-sample z of the difference, with the spread of every scored sentence of the corpus */
  z: number;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** Standard deviation of the corpus's sentence scores (0 with fewer than two). */
function spread(scores: readonly number[]): number {
  if (scores.length < 2) return 0;
  const m = scores.reduce((s, x) => s + x, 0) / scores.length;
  return Math.sqrt(scores.reduce((s, x) => s + (x - m) ** 2, 0) / (scores.length - 1));
}

/**
 * Every cell with at least `minN` sentences, against the rest of its outlet's sentences, largest |z| first. The spread
 * comes from all sentence scores of the corpus (`scores`), so a cell of few sentences needs a larger gap. A cell whose
 * sentences all come from one article (`articles` 1) is left out, in an outlet of several articles as in an outlet of
 * one: an actor's tone within one piece is that piece's, its writer's, not the outlet's.
 */
export function toneStandouts(
  rows: readonly ToneCellLike[],
  scores: readonly number[],
  minN = MIN_TONE_SENTENCES,
): ToneStandout[] {
  const sd = spread(scores);
  const overall = new Map(rows.filter((r) => r.entity === '(all)').map((r) => [r.outlet, r]));
  const out: ToneStandout[] = [];
  for (const r of rows) {
    const all = overall.get(r.outlet);
    if (r.entity === '(all)' || !all || r.sentences < minN || r.articles === 1) continue;
    const rest = all.sentences - r.sentences;
    if (rest < minN || sd === 0) continue;
    const restMean = (all.mean * all.sentences - r.mean * r.sentences) / rest;
    const z = (r.mean - restMean) / (sd * Math.sqrt(1 / r.sentences + 1 / rest));
    out.push({ ...r, restMean: round(restMean, 4), restSentences: rest, z: round(z, 2) });
  }
  return out.sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || (a.outlet + a.entity < b.outlet + b.entity ? -1 : 1));
}

/** Two-sided tail probability of a standard normal beyond |z| (Abramowitz and Stegun 7.1.26, error under 1.5e-7). */
function twoSidedP(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-x * x);
}

/**
 * The |z| a cell must reach when `cells` cells are read at once, so that chance alone passes one of them in about one
 * corpus in 20 (Bonferroni: 0.05 / cells, two-sided); 1.96 for a single cell.
 */
export function standoutBar(cells: number): number {
  const alpha = 0.05 / Math.max(1, cells);
  let lo = 0,
    hi = 10;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (twoSidedP(mid) > alpha) lo = mid;
    else hi = mid;
  }
  return Math.round(hi * 100) / 100;
}

// a mean that rounds to zero is "0.00", not "−0.00" (read in a stand-out line: "against −0.00 AFINN points")
const signed = (x: number) => {
  const s = Math.abs(x).toFixed(2);
  return x < 0 && s !== '0.00' ? `−${s}` : s;
};

/** One standout in words, with the unit and both sample sizes. */
function cellWords(s: ToneStandout): string {
  return (
    `${s.entity} in ${s.outlet}: mean ${signed(s.mean)} against ${signed(s.restMean)} AFINN points per word ` +
    `(${s.sentences} and ${s.restSentences} sentences; z = ${signed(s.z)})`
  );
}

/**
 * What a reader may say about tone: the cells that stand out from their outlet by more than chance, with every cell
 * read at once (standoutBar), or that none does.
 */
export function toneStandoutText(standouts: readonly ToneStandout[]): string {
  if (!standouts.length) return 'No actor is named in enough own-voice sentences of an outlet to compare its tone.';
  const bar = standoutBar(standouts.length);
  const why = `${bar.toFixed(2)}, the bar for ${standouts.length} ${standouts.length === 1 ? 'cell' : 'cells'} read at once, which chance alone passes in about one corpus in 20`;
  const clear = standouts.filter((s) => Math.abs(s.z) >= bar);
  if (!clear.length)
    return (
      `No actor's tone in an outlet stands out from the outlet's other own-voice sentences: the largest gap is ` +
      `${cellWords(standouts[0])}, under |z| = ${why}. Read the colours as hints.`
    );
  const more = clear.length > 3 ? `; ${clear.length - 3} more` : '';
  return (
    `Tone that stands out from the rest of its outlet's own-voice sentences (|z| of ${why}): ` +
    clear.slice(0, 3).map(cellWords).join('; ') +
    more +
    '.'
  );
}
