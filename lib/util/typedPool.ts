// Typed arrays carved from recycled ArrayBuffers. A buffer over 64 bytes lives outside the JS heap, and V8 starts a full
// collection for about every 64 MB of such memory allocated since the last one. With a large live heap (the analysed
// tokens of 10,000 articles, ~570 MB) each of those collections costs a third of a second: many short-lived typed arrays
// (one set per article, dropped after its last pair) cost more in collections than in work. Arrays given back are
// reused by later ones of the same size class, so the memory in use stays at its peak instead of being allocated anew.

/** Free buffers by byte length (a size class, see sizeClass). */
export interface TypedPool {
  free: Map<number, ArrayBuffer[]>;
}

/** An empty pool. */
export function typedPool(): TypedPool {
  return { free: new Map() };
}

/** The size class of a byte length: at least 64, the next power of two up to 256, then the next eighth of one. */
function sizeClass(bytes: number): number {
  let c = 64;
  while (c < bytes) c *= 2;
  if (c <= 256) return c;
  // above 256 bytes, eighths of the power of two (5/8, 6/8, 7/8, 8/8): a power of two alone wastes a third of the
  // memory on average, and the pool's memory is typed-array memory that brings full collections nearer
  const step = c / 8;
  return Math.ceil(bytes / step) * step;
}

/** A buffer of at least `bytes` bytes: a free one of its size class, else a new one (contents unspecified). */
function take(pool: TypedPool | undefined, bytes: number): ArrayBuffer {
  if (!pool) return new ArrayBuffer(bytes);
  const c = sizeClass(bytes);
  return pool.free.get(c)?.pop() ?? new ArrayBuffer(c);
}

/**
 * A zero-filled Int32Array of length n (from the pool when given, like `new Int32Array(n)` otherwise). `zero` false:
 * for a caller that writes every element before reading any, a reused buffer's old contents are left (not filled).
 */
export function int32s(pool: TypedPool | undefined, n: number, zero = true): Int32Array {
  const a = new Int32Array(take(pool, n * 4), 0, n);
  return zero && pool ? a.fill(0) : a;
}

/** A zero-filled Uint32Array of length n (`zero`: see int32s). */
export function uint32s(pool: TypedPool | undefined, n: number, zero = true): Uint32Array {
  const a = new Uint32Array(take(pool, n * 4), 0, n);
  return zero && pool ? a.fill(0) : a;
}

/** A zero-filled Uint8Array of length n (`zero`: see int32s). */
export function uint8s(pool: TypedPool | undefined, n: number, zero = true): Uint8Array {
  const a = new Uint8Array(take(pool, n), 0, n);
  return zero && pool ? a.fill(0) : a;
}

/** A zero-filled Float64Array of length n (`zero`: see int32s). */
export function float64s(pool: TypedPool | undefined, n: number, zero = true): Float64Array {
  const a = new Float64Array(take(pool, n * 8), 0, n);
  return zero && pool ? a.fill(0) : a;
}

/**
 * Give arrays' buffers back to the pool. Only arrays taken from this pool, each given back once, and none of them used
 * afterwards: a later array may share the buffer.
 */
export function giveBack(pool: TypedPool, ...arrays: (Int32Array | Uint32Array | Float64Array | Uint8Array)[]): void {
  for (const a of arrays) {
    const b = a.buffer as ArrayBuffer;
    const list = pool.free.get(b.byteLength) ?? pool.free.set(b.byteLength, []).get(b.byteLength)!;
    list.push(b);
  }
}
