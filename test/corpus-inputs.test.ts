// Awkward inputs: every input is loaded or skipped with its reason; one bad file never stops the load.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../lib/corpus/load.js';
import { cleanText } from '../lib/corpus/clean.js';
import { growth } from './helpers/scaling.js';
import type { Corpus } from '../lib/types.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'presslens-corpus-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) {
    try {
      chmodSync(join(d, 'locked.txt'), 0o644);
    } catch {
      /* absent */
    }
    rmSync(d, { recursive: true, force: true });
  }
});

const BODY =
  'The delegation arrived in Damascus on Thursday for talks with the new administration.\n\nOfficials said the talks covered border security.\n';
const LATIN1 =
  'Le café était fermé. Les délégués ont discuté de la sécurité à la frontière, a déclaré un responsable.\n\nLa réunion a duré deux heures et les participants étaient très satisfaits.\n';
const ARABIC =
  'وصل وفد عراقي رفيع المستوى برئاسة رئيس جهاز المخابرات حميد الشطري إلى دمشق يوم الخميس للقاء الإدارة السورية الجديدة.\n\nوقال مصدر حكومي إن الزيارة تهدف إلى تأكيد موقف العراق من عدم التدخل في الشؤون الداخلية لسوريا.\n';
const reason = (c: Corpus, file: string) => c.skipped.filter((s) => s.file === file).map((s) => s.reason);

