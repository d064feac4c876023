import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataFile, readDataFile, type DataFileKind } from '../../lib/io/data-files.js';
import { readFrames, readLexicon } from '../../lib/framing/data.js';
import { readAliasRules } from '../../lib/entities/files.js';
import { readOutletTable } from '../../lib/overlap/outlets.js';

const write = (name: string, body: string) => {
  const p = join(mkdtempSync(join(tmpdir(), 'presslens-data-')), name);
  writeFileSync(p, body);
  return p;
};

describe('data files are checked against their schema', () => {
  it('accepts every shipped data file', () => {
    for (const kind of ['frames', 'loaded-lexicon', 'outlets', 'aliases', 'nicknames'] as DataFileKind[]) {
      const file = join('data', `${kind}.json`);
      expect(() => checkDataFile(kind, JSON.parse(readFileSync(file, 'utf8')), file)).not.toThrow();
    }
  });

  it('names the field of a frames file that has the wrong type', () => {
    const p = write('frames.json', JSON.stringify({ concepts: [{ id: 'x', name: 'X', heads: 'regime' }] }));
    expect(() => readFrames(p)).toThrow(/frames\.json: not a valid frames file: concepts\[0\]\.heads must be array/);
  });

  it('names a missing field and a pattern that is not a regular expression', () => {
    const p = write('frames.json', JSON.stringify({ concepts: [{ id: 'x', heads: [], patterns: ['(unclosed'] }] }));
    let message = '';
    try {
      readFrames(p);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/concepts\[0\]\.name is missing/);
    expect(message).toMatch(/concepts\[0\]\.patterns\[0\] must match format "regex"/);
  });

  it('rejects a lexicon theme without terms, an outlet without a name, an alias rule of one name', () => {
    expect(() => readLexicon(write('lex.json', JSON.stringify({ themes: [{ theme: 'war' }] })))).toThrow(
      /themes\[0\]\.terms is missing/,
    );
    expect(() => readOutletTable(write('outlets.json', JSON.stringify({ outlets: [{ aliases: ['X'] }] })))).toThrow(
      /outlets\[0\]\.name is missing/,
    );
    expect(() => readAliasRules(write('aliases.json', JSON.stringify({ merge: [{ names: ['Only One'] }] })))).toThrow(
      /merge\[0\]/,
    );
  });

  it('says which file is not JSON', () => {
    expect(() => readDataFile('frames', write('broken.json', '{ "concepts": ['))).toThrow(
      /broken\.json is not valid JSON/,
    );
  });
});
