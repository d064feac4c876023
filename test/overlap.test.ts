import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../lib/corpus/load.js';
import { analyse, analyseAll } from '../lib/text/analyse.js';
import {
  overlap,
  pairRows,
  passageRows,
  citationRows,
  outletReuse,
  type OverlapResult,
} from '../lib/overlap/overlap.js';
import { scanQuotes } from '../lib/text/quotes.js';
import { paragraphsOf } from '../lib/text/paragraphs.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';
import type { Doc } from '../lib/types.js';

const seedDocs = async () => analyseAll((await loadCorpus('seeds')).articles);
const short = (id: string) => id.slice(0, 3);

/** Deterministic filler prose: sentences of words drawn from a fixed list with a seeded generator. */
function prose(seed: number, words: number): string {
  const list = (
    'minister council border province water harvest market river bridge school hospital budget election court police ' +
    'village farmer teacher road museum festival factory winter summer rain drought price fuel bread oil port airport railway ' +
    'mayor district governor committee report inquiry protest union strike worker wage contract tender company bank loan ' +
    'debt tax audit vote ballot campaign party leader speech crowd square street tower garden library theatre stadium coach ' +
    'team match season league final fans ticket ferry island coast harbour fishing boat storm flood shelter aid convoy truck'
  ).split(' ');
  let a = seed >>> 0;
  const r = () => (a = (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    let w = list[Math.floor(r() * list.length)];
    if (i % 12 === 0) w = w[0].toUpperCase() + w.slice(1);
    out.push(w + ((i + 1) % 12 === 0 ? '.' : ''));
  }
  return out.join(' ') + '.';
}
const doc = (id: string, outlet: string, date: string | null, text: string): Doc =>
  analyse({ id, outlet, date, text, paragraphs: [] });
const pairOf = (r: OverlapResult, a: string, b: string) =>
  r.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));

