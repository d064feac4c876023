// Real corpora in, nothing lost: the layouts, record formats and column names of corpora not written for presslens.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus, stripMarkdown } from '../lib/corpus/load.js';
import { htmlToText } from '../lib/corpus/html.js';
import { rawOffset } from '../lib/corpus/provenance.js';
import { parseColumnMap } from '../lib/corpus/columns.js';
import type { Article } from '../lib/types.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'presslens-real-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const SENTENCE = (n: string) => `Officials said on Thursday that talks number ${n} covered border security and trade.`;

describe('1. ids that never collide by accident', () => {
  it('a folder per topic with numbered files, in mixed encodings, loads every file (the 2,225-file layout)', async () => {
    const root = tempDir();
    const topics = ['business', 'entertainment', 'politics', 'sport', 'tech'];
    const perTopic = 445; // 5 x 445 = 2,225 files, the same names in every folder
    for (const t of topics) {
      mkdirSync(join(root, t));
      for (let i = 1; i <= perTopic; i++) {
        const name = String(i).padStart(3, '0');
        const text = `${t} story ${name}\n\n${SENTENCE(`${t}-${name}`)} Café owners in Zürich agreed.\n`;
        const enc =
          i % 3 === 0
            ? iconv.encode(text, 'latin1')
            : i % 3 === 1
              ? Buffer.from(text)
              : Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
        writeFileSync(join(root, t, `${name}.txt`), enc);
      }
    }
    const c = await loadCorpus(root);
    expect(c.skipped).toEqual([]);
    expect(c.articles.length).toBe(2225);
    expect(new Set(c.articles.map((a) => a.id)).size).toBe(2225);
    const a = c.articles.find((x) => x.id === 'sport/001')!;
    expect(a.provenance.file).toBe('sport/001.txt');
    expect(a.text).toContain('talks number sport-001');
    expect(c.articles.find((x) => x.id === 'tech/003')!.text).toContain('Café owners in Zürich'); // latin-1 decoded
  }, 120_000);

  it('a true duplicate (same id twice) is skipped naming both sources', async () => {
    const root = tempDir();
    writeFileSync(
      join(root, 'records.jsonl'),
      [
        JSON.stringify({ id: 'x1', outlet: 'A', text: SENTENCE('one') }),
        JSON.stringify({ id: 'x1', outlet: 'B', text: SENTENCE('two') }),
      ].join('\n'),
    );
    const c = await loadCorpus(root);
    expect(c.articles.map((a) => a.id)).toEqual(['x1']);
    expect(c.skipped).toEqual([
      {
        file: 'records.jsonl',
        record: 2,
        reason: 'duplicate id "x1" (already loaded from records.jsonl record 1)',
      },
    ]);
  });
});

describe("2. record text is the user's text", () => {
  it('a record keeps its single line breaks and its trailing short lines; offsets index the given text', async () => {
    const root = tempDir();
    const text = 'Line one of the body.\nLine two follows directly.\n\nResults table\nTeam A 3\nTeam B 1';
    writeFileSync(join(root, 'r.jsonl'), JSON.stringify({ id: 'r1', outlet: 'Wire', text }) + '\n');
    const c = await loadCorpus(root);
    const a = c.articles[0];
    expect(a.text).toBe(text);
    expect(a.provenance.removed).toEqual([]);
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end))).toEqual([
      'Line one of the body.\nLine two follows directly.',
      'Results table\nTeam A 3\nTeam B 1',
    ]);
  });

  it('a scraped plain-text file still loses its page debris, recorded', async () => {
    const root = tempDir();
    writeFileSync(
      join(root, 'page.txt'),
      `${SENTENCE('a')}\n\n(Photo: Somebody)\n\n${SENTENCE('b')}\n\nShare on Facebook\n`,
    );
    const a = (await loadCorpus(root)).articles[0];
    expect(a.text).not.toContain('Share on Facebook');
    expect(a.provenance.removed.map((r) => r.kind)).toEqual(expect.arrayContaining(['caption', 'social']));
  });

  // every character of the text maps back to the same character of the raw input (NBSP -> space is the one change);
  // cleaned files join their lines with "\n" and "\n\n" of their own, records keep their own line breaks
  const roundTrip = (a: Article, raw: string) => {
    expect(a.provenance.offsets?.length, a.id).toBeGreaterThan(0);
    const ownBreaks = a.provenance.rawBase !== 'record-text';
    for (let i = 0; i < a.text.length; i++) {
      if (ownBreaks && a.text[i] === '\n') continue;
      const r = raw[rawOffset(a.provenance, i)];
      if (a.text[i] !== r && !(a.text[i] === ' ' && r === '\u00a0')) {
        throw new Error(
          `${a.id}: text[${i}] = ${JSON.stringify(a.text[i])} but raw[${rawOffset(a.provenance, i)}] = ${JSON.stringify(r)}`,
        );
      }
    }
  };

  it('provenance maps every text offset back to the raw input, for every input kind', async () => {
    const root = tempDir();
    const body =
      '  Sha\u200bfaq News/ Officials\u00a0said the border is safe.\u200e  \r\n\r\n(Photo: Kurdistan24)\r\nThe second\u00ad paragraph  \r\nhas two lines.\n\nShare on Facebook\n';
    writeFileSync(join(root, 'a.txt'), body);
    writeFileSync(join(root, 'b.jsonl'), JSON.stringify({ id: 'b', outlet: 'X', text: body }) + '\n');
    // one outlet each: one outlet's same text twice would be one article saved twice, loaded once
    writeFileSync(join(root, 'c.csv'), `id,outlet,text\nc,Y,"${body.replace(/"/g, '""')}"\n`);
    writeFileSync(join(root, 'd.json'), JSON.stringify({ id: 'd', outlet: 'Z', text: body }));
    const html = `<html><head><title>T</title></head><body><article><p>Officials\u00a0said the <b>border</b> is safe.</p><p>Second \u200bparagraph here.</p></article></body></html>`;
    writeFileSync(join(root, 'e.html'), html);
    const md =
      '# A headline\n\nOfficials said the [border](http://x) is **safe** today.\n\nSecond paragraph\u00a0here.\n';
    writeFileSync(join(root, 'f.md'), md);
    const c = await loadCorpus(root);
    const by = (id: string) => c.articles.find((a) => a.id === id)!;
    expect(c.articles.map((a) => a.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(by('a').provenance.rawBase).toBe('file');
    roundTrip(by('a'), body);
    for (const id of ['b', 'c', 'd']) {
      expect(by(id).provenance.rawBase).toBe('record-text');
      roundTrip(by(id), body);
      expect(by(id).text).toContain('(Photo: Kurdistan24)'); // records: no line removed
    }
    expect(by('e').provenance.rawBase).toBe('extracted-text');
    roundTrip(by('e'), htmlToText(html).text);
    roundTrip(by('f'), stripMarkdown(md, []));
  });
});

