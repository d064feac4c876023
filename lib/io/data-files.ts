// The user-editable data files (data/*.json): read, checked against their JSON Schema (data/schemas/), with errors that
// name the file and the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { projectRoot } from '../paths.js';

/** The data files that have a schema under data/schemas/<name>.schema.json. */
export type DataFileKind =
  'frames' | 'loaded-lexicon' | 'outlets' | 'aliases' | 'nicknames' | 'act-nouns' | 'spelling-variants';

const validators = new Map<DataFileKind, ValidateFunction>();

function validator(kind: DataFileKind): ValidateFunction {
  let v = validators.get(kind);
  if (!v) {
    const schema = JSON.parse(
      readFileSync(join(projectRoot(), 'data', 'schemas', `${kind}.schema.json`), 'utf8'),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat('regex', (s: string) => isRegex(s));
    v = ajv.compile(schema);
    validators.set(kind, v);
  }
  return v;
}

function isRegex(s: string): boolean {
  try {
    new RegExp(s, 'i');
    return true;
  } catch {
    return false;
  }
}

/** One readable line per schema error: the field as a path ("concepts[2].heads") and what is wrong with it. */
export function describeErrors(errors: readonly ErrorObject[]): string[] {
  const out = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'if') continue; // the branch errors say more
    const field = e.instancePath
      .split('/')
      .slice(1)
      .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
      .join('')
      .replace(/^\./, '');
    const missing = e.keyword === 'required' ? (e.params as { missingProperty: string }).missingProperty : null;
    if (missing) out.add(`${field ? field + '.' : ''}${missing} is missing`);
    else out.add(`${field || 'the file'} ${e.message ?? 'is invalid'}`);
  }
  return [...out];
}

/** Check parsed JSON against the schema of `kind`; throws an Error naming the file and every bad field. */
export function checkDataFile<T>(kind: DataFileKind, json: unknown, file: string): T {
  const v = validator(kind);
  if (!v(json)) throw new Error(`${file}: not a valid ${kind} file: ${describeErrors(v.errors ?? []).join('; ')}`);
  return json as T;
}

/** Read a data file: parse its JSON (an error names the file) and check it against its schema. */
export function readDataFile<T>(kind: DataFileKind, file: string): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  return checkDataFile<T>(kind, json, file);
}
