// psl 1.15.0 ships types (types/index.d.ts) that its package.json "exports" hides from NodeNext resolution; the one
// function lib/overlap/publisher.ts calls, declared as the package documents it.
declare module 'psl' {
  /** The registrable domain of a host by the Public Suffix List ("blogs.cnn.com" → "cnn.com"), or null. */
  export function get(domain: string): string | null;
  const psl: { get: typeof get };
  export default psl;
}
