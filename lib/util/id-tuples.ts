// Dense numbers for short tuples of small integers (an n-gram's word ids), in an open-addressing table of one typed
// array: a Map keyed by the joined string would build a string per lookup, and at 10,000 articles the table holds
// millions of tuples, so each lookup is a cache miss (a slot's key and number share one cache line).

/** Tuples of up to three non-negative integers -> 0, 1, 2, … in order of first insertion. */
export interface IdTuples {
  /** 4 numbers per slot: the tuple (an unused place in a shorter tuple is -1), then its number + 1 (0 = empty) */
  slots: Int32Array;
  /** tuples stored */
  size: number;
}

/** An empty table. */
export function idTuples(capacity = 1 << 12): IdTuples {
  let cap = 16;
  while (cap < capacity) cap *= 2;
  return { slots: new Int32Array(cap * 4), size: 0 };
}

/** The slot (its first index in `slots`) holding tuple (a, b, c), or the empty one where it would go. */
function slotOf(slots: Int32Array, a: number, b: number, c: number): number {
  const mask = (slots.length >> 2) - 1;
  let h = Math.imul(a ^ 0x2545f491, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0xc2b2ae3d);
  let i = (h ^ (h >>> 16)) & mask;
  while (slots[4 * i + 3] !== 0 && (slots[4 * i] !== a || slots[4 * i + 1] !== b || slots[4 * i + 2] !== c))
    i = (i + 1) & mask;
  return 4 * i;
}

/** The number of tuple (a, b, c) (b, c = -1 for shorter ones), or -1 when it was never added. */
export function tupleId(t: IdTuples, a: number, b = -1, c = -1): number {
  return t.slots[slotOf(t.slots, a, b, c) + 3] - 1;
}

/** The number of tuple (a, b, c), adding it (as the next number) when new. */
export function addTuple(t: IdTuples, a: number, b = -1, c = -1): number {
  let i = slotOf(t.slots, a, b, c);
  if (t.slots[i + 3] !== 0) return t.slots[i + 3] - 1;
  if ((t.size + 1) * 3 > (t.slots.length >> 2) * 2) {
    grow(t);
    i = slotOf(t.slots, a, b, c);
  }
  t.slots[i] = a;
  t.slots[i + 1] = b;
  t.slots[i + 2] = c;
  t.slots[i + 3] = ++t.size;
  return t.size - 1;
}

/** Double the table (kept at most two thirds full, so probes stay short). */
function grow(t: IdTuples): void {
  const old = t.slots;
  t.slots = new Int32Array(old.length * 2);
  for (let j = 0; j < old.length; j += 4) {
    if (old[j + 3] === 0) continue;
    const i = slotOf(t.slots, old[j], old[j + 1], old[j + 2]);
    t.slots.set(old.subarray(j, j + 4), i);
  }
}
