// What event finding takes from the other analyses: entity types and names (for event names) and the pairs of
// articles that share a passage (an overlap result's), as EventOptions.

/**
 * entity id -> type, for EventOptions.types. An organisation that `isOutlet` knows as a news outlet ("CNN", "Fox",
 * "Associated Press") is typed 'media': outlets are named in stories about everything, as sources and as
 * interviewers, so they name no event ("2013-09-09/cnn").
 */
export function entityTypes(
  entities: readonly { id: string; name?: string; type?: string }[],
  isOutlet: (name: string) => boolean = () => false,
): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of entities)
    if (e.type) m.set(e.id, e.type === 'org' && e.name !== undefined && isOutlet(e.name) ? 'media' : e.type);
  return m;
}

/** entity id -> its name as written, for EventOptions.names. */
export function entityNames(entities: readonly { id: string; name?: string }[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of entities) if (e.name !== undefined) m.set(e.id, e.name);
  return m;
}

/** Doc-id pairs that share at least one passage, from an overlap result's pairs. */
export function passageLinks(
  pairs: readonly { a: string; b: string; passages: readonly unknown[] }[],
): [string, string][] {
  return pairs.filter((p) => p.passages.length > 0).map((p) => [p.a, p.b]);
}
