// Linear or not, without a time limit: the same work at two sizes in the same test, each costed as the best of a few
// runs, compared as a ratio. A quadratic step makes 4x the input cost ~16x, a linear one ~4x. The cost is this
// process's CPU time (vitest runs each file in its own fork), not the wall clock: on a busy machine a run that waits
// for a core is not charged for the wait, so other processes' load no longer skews the ratio. Absolute speed belongs
// in `npm run bench`.

/** CPU milliseconds (user + system) this process has used. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Cost ratio of `run(big)` to `run(small)`: the best of `tries` timings of each, measured alternately. */
export async function growth(run: (size: number) => unknown, small: number, big: number, tries = 3): Promise<number> {
  const best = [Infinity, Infinity];
  for (let t = 0; t < tries; t++) {
    for (const [i, size] of [small, big].entries()) {
      const t0 = cpuMs();
      await run(size);
      best[i] = Math.min(best[i], cpuMs() - t0);
    }
  }
  return best[1] / Math.max(best[0], 0.5);
}
