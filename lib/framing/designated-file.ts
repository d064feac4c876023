// Reading data/designated-groups.json (the only file input of the designation reading, designated-groups.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import { designationTable, type DesignatedGroup, type DesignationTable } from './designated-groups.js';

let table: DesignationTable | undefined;

/** True when `g` has the shape of a list entry: names, an ISO designation date, an optional revocation date. */
function isEntry(g: unknown): g is DesignatedGroup {
  const e = g as DesignatedGroup;
  const iso = (s: unknown) => typeof s === 'string' && /^\d{4}(-\d\d(-\d\d)?)?$/.test(s);
  return (
    !!e &&
    Array.isArray(e.names) &&
    e.names.every((n) => typeof n === 'string') &&
    iso(e.designated) &&
    (e.revoked === undefined || iso(e.revoked))
  );
}

/**
 * The designation table of data/designated-groups.json under the project root, read once per process (empty when the
 * file is missing); throws naming the file when an entry is malformed.
 */
export function designations(): DesignationTable {
  if (!table) {
    const p = join(projectRoot(), 'data', 'designated-groups.json');
    const groups = existsSync(p) ? ((JSON.parse(readFileSync(p, 'utf8')) as { groups?: unknown[] }).groups ?? []) : [];
    const bad = groups.findIndex((g) => !isEntry(g));
    if (bad >= 0) throw new Error(`${p}: groups[${bad}] needs names (strings) and an ISO date in designated`);
    table = designationTable(groups as DesignatedGroup[]);
  }
  return table;
}