describe("3. columns by name, or by the user's mapping", () => {
  it('Media Cloud, GDELT, newspaper3k, trafilatura and pandas to_csv exports load with outlet, date, id and url', async () => {
    const root = tempDir();
    writeFileSync(
      join(root, 'mediacloud.csv'),
      `stories_id,media_name,publish_date,title,url,text\n4242,Example Times,2024-12-30 08:15:00.123456,A title,https://ex.test/a,"${SENTENCE('mc')}"\n`,
    );
    writeFileSync(
      join(root, 'gdelt.json'),
      JSON.stringify({
        articles: [
          {
            url: 'https://g.test/x',
            title: 'G',
            seendate: '20241229T101500Z',
            domain: 'g.test',
            language: 'English',
            text: SENTENCE('gdelt'),
          },
        ],
      }),
    );
    writeFileSync(
      join(root, 'np3k.json'),
      JSON.stringify([
        {
          title: 'N',
          text: SENTENCE('np3k'),
          publish_date: '2024-12-28T00:00:00',
          url: 'https://n.test/1',
          meta_lang: 'en',
          source_url: 'https://n.test',
        },
      ]),
    );
    writeFileSync(
      join(root, 'traf.json'),
      JSON.stringify({
        id: 't-9',
        title: 'T',
        sitename: 'Traf Daily',
        source: 'https://t.test/a',
        hostname: 't.test',
        date: '2024-12-27',
        text: SENTENCE('traf'),
        language: 'en',
      }),
    );
    writeFileSync(join(root, 'pandas.csv'), `,outlet,date,text\n0,Pandas Post,2024-12-26,"${SENTENCE('pd')}"\n`);
    const c = await loadCorpus(root);
    const pick = (file: string) => {
      const a = c.articles.find((x) => x.provenance.file === file)!;
      return { id: a.id, outlet: a.outlet, date: a.date, url: a.url };
    };
    expect(pick('mediacloud.csv')).toEqual({
      id: '4242',
      outlet: 'Example Times',
      date: '2024-12-30',
      url: 'https://ex.test/a',
    });
    expect(pick('gdelt.json')).toEqual({
      id: 'gdelt#1',
      outlet: 'g.test',
      date: '2024-12-29',
      url: 'https://g.test/x',
    });
    expect(pick('np3k.json')).toEqual({
      id: 'np3k#1',
      outlet: 'unknown',
      date: '2024-12-28',
      url: 'https://n.test/1',
    });
    expect(pick('traf.json')).toEqual({
      id: 't-9',
      outlet: 'Traf Daily',
      date: '2024-12-27',
      url: null,
    });
    expect(pick('pandas.csv')).toEqual({
      id: 'pandas#1',
      outlet: 'Pandas Post',
      date: '2024-12-26',
      url: null,
    });
  });

  it('--map names any other column; a missing outlet is "unknown" with a warning naming the file and the fix', async () => {
    const root = tempDir();
    const f = join(root, 'export.csv');
    writeFileSync(f, `masthead,when,body,story\nThe Ledger,2024-12-30,"${SENTENCE('m')}",border-talks\n`);
    const plain = await loadCorpus(f);
    expect(plain.articles[0].outlet).toBe('unknown');
    expect(plain.articles[0].provenance.fields.outlet).toBe('missing');
    expect(plain.warnings?.join('\n')).toMatch(
      /export\.csv: 1 article\(s\) have no outlet .*--map outlet=<column> \(columns: masthead, when, body, story\)/,
    );
    const mapped = await loadCorpus(f, {
      map: 'outlet=masthead,date=when,text=body,event=story',
    });
    expect(mapped.articles[0]).toMatchObject({
      outlet: 'The Ledger',
      date: '2024-12-30',
      event: 'border-talks',
    });
    expect(mapped.articles[0].provenance.fields).toMatchObject({
      outlet: 'record',
      date: 'record',
      event: 'record',
    });
    expect(mapped.warnings ?? []).toEqual([]);
    expect(
      await loadCorpus(f, {
        map: { outlet: 'masthead', text: 'body' },
      }).then((x) => x.articles[0].outlet),
    ).toBe('The Ledger');
    expect(() => parseColumnMap('author=byline')).toThrow(/unknown field "author"/);
  });
});