describe('overlap on the seeds', () => {
  it('ranks the two Shafaq News articles as the top pair, with most of the earlier one inside the later', async () => {
    const r = overlap(await seedDocs());
    const top = r.pairs[0];
    expect([short(top.a), short(top.b)]).toEqual(['000', '001']);
    expect(top.kind).toBe('same-outlet');
    expect(top.a_in_b).toBeGreaterThan(0.6);
    expect(top.a_in_b).toBeGreaterThan(top.b_in_a);
    expect(top.source && short(top.source)).toBe('000');
    expect(top.because).toMatch(/weak evidence/);
    expect(top.direction_by).toBe('extended');
    // every passage's offsets index the article text
    const docs = await seedDocs();
    const text = new Map(docs.map((d) => [d.id, d.text]));
    for (const p of r.pairs)
      for (const x of p.passages) {
        expect(text.get(p.a)!.slice(x.a[0], x.a[1])).toBe(x.text);
        expect(text.get(p.b)!.slice(x.b[0], x.b[1])).toBe(x.b_text);
      }
  });

  it("finds The Cradle's reuse of Shafaq News, credited, dated later, partly inside quotes", async () => {
    const r = overlap(await seedDocs());
    const p = pairOf(r, r.docs[1].id, r.docs[4].id)!;
    expect(p.kind).toBe('cross-outlet');
    expect(p.source && short(p.source)).toBe('001');
    expect(p.credit).toBe('credited');
    const kreiti = p.passages.find((x) => /only took this step after consulting/.test(x.text))!;
    expect(kreiti.quoted_b).toBeGreaterThan(0.5);
    expect(kreiti.because).toMatch(/credits Shafaq News/);
    expect([kreiti.direction_by, p.direction_by]).toEqual(['credit', 'credit']);
  });

  it("extracts 004's citations, normalises the outlets and links Shafaq News to Shafaq's articles", async () => {
    const docs = await seedDocs();
    const r = overlap(docs);
    const text = new Map(docs.map((d) => [d.id, d.text]));
    for (const c of r.citations) expect(text.get(c.doc)!.slice(c.start, c.end)).toBe(c.text);
    const of4 = r.citations.filter((c) => short(c.doc) === '004');
    expect(new Set(of4.map((c) => c.cited))).toEqual(new Set(['Shafaq News', 'Iraqi News Agency', 'POLITICO']));
    const shafaq = of4.filter((c) => c.cited === 'Shafaq News');
    expect(shafaq.map((c) => c.text)).toEqual(['told Shafaq News', 'Shafaq News reported']);
    for (const c of shafaq) expect(['000', '001']).toContain(short(c.article!));
    // the quote of al-Kreiti is from 001, the ISIS-prisons line from 000
    expect(shafaq.map((c) => short(c.article!))).toEqual(['001', '000']);
    expect(of4.find((c) => c.cited === 'Iraqi News Agency')!.article).toBeNull(); // INA is not in the corpus
    // Shafaq quoting its own source is a self-citation; Kurdistan24's "Iraqi media" is generic
    expect(
      r.citations
        .filter((c) => ['000', '001'].includes(short(c.doc)))
        .every((c) => c.kind === 'self' && c.article === null),
    ).toBe(true);
    expect(
      r.citations.filter((c) => short(c.doc) === '003').every((c) => c.kind === 'generic' && c.cited === 'Iraqi media'),
    ).toBe(true);
    expect(r.citations.find((c) => short(c.doc) === '002')?.cited).toBe('Iraqi News Agency');
  });

  it('scores unrelated seed pairs near zero', async () => {
    const r = overlap(await seedDocs());
    for (const [a, b] of [
      [2, 3],
      [2, 4],
      [0, 3],
      [1, 2],
    ]) {
      const p = pairOf(r, r.docs[a].id, r.docs[b].id);
      expect(Math.max(p?.a_in_b ?? 0, p?.b_in_a ?? 0)).toBeLessThan(0.05);
    }
  });

  it('is deterministic and its tables have the documented columns', async () => {
    const strip = (r: OverlapResult) => JSON.stringify({ ...r, stats: { ...r.stats, ms: null } });
    const docs = await seedDocs();
    expect(strip(overlap(docs))).toBe(strip(overlap(docs)));
    const r = overlap(docs);
    expect(Object.keys(pairRows(r)[0])).toEqual(
      expect.arrayContaining(['a', 'b', 'a_in_b', 'b_in_a', 'jaccard', 'direction', 'credit']),
    );
    expect(Object.keys(passageRows(r)[0])).toEqual(
      expect.arrayContaining(['a', 'b', 'a_start', 'a_end', 'b_start', 'b_end', 'text']),
    );
    expect(Object.keys(citationRows(r)[0])).toEqual(['doc', 'cited', 'kind', 'text', 'start', 'end', 'article']);
    const edge = outletReuse(r).find((e) => e.from === 'Shafaq News' && e.to === 'The Cradle')!;
    expect(edge.directed).toBe(true);
    expect(edge.credited).toBe(2);
  });
});

