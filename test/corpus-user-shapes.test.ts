// How users keep articles they saved by hand: Markdown notes with front matter, pages saved from a browser whose
// <title> carries the site's name, spreadsheets with their own column names. Invented wording throughout.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFrontMatter, readHeaderLines } from '../lib/corpus/front-matter.js';
import { htmlToText } from '../lib/corpus/html.js';
import { loadCorpus } from '../lib/corpus/load.js';
import { rawOffset } from '../lib/corpus/provenance.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'presslens-shapes-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const BODY =
  'The river authority opened the northern sluice on Tuesday after three days of rain.\n\n' +
  'Farmers downstream said the water reached their fields by nightfall.\n';

describe('Markdown front matter', () => {
  const note =
    '---\r\ntitle: "Sluice opened as \\"record\\" rain falls"\r\nsource: Valley Courier\r\npublished: 2026-04-07\r\n' +
    'link: https://example.org/sluice\r\ntags: [weather, river]\r\n---\r\n\r\n# Sluice opened as "record" rain falls\r\n\r\n' +
    BODY.replace(/\n/g, '\r\n');

  it('gives the outlet, date, title and url, and none of its lines reach the text', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'notes'));
    writeFileSync(join(root, 'notes', 'sluice.md'), note);
    const c = await loadCorpus(root);
    const a = c.articles[0];
    expect(a).toMatchObject({
      id: 'notes/sluice',
      outlet: 'Valley Courier',
      date: '2026-04-07',
      title: 'Sluice opened as "record" rain falls',
      url: 'https://example.org/sluice',
    });
    expect(a.provenance.fields).toMatchObject({ outlet: 'record', date: 'record', title: 'record' });
    expect(a.text.startsWith('The river authority')).toBe(true);
    expect(a.text).not.toMatch(/tags|source:|---/);
    expect(a.provenance.removed[0]).toMatchObject({ kind: 'front-matter', rawStart: 0 });
  });

  it("is blanked, not cut: the offsets of the body are those of the user's file", async () => {
    const root = tempDir();
    const plain = '---\nsource: Valley Courier\n---\n' + BODY;
    writeFileSync(join(root, 'plain.md'), plain);
    const a = (await loadCorpus(root)).articles[0];
    expect(a.provenance.rawBase).toBe('extracted-text');
    const at = a.provenance.offsets![1];
    expect(plain.slice(at, at + 19)).toBe('The river authority');
  });

  it('reads only a fenced block at the very top; lists and nested keys are not fields', () => {
    expect(readFrontMatter('Intro line\n---\ntitle: X\n---\n')).toBeNull();
    expect(readFrontMatter('---\ntitle: never closed\n\nBody text.\n')).toBeNull();
    const fm = readFrontMatter(
      "---\nTitle: 'It''s wet'\nsite: [a, b]\nauthor:\n  name: Someone\nDate Published: 2026-04-08\n...\n",
    )!;
    expect(fm.fields).toEqual({ title: "It's wet", date: '2026-04-08' });
  });
});

describe('header lines on top of a plain-text file', () => {
  const header =
    'Title: Sluice opened after rain\r\nSource: Valley Courier\r\nDate: 2026-04-07\r\nAuthor: A. Writer\r\n\r\n';

  it('gives the outlet, date and title, keeps the lines out of the text and the offsets in the file', async () => {
    const root = tempDir();
    const file = header + BODY;
    writeFileSync(join(root, 'sluice.txt'), file);
    const a = (await loadCorpus(root)).articles[0];
    expect(a).toMatchObject({ outlet: 'Valley Courier', date: '2026-04-07', title: 'Sluice opened after rain' });
    expect(a.text).not.toMatch(/Title:|Source:|Author:/);
    expect(a.provenance.removed[0]).toMatchObject({ kind: 'front-matter', rawStart: 0 });
    const at = rawOffset(a.provenance, a.text.indexOf('The river'));
    expect(file.slice(at, at + 19)).toBe('The river authority');
  });

  it('leaves text alone when the top lines are not a header of article fields', () => {
    expect(readHeaderLines('WASHINGTON: The president spoke.\nHe left.\n\nMore.')).toBeNull();
    expect(readHeaderLines('Q: Why now?\nA: Because of the rain.\n\nMore.')).toBeNull();
    expect(readHeaderLines('Title: Only one field\n\nBody.')).toBeNull();
    expect(readHeaderLines('Title: X\nSource: Y\nThe body runs on without a blank line.\n')).toBeNull();
  });
});