describe('a corpus of awkward files', () => {
  let root: string;
  let c: Corpus;
  const inputs = [
    'a/good.txt',
    'a/nested/deeper.md',
    'empty.txt',
    'blank.txt',
    'binary.txt',
    'latin1.txt',
    'arabic1256.txt',
    'utf16le.txt',
    'utf16be.txt',
    'bom.txt',
    'dup/good.txt',
    'records.jsonl',
    'scan.pdf',
    'image.png',
    'page.html',
    'records.csv',
    'records.json',
    'junk.txt',
    'nothing-left.txt',
  ];
  beforeAll(async () => {
    root = tempDir();
    mkdirSync(join(root, 'a', 'nested'), { recursive: true });
    mkdirSync(join(root, 'dup'));
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git', 'config'), 'not an input');
    writeFileSync(join(root, '.DS_Store'), Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
    writeFileSync(join(root, 'a/good.txt'), BODY);
    writeFileSync(
      join(root, 'a/nested/deeper.md'),
      '# A markdown headline\n\nSee [the report](https://example.com) for **details** of the visit.\n',
    );
    writeFileSync(join(root, 'empty.txt'), '');
    writeFileSync(join(root, 'blank.txt'), '  \n\t\n\u200B\n');
    writeFileSync(join(root, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]));
    writeFileSync(join(root, 'latin1.txt'), iconv.encode(LATIN1, 'latin1'));
    writeFileSync(join(root, 'arabic1256.txt'), iconv.encode(ARABIC, 'windows-1256'));
    writeFileSync(
      join(root, 'utf16le.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('UTF-16 text about the visit to Damascus.\n', 'utf16le')]),
    );
    writeFileSync(
      join(root, 'utf16be.txt'),
      Buffer.concat([
        Buffer.from([0xfe, 0xff]),
        iconv.encode('Big-endian text about the visit to Damascus.\n', 'utf16-be'),
      ]),
    );
    writeFileSync(join(root, 'bom.txt'), '\uFEFFText with a byte order mark and a zero\u200Bwidth space.\n');
    writeFileSync(join(root, 'dup/good.txt'), 'A different article that happens to share the file name.\n');
    writeFileSync(
      join(root, 'records.jsonl'),
      [
        JSON.stringify({
          id: 'r1',
          outlet: 'Wire',
          date: '2024-12-26',
          title: 'First',
          text: 'First record text about the visit.',
        }),
        '{"id": "r2", "text": "broken',
        JSON.stringify({
          id: 'r3',
          source: { name: 'Nested Source' },
          published_at: '2024-12-27T10:00:00Z',
          body: 'Third record body.',
        }),
        JSON.stringify({ id: 'r4', title: 'No text here' }),
        '{"id": "r5", "text": "truncated at the en',
      ].join('\n'),
    );
    writeFileSync(join(root, 'scan.pdf'), '%PDF-1.4 fake');
    writeFileSync(join(root, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(
      join(root, 'page.html'),
      `<!doctype html><html lang="en"><head><title>Page title | Site</title>
      <meta property="og:title" content="Delegation visits Damascus"><meta property="og:site_name" content="Example Times">
      <meta property="article:published_time" content="2024-12-28T09:00:00Z"><link rel="canonical" href="https://example.com/a">
      <script>var x = "<p>not text</p>";</script></head><body><nav>Home | World</nav>
      <article><h1>Delegation visits Damascus</h1><p>The delegation &amp; its hosts met on Thursday.</p>
      <figure><img src="x.jpg"><figcaption>A caption</figcaption></figure><p>Talks covered the border.</p></article>
      <footer>Copyright</footer></body></html>`,
    );
    writeFileSync(
      join(root, 'records.csv'),
      'id,outlet,title,text\nc1,CSV Outlet,"Title, with comma","Line one\n\nLine two, quoted"\nc2,CSV Outlet,No text,\n',
    );
    writeFileSync(
      join(root, 'records.json'),
      JSON.stringify([{ id: 'j1', content: 'JSON record content.' }, 'not an object']),
    );
    writeFileSync(join(root, 'junk.txt'), Buffer.from([0x41, 0x42, 0xff, 0xfe, 0xfd, 0x80, 0x43, 0xc3, 0x28, 0x0a]));
    writeFileSync(join(root, 'nothing-left.txt'), 'No comments:\n\nPost a Comment\n');
    writeFileSync(
      join(root, 'corpus.csv'),
      [
        'file,id,outlet,date,title,extra',
        'a/good.txt,good-1,"Outlet, Inc.",2024-12-26,"A title with ""quotes""",x',
        'latin1.txt,,,,,',
        '../../etc/passwd,,,,,',
        'missing.txt,,,,,',
        ',r1,Manifest Wire,,,',
      ].join('\n'),
    );
    c = await loadCorpus(root);
  });

  it('accounts for every input: loaded or skipped, never both', () => {
    const loadedFiles = new Set(c.articles.map((a) => a.provenance.file));
    const skippedFiles = new Set(c.skipped.filter((s) => s.record === undefined).map((s) => s.file));
    for (const f of inputs) expect(loadedFiles.has(f) || skippedFiles.has(f), f).toBe(true);
    for (const f of skippedFiles) expect(loadedFiles.has(f), f).toBe(false);
    // hidden files and the manifest are not inputs
    for (const f of [...loadedFiles, ...c.skipped.map((s) => s.file)]) {
      expect(f.split('/').some((p) => p.startsWith('.') && p !== '..')).toBe(false);
      expect(f).not.toBe('corpus.csv');
    }
  });

  it('skips each bad file with its reason', () => {
    expect(reason(c, 'empty.txt')).toEqual(['empty file (0 bytes)']);
    expect(reason(c, 'blank.txt')).toEqual(['empty file (whitespace only)']);
    expect(reason(c, 'binary.txt')[0]).toMatch(/^binary file/);
    expect(reason(c, 'scan.pdf')).toEqual([
      'unsupported file type .pdf (save or export it as .txt, .md or .html to include it)',
    ]);
    expect(reason(c, 'image.png')).toEqual(['unsupported file type .png']);
    expect(reason(c, 'junk.txt')[0]).toMatch(/^undecodable: not valid UTF-8 and no confident encoding guess/);
    expect(reason(c, 'nothing-left.txt')[0]).toMatch(/^no text left after cleaning/);
  });

  it('skips bad manifest rows with the row number, and never reads outside the folder', () => {
    expect(reason(c, '../../etc/passwd')).toEqual(['manifest row 3: path outside the corpus folder']);
    expect(reason(c, 'missing.txt')).toEqual(['manifest row 4: file not found']);
    expect(c.warnings?.join('\n')).toMatch(/ignoring unknown column\(s\) extra/);
  });

  it('manifest values win; empty manifest cells leave fields to guessing', () => {
    const good = c.articles.find((a) => a.provenance.file === 'a/good.txt')!;
    expect(good).toMatchObject({
      id: 'good-1',
      outlet: 'Outlet, Inc.',
      date: '2024-12-26',
      title: 'A title with "quotes"',
    });
    expect(good.provenance.fields).toMatchObject({
      id: 'manifest',
      outlet: 'manifest',
      date: 'manifest',
      title: 'manifest',
      url: 'missing',
    });
    // dup/good.txt has id "dup/good": no clash with "good-1", so it loads
    expect(c.articles.find((a) => a.provenance.file === 'dup/good.txt')?.id).toBe('dup/good');
    const latin = c.articles.find((a) => a.provenance.file === 'latin1.txt')!;
    expect(latin.provenance.fields.outlet).toBe('missing');
  });

  it('decodes Latin-1 and Windows-1256 by detection, flagged; UTF-16 and BOMs by their marks', () => {
    const latin = c.articles.find((a) => a.provenance.file === 'latin1.txt')!;
    expect(latin.text).toContain('café');
    expect(latin.text).toContain('sécurité à la frontière');
    expect(latin.provenance.encodingGuessed).toBe(true);
    expect(latin.provenance.encoding).toMatch(/^(iso-8859-1|windows-1252)$/);
    expect(latin.provenance.warnings.join(' ')).toMatch(/not valid UTF-8; decoded as/);
    const ar = c.articles.find((a) => a.provenance.file === 'arabic1256.txt')!;
    expect(ar.provenance.encoding).toBe('windows-1256');
    expect(ar.provenance.encodingGuessed).toBe(true);
    expect(ar.text).toContain('حميد الشطري');
    expect(ar.paragraphs).toHaveLength(2); // an Arabic article keeps its Arabic lines
    const le = c.articles.find((a) => a.provenance.file === 'utf16le.txt')!;
    expect(le.text).toBe('UTF-16 text about the visit to Damascus.');
    expect(le.provenance).toMatchObject({ encoding: 'utf-16le', encodingGuessed: false });
    const be = c.articles.find((a) => a.provenance.file === 'utf16be.txt')!;
    expect(be.text).toBe('Big-endian text about the visit to Damascus.');
    expect(be.provenance.encoding).toBe('utf-16be');
    const bom = c.articles.find((a) => a.provenance.file === 'bom.txt')!;
    expect(bom.provenance.encoding).toBe('utf-8-bom');
    expect(bom.text).toBe('Text with a byte order mark and a zerowidth space.');
    expect(bom.provenance.removed).toContainEqual(expect.objectContaining({ kind: 'zero-width', count: 1 }));
    for (const a of c.articles) expect(a.text).not.toContain('\uFFFD');
  });

  it('JSONL: each malformed line is its own skip, the truncated last line too; good lines load', () => {
    const recs = c.skipped.filter((s) => s.file === 'records.jsonl');
    expect(recs.map((s) => [s.record, s.reason.replace(/:.*$/, '')])).toEqual([
      [2, 'malformed record at line 2'],
      [4, 'record 4'],
      [5, 'malformed record at line 5 (truncated last line)'],
    ]);
    expect(recs[1].reason).toBe(
      'record 4: no text field among the columns id, title; name it with --map text=<column>',
    );
    const r1 = c.articles.find((a) => a.id === 'r1')!;
    expect(r1).toMatchObject({
      outlet: 'Manifest Wire',
      date: '2024-12-26',
      title: 'First',
      text: 'First record text about the visit.',
    });
    expect(r1.provenance).toMatchObject({ file: 'records.jsonl', record: 1 });
    expect(r1.provenance.fields).toMatchObject({ id: 'record', outlet: 'manifest', date: 'record', title: 'record' });
    const r3 = c.articles.find((a) => a.id === 'r3')!;
    expect(r3).toMatchObject({ outlet: 'Nested Source', date: '2024-12-27', text: 'Third record body.' });
  });

  it('CSV and JSON records: quoted commas and newlines, rows without text skipped', () => {
    const c1 = c.articles.find((a) => a.id === 'c1')!;
    expect(c1).toMatchObject({
      outlet: 'CSV Outlet',
      title: 'Title, with comma',
      text: 'Line one\n\nLine two, quoted',
    });
    expect(c1.paragraphs).toHaveLength(2);
    expect(reason(c, 'records.csv')).toEqual(['record 2: no text field (column "text" is empty)']);
    expect(c.articles.find((a) => a.id === 'j1')?.text).toBe('JSON record content.');
    expect(reason(c, 'records.json')).toEqual(['record 2: not an object']);
  });

  it('HTML: article text only, metadata from meta tags', () => {
    const h = c.articles.find((a) => a.provenance.file === 'page.html')!;
    expect(h.text).toBe('The delegation & its hosts met on Thursday.\n\nTalks covered the border.');
    expect(h).toMatchObject({
      title: 'Delegation visits Damascus',
      outlet: 'Example Times',
      date: '2024-12-28',
      url: 'https://example.com/a',
      language: 'en',
    });
    expect(h.provenance.fields).toMatchObject({ title: 'record', outlet: 'record', date: 'record' });
    expect(h.provenance.removed.map((r) => r.kind)).toEqual(expect.arrayContaining(['html-markup', 'title']));
  });

  it('Markdown: heading is the title, link syntax stripped', () => {
    const m = c.articles.find((a) => a.provenance.file === 'a/nested/deeper.md')!;
    expect(m.id).toBe('a/nested/deeper');
    expect(m.title).toBe('A markdown headline');
    expect(m.text).toBe('See the report for details of the visit.');
  });

  it('articles come in sorted path order', () => {
    const files = c.articles.map((a) => a.provenance.file);
    expect(files).toEqual([...files].sort());
  });
});

describe('identity, size and safety', () => {
  it('a duplicate id skips the second file, naming the first; the same name in another folder is its own id', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'x'));
    writeFileSync(join(root, 'a.txt'), BODY);
    writeFileSync(join(root, 'x', 'a.txt'), 'Another text entirely, same stem.\n');
    writeFileSync(join(root, 'x', 'a.md'), 'Same path and stem, another extension.\n');
    const c = await loadCorpus(root);
    expect(c.articles.map((a) => [a.id, a.provenance.file])).toEqual([
      ['a', 'a.txt'],
      ['x/a', 'x/a.md'],
    ]);
    expect(c.skipped).toEqual([{ file: 'x/a.txt', reason: 'duplicate id "x/a" (already loaded from x/a.md)' }]);
  });

  it("one outlet's article saved twice is counted once; another outlet's identical text is kept", async () => {
    const root = tempDir();
    for (const dir of ['courier', 'courier/amp', 'gazette']) mkdirSync(join(root, dir));
    writeFileSync(
      join(root, 'corpus.csv'),
      'file,outlet\ncourier/a.txt,Courier\ncourier/amp/a.html,Courier\ngazette/a.txt,Gazette\n',
    );
    writeFileSync(join(root, 'courier', 'a.txt'), BODY);
    writeFileSync(
      join(root, 'courier', 'amp', 'a.html'),
      `<html><body><article><p>${BODY}</p></article></body></html>`,
    );
    writeFileSync(join(root, 'gazette', 'a.txt'), BODY);
    const c = await loadCorpus(root);
    expect(c.articles.map((a) => [a.id, a.outlet])).toEqual([
      ['courier/a', 'Courier'],
      ['gazette/a', 'Gazette'],
    ]);
    expect(c.skipped).toEqual([
      {
        file: 'courier/amp/a.html',
        reason: 'same outlet and text as courier/a.txt (a copy saved twice; counted once)',
      },
    ]);
  });

  it('skips files over the size limit; a 20 MB article loads', async () => {
    const root = tempDir();
    const para =
      'Officials said the delegation discussed border security and the fate of detainees in Syrian prisons. ';
    const big = Array.from(
      { length: (20 * 1024 * 1024) / (para.length * 10) },
      (_, i) => `${i}. ${para.repeat(10)}`,
    ).join('\n\n');
    writeFileSync(join(root, 'big.txt'), big);
    writeFileSync(join(root, 'small.txt'), BODY);
    const c = await loadCorpus(root);
    expect(c.articles.map((a) => a.id)).toEqual(['big', 'small']);
    expect(c.articles[0].text.length).toBeGreaterThan(19_000_000);
    const c2 = await loadCorpus(root, { maxBytes: 1024 * 1024 });
    expect(c2.skipped).toEqual([
      { file: 'big.txt', reason: expect.stringMatching(/^file too large \(20\.\d MB; limit 1 MB\)$/) },
    ]);
  }, 60_000);

  it('cleans a 1 MB line without newlines in linear time', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'oneline.txt'), 'word (Photo '.repeat(90_000) + '\u00a0end');
    const c = await loadCorpus(root);
    expect(c.articles[0].text.endsWith(' end')).toBe(true);
    // 4x the line costs about 4x, not 16x (a ratio in one test, not a time limit)
    const line = (n: number) => cleanText('word (Photo '.repeat(n) + '\u00a0end');
    expect(await growth(line, 25_000, 100_000)).toBeLessThan(9);
  });

  it('does not follow symlink loops or links leaving the folder', async () => {
    const root = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.txt'), 'Outside text that must never be read.\n');
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'in.txt'), BODY);
    symlinkSync(root, join(root, 'sub', 'loop'));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'leak.txt'));
    symlinkSync(outside, join(root, 'leakdir'));
    const c = await loadCorpus(root);
    expect(c.articles.map((a) => a.provenance.file)).toEqual(['sub/in.txt']);
    expect(c.skipped).toEqual([
      { file: 'leak.txt', reason: 'symlink points outside the corpus folder' },
      { file: 'leakdir', reason: 'symlink points outside the corpus folder' },
    ]);
  });

  // An unreadable file is tested for real in test/hostile.test.ts, which runs the CLI as `nobody` (root reads anything).

  it('loads a single .jsonl file of records, reports progress', async () => {
    const root = tempDir();
    const f = join(root, 'one.jsonl');
    writeFileSync(f, `${JSON.stringify({ text: 'Only record.' })}\n`);
    const seen: [number, number][] = [];
    const c = await loadCorpus(f, { onProgress: (d, t) => seen.push([d, t]) });
    expect(c.articles.map((a) => [a.id, a.text, a.provenance.fields.id])).toEqual([
      ['one#1', 'Only record.', 'filename'],
    ]);
    expect(seen).toEqual([[1, 1]]);
  });
});

