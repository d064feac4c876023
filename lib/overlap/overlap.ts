// Source overlap of a corpus: shared passages per pair, directional coverage, direction of reuse, citations and credit.
// Complexity: O(W) to fingerprint W words, O(S) radix sort of S shingles, O(S + sum df^2) candidate self-join (df <= a cap),
// O(|A| + |B|) alignment per candidate pair. No all-pairs step and no quadratic step inside one long text.
//
// overlap() runs the stages in order; each idea has its module:
// - fingerprints.ts: the shingle index; candidates.ts: candidate pairs and boilerplate shingles (where pairs meet);
// - pair-selection.ts: where pairs of articles are chosen (aligned by align.ts, passages made and merged by align.ts
//   and passages.ts, floored by kept-passages.ts, graded by rewrite.ts);
// - kinds.ts: each passage's kind (reuse, common source, stock); pair-context.ts: what direction and credit read;
// - chance-overlap.ts: the evidence under which a shared run is expected by chance among the pairs compared;
// - pair-verdict.ts: where a pair's direction, credit and grade are decided (direction.ts, own-grade.ts), jaccard.ts;
// - citation-links.ts: citations linked to articles; boilerplate-examples.ts: the boilerplate reported;
// - overlap-types.ts: the options and the result; overlap-rows.ts and outlet-reuse.ts: the result as tables and edges.
import type { Doc } from '../types.js';
import { buildIndex, docWords } from './fingerprints.js';
import { candidatePairs } from './candidates.js';
import { alignScratch } from './align.js';
import { extractCitations } from './citations.js';
import { outletResolver, readOutletTable } from './outlets.js';
import { classifyPassages } from './kinds.js';
import { chanceFloor } from './chance-overlap.js';
import { round } from '../util/round.js';
import { pushTo } from '../util/maps.js';
import type { Citation } from './types.js';
import type { OverlapOptions, OverlapResult } from './overlap-types.js';
import { alignCandidates } from './pair-selection.js';
import { pairsOf } from './pair-verdict.js';
import { linkCitations } from './citation-links.js';
import { boilerplateExamples } from './boilerplate-examples.js';

export type { OverlapOptions, OverlapPair, OverlapResult } from './overlap-types.js';
export {
  pairRows,
  passageRows,
  citationRows,
  type PairRow,
  type PassageRow,
  type CitationRow,
} from './overlap-rows.js';
export { outletReuse, type OutletReuse } from './outlet-reuse.js';

/** Find shared passages, coverage, direction, citations and credit across a corpus of analysed docs. */
export function overlap(docs: readonly Doc[], opts: OverlapOptions = {}): OverlapResult {
  const t0 = now();
  // the index sort's payload, free after it, is the scratch of the candidate join, then of the alignment, then of
  // jaccard: each array of millions allocated brings a full collection of the analysed corpus nearer
  const spare: Int32Array[] = [];
  const index = buildIndex(docs, opts, spare);
  const t1 = now();
  const cand = candidatePairs(index, opts, spare[0]);
  const t2 = now();
  const resolver = outletResolver(
    opts.outlets ?? readOutletTable(),
    docs.map((d) => d.outlet),
  );
  const citations = extractCitations(docs, resolver);
  const citesOf = new Map<string, Citation[]>();
  for (const c of citations) pushTo(citesOf, c.doc, c);
  const agency = Uint8Array.from(docs, (d) => (resolver.isAgency(d.outlet) ? 1 : 0));
  const scratch = alignScratch(index, spare[0]);
  const isAgency = (name: string) => resolver.isAgency(name);
  const { found, formulas } = alignCandidates(
    docs,
    index,
    cand,
    { citesOf, agency, isAgency, titles: opts.titles },
    opts,
    scratch,
  );
  const tk = now();
  classifyPassages(found, {
    docs,
    index,
    citesOf,
    paras: (i) => docs[i].paragraphs,
    isAgency,
  });
  const kindsMs = now() - tk;
  const pairs = pairsOf(
    found,
    docs,
    index,
    opts.events,
    scratch.head,
    opts.rewrite?.chance,
    chanceFloor(index, cand.pairs),
  );
  const t3 = now();
  linkCitations(docs, citations, pairs, opts.events);
  const t4 = now();
  return {
    docs: docs.map((d, i) => ({ id: d.id, outlet: d.outlet, date: d.date, words: docWords(index, i) })),
    pairs,
    citations,
    boilerplate: {
      df: cand.boilerplateDf,
      shingles: cand.boilerplateCount,
      examples: boilerplateExamples(docs, index, cand.boilerplate),
    },
    stats: {
      docs: docs.length,
      words: index.words.length,
      shingles: index.shingles,
      candidates: cand.pairs.length,
      pairs: pairs.length,
      formulas,
      ms: {
        index: ms(t1 - t0),
        candidates: ms(t2 - t1),
        align: ms(t3 - t2),
        kinds: ms(kindsMs),
        link: ms(t4 - t3),
        total: ms(now() - t0),
      },
    },
  };
}

function now(): number {
  return performance.now();
}
function ms(x: number): number {
  return round(x, 1);
}
