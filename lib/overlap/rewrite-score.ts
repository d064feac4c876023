// The graded score's two formulas: above chance, how much was taken and how verbatim (copyScore); below it, the
// rare-vocabulary floor (vocabularyFloor). Pure numbers in, a score out.

/**
 * Score of a pair above chance, in [0.1, 1]: 0.1 + 0.9 times the mean of four shares, equally weighted:
 * - how much was taken: coverage above chance, (coverage - chance) / (1 - chance);
 * - how much was taken in clauses: coverage by medium runs (`midRun` words), which orders lightly edited copy (a word
 *   changed here and there) above paraphrase (words and short runs kept, clauses rebuilt);
 * - how verbatim the taking was, at one clause and at about a sentence: long-run and copy-run coverage over short-run
 *   coverage, which orders copy above edited copy however much was taken: a text that copies two paragraphs word for
 *   word and writes the rest is a copy.
 * run, mid, long and copy are the derived side's coverage by shared runs of `run`, `midRun`, `longRun` and `copyRun`
 * words; coverage is max(run coverage, sentence coverage).
 */
export function copyScore(
  coverage: number,
  chance: number,
  c: { run: number; mid: number; long: number; copy: number },
): number {
  const taken = Math.max(0, (coverage - chance) / (1 - chance));
  const verbatim = c.run > 0 ? Math.min(1, c.long / c.run) + Math.min(1, c.copy / c.run) : 0;
  return 0.1 + 0.9 * ((taken + c.mid + verbatim) / 4);
}

/**
 * Score of a pair below chance, in [0, 0.09]: 0 up to `vocabulary` rare-vocabulary coverage, then rising linearly to
 * 0.09 at full coverage. Text on one subject shares its names and terms, so independent pairs share some rare
 * vocabulary; a paraphrase keeps most of its source's rare words though it rebuilds every clause (no shared runs, no
 * aligned sentences). The floor ranks such a pair above independent ones without calling it rewritten: its grade stays
 * 'independent', and every score under 0.1 means 'independent'.
 */
export function vocabularyFloor(vocab: number, threshold: number): number {
  return vocab > threshold ? (0.09 * (vocab - threshold)) / (1 - threshold) : 0;
}
