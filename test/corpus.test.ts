// Loading the seed corpus, with and without its manifest: what a user would check.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../lib/corpus/load.js';
import type { Article, Corpus } from '../lib/types.js';

const SEEDS = join(import.meta.dirname, '..', 'seeds');
const byId = (c: Corpus, prefix: string): Article => {
  const a = c.articles.find((x) => x.id.startsWith(prefix));
  if (!a) throw new Error(`no article ${prefix}`);
  return a;
};
const kinds = (a: Article, kind: string) => a.provenance.removed.filter((r) => r.kind === kind);

function paragraphsAreSound(a: Article): void {
  let prevEnd = -1;
  for (const p of a.paragraphs) {
    expect(p.start).toBeGreaterThan(prevEnd);
    expect(p.end).toBeGreaterThan(p.start);
    expect(p.end).toBeLessThanOrEqual(a.text.length);
    expect(a.text.slice(p.start, p.end).trim()).not.toBe('');
    prevEnd = p.end;
  }
  expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join('\n\n')).toBe(a.text);
}

describe('seeds with the manifest', () => {
  let c: Corpus;
  beforeAll(async () => {
    c = await loadCorpus(SEEDS);
  });

  it('loads the five seeds with the manifest outlet, date and title', () => {
    expect(c.articles.map((a) => a.id)).toEqual([
      '000_a7964a0096ed1a45',
      '001_e41bea2abf800c2a',
      '002_4841106940b35c8b',
      '003_716a682ca9300f75',
      '004_1d9155b9da229379',
    ]);
    expect(c.skipped).toEqual([]);
    expect(c.articles.map((a) => [a.outlet, a.date])).toEqual([
      ['Shafaq News', '2024-12-26'],
      ['Shafaq News', '2024-12-26'],
      ['964media', '2024-12-26'],
      ['Kurdistan24', '2024-12-30'],
      ['The Cradle', '2024-12-27'],
    ]);
    expect(byId(c, '003').title).toBe("New details emerge about Iraqi Intelligence Chief's visit to Syria");
    expect(byId(c, '004').title).toBe(
      'High level Iraqi delegation makes first visit to Syria since Turkish-backed coup',
    );
    expect(byId(c, '002').title).toBe('Intelligence chief in Damascus');
    for (const a of c.articles) {
      expect(a.provenance.fields).toMatchObject({
        id: 'manifest',
        outlet: 'manifest',
        date: 'manifest',
        title: 'manifest',
        language: 'manifest',
      });
      expect(a.language).toBe('en');
      expect(a.provenance.encoding).toBe('utf-8');
      expect(a.provenance.encodingGuessed).toBe(false);
      expect(a.provenance.file).toBe(`${a.id}.txt`);
    }
  });

  it('gives sound, non-overlapping paragraphs and no debris characters', () => {
    for (const a of c.articles) {
      paragraphsAreSound(a);
      expect(a.text).not.toMatch(/[\u00A0\u200B-\u200F\uFEFF\uFFFD]/);
      expect(a.text).not.toMatch(/[ \t]\n|[ \t]$/);
      expect(a.text).toBe(a.text.normalize('NFC'));
    }
  });

  it('seed 000/001: removes the "Shafaq News/" signature but keeps "told Shafaq News" in the body', () => {
    for (const id of ['000', '001']) {
      const a = byId(c, id);
      expect(a.text.startsWith('Shafaq News/')).toBe(false);
      expect(kinds(a, 'signature')).toEqual([{ kind: 'signature', text: 'Shafaq News/ ', rawStart: 0 }]);
      expect(a.text).toContain('told Shafaq News');
    }
    expect(byId(c, '000').text.startsWith('Iraqi National Intelligence Service (INIS) Head Hamid')).toBe(true);
    // a mid-text subheading is not debris
    expect(byId(c, '001').text).toContain('Shafaq News Sources');
  });

  it('seed 003: the photo caption is removed once as caption and once as repeated line', () => {
    const a = byId(c, '003');
    expect(a.text).not.toContain('(Photo: Kurdistan24)');
    expect(a.text).not.toContain('Hamid al-Shatri (L)');
    const cap = kinds(a, 'caption');
    const rep = kinds(a, 'repeated-line').filter((r) => r.text.includes('(Photo: Kurdistan24)'));
    expect(cap).toHaveLength(1);
    expect(rep).toHaveLength(1);
    expect(cap[0].text).toContain('(Photo: Kurdistan24)');
    expect(cap[0].rawStart!).toBeLessThan(rep[0].rawStart!);
    // the standalone date line and the title line are metadata, not body
    expect(kinds(a, 'dateline').map((r) => r.text)).toEqual(['Dec. 30, 2024']);
    expect(kinds(a, 'title').map((r) => r.text)).toEqual([
      "New details emerge about Iraqi Intelligence Chief's visit to Syria",
    ]);
    expect(a.text).not.toContain('Dec. 30, 2024\n');
    // the repeated lead paragraph is kept once
    const lead = 'A source told Iraqi media that after the official talks';
    expect(a.text.split(lead)).toHaveLength(2);
    // the inline dateline stays in the text (documented choice)
    expect(a.text).toContain('ERBIL (Kurdistan24) - According to multiple sources');
    // NBSP before the line end is gone, recorded
    expect(kinds(a, 'nbsp')[0].count).toBe(2);
  });

  it('seed 003: rawStart points at the removed text in the file', async () => {
    const { readFileSync } = await import('node:fs');
    const raw = readFileSync(join(SEEDS, '003_716a682ca9300f75.txt'), 'utf8');
    for (const r of byId(c, '003').provenance.removed) {
      if (r.count) continue;
      expect(raw.slice(r.rawStart, r.rawStart! + r.text.length)).toBe(r.text);
    }
  });

  it('seed 004: comment widgets, byline and date line removed and recorded', () => {
    const a = byId(c, '004');
    expect(kinds(a, 'comment-widget').map((r) => r.text)).toEqual(['No comments:', 'Post a Comment']);
    expect(a.text).not.toContain('No comments');
    expect(a.text).not.toContain('Post a Comment');
    expect(kinds(a, 'byline').map((r) => r.text)).toEqual(['News Desk - The Cradle']);
    expect(kinds(a, 'dateline').map((r) => r.text)).toEqual(['Friday, December 27, 2024']);
    expect(a.text).not.toContain('News Desk');
    expect(a.text.startsWith('Baghdad has deployed anti-terror forces')).toBe(true);
    expect(a.text.endsWith('secure the Iraqi\u2013Syrian border.')).toBe(true);
    // NBSPs inside sentences became plain spaces; curly quotes and dashes are kept as they are
    expect(a.text).toContain('the Iraqi News Agency (INA)');
    expect(a.text).toContain('\u201cred lines\u201d');
    expect(kinds(a, 'nbsp')[0].count).toBeGreaterThan(5);
  });

  it('seed 002: Arabic-script junk, the repeated headline and the related link are removed and recorded', () => {
    const a = byId(c, '002');
    expect(a.text).not.toMatch(/[\u0600-\u06FF]/);
    expect(a.text).not.toContain('964media');
    expect(a.text).not.toContain('Sparks Mixed Reactions');
    const arabic = a.provenance.removed.filter((r) => r.text.startsWith('964media'));
    expect(arabic).toHaveLength(4);
    expect(arabic.map((r) => r.kind)).toEqual(['other-script', 'repeated-line', 'repeated-line', 'repeated-line']);
    const related = a.provenance.removed.filter((r) => r.text.includes('Sparks Mixed Reactions'));
    expect(related.map((r) => r.kind)).toEqual(['related-link', 'repeated-line']);
    expect(kinds(a, 'title').map((r) => r.text)).toEqual(['Intelligence chief in Damascus']);
    expect(a.text.endsWith('open a dialogue for Syria.\u201d')).toBe(true);
    expect(a.text).toContain('NEWSROOM \u2014 An Iraqi delegation');
  });

  it('each removal is recorded in raw order', () => {
    for (const a of c.articles) {
      const starts = a.provenance.removed.map((r) => r.rawStart ?? 0);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
    }
  });
});