describe('overlap on constructed cases with known truth', () => {
  it('finds a planted passage with a changed word, a punctuation change and a spelling variant as one passage with exact offsets', () => {
    const passage = prose(7, 60);
    const edited = passage
      .replace(/\b(\w+)\b/, 'Tomorrow') // first word changed
      .split(' ')
      .map((w, i) => (i === 20 ? w + ',' : i === 30 ? 'harbor' : i === 45 ? 'changed' : w))
      .join(' ');
    const preA = prose(1, 80) + ' ',
      preB = prose(2, 50) + '\n\n';
    const A = doc('A', 'Outlet A', '2024-01-01', preA + passage + ' ' + prose(3, 40));
    const B = doc('B', 'Outlet B', '2024-01-02', preB + edited + '\n\n' + prose(4, 70));
    const r = overlap([A, B, doc('C', 'Outlet C', null, prose(5, 150)), doc('D', 'Outlet D', null, prose(6, 150))], {
      outlets: [],
    });
    const p = pairOf(r, 'A', 'B')!;
    expect(p.passages).toHaveLength(1);
    const x = p.passages[0];
    // starts at the second word (the first was changed) and ends at the passage's last word, on both sides
    const secondA = preA.length + passage.indexOf(' ') + 1,
      secondB = preB.length + edited.indexOf(' ') + 1;
    expect(x.a[0]).toBe(secondA);
    expect(x.b[0]).toBe(secondB);
    expect(x.a[1]).toBe(preA.length + passage.replace(/\W+$/, '').length); // final periods are punctuation, not words
    expect(x.b[1]).toBe(preB.length + edited.replace(/\W+$/, '').length);
    expect(p.direction).toBe('a→b');
    expect(p.because).toMatch(/dated earlier/);
    expect(p.credit).toBe('uncredited');
    // no other pair: C and D are unrelated prose
    expect(r.pairs).toHaveLength(1);
  });

  it('does not report a boilerplate line shared by every article as reuse', () => {
    const line =
      'Follow our live coverage of the story on our website and subscribe to the morning newsletter for updates.';
    const docs = Array.from({ length: 6 }, (_, i) =>
      doc('d' + i, 'Outlet ' + i, '2024-01-0' + (i + 1), prose(100 + i, 120) + '\n\n' + line),
    );
    const r = overlap(docs, { outlets: [] });
    expect(r.pairs).toEqual([]);
    expect(r.boilerplate.examples[0].text).toMatch(/^Follow our live coverage/);
    expect(r.boilerplate.examples[0].docs).toBe(6);
    // and with real reuse between two of them, the passage stops before the boilerplate line
    const copied = [...docs];
    copied[1] = doc('d1', 'Outlet 1', '2024-01-02', prose(101, 40) + ' ' + prose(100, 120) + '\n\n' + line);
    const r2 = overlap(copied, { outlets: [] });
    expect(r2.pairs).toHaveLength(1);
    for (const x of r2.pairs[0].passages) expect(x.text).not.toMatch(/Follow our live/);
  });

  it('keeps a text syndicated to most of the corpus as reuse, not boilerplate', () => {
    const wire = prose(9, 150);
    const docs = Array.from({ length: 6 }, (_, i) =>
      doc('s' + i, 'Outlet ' + i, null, prose(200 + i, 60) + '\n\n' + (i < 5 ? wire : prose(300, 150))),
    );
    const r = overlap(docs, { outlets: [] });
    expect(r.pairs).toHaveLength(10); // every pair of the five copies
    for (const p of r.pairs) expect(p.b_in_a).toBeGreaterThan(0.6);
    expect(r.pairs.every((p) => p.direction === 'unknown')).toBe(true); // no dates, no credit, symmetric
  });

  it('labels two outlets quoting the same statement as common-source text, a shared quote that needs no credit', () => {
    const statement = prose(11, 30).replace(/\.$/, '');
    const A = doc(
      'qa',
      'Outlet A',
      '2024-01-01',
      prose(20, 60) + ` The minister said: "${statement}." ` + prose(21, 60),
    );
    const B = doc(
      'qb',
      'Outlet B',
      '2024-01-01',
      prose(22, 60) + ` “${statement},” the minister told reporters. ` + prose(23, 60),
    );
    const r = overlap([A, B], { outlets: [] });
    const p = r.pairs[0];
    expect(p.passages.map((x) => [x.kind, x.quote])).toEqual([['common-source', 'shared-quote']]);
    expect(p.credit).toBe('none-needed');
    expect(p.direction).toBe('unknown');
  });

  it('credits reuse when the reusing article cites the source outlet, and links the citation', () => {
    const story = prose(31, 80);
    const src = doc('src', 'Daily Harbour', '2024-03-01', story);
    const reuse = doc('cp', 'Other Post', '2024-03-02', prose(32, 40) + ' As Daily Harbour reported, ' + story);
    const r = overlap([src, reuse], { outlets: [{ name: 'Daily Harbour', aliases: ['Harbour'] }] });
    expect(r.pairs[0].credit).toBe('credited');
    expect(r.pairs[0].source).toBe('src');
    const c = r.citations.find((x) => x.doc === 'cp')!;
    expect(c).toMatchObject({ cited: 'Daily Harbour', kind: 'outlet', text: 'Daily Harbour reported', article: 'src' });
  });

  it('does not count an attribution formula shared by chance as reuse, but keeps a copied passage that contains one', () => {
    const formula = ' Ahmed Karim told Daily Harbour that the ';
    const x = doc('x', 'One', '2024-03-01', prose(61, 60) + formula + prose(62, 60));
    const y = doc('y', 'Two', '2024-03-02', prose(63, 60) + formula + prose(64, 60));
    // (a different formula here: one shared by more than 3 of 4 articles would be boilerplate)
    const copied = prose(65, 30) + ' Sara Nouri told Gulf Times that the ' + prose(66, 30);
    const z = doc('z', 'Three', '2024-03-03', prose(67, 40) + ' ' + copied);
    const w = doc('w', 'Four', '2024-03-04', copied + ' ' + prose(68, 40));
    const r = overlap([x, y, z, w], { outlets: [{ name: 'Daily Harbour', aliases: [] }] });
    expect(r.citations.map((c) => [c.doc, c.cited])).toEqual([
      ['x', 'Daily Harbour'],
      ['y', 'Daily Harbour'],
      ['z', 'Gulf Times'],
      ['w', 'Gulf Times'],
    ]);
    // x and y share only "Ahmed Karim told Daily Harbour that the": 7 words, 4 of them outside the citation
    expect(pairOf(r, 'x', 'y')).toBeUndefined();
    expect(pairOf(r, 'x', 'z')).toBeUndefined();
    expect(r.stats.formulas).toBe(1);
    const zw = pairOf(r, 'z', 'w')!;
    expect(zw.passages).toHaveLength(1);
    expect(zw.passages[0].text).toContain('Sara Nouri told Gulf Times that the');
    expect(zw.passages[0].words_a).toBeGreaterThan(60);
  });

  it('reports same-day copies across outlets with no other evidence as unknown direction', () => {
    const text = prose(41, 100);
    const r = overlap([doc('x', 'One', '2024-05-05', text), doc('y', 'Two', '2024-05-05', text)], { outlets: [] });
    expect(r.pairs[0].direction).toBe('unknown');
    expect(r.pairs[0].source).toBeNull();
    expect(r.pairs[0].because).toMatch(/same date/);
    expect(r.pairs[0].a_in_b).toBe(1);
  });

  it('stays linear on one long repetitive article', () => {
    const para = prose(51, 200);
    const big = doc('big', 'One', null, Array.from({ length: 500 }, () => para).join('\n\n')); // ~100k words, every shingle repeated
    const r = overlap([big, doc('small', 'Two', null, prose(52, 50) + ' ' + para)], { outlets: [] });
    // every shingle of the paragraph occurs 500 times in the long text: too repetitive to seed, so no blow-up and no passage
    expect(r.stats.words).toBeGreaterThan(100000);
    expect(r.pairs.length).toBeLessThanOrEqual(1);
  });
});

