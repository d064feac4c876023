// The report without a browser: findings, page structure, escaping, file names, CSVs, and the no-Chromium path.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseAll } from '../lib/text/analyse.js';
import { buildReport, renderReport, reportNames, writeReport, type ReportInput } from '../lib/report/report.js';
import {
  corpusFindings,
  dateRange,
  entityFindings,
  framingFindings,
  overlapFindings,
  pairAnchor,
  percent,
  termFindings,
  times,
  type OverlapLike,
} from '../lib/report/findings.js';
import { contentSecurityPolicy, figureHtml, jsonForHtml } from '../lib/report/export.js';
import { insideDir, safeName } from '../lib/io/file-names.js';
import { outletColors } from '../lib/figures/style.js';
import { HOSTILE, hostileCorpus } from './report-helpers.js';
import { loadCorpus } from '../lib/corpus/load.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'presslens-report-'));

describe('findings', () => {
  it('write dates, shares and counts as a reader expects', () => {
    expect(dateRange(['2024-12-30', '2024-12-26', '2024-12-27'])).toBe('26–30 December 2024');
    expect(dateRange(['2024-11-30', '2024-12-02'])).toBe('30 November 2024 – 2 December 2024');
    expect(dateRange(['', 'x'])).toBeUndefined();
    expect(percent(0.7394)).toBe('74%');
    expect(percent(0.001)).toBe('<1%');
    expect(times(2)).toBe('twice');
    expect(times(5)).toBe('5 times');
  });

  it('count articles, outlets, cleaning and skips on a constructed corpus', () => {
    const c = hostileCorpus();
    const fs = corpusFindings(c.articles, c.skipped);
    const texts = fs.map((f) => f.text).join('\n');
    expect(texts).toContain('2 articles from 2 outlets, dated 26–27 December 2024.');
    expect(texts).toContain('Cleaning removed 1 item from 1 article before any analysis (1 caption).');
    expect(texts).toContain('1 input was skipped');
    expect(fs.find((f) => f.text.startsWith('Cleaning'))!.evidence![0].href).toBe('#table-cleaning-log');
  });

  it('name terms shared by every outlet and terms only one outlet ranks', () => {
    const rows = [
      { outlet: 'A', term: 'damascus', count: 5 },
      { outlet: 'A', term: 'new', count: 4 },
      { outlet: 'A', term: 'coup', count: 3 },
      { outlet: 'B', term: 'damascus', count: 4 },
      { outlet: 'B', term: 'liberation', count: 2 },
    ];
    const t = termFindings(rows).map((f) => f.text);
    expect(t[0]).toBe('Every outlet has “damascus” among its most frequent terms.');
    // a word of general English ("new") is no finding, however high the outlet ranks it: the next term is
    expect(t[1]).toContain('A: “coup” (3); B: “liberation” (2)');
    // an outlet's own name among its terms is house style ("npr" for NPR Online News): its next term is named
    const npr = termFindings([
      ...rows,
      { outlet: 'NPR Online News', term: 'npr', count: 9 },
      { outlet: 'NPR Online News', term: 'curfew', count: 2 },
    ]);
    expect(npr.map((f) => f.text).join('\n')).toContain('NPR Online News: “curfew” (2)');
    // with many outlets, the eight with the most text
    const many = Array.from({ length: 12 }, (_, i) => [
      { outlet: `O${String(i).padStart(2, '0')}`, term: 'damascus', count: 10 + i },
      { outlet: `O${String(i).padStart(2, '0')}`, term: `only${i}`, count: 5 + i },
    ]).flat();
    const m = termFindings(many).map((f) => f.text)[1];
    expect(m).toContain('(among the 8 outlets with the most text)');
    expect(m).toContain('O11: “only11” (16)');
    expect(m).not.toContain('O03');
  });

  it('count spellings of an entity, not letter cases: “IRAN” in a tweet is “Iran”, “F.B.I.” is not “FBI”', () => {
    const mentions = Array.from({ length: 10 }, () => ({}));
    const iran = { id: 'iran', name: 'Iran', type: 'place', aliases: ['Iran', 'IRAN'], mentions, by_outlet: { A: 10 } };
    const fbi = {
      id: 'fbi',
      name: 'FBI',
      type: 'org',
      aliases: ['FBI', 'F.B.I.', 'fbi'],
      mentions,
      by_outlet: { A: 10 },
    };
    const t = entityFindings([iran, fbi], ['A']).map((f) => f.text);
    expect(t).toContain('FBI appears under 2 spellings: “FBI” and “F.B.I.”; they are counted as one.');
    expect(t.join(' ')).not.toContain('Iran appears');
  });

  it('call an outlet silent about a main actor only when its length made mentions likely, and cut long lists', () => {
    const mentions = Array.from({ length: 100 }, () => ({}));
    // A and B name Kim 100 times in 20,000 words; Long (10,000 words) never does; Brief (200 words) never does either
    const e = { id: 'kim', name: 'Kim', type: 'person', aliases: ['Kim'], mentions, by_outlet: { A: 60, B: 40 } };
    const words = { A: 10_000, B: 10_000, Long: 10_000, Brief: 200 };
    const t = entityFindings([e], ['A', 'B', 'Brief', 'Long'], { words }).map((f) => f.text);
    expect(t.find((x) => x.includes('never name'))).toMatch(/^Long never names Kim, one of the main actors/);
    expect(t.join(' ')).not.toContain('Brief');
    // without word counts every silent outlet is named, as before; a long list names six and counts the rest
    const many = Array.from({ length: 9 }, (_, i) => `Outlet ${i}`);
    const all = entityFindings([e], ['A', 'B', ...many]).map((f) => f.text);
    expect(all.find((x) => x.includes('never name'))).toMatch(
      /^Outlet 0, .*Outlet 5 and 3 more outlets never name Kim/,
    );
  });

  it('name the loaded terms an outlet uses most in its own narration, with counts, and the longest article by headline', () => {
    const loaded = [
      { outlet: 'A', term: 'amnesty', theme: 'policy', own: 11, forms: 'amnesty' },
      { outlet: 'A', term: 'bad', theme: 'judging', own: 1, forms: 'bad' },
      { outlet: 'A', term: 'angry', theme: 'judging', own: 2, forms: 'angry; angered' },
      { outlet: 'A', term: 'slammed', theme: 'speech', own: 0, forms: 'slammed' },
    ];
    const t = framingFindings({ voice: [], distinctive: [], loaded, sources: [] }, {}).map((f) => f.text);
    expect(t).toContain(
      'A uses loaded terms in its own narration, most often “amnesty” (11), “angry/angered” (2) and “bad” (1).',
    );
    // a term one article repeats is that article's subject more than the outlet's habit: the finding says so and puts
    // it after the others (here they have no hits, so no spread is known for them)
    const hit = (doc: string) => ({ doc, outlet: 'A', term: 'amnesty', voice: 'own' });
    const hits = [...Array.from({ length: 9 }, () => hit('a1')), hit('a2'), hit('a2')];
    const docsOfA = { a1: 'A', a2: 'A' };
    const one = framingFindings({ voice: [], distinctive: [], loaded, sources: [], loadedHits: hits }, docsOfA);
    expect(one.map((f) => f.text)).toContain(
      'A uses loaded terms in its own narration, most often “angry/angered” (2), “bad” (1) and “amnesty” (11, 9 of them in one article).',
    );
    const spread = [...hits.slice(0, 6), ...Array.from({ length: 5 }, () => hit('a2'))];
    const habit = framingFindings({ voice: [], distinctive: [], loaded, sources: [], loadedHits: spread }, docsOfA);
    expect(habit.map((f) => f.text)).toContain(
      'A uses loaded terms in its own narration, most often “amnesty” (11, in 2 articles), “angry/angered” (2) and “bad” (1).',
    );
    // voice extremes are among the outlets with the most text: a one-column outlet is all its own words
    const voice = Array.from({ length: 8 }, (_, i) => ({
      doc: `d${i}`,
      own: 0.5 + i / 20,
      quoted: 0.5 - i / 20,
      reported: 0,
      reused: 0,
      words: 1000,
    }));
    voice.push({ doc: 'col', own: 1, quoted: 0, reported: 0, reused: 0, words: 300 });
    const outletOf = Object.fromEntries(voice.map((v) => [v.doc, v.doc === 'col' ? 'Column' : `Paper ${v.doc}`]));
    const v = framingFindings({ voice, distinctive: [], loaded: [], sources: [] }, outletOf).map((f) => f.text);
    expect(v[0]).toMatch(/^Paper d7 writes most in its own words \(85% own narration\); Paper d0 the least/);
    const c = corpusFindings(hostileCorpus().articles, []).map((f) => f.text);
    expect(c.find((x) => x.startsWith('Longest article'))).toMatch(/^Longest article: “/);
  });
});