describe('a saved page whose <title> carries the site name', () => {
  const page = (title: string, extra = '') =>
    `<html><head><title>${title}</title>${extra}</head><body><header><h1>Sluice opened after rain</h1></header>` +
    `<article><p>${BODY}</p></article><footer>All rights reserved</footer></body></html>`;

  it('splits "Headline - Site" when the <h1> repeats the headline', () => {
    for (const sep of ['-', '|', '—']) {
      const h = htmlToText(page(`Sluice opened after rain ${sep} Valley Courier`));
      expect([h.title, h.siteName]).toEqual(['Sluice opened after rain', 'Valley Courier']);
    }
  });

  it('keeps the title whole when nothing confirms the suffix', () => {
    const h = htmlToText(page('Rain and rivers - what comes next'));
    expect([h.title, h.siteName]).toEqual(['Rain and rivers - what comes next', null]);
    const meta = htmlToText(
      page('Rain and rivers - Valley Courier', '<meta property="og:site_name" content="Valley Courier">'),
    );
    expect([meta.title, meta.siteName]).toEqual(['Rain and rivers', 'Valley Courier']);
  });
});

describe('records in a spreadsheet of their own', () => {
  it('"Publication", "Date Published" and "Article Text" load without --map', async () => {
    const root = tempDir();
    const text = BODY.replace(/\n/g, ' ').replace(/"/g, '""');
    writeFileSync(
      join(root, 'sheet.csv'),
      `Publication,Date Published,Headline,Article Text\nValley Courier,2026-04-07,Sluice opened,"${text}"\n`,
    );
    const c = await loadCorpus(root);
    expect(c.articles[0]).toMatchObject({ outlet: 'Valley Courier', date: '2026-04-07', title: 'Sluice opened' });
  });

  it('a sheet saved with semicolons (a comma-decimal locale) or as .tsv loads, and a dotted date is day first', async () => {
    const root = tempDir();
    const text = 'The sluice opened; farmers said water reached their fields, 1,5 metres deep.';
    writeFileSync(join(root, 'eu.csv'), `Titel;Publication;Date;Text\nSluice;Valley Courier;07.04.2026;"${text}"\n`);
    writeFileSync(join(root, 'tab.tsv'), `Publication\tDate\tText\nHill Gazette\t2026-04-08\t${text}\n`);
    const c = await loadCorpus(root);
    expect(c.skipped).toEqual([]);
    expect(c.articles.map((a) => [a.outlet, a.date, a.text])).toEqual([
      ['Valley Courier', '2026-04-07', text],
      ['Hill Gazette', '2026-04-08', text],
    ]);
  });

  it('a file whose text column is not known says which columns it has and what to type', async () => {
    const root = tempDir();
    const line = JSON.stringify({ ref: 'a1', masthead: 'Valley Courier', copy: BODY });
    writeFileSync(join(root, 'clips.jsonl'), `${line}\n`);
    const c = await loadCorpus(root).catch((e: Error) => e);
    expect(String(c)).toMatch(/no text field among the columns ref, masthead, copy; name it with --map text=<column>/);
    const mapped = await loadCorpus(root, { map: 'text=copy,outlet=masthead' });
    expect(mapped.articles[0].outlet).toBe('Valley Courier');
    const wrong = await loadCorpus(join(root, 'clips.jsonl'), { map: 'text=Copy Text' }).catch((e: Error) => e);
    expect(String(wrong)).toMatch(/no column "Copy Text"/);
  });
});

describe('a text file whose second line is the page header', () => {
  it('"Outlet | date" under the title dates the article and leaves the text', async () => {
    const root = tempDir();
    writeFileSync(
      join(root, 'sluice.txt'),
      'Sluice opened after three days of rain\r\nValley Courier - Opinion | April 7, 2026\r\n\r\n' + BODY,
    );
    const a = (await loadCorpus(root)).articles[0];
    expect(a.date).toBe('2026-04-07');
    expect(a.provenance.fields.date).toBe('guessed');
    expect(a.text.startsWith('The river authority')).toBe(true);
  });

  it('a sentence or a long line beside a bar is no date line', async () => {
    const { matchDateLine } = await import('../lib/corpus/lines.js');
    expect(matchDateLine('By Jane Roe · 3 May 2021')).toBe('2021-05-03');
    expect(matchDateLine('The vote was held. | June 20, 2018')).toBeNull();
    expect(matchDateLine('June 20, 2018 | June 21, 2018')).toBeNull();
  });
});

describe('records whose date column has a name of its own', () => {
  it('say once per file which --map would date them', async () => {
    const root = tempDir();
    const rec = (n: number, day?: string) =>
      JSON.stringify({ ref: `r${n}`, paper: 'Valley Courier', day, body: `${BODY}Update ${n}.` });
    writeFileSync(join(root, 'undated.jsonl'), `${rec(1, '7 April 2026')}\n${rec(2, '8 April 2026')}\n`);
    writeFileSync(join(root, 'dated.jsonl'), JSON.stringify({ date: '2026-04-07', outlet: 'Coast Daily', text: BODY }));
    const c = await loadCorpus(root);
    expect(c.warnings).toEqual([
      'undated.jsonl: none of its 2 article(s) has a date. Say which column holds it: --map date=<column> ' +
        '(columns: ref, paper, day, body), or add a date column to corpus.csv',
    ]);
    const mapped = await loadCorpus(root, { map: 'date=day' });
    expect(mapped.articles.map((a) => a.date)).toEqual(['2026-04-07', '2026-04-07', '2026-04-08']);
    expect(mapped.warnings ?? []).toEqual([]);
  });
});