describe('quotes and citations', () => {
  it('finds quoted spans with mixed straight and curly marks', () => {
    const t = 'He said, "one two three,” adding, “four five.” Then "six.';
    const spans = scanQuotes(t, paragraphsOf(t)).map((s) => t.slice(s.start, s.end));
    expect(spans).toEqual(['"one two three,”', '“four five.”', '"six.']);
  });

  it('recognises outlet-like names and generic media, but not people', () => {
    const d = doc(
      'c',
      'Mine',
      null,
      'Al-Sudani said the talks went well. The official told Rudaw on Monday. According to the Baghdad Times, talks ended. Local media reported a fire. HTS said nothing.',
    );
    const cites = extractCitations([d], outletResolver(readOutletTable(), ['Mine']));
    expect(cites.map((c) => [c.cited, c.kind])).toEqual([
      ['Rudaw', 'outlet'],
      ['Baghdad Times', 'outlet'],
      ['Local media', 'generic'],
    ]);
  });

  it('reads "the Journal" after "The Wall Street Journal" as the same outlet, not a second one', () => {
    const d = doc(
      'c',
      'Mine',
      null,
      'The Wall Street Journal reported the deal on Monday. An aide told the Journal it was final. ' +
        'According to the Baghdad Times, talks ended. The Times said more. ' +
        'The Journal reported later that the Harbour Post and the Valley Post disagreed, the Post said.',
    );
    const cites = extractCitations([d], outletResolver(readOutletTable(), ['Mine']));
    expect(cites.map((c) => c.cited)).toEqual([
      'The Wall Street Journal',
      'The Wall Street Journal',
      'Baghdad Times',
      'Baghdad Times',
      'The Wall Street Journal',
      // two outlets end in "Post": which one is meant is not known
      'Post',
    ]);
    // the article's own outlet's short form is its own reporting
    const own = doc(
      'o',
      'The Wall Street Journal',
      null,
      'The Wall Street Journal reported the plan first. A source told the Journal so.',
    );
    expect(
      extractCitations([own], outletResolver(readOutletTable(), ['The Wall Street Journal'])).map((c) => c.kind),
    ).toEqual(['self', 'self']);
  });

  it('reads an unknown acronym after "told" as a newsroom only when it is the whole of who was told', () => {
    const d = doc(
      'c',
      'Mine',
      null,
      'The envoy told KVRN she would stay. Aides told ILNA that talks ended. Voters told GOP members they were angry. ' +
        'The memo told ICE agents to wait. A lawyer told US District Judge Ann Vole the plan was legal. ' +
        'Her aide told NPR Morning Edition host Ivo Lund it was over. He told WTRV Fox 9 and told TVX senior ' +
        'correspondent Ada Mole so.',
    );
    const cites = extractCitations([d], outletResolver(readOutletTable(), ['Mine', 'NPR Online News']));
    expect(cites.map((c) => c.cited)).toEqual(['KVRN', 'ILNA', 'NPR Online News', 'WTRV', 'TVX']);
  });

  it('reads "X is reporting", "X was told" and "reported Tuesday by X" as citations of the outlet', () => {
    const d = doc(
      'c',
      'Mine',
      null,
      'UPDATE: Harbour Herald is reporting the memos reached hundreds of officials. Valley Gazette was told that 300 people got them. Harbour Herald executives were absent. The deal was reported Tuesday evening by the Coast Tribune.',
    );
    const cites = extractCitations(
      [d],
      outletResolver(readOutletTable(), ['Mine', 'Harbour Herald', 'Valley Gazette', 'Coast Tribune']),
    );
    expect(cites.map((c) => [c.cited, c.text])).toEqual([
      ['Harbour Herald', 'Harbour Herald is reporting'],
      ['Valley Gazette', 'Valley Gazette was told'],
      ['Coast Tribune', 'reported Tuesday evening by the Coast Tribune'],
    ]);
  });

  it('reads a piece published in an outlet as a citation of it, not a story about it', () => {
    const d = doc(
      'c',
      'Mine',
      null,
      'The envoy made his case in an op-ed in The Harbour Herald on Tuesday. A column for the Valley Gazette agreed. The story in Valley Gazette country is old.',
    );
    const cites = extractCitations(
      [d],
      outletResolver(readOutletTable(), ['Mine', 'Harbour Herald', 'Valley Gazette']),
    );
    expect(cites.map((c) => [c.cited, c.kind])).toEqual([
      ['Harbour Herald', 'outlet'],
      ['Valley Gazette', 'outlet'],
    ]);
  });

  it('knows the news agencies of the outlet table under the corpus spelling', () => {
    const r = outletResolver(readOutletTable(), ['Associated Press', 'Reuters', 'The Guardian']);
    expect(['Associated Press', 'the Associated Press', 'AP', 'Reuters', 'Bloomberg News'].map(r.isAgency)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['The Guardian', 'Fox News', 'Shafaq News'].map(r.isAgency)).toEqual([false, false, false]);
  });
});