describe('6. input paths are safe', () => {
  it("a folder with a manifest's name is walked; a __proto__ column is data; the same file named twice is refused", async () => {
    const root = tempDir();
    mkdirSync(join(root, 'corpus.csv'));
    writeFileSync(join(root, 'corpus.csv', 'inside.txt'), SENTENCE('in'));
    writeFileSync(
      join(root, 'recs.json'),
      `[{"__proto__": {"polluted": "yes"}, "outlet": "P", "text": ${JSON.stringify(SENTENCE('p'))}}]`,
    );
    const c = await loadCorpus(root);
    expect(c.articles.map((a) => a.id).sort()).toEqual(['corpus.csv/inside', 'recs#1']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const m = tempDir();
    writeFileSync(join(m, 'a.txt'), SENTENCE('a'));
    writeFileSync(
      join(m, 'corpus.json'),
      JSON.stringify([
        { file: 'a.txt', outlet: 'One' },
        { file: './x/../a.txt', outlet: 'Two' },
        { __proto__: { file: 'z' }, file: 'b.txt' },
      ]),
    );
    await expect(loadCorpus(m)).rejects.toThrow(/row 2: file ".*a\.txt" is already listed in row 1/);
  });

  it('bidi overrides, controls and lone surrogates are removed from metadata and recorded; long fields are capped', async () => {
    const root = tempDir();
    const long = 'x'.repeat(200_000);
    writeFileSync(
      join(root, 'r.jsonl'),
      [
        JSON.stringify({
          id: `${long}1`,
          outlet: 'Evil\u202eNews\ud800\u0007',
          title: 'A\nB',
          text: SENTENCE('1'),
        }),
        JSON.stringify({
          id: `${long}2`,
          outlet: 'O'.repeat(15_000),
          text: SENTENCE('2'),
        }),
      ].join('\n'),
    );
    const c = await loadCorpus(root);
    const [a, b] = c.articles;
    expect(a.outlet).toBe('EvilNews');
    expect(a.title).toBe('A B');
    expect(a.provenance.warnings.join('\n')).toMatch(/outlet: removed 3 control\/bidi character/);
    expect(a.id.length).toBeLessThanOrEqual(200);
    expect(a.id).not.toBe(b.id); // capped ids keep a hash of the whole id
    expect(b.outlet.length).toBe(200);
    expect(b.provenance.warnings.join('\n')).toMatch(/outlet: 15000 characters, cut to 200/);
  });

  it('a FIFO as the corpus path, as a file in the folder or as the manifest is skipped with a reason, never opened to read', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'a.txt'), SENTENCE('a'));
    execFileSync('mkfifo', [join(root, 'corpus.csv')]);
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    const c = await loadCorpus(root);
    expect(c.articles.map((a) => a.id)).toEqual(['a']);
    expect(c.skipped).toEqual(
      expect.arrayContaining([
        {
          file: 'corpus.csv',
          reason: 'not a regular file (FIFO, socket or device)',
        },
        {
          file: 'pipe.txt',
          reason: expect.stringMatching(/not a regular file/),
        },
      ]),
    );
    await expect(loadCorpus(join(root, 'pipe.txt'))).rejects.toThrow(/not a regular file/);
  }, 20_000);

  it('a manifest that is a symlink leaving the corpus is not read, and its content is never echoed', async () => {
    const base = tempDir();
    const root = join(base, 'corpus');
    mkdirSync(root);
    writeFileSync(join(base, 'secret.csv'), 'file,outlet\nTOP-SECRET-VALUE,x\n');
    writeFileSync(join(root, 'a.txt'), SENTENCE('a'));
    symlinkSync(join(base, 'secret.csv'), join(root, 'corpus.csv'));
    const c = await loadCorpus(root);
    expect(c.articles.map((a) => a.id)).toEqual(['a']);
    expect(c.skipped).toEqual([
      {
        file: 'corpus.csv',
        reason: 'symlink points outside the corpus folder',
      },
    ]);
    expect(JSON.stringify(c)).not.toContain('TOP-SECRET');
  });
});