describe('failures that stop the load', () => {
  it('rejects with a clear message when nothing loads', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'empty.txt'), '');
    writeFileSync(join(root, 'doc.pdf'), '%PDF');
    await expect(loadCorpus(root)).rejects.toThrow(
      /^no articles loaded from .*: 2 inputs skipped \(doc\.pdf: unsupported file type \.pdf \(save or export it as \.txt, \.md or \.html to include it\); empty\.txt: empty file \(0 bytes\)\)$/,
    );
  });

  it('rejects an empty folder', async () => {
    await expect(loadCorpus(tempDir())).rejects.toThrow(/no articles loaded from .*: 0 inputs skipped/);
  });

  it('rejects a malformed manifest, naming the row', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'a.txt'), BODY);
    writeFileSync(join(root, 'corpus.csv'), 'file,date\na.txt,2024-12-26\nb.txt,\nc.txt,2024-13-45\n');
    await expect(loadCorpus(root)).rejects.toThrow(
      'corpus.csv row 3 (line 4): date "2024-13-45" is not a date (use YYYY-MM-DD)',
    );
    writeFileSync(join(root, 'corpus.csv'), 'outlet,date\nX,2024-12-26\n');
    await expect(loadCorpus(root)).rejects.toThrow(/corpus\.csv: needs a "file" or "id" column/);
    writeFileSync(join(root, 'corpus.csv'), 'file,title\na.txt,"unclosed\n');
    await expect(loadCorpus(root)).rejects.toThrow(/^corpus\.csv: malformed CSV/);
  });

  it('a .json file holding one article object is one article named after the file', async () => {
    const root = tempDir();
    writeFileSync(
      join(root, 'story.json'),
      JSON.stringify({ title: 'Story', outlet: 'Obj Outlet', date: '26 December 2024', body: 'The story body.' }),
    );
    writeFileSync(join(root, 'notext.json'), JSON.stringify({ title: 'No body' }));
    const c = await loadCorpus(root);
    expect(c.articles).toHaveLength(1);
    expect(c.articles[0]).toMatchObject({
      id: 'story',
      title: 'Story',
      outlet: 'Obj Outlet',
      date: '2024-12-26',
      text: 'The story body.',
    });
    expect(c.articles[0].provenance.record).toBeUndefined();
    expect(c.skipped).toEqual([
      { file: 'notext.json', reason: 'no text field among the columns title; name it with --map text=<column>' },
    ]);
  });

  it('reads corpus.json manifests too', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'a.txt'), BODY);
    writeFileSync(
      join(root, 'corpus.json'),
      JSON.stringify([{ file: 'a.txt', outlet: 'JSON Outlet', date: 'Dec. 26, 2024' }]),
    );
    const c = await loadCorpus(root);
    expect(c.articles[0]).toMatchObject({ outlet: 'JSON Outlet', date: '2024-12-26' });
    expect(c.skipped).toEqual([]);
  });
});

