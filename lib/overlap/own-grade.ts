// The grade of a cross-outlet pair on its own text. The graded score (lib/overlap/rewrite.ts) reads every shared word,
// so two outlets that print the same quotes, statements and posts, with the names and facts of one event around them,
// reach its chance coverage though neither article was made from the other. Once the pair's passages are classified
// (lib/overlap/kinds.ts), such a pair is graded independent: what it shares word for word is a third party's text, and
// none of its aligned sentences is rewritten narration (lib/overlap/narration.ts).
import { thirdPartyText } from './kinds.js';
import type { RewriteGrade } from './rewrite.js';
import type { Passage } from './types.js';

/** Highest score of an independent pair: every score under 0.1 means independent (lib/overlap/rewrite.ts). */
export const INDEPENDENT_TOP = 0.09;

/** A pair's grade and score as overlap() outputs them. */
export interface OwnGrade {
  grade: RewriteGrade;
  rewriteScore: number;
}

/**
 * Whether a pair's shared text is a third party's rather than either outlet's: at least one passage is common-source
 * told from the texts (quote marks, attribution, a post, wire credit: `thirdPartyText`), every other passage is stock,
 * and no aligned sentence pair is rewritten narration. A reuse passage of any length keeps the grade (a rewrite keeps
 * a run of its source here and there), and so does a passage common-source by its spread alone: a text that many
 * outlets derive from one source leaves each derived pair as the score grades it.
 */
export function sharesThirdPartyText(
  passages: readonly Pick<Passage, 'kind' | 'kind_because'>[],
  narrationWords: number,
): boolean {
  if (narrationWords > 0 || !passages.some(thirdPartyText)) return false;
  return passages.every((x) => x.kind === 'stock' || thirdPartyText(x));
}

/**
 * The grade of a pair on its own text: a cross-outlet pair graded rewritten or near-copy whose shared text is a third
 * party's (sharesThirdPartyText) is independent, its score held under 0.1 as every independent pair's is. Other pairs
 * keep the graded score's grade; an outlet reprinting its own text is graded as it is.
 */
export function ownGrade(
  kind: 'same-outlet' | 'cross-outlet',
  graded: OwnGrade,
  passages: readonly Pick<Passage, 'kind' | 'kind_because'>[],
  narrationWords: number,
): OwnGrade {
  if (kind === 'same-outlet' || graded.grade === 'independent' || !sharesThirdPartyText(passages, narrationWords))
    return { grade: graded.grade, rewriteScore: graded.rewriteScore };
  return { grade: 'independent', rewriteScore: Math.min(graded.rewriteScore, INDEPENDENT_TOP) };
}
