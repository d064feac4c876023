// Linear or not, without a wall-clock limit: the same work at two sizes in the same test, each timed as the best
// of a few runs, compared as a ratio. A busy machine slows both sizes alike; a quadratic step makes 4x the input
// cost ~16x, a linear one ~4x. Absolute speed belongs in `npm run bench`.

/** Cost ratio of `run(big)` to `run(small)`: the best of `tries` timings of each, measured alternately. */
export async function growth(run: (size: number) => unknown, small: number, big: number, tries = 3): Promise<number> {
  const best = [Infinity, Infinity];
  for (let t = 0; t < tries; t++) {
    for (const [i, size] of [small, big].entries()) {
      const t0 = performance.now();
      await run(size);
      best[i] = Math.min(best[i], performance.now() - t0);
    }
  }
  return best[1] / Math.max(best[0], 0.5);
}