describe('overlap findings', () => {
  const pair = (over: Partial<OverlapLike['pairs'][number]>): OverlapLike['pairs'][number] => ({
    a: 'a1',
    b: 'b1',
    outlet_a: 'Alpha',
    outlet_b: 'Beta',
    kind: 'cross-outlet',
    a_in_b: 0.4,
    b_in_a: 0.74,
    direction: 'a→b',
    source: 'a1',
    because: 'a1 is dated earlier',
    direction_by: 'dates',
    credit: 'credited',
    passages: [1, 2, 3],
    ...over,
  });
  const docs = [
    { id: 'a1', outlet: 'Alpha', date: '2024-01-01', words: 100 },
    { id: 'b1', outlet: 'Beta', date: '2024-01-02', words: 60 },
    { id: 'c1', outlet: 'Gamma', date: null, words: 50 },
  ];
  const cite = (doc: string, cited: string, text: string) => ({ doc, cited, kind: 'outlet' as const, text });

  // what decided the direction is read from direction_by, never from the wording of because
  const taken = (over: Partial<OverlapLike['pairs'][number]>) =>
    overlapFindings({
      docs,
      pairs: [pair({ a_in_b: 0.3, b_in_a: 0.8, direction: 'b→a', source: 'b1', credit: 'uncredited', ...over })],
      citations: [],
    })[0].text;

  it('flag an agency or containment basis however because is worded', () => {
    const because = 'reworded: the basis says it all';
    expect(taken({ direction_by: 'agency', because })).toMatch(
      /\(which came first is inferred: Beta is a news agency\)/,
    );
    expect(taken({ direction_by: 'containment', because })).toMatch(
      /\(which came first is weak evidence: containment only\)/,
    );
  });

  it('do not flag a credit or dates basis even when because reads like weak evidence', () => {
    const because = 'same date; weak evidence: Beta is a news agency, whose copy other outlets run';
    for (const by of ['credit', 'dates'] as const) {
      expect(taken({ direction_by: by, because })).toBe(
        "Alpha (2024-01-01) takes 30% of its words from Beta's article (2024-01-02) and never names Beta.",
      );
    }
  });

  it('say who takes how much from whom and how often they credit it, linking to the pair', () => {
    const fs = overlapFindings({
      docs,
      pairs: [pair({})],
      citations: [
        cite('b1', 'Alpha', 'told Alpha'),
        cite('b1', 'Alpha', 'Alpha reported'),
        cite('c1', 'Alpha', 'told Alpha'),
      ],
    });
    expect(fs[0].text).toBe(
      "Beta (2024-01-02) takes 74% of its words from Alpha's earlier article (2024-01-01) and credits Alpha twice (“told Alpha” and “Alpha reported”).",
    );
    expect(fs[0].evidence).toEqual([{ href: '#pair-a1-b1', label: 'the 3 shared passages' }]);
    expect(fs.map((f) => f.text)).toContain('Gamma shares no passage with any other outlet.');
  });

  it('follow the direction, flag missing credit, and say when nothing is shared', () => {
    const back = overlapFindings({
      docs,
      pairs: [pair({ direction: 'b→a', source: 'b1', a_in_b: 0.3, credit: 'uncredited' })],
      citations: [],
    });
    // b1 is dated after a1: the finding does not call it earlier
    expect(back[0].text).toBe(
      "Alpha (2024-01-01) takes 30% of its words from Beta's article (2024-01-02) and never names Beta.",
    );
    const weak = overlapFindings({
      docs,
      pairs: [
        pair({
          direction: 'b→a',
          source: 'b1',
          a_in_b: 0.3,
          credit: 'uncredited',
          because: 'same date; weak evidence: 0.90 of a1 is inside b1 …',
          direction_by: 'containment',
        }),
      ],
      citations: [],
    });
    expect(weak[0].text).toMatch(
      /from Beta's article \(2024-01-02\) \(which came first is weak evidence: containment only\)/,
    );
    const agency = overlapFindings({
      docs,
      pairs: [
        pair({
          direction: 'b→a',
          source: 'b1',
          credit: 'uncredited',
          because: 'same date; weak evidence: Beta is a news agency, whose copy other outlets run, and Alpha is not',
          direction_by: 'agency',
        }),
      ],
      citations: [],
    });
    expect(agency[0].text).toMatch(
      /from Beta's article \(2024-01-02\) \(which came first is inferred: Beta is a news agency\)/,
    );
    const strong = overlapFindings({
      docs,
      pairs: [pair({ direction: 'b→a', source: 'b1', a_in_b: 0.3, credit: 'uncredited', evidence: 14.2 })],
      citations: [],
    });
    // the accusation states how unlikely the shared text is by chance
    expect(strong[0].text).toBe(
      "Alpha (2024-01-01) takes 30% of its words from Beta's article (2024-01-02) and never names Beta (evidence 14.2).",
    );
    const rewrite = overlapFindings(
      {
        docs,
        pairs: [
          pair({
            a_in_b: 0.01,
            b_in_a: 0.01,
            reuse_a_in_b: 0,
            reuse_b_in_a: 0,
            credit: 'uncredited',
            credit_because:
              '52 words of rewritten narration in 3 aligned sentences, and the reusing article never names the other outlet',
            reuse_by: 'rewritten-narration',
            rewritten_words: 52,
            rewritten_sentences: 3,
            passages: [],
          }),
        ],
        citations: [],
      },
      {
        titles: new Map([
          ['a1', 'Floods close the river road'],
          ['b1', 'River road shut after floods'],
        ]),
      },
    );
    // a rewrite has no exact passage share to speak of: it is named by its aligned sentences, articles by headline
    expect(rewrite[0].text).toBe(
      "Beta (“River road shut after floods”) rewrites Alpha's earlier article (“Floods close the river road”): 52 words of rewritten narration in 3 aligned sentences, and never names Alpha.",
    );
    // a blog printing paragraphs of the other story aligns sentence by sentence too: mostly verbatim, it copies
    const copied = (over: Partial<OverlapLike['pairs'][number]> = {}) =>
      overlapFindings({
        docs,
        pairs: [
          pair({
            credit: 'uncredited',
            reuse_by: 'rewritten-narration',
            rewritten_words: 202,
            rewritten_sentences: 8,
            rewritten_verbatim: 197,
            evidence: 106.3,
            ...over,
          }),
        ],
        citations: [],
      });
    expect(copied()[0].text).toBe(
      "Beta (2024-01-02) copies from Alpha's earlier article (2024-01-01): 202 words of narration in 8 aligned sentences, 197 of them copied word for word, and never names Alpha (evidence 106.3).",
    );
    // ... and printed as a block quote by the reusing side: one comma between the two descriptions
    const quotedBlock = copied({
      passages: [{ kind: 'reuse', matched: 197, block: { side: 'b', lead: '\u2026 reportedly pleased :' } }],
    });
    expect(quotedBlock[0].text).toBe(
      "Beta (2024-01-02) copies from Alpha's earlier article (2024-01-01): 202 words of narration in 8 aligned sentences, 197 of them copied word for word, printed as a block quote after \u201C\u2026 reportedly pleased :\u201D, and never names Alpha in its text (evidence 106.3; online, a block quote usually links its source).",
    );
    const none = overlapFindings({ docs, pairs: [], citations: [] });
    expect(none.map((f) => f.text)).toEqual(['No text is shared across outlets: every outlet wrote its own copy.']);
    expect(pairAnchor('x/1', 'y 2')).toMatch(/^pair-x-1-y-2-[0-9a-f]{8}$/);
  });

  // read6: an outlet "reuses its own text" only in reuse passages; quotes two of its articles both print are no reuse
  it('call same-outlet pairs self-reuse only for their reuse passages, at the reuse share', () => {
    const same = (over: Partial<OverlapLike['pairs'][number]>) =>
      pair({ b: 'a2', outlet_b: 'Alpha', kind: 'same-outlet', credit: 'same-outlet', ...over });
    const quotesOnly = same({
      a_in_b: 0.3,
      b_in_a: 0.2,
      reuse_a_in_b: 0,
      reuse_b_in_a: 0,
      passages: [{ kind: 'common-source' }],
    });
    const reused = same({
      a_in_b: 0.3,
      b_in_a: 0.2,
      reuse_a_in_b: 0.06,
      reuse_b_in_a: 0.04,
      passages: [{ kind: 'common-source' }, { kind: 'reuse' }],
    });
    const texts = (p: OverlapLike['pairs'][number]) =>
      overlapFindings({ docs, pairs: [p], citations: [] }).map((f) => f.text);
    expect(texts(quotesOnly).some((t) => t.includes('reuses its own text'))).toBe(false);
    expect(texts(reused)).toContain(
      // a2 is not among the docs: the pair's articles are named by their order, never by id (overlap11)
      'Alpha reuses its own text: 4% of the second Alpha article is also in the first Alpha article, which reads as the earlier version.',
    );
  });

  // read9: an outlet's updates of one story (The Guardian, six pairs) filled the findings one pair at a time
  it('gives an outlet with many self-reuse pairs one finding, naming its largest pair', () => {
    const same = (a: string, b: string, share: number) =>
      pair({
        a,
        b,
        outlet_a: 'Alpha',
        outlet_b: 'Alpha',
        kind: 'same-outlet',
        credit: 'same-outlet',
        reuse_a_in_b: share,
        reuse_b_in_a: share,
        passages: [{ kind: 'reuse' }],
      });
    const pairs = [same('a1', 'a2', 0.1), same('a1', 'a3', 0.3), same('a2', 'a3', 0.2)];
    const texts = overlapFindings({ docs, pairs, citations: [] })
      .map((f) => f.text)
      .filter((t) => t.startsWith('Alpha reuses'));
    expect(texts).toEqual([
      'Alpha reuses its own text across 3 of its articles (3 pairs, updates or versions of its stories); the most: 30% of the second Alpha article is also in the first Alpha article, which reads as the earlier version.',
    ]);
  });

  it('count the short runs of narration beside the quotes that pairs without credit share', () => {
    const weak = pair({
      credit: 'none-needed',
      reuse_a_in_b: 0.01,
      reuse_b_in_a: 0.01,
      passages: [{ kind: 'common-source' }, { kind: 'reuse' }],
    });
    const t = overlapFindings({ docs, pairs: [weak], citations: [] }).map((f) => f.text);
    expect(t[0]).toMatch(
      /^1 cross-outlet pair of articles shares only 1 passage of common sources .* and 1 run of like narration too short or too common to show copying:/,
    );
  });
});

