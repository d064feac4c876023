// Graded reuse of one article pair that survives edits: short runs anchored by rare words, and sentence alignment that
// tolerates reordered clauses. Words are folded first: compounds split ("father-of-four" = "father of four"), number
// words to digits ("four" = "4"), digit separators dropped ("1,905" = "1905"), light stems ("reported" = "reports").
// Pure: plain data in and out. Cost per pair: O(|A| + |B|) with hashing, plus the shared sentences' postings.
//
// Where each part lives (this module combines them and keeps the public names):
//   rewrite-types.ts        the grade, the scores, the view, the options and their defaults
//   word-fold.ts            compounds split, number words to digits, digit separators dropped, light stemming
//   word-rarity.ts          document frequency of every word (the rarity weights)
//   form-table.ts           folded forms interned, each token norm folded once
//   rewrite-view.ts         an article as folded word pieces, and what is derived from one view
//   rewrite-scratch.ts      the arrays reused across pairs, and the per-view derived data
//   run-coverage.ts         coverage by shared short, medium and long runs (one merge-join)
//   sentence-alignment.ts   sentences aligned in any order, sentence coverage and its bound
//   vocabulary-coverage.ts  rare vocabulary held anywhere, and the coverage bound
//   rewrite-score.ts        the score above chance (copyScore) and the floor below it (vocabularyFloor)
//   grade-pair.ts           one pair's grade and score from the parts
//   pair-grader.ts          a corpus's pairs graded by doc index, views built once and released
export type {
  AlignedSentence,
  PairRewrite,
  RewriteGrade,
  RewriteOptions,
  RewriteView,
  WordRarity,
} from './rewrite-types.js';
export { REWRITE_DEFAULTS } from './rewrite-types.js';
export { foldToken, lightStem } from './word-fold.js';
export { dfOf, rarityOfHashes, wordRarity } from './word-rarity.js';
export { formTable, type FormTable, type WordPositions } from './form-table.js';
export { rewriteScratch, type RewriteScratch } from './rewrite-scratch.js';
export { rewriteView } from './rewrite-view.js';
export { runCoverage } from './run-coverage.js';
export { alignSentences } from './sentence-alignment.js';
export { coverageBound, vocabularyCoverage } from './vocabulary-coverage.js';
export { copyScore, vocabularyFloor } from './rewrite-score.js';
export { comparePair } from './grade-pair.js';
export { pairGrader, type PairGrader } from './pair-grader.js';
