// Articles a script already holds in memory load as a file of the same records would: same fields, cleaning, ids,
// provenance, and every bad record listed as skipped with its reason.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFromRecords, loadCorpus } from '../lib/corpus/load.js';

const RECORDS = [
  {
    id: 'n1',
    source: { name: 'Harbour Times' },
    publish_date: '2026-03-01',
    title: 'Crossing shut',
    text: 'Trucks queued for miles on Monday.\n\nThe ministry said the crossing would stay closed.',
  },
  { id: 'n2', media_name: 'Valley Post', date: new Date(Date.UTC(2026, 2, 2)), text: 'Farmers fear for exports.' },
  { id: 'n3', outlet: 'Coast Daily', text: '   ' }, // no usable text
  { id: 'n1', outlet: 'Coast Daily', text: 'A second record with the first id.' },
  { id: 'n4', body: 'Text under a column the map names.', site: 'Coast Daily' },
];

const dir = mkdtempSync(join(tmpdir(), 'presslens-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('corpusFromRecords', () => {
  it('loads what a .json file of the same records loads: articles, fields and skips', async () => {
    const c = corpusFromRecords(RECORDS, { name: 'scraped', map: 'text=body,outlet=site' });
    expect(c.articles.map((a) => [a.id, a.outlet, a.date])).toEqual([
      ['n1', 'Harbour Times', '2026-03-01'],
      ['n2', 'Valley Post', '2026-03-02'],
      ['n4', 'Coast Daily', null],
    ]);
    expect(c.articles[0].text).toBe(RECORDS[0].text); // the user's text is kept
    expect(c.articles[0].provenance.file).toBe('scraped');
    expect(c.skipped.map((s) => [s.record, s.reason])).toEqual([
      [3, 'record 3: no text field (column "text" is empty)'],
      [4, 'duplicate id "n1" (already loaded from scraped record 1)'],
    ]);
    const path = join(dir, 'scraped.json');
    writeFileSync(path, JSON.stringify(RECORDS));
    const f = await loadCorpus(path, { map: 'text=body,outlet=site' });
    const strip = (x: typeof c) => x.articles.map((a) => ({ ...a, provenance: { ...a.provenance, file: '' } }));
    expect(strip(c)).toEqual(strip(f));
  });

  it('says why when no record can be loaded, and rejects what is not JSON-like', () => {
    expect(() => corpusFromRecords([{ title: 'no text' }])).toThrow(/no text field/);
    expect(() => corpusFromRecords([{ text: 'x', n: 1n } as object])).toThrow(/plain objects/);
  });
});