describe('report page', () => {
  it('on the seeds: every evidence link points at an anchor in the page, every table has a CSV, the outlet legend uses the chart colours', async () => {
    const corpus = await loadCorpus('seeds');
    const input = await buildReport(corpus, analyseAll(corpus.articles));
    // the page's own markup, without the inlined plotly bundle (whose source holds href strings of its own)
    const html = renderReport(input).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(3);
    for (const h of hrefs) expect(ids, `#${h}`).toContain(h);
    expect(input.sections[0].findings.length).toBeGreaterThanOrEqual(3);
    // the seeds' known reuse: The Cradle takes text from Shafaq News and credits it
    const overlapTexts = input.sections.find((s) => s.id === 'overlap')!.findings.map((f) => f.text);
    expect(
      overlapTexts.some((t) => /^The Cradle .* from Shafaq News's earlier article .* credits Shafaq News/.test(t)),
    ).toBe(true);
    expect(overlapTexts.some((t) => /^Shafaq News reuses its own text/.test(t))).toBe(true);
    for (const t of reportNames(input).tables) expect(html).toContain(`href="tables/${t}.csv"`);
    // one colour per outlet across every chart, the same as the page legend
    const colors = outletColors(corpus.articles.map((a) => a.outlet));
    for (const s of input.sections)
      for (const f of s.figures)
        for (const tr of f.data) {
          const name = String(tr.name ?? '').replace(/&amp;/g, '&');
          const c = (tr.marker as { color?: unknown } | undefined)?.color;
          if (colors.has(name) && typeof c === 'string') expect(c, `${f.name}: ${name}`).toBe(colors.get(name));
        }
  });

  it('escapes every input-derived string: no payload survives as markup, in HTML or in the embedded chart JSON', async () => {
    const c = hostileCorpus();
    const html = renderReport(await buildReport(c, analyseAll(c.articles)));
    for (const p of Object.values(HOSTILE)) expect(html).not.toContain(p);
    expect(html).not.toMatch(/<script>window\.__pwned/);
    expect(html).not.toMatch(/<img src=x/i);
    expect(html).not.toMatch(/<svg onload/i);
    // exactly the page's own scripts, all allowed by hash in the CSP
    const scripts = [...html.matchAll(/<script(\s[^>]*)?>/g)].map((m) => m[1] ?? '');
    // data blocks (explorer contexts, chart specs), then plotly, the chart boot script and the explorer script
    expect(scripts).toEqual([
      ' type="application/json" id="explorer-data"',
      ' type="application/json" id="presslens-figures"',
      '',
      '',
      '',
    ]);
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });

  it('JSON in the page cannot close its script block; the CSP allows only hashed scripts and no network', () => {
    expect(jsonForHtml({ a: '</script><b>&' })).toBe('{"a":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}');
    expect(JSON.parse(jsonForHtml({ a: '</script>\u2028' }))).toEqual({ a: '</script>\u2028' });
    const csp = contentSecurityPolicy(['x']);
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    const page = figureHtml({ data: [], layout: { title: { text: 'A &lt;b&gt; title' } } });
    expect(page).toContain('<title>A &lt;b&gt; title</title>');
  });
});

describe('files', () => {
  it('names from input are file-name safe and never leave the output folder', () => {
    expect(safeName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeName('<script>alert(1)</script>')).toBe('script-alert-1-script');
    expect(safeName('')).toBe('figure');
    expect(safeName('Ünïcode Outlet')).toBe('unicode-outlet');
    expect(() => insideDir('/tmp/x', '../y')).toThrow(/outside/);
    expect(() => insideDir('/tmp/x', '/etc/passwd')).toThrow(/outside/);
    expect(insideDir('/tmp/x', 'a.png')).toBe('/tmp/x/a.png');
  });

  it('without Chromium the page and CSVs are still written and the message says what is missing', async () => {
    const c = hostileCorpus();
    const input: ReportInput = await buildReport(c, analyseAll(c.articles));
    const out = tmp();
    const prev = process.env.PRESSLENS_CHROMIUM;
    const prevCache = process.env.PRESSLENS_CACHE;
    process.env.PRESSLENS_CHROMIUM = '/nonexistent/chromium';
    // no image cache either: images of an earlier run would be copied from it without a browser
    process.env.PRESSLENS_CACHE = '0';
    let r;
    try {
      r = await writeReport(input, out, { images: true });
    } finally {
      if (prev === undefined) delete process.env.PRESSLENS_CHROMIUM;
      else process.env.PRESSLENS_CHROMIUM = prev;
      if (prevCache === undefined) delete process.env.PRESSLENS_CACHE;
      else process.env.PRESSLENS_CACHE = prevCache;
    }
    expect(r.imagesSkipped).toBe(
      'PNG/SVG skipped: Chromium not found at /nonexistent/chromium; install it with `apt-get install -y chromium` (npm start/npm test do this)',
    );
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'images'))).toBe(false);
    const csvs = readdirSync(join(out, 'tables')).sort();
    expect(csvs).toEqual(
      reportNames(input)
        .tables.map((t) => t + '.csv')
        .sort(),
    );
    expect(csvs).toEqual(
      expect.arrayContaining([
        'articles.csv',
        'cleaning-log.csv',
        'skipped.csv',
        'top-terms-by-outlet.csv',
        'overlap-pairs.csv',
      ]),
    );
    expect(readFileSync(r.index, 'utf8')).toContain('PNG/SVG skipped: Chromium not found');
    // every file stays inside the output folder; spreadsheet formulas from input are neutralised
    for (const f of r.files) expect(f.startsWith(out + '/')).toBe(true);
    const csv = readFileSync(join(out, 'tables', 'articles.csv'), 'utf8');
    expect(csv).toContain(`'=cmd|`);
    expect(csv).not.toMatch(/(^|,)=cmd/m);
  });
});