describe("a saved page's declared charset", () => {
  const body = 'The mayor\u2019s \u201cplan\u201d for the caf\u00e9 district \u2014 na\u00efve, critics said.';
  // `tail`: a last paragraph of its own, so that two pages are not one page saved twice
  const page = (meta: string, paragraphs = 2, tail = '') =>
    iconv.encode(
      `<html><head>${meta}<title>Caf\u00e9 plan</title></head><body><article><h1>Caf\u00e9 plan</h1>` +
        `<p>${body}</p>`.repeat(paragraphs) +
        (tail ? `<p>${tail}</p>` : '') +
        '</article></body></html>',
      'windows-1252',
    );

  it('decodes a page by the charset it declares, not as a guess, in either <meta> form', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'short.html'), page('<meta charset="windows-1252">'));
    writeFileSync(
      join(root, 'equiv.html'),
      page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 2, 'A second page.'),
    );
    const c = await loadCorpus(root);
    expect(c.skipped).toEqual([]);
    for (const a of c.articles) {
      expect(a.text).toContain(body);
      expect(a.provenance).toMatchObject({ encoding: 'windows-1252', encodingGuessed: false });
      expect(a.provenance.warnings.join(' ')).not.toMatch(/not valid UTF-8/);
    }
  });

  it('falls back to detection, flagged, when the declared charset does not decode the page cleanly', async () => {
    const root = tempDir();
    // long enough for detection to be confident (two paragraphs are not: the declared charset is what reads them)
    writeFileSync(join(root, 'wrong.html'), page('<meta charset="no-such-charset">', 12));
    const [a] = (await loadCorpus(root)).articles;
    expect(a.text).toContain(body);
    expect(a.provenance.encodingGuessed).toBe(true);
    expect(a.provenance.warnings.join(' ')).toMatch(/not valid UTF-8; decoded as/);
  });
});
