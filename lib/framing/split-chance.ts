// How unlikely a split of outlets between two labels is by chance. If every outlet chose between the two words alike,
// the uses of each word would fall on the outlets at random, in proportion to how many uses each outlet has; the
// chance of exactly the table seen (a multivariate hypergeometric probability) is small when the outlets keep to one
// word each and their uses are many, large when they mix the words or write each once. Pure: counts in, a number out.

/** log10(k!) for k = 0, 1, 2 … as far as asked so far (grows on demand; same values whatever the order of calls). */
const LOG_FACTORIAL: number[] = [0];

function logFactorial(n: number): number {
  for (let k = LOG_FACTORIAL.length; k <= n; k++) LOG_FACTORIAL.push(LOG_FACTORIAL[k - 1] + Math.log10(k));
  return LOG_FACTORIAL[n];
}

/** log10 of n choose k. */
function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

/**
 * -log10 of the chance that the uses of two labels fall on the outlets exactly as they do, when each outlet's number
 * of uses is fixed and which of them are of the first label is left to chance: `[a, b]` per outlet, its uses of the
 * first and of the second label. 3 means 1 in 1,000. Two outlets writing one word 4 times each score 1.85 (1 in 70),
 * one outlet writing each word once score 0.3; an outlet mixing both words lowers the score.
 */
export function splitChance(uses: readonly (readonly [number, number])[]): number {
  let a = 0,
    n = 0,
    own = 0;
  for (const [x, y] of uses) {
    a += x;
    n += x + y;
    own += logChoose(x + y, x);
  }
  return Math.round((logChoose(n, a) - own) * 100) / 100;
}

/** "1 in 70": a chance score as odds, two significant digits ("less than 1 in a million" from 6 on). */
export function chanceOdds(score: number): string {
  if (score >= 6) return 'less than 1 in a million';
  const odds = Math.pow(10, score);
  const digits = odds >= 100 ? Math.floor(Math.log10(odds)) - 1 : 0;
  const r = Math.max(2, Math.round(odds / Math.pow(10, digits)) * Math.pow(10, digits));
  return `1 in ${r.toLocaleString('en-US')}`;
}
