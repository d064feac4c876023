// Counts by string key with one Map probe per count (a Map's get-then-set is two), read out as a plain Map.

/** Counts of string keys, kept by number in order of first sight. */
export class Tally {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private counts = new Float64Array(256);

  /** Count `n` more (default one) of `key`. */
  add(key: string, n = 1): void {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.push(key) - 1;
      this.ids.set(key, id);
      if (id === this.counts.length) {
        const c = new Float64Array(id * 2);
        c.set(this.counts);
        this.counts = c;
      }
    }
    this.counts[id] += n;
  }

  /** Add the counts to `m` in order of first sight: into an empty Map, what `m.set(k, (m.get(k) ?? 0) + n)` per add gives. */
  into(m: Map<string, number>): Map<string, number> {
    for (let id = 0; id < this.keys.length; id++) m.set(this.keys[id], (m.get(this.keys[id]) ?? 0) + this.counts[id]);
    return m;
  }
}