describe('seeds without the manifest', () => {
  let dir: string;
  let c: Corpus;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'presslens-seeds-'));
    for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) cpSync(join(SEEDS, f), join(dir, f));
    c = await loadCorpus(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('guesses outlets from signatures, datelines and bylines, marked guessed', () => {
    expect(c.articles).toHaveLength(5);
    for (const id of ['000', '001']) {
      expect(byId(c, id).outlet).toBe('Shafaq News');
      expect(byId(c, id).provenance.fields.outlet).toBe('guessed');
    }
    expect(byId(c, '003').outlet).toBe('Kurdistan24');
    expect(byId(c, '004').outlet).toBe('The Cradle');
    expect(byId(c, '003').provenance.fields.outlet).toBe('guessed');
    expect(byId(c, '004').provenance.fields.outlet).toBe('guessed');
    // 002 names no outlet in a reliable way ("NEWSROOM —" has none): left missing, not invented
    expect(byId(c, '002').outlet).toBe('unknown'); // never an empty string
    expect(byId(c, '002').provenance.fields.outlet).toBe('missing');
  });

  it('guesses dates only from standalone date lines', () => {
    expect(byId(c, '004').date).toBe('2024-12-27');
    expect(byId(c, '003').date).toBe('2024-12-30');
    expect(byId(c, '004').provenance.fields.date).toBe('guessed');
    expect(byId(c, '003').provenance.fields.date).toBe('guessed');
    // "on Thursday" is not a publication date
    expect(byId(c, '000').date).toBeNull();
    expect(byId(c, '000').provenance.fields.date).toBe('missing');
  });

  it('guesses titles from headline-shaped first lines; ids come from file names', () => {
    expect(byId(c, '002').title).toBe('Intelligence chief in Damascus');
    expect(byId(c, '003').title).toBe("New details emerge about Iraqi Intelligence Chief's visit to Syria");
    expect(byId(c, '004').title).toBe(
      'High level Iraqi delegation makes first visit to Syria since Turkish-backed coup',
    );
    expect(byId(c, '004').provenance.fields.title).toBe('guessed');
    expect(byId(c, '000').title).toBe('');
    expect(byId(c, '000').provenance.fields.title).toBe('missing');
    expect(c.articles[0].id).toBe('000_a7964a0096ed1a45');
    expect(c.articles[0].provenance.fields.id).toBe('filename');
  });

  it('cleans the same way with or without a manifest', async () => {
    const withManifest = await loadCorpus(SEEDS);
    for (const a of c.articles) expect(a.text).toBe(byId(withManifest, a.id).text);
  });
});
