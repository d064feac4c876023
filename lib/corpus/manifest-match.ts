// The manifest of a folder: found (corpus.csv or corpus.json, or the one named), read, and its rows matched to the
// walk's inputs by file or by id; files it names beyond the walk are added, or skipped with a reason.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Skip } from '../types.js';
import { decodeBytes } from './decode.js';
import { MANIFEST_NAMES, parseManifest } from './manifest.js';
import type { Manifest, ManifestRow } from './types.js';
import { errReason, inside, MAX_FILE_BYTES, readRegular, toPosix } from './file-access.js';
import type { Input } from './walk.js';

function readManifestFile(p: string, name: string): Manifest {
  const bytes = readRegular(p, MAX_FILE_BYTES);
  if (typeof bytes === 'string') throw new Error(`${name}: ${bytes}`);
  const d = decodeBytes(bytes);
  if ('reason' in d) throw new Error(`${name}: ${d.reason}`);
  return parseManifest(d.text, name);
}

/** The manifests present in the corpus folder (regular files, or symlinks to files inside it). A folder with a
 *  manifest's name is walked like any folder; a special file or a link leaving the corpus is skipped with a reason. */
async function findManifests(root: string, realRoot: string, exclude: Set<string>, skipped: Skip[]): Promise<string[]> {
  const found: string[] = [];
  for (const n of MANIFEST_NAMES) {
    const p = path.join(root, n);
    let lst;
    try {
      lst = await fsp.lstat(p);
    } catch {
      continue;
    }
    let st = lst;
    if (lst.isSymbolicLink()) {
      let real: string;
      try {
        real = await fsp.realpath(p);
      } catch {
        exclude.add(p);
        skipped.push({ file: n, reason: 'broken symlink' });
        continue;
      }
      exclude.add(p);
      if (!inside(realRoot, real)) {
        skipped.push({ file: n, reason: 'symlink points outside the corpus folder' });
        continue;
      }
      st = await fsp.stat(real);
    }
    if (st.isDirectory()) continue;
    exclude.add(p);
    if (st.isFile()) found.push(p);
    else skipped.push({ file: n, reason: 'not a regular file (FIFO, socket or device)' });
  }
  return found;
}

/**
 * Where the corpus is: the folder walked (or the folder of the one file), its real path, and whether it is one file.
 */
export interface CorpusPlace {
  root: string;
  realRoot: string;
  single: boolean;
  /** paths the walk leaves out (the manifests) */
  exclude: Set<string>;
  skipped: Skip[];
  warnings: string[];
}

/** The manifest: the `manifest` option, or corpus.csv / corpus.json in the corpus folder (warning when both are). */
export async function readManifest(at: CorpusPlace, manifestPath: string | undefined): Promise<Manifest | null> {
  let manifest: Manifest | null = null;
  if (manifestPath) {
    const mp = path.resolve(manifestPath);
    manifest = readManifestFile(mp, path.basename(mp));
    at.exclude.add(mp);
  } else if (!at.single) {
    const found = await findManifests(at.root, at.realRoot, at.exclude, at.skipped);
    if (found.length) manifest = readManifestFile(found[0], path.basename(found[0]));
    if (found.length > 1)
      at.warnings.push(
        `both ${MANIFEST_NAMES.join(' and ')} present: using ${path.basename(found[0])}, ignoring the other`,
      );
  }
  if (manifest) at.warnings.push(...manifest.warnings);
  return manifest;
}

/** A file a manifest row names that the walk did not list (e.g. a hidden file): an input, or a skip saying why not. */
async function namedInput(at: CorpusPlace, row: ManifestRow, rel: string, abs: string): Promise<Input | null> {
  if (at.single) {
    at.warnings.push(`manifest row ${row.row}: file ${row.file} is not the loaded file`);
    return null;
  }
  try {
    const real = await fsp.realpath(abs);
    if (!inside(at.realRoot, real)) {
      at.skipped.push({ file: rel, reason: `manifest row ${row.row}: path outside the corpus folder` });
      return null;
    }
    const s2 = await fsp.stat(real);
    if (!s2.isFile()) {
      at.skipped.push({ file: rel, reason: `manifest row ${row.row}: not a file` });
      return null;
    }
    return { rel, abs };
  } catch (e) {
    at.skipped.push({ file: rel, reason: `manifest row ${row.row}: ${errReason(e)}` });
    return null;
  }
}

/**
 * Match the manifest's rows to the inputs (by file, or by id for records); files it names beyond the walk are added.
 */
export async function matchManifest(
  at: CorpusPlace,
  manifest: Manifest,
  inputs: Input[],
): Promise<{ byFile: Map<string, ManifestRow>; byId: Map<string, ManifestRow> }> {
  const byFile = new Map<string, ManifestRow>();
  const byId = new Map<string, ManifestRow>();
  const known = new Set(inputs.map((i) => i.rel));
  // entries the walk already listed as skipped (links leaving the folder, broken links, FIFOs): one input, one skip
  const walkSkipped = new Set(at.skipped.map((s) => s.file));
  for (const row of manifest.rows) {
    if (row.id && !row.file) {
      byId.set(row.id, row);
      continue;
    }
    const file = row.file!;
    const abs = path.resolve(at.root, file);
    const rel = toPosix(path.relative(at.root, abs));
    if (!inside(at.root, abs)) {
      at.skipped.push({ file, reason: `manifest row ${row.row}: path outside the corpus folder` });
      continue;
    }
    if (row.id) byId.set(row.id, row);
    const dup = byFile.get(rel);
    if (dup)
      throw new Error(
        `${manifest.name} row ${row.row}: file "${rel.slice(0, 200)}" is already listed in row ${dup.row}`,
      );
    byFile.set(rel, row);
    if (known.has(rel) || walkSkipped.has(rel)) continue;
    const inp = await namedInput(at, row, rel, abs);
    if (!inp) continue;
    inputs.push(inp); // explicitly named (e.g. a hidden file)
    known.add(rel);
  }
  inputs.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { byFile, byId };
}
