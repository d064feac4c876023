// Which pairs the report's passage viewer shows, and where each pair's evidence is. On a corpus of thousands of pairs
// the viewer cannot show them all; the most overlapping alone leave out what a reader is sent to look at: a pair a
// finding names, an uncredited pair, a rewritten pair whose evidence is aligned sentences (coverage 0).
import type { OverlapPair } from '../overlap/overlap.js';
import { pairAnchor } from './overlap-pairs.js';

/** Pairs the viewer adds by overlap, after the pairs it must show. */
export const VIEWER_PAIRS = 30;
/** Pairs graded rewritten or near-copy the viewer shows, strongest graded score first. */
export const VIEWER_REWRITTEN = 20;

type ViewerPair = Pick<OverlapPair, 'a' | 'b' | 'credit' | 'grade' | 'rewriteScore' | 'evidence'> & {
  passages: readonly unknown[];
};

const byScore = (p: ViewerPair, q: ViewerPair) => q.rewriteScore - p.rewriteScore;
const byEvidence = (p: ViewerPair, q: ViewerPair) => q.evidence - p.evidence;

/**
 * The viewer's pairs, in this order, each pair once: the pairs the findings link to (`named`: anchors, in the findings'
 * order); every uncredited pair, strongest evidence first; up to VIEWER_REWRITTEN pairs graded rewritten or near-copy
 * that share no passage (their evidence is aligned sentences, which no table shows), highest graded score first; the
 * VIEWER_REWRITTEN graded pairs of highest score; then the VIEWER_PAIRS most overlapping (`pairs` comes most
 * overlapping first). Ties
 * keep `pairs`' order, so the choice is deterministic.
 */
export function viewerPairs<P extends ViewerPair>(pairs: readonly P[], named: readonly string[] = []): P[] {
  const byAnchor = new Map(pairs.map((p) => [pairAnchor(p.a, p.b), p]));
  const out = new Set<P>();
  for (const a of named) {
    const p = byAnchor.get(a.replace(/^#/, ''));
    if (p) out.add(p);
  }
  for (const p of pairs.filter((x) => x.credit === 'uncredited').sort(byEvidence)) out.add(p);
  const graded = pairs.filter((x) => x.grade !== 'independent').sort(byScore);
  // a graded pair without a passage first: its aligned sentences are in no table, the viewer is where they show
  for (const p of graded.filter((x) => !x.passages.length).slice(0, VIEWER_REWRITTEN)) out.add(p);
  for (const p of graded.slice(0, VIEWER_REWRITTEN)) out.add(p);
  for (const p of pairs.slice(0, VIEWER_PAIRS)) out.add(p);
  return [...out];
}

/**
 * Where a pair's evidence is, for the pair table: the viewer's block (its anchor), else the passages table (a pair with
 * shared passages), else the aligned sentences of the JSON result (a rewritten pair without a passage).
 */
export function evidenceAt(p: Pick<OverlapPair, 'a' | 'b' | 'passages'>, inViewer: boolean): string {
  if (inViewer) return `passage viewer #${pairAnchor(p.a, p.b)}`;
  if (p.passages.length) return 'passages table (tables/passages.csv)';
  return 'aligned sentences only: presslens overlap --json';
}
