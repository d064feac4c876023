// The report as a reader sees it: opened from disk in headless Chromium, charts drawn, no errors, hostile input inert.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseAll } from '../lib/text/analyse.js';
import { buildReport, reportNames, writeReport, type ReportInput, type ReportOutput } from '../lib/report/report.js';
import { figureSlot, htmlPage } from '../lib/report/export.js';
import { chromiumMissing, launchChromium, renderImages, type BrowserSession } from '../lib/report/images.js';
import { HOSTILE, hostileCorpus } from './report-helpers.js';
import { loadCorpus } from '../lib/corpus/load.js';
import type { Corpus } from '../lib/types.js';

const SHOTS = join(process.cwd(), 'tmp');

interface Opened {
  errors: string[];
  page: BrowserSession['page'];
}

let browser: BrowserSession;
let seed: { input: ReportInput; out: ReportOutput; dir: string };
let hostile: { input: ReportInput; out: ReportOutput; dir: string };

/** Open a file in a fresh page, collecting console errors and uncaught exceptions, and wait for every chart to settle. */
async function open(path: string): Promise<Opened> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pathToFileURL(path).href);

  await page.waitForFunction(
    () =>
      [...(globalThis as any).document.querySelectorAll('.presslens-figure')].every(
        (e: { hasAttribute(n: string): boolean }) => e.hasAttribute('data-rendered'),
      ),
    null,
    { timeout: 60_000 },
  );
  return { page, errors };
}

beforeAll(async () => {
  if (chromiumMissing()) throw new Error(chromiumMissing() + ' — the browser tests need it');
  const build = async (corpus: Corpus) => {
    const input = await buildReport(corpus, analyseAll(corpus.articles));
    const dir = mkdtempSync(join(tmpdir(), 'presslens-browser-'));
    return { input, dir, out: await writeReport(input, dir, { images: true }) };
  };
  seed = await build(await loadCorpus('seeds'));
  hostile = await build(hostileCorpus());
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
});

describe('the seed report in Chromium', () => {
  it('renders every chart with no console errors, and writes a PNG and an SVG per chart', async () => {
    const { page, errors } = await open(seed.out.index);
    const charts = await page.$$eval('.presslens-figure', (els) =>
      els.map((e) => ({
        state: e.getAttribute('data-rendered'),
        svg: !!e.querySelector('.main-svg'),
        text: e.textContent ?? '',
      })),
    );
    const names = reportNames(seed.input).figures;
    expect(charts.length).toBe(names.length);
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.state).toBe('1');
      expect(c.svg).toBe(true);
    }
    expect(charts[0].text).toContain('Most frequent terms by outlet');
    expect(errors).toEqual([]);
    expect(seed.out.imagesSkipped).toBeUndefined();
    expect(seed.out.imageErrors).toEqual([]);
    for (const n of names) {
      const png = readFileSync(join(seed.dir, 'images', `${n}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(700); // width in pixels
      const svg = readFileSync(join(seed.dir, 'images', `${n}.svg`), 'utf8');
      expect(svg).toMatch(/^<svg[\s>]/);
      expect(await page.locator(`#fig-${n} figcaption a`, { hasText: 'PNG' }).getAttribute('href')).toBe(
        `images/${n}.png`,
      );
    }
    // every evidence link lands on something visible
    for (const href of await page.$$eval('a.evidence', (as) => as.map((a) => a.getAttribute('href')!)))
      expect(await page.locator(href).count(), href).toBe(1);
    // the passage viewer highlights a passage both articles of the pair really contain
    const pv = page.locator('details.pv').first();
    expect(await pv.getAttribute('open')).not.toBeNull();
    const sides = pv.locator('.pl-col');
    const left = await sides.nth(0).locator('mark').allInnerTexts();
    const right = new Set(
      (await sides.nth(1).locator('mark').allInnerTexts())
        .join(' ')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu),
    );
    const longest = left
      .sort((x, y) => y.length - x.length)[0]
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)!;
    expect(longest.length).toBeGreaterThanOrEqual(8);
    expect(longest.filter((w) => right.has(w)).length / longest.length).toBeGreaterThan(0.8);
    expect(
      await pv
        .locator('mark')
        .first()
        .evaluate(
          (m) =>
            (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(m)
              .backgroundColor,
        ),
    ).not.toBe('rgba(0, 0, 0, 0)');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'report-seeds.png'), fullPage: true });
    await page.close();
  });
});

/** The explorer's embedded contexts, read from the written page. */
function explorerData(index: string): {
  terms: Record<string, { n: number; by: [string, ...number[]][]; lines: unknown[][] }>;
  entities: Record<string, { label: string; n: number; by: [string, ...number[]][] }>;
} {
  const m = /id="explorer-data">(.*?)<\/script>/s.exec(readFileSync(index, 'utf8'));
  return JSON.parse(m![1]);
}

describe('the explorer in Chromium', () => {
  it('a #term= deep link opens with the term in context, grouped by outlet, each line with its voice', async () => {
    const data = explorerData(seed.out.index);
    // a term several outlets use, picked from what the page embeds (never a name known in advance)
    const [term, entry] = Object.entries(data.terms).sort(
      (x, y) => y[1].by.length - x[1].by.length || y[1].n - x[1].n,
    )[0];
    expect(entry.by.length).toBeGreaterThan(1);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pathToFileURL(seed.out.index).href + '#term=' + encodeURIComponent(term));
    const view = page.locator('#explorer-view');
    await view.locator('h4').waitFor();
    expect(await view.locator('h4').innerText()).toContain(`${entry.n} occurrence(s) in ${entry.by.length} outlet(s)`);
    const outlets = await view.locator('h5').allInnerTexts();
    expect(outlets.map((o) => o.split(' ')[0])).toEqual(entry.by.map((b) => b[0].split(' ')[0]));
    const marks = await view.locator('td.m mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(1);
    for (const m of marks) expect(m.toLowerCase().replace(/\s+/g, ' ')).toBe(term);
    for (const v of await view.locator('td.v').allInnerTexts())
      expect(['own', 'quoted', 'reported', 'reused']).toContain(v);
    // the chip of the term is highlighted, and the view is on screen
    expect(await page.locator(`.chip.on`).count()).toBe(1);
    expect(await view.evaluate((e) => e.getBoundingClientRect().top)).toBeLessThan(900);
    await page.close();
  });

  it('a #entity= deep link shows every spelling merged, and a line opens the article with the occurrence marked', async () => {
    const data = explorerData(seed.out.index);
    const [id, entry] = Object.entries(data.entities).find(([, e]) => e.by.length > 1)!;
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(seed.out.index).href + '#entity=' + encodeURIComponent(id));
    const view = page.locator('#explorer-view');
    await view.locator('h4').waitFor();
    expect(await view.locator('h4').innerText()).toContain(`${entry.label}: ${entry.n} occurrence(s)`);
    const first = view.locator('td.d a').first();
    const match = await view.locator('td.m mark').first().innerText();
    await first.click();
    await page.waitForFunction(() => (globalThis as any).location.hash.startsWith('#article='));
    const hit = page.locator('#explorer-hit');
    await hit.waitFor();
    expect(await hit.innerText()).toBe(match);
    // the article text around the mark is the article's own text
    const doc = decodeURIComponent(
      /#article=([^&]+)/.exec(await page.evaluate(() => (globalThis as any).location.hash))![1],
    );
    const text = seed.input.corpus.articles.find((a) => a.id === doc)!;
    expect(await page.locator('#explorer-view .article').innerText()).toContain(text.text.split('\n')[0].trim());
    // back returns to the contexts
    await page.locator('#explorer-back').click();
    await page.waitForFunction(() => (globalThis as any).location.hash.startsWith('#entity='));
    await page.close();
  });

  it("a passage's number in the passage viewer opens every article that carries the passage's words", async () => {
    const { page, errors } = await open(seed.out.index);
    const link = page.locator('details.pv[open] sup a[href^="#passage="]').first();
    const pair = await page.locator('details.pv[open] .pl-col h4').allInnerTexts(); // "<id> · <outlet> · <date>"
    await link.click();
    await page.waitForFunction(() => (globalThis as any).location.hash.startsWith('#passage='));
    const view = page.locator('#explorer-view');
    await view.locator('h4').waitFor();
    expect(await view.locator('h4').innerText()).toMatch(
      /occurrence\(s\) in \d+ outlet\(s\), the words this shared passage/,
    );
    const outlets = (await view.locator('h5').allInnerTexts()).map((h) => h.replace(/ \d+ \(.*$/, ''));
    for (const side of pair) expect(outlets).toContain(side.split(' · ')[1]);
    // each line's match is the same words, and opens its article with them marked
    const marks = await view.locator('td.m mark').allInnerTexts();
    const words = (s: string) =>
      s
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu)!
        .join(' ');
    expect(marks.length).toBeGreaterThanOrEqual(2);
    for (const m of marks) expect(words(m)).toBe(words(marks[0]));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('terms, labels and entities in the report link to their contexts, and a click on a chart bar opens one', async () => {
    const { page, errors } = await open(seed.out.index);
    const hrefs = await page.$$eval('a.xl', (as) => as.map((a) => a.getAttribute('href')!));
    const kinds = new Set(hrefs.map((h) => /^#(\w+)=/.exec(h)?.[1]));
    for (const k of ['term', 'entity', 'article']) expect(kinds).toContain(k);
    // every label of the label table is a link whose contexts exist
    const labels = page.locator('table.presslens-labels li a.xl');
    expect(await labels.count()).toBeGreaterThan(3);
    await labels.first().click();
    await page.locator('#explorer-view h4').waitFor();
    expect(await page.locator('#explorer-view td.m mark').count()).toBeGreaterThan(0);
    // the first chart is the top-terms chart: clicking a bar opens that term
    const bar = page.locator('.presslens-figure').first().locator('.bars path').first();
    const box = (await bar.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => (globalThis as any).location.hash.startsWith('#term='));
    expect(await page.locator('#explorer-view td.m mark').count()).toBeGreaterThan(0);
    await page.evaluate(
      () => ((globalThis as any).location.hash = '#term=' + encodeURIComponent('explorer-not-a-term')),
    );
    await page.waitForFunction(() =>
      /No contexts listed/.test((globalThis as any).document.getElementById('explorer-view').textContent),
    );
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'report-explorer.png') });
    await page.close();
  });
});

describe('hostile input', () => {
  it('shows script tags, event handlers and HTML from titles, outlet names, text and file names as text, and never runs them', async () => {
    const { page, errors } = await open(hostile.out.index);
    // hover over every chart so hover labels (which plotly renders as HTML-ish text) are drawn too
    for (const box of await page.$$('.presslens-figure .nsewdrag')) {
      const b = await box.boundingBox();
      if (b) for (const f of [0.2, 0.5, 0.8]) await page.mouse.move(b.x + b.width * f, b.y + b.height * f);
    }
    // every context view and article view of the explorer, drawn from the hostile text
    const data = explorerData(hostile.out.index);
    const docs = hostile.input.corpus.articles.map((x) => `article=${encodeURIComponent(x.id)}`);
    const keys = [
      ...Object.keys(data.terms).map((t) => `term=${encodeURIComponent(t)}`),
      ...Object.keys(data.entities).map((e) => `entity=${encodeURIComponent(e)}`),
    ];
    expect(keys.length).toBeGreaterThan(0);
    for (const k of [...keys, ...docs]) {
      await page.evaluate((h) => ((globalThis as any).location.hash = h), k);
      await page.waitForTimeout(20);
    }
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('[onerror], [onload], img[src="x"], svg[onload]').count()).toBe(0);
    await page.evaluate(() => ((globalThis as any).location.hash = ''));
    const text = await page.locator('body').innerText();
    for (const p of Object.values(HOSTILE)) expect(text).toContain(p);
    expect(text).toContain('<i>Title</i>');
    expect(text).toContain('Evil <b>Outlet</b>');
    // chart text (legend, ticks, panel titles) shows the outlet name literally too
    const chartText = await page.$$eval('.presslens-figure .main-svg', (els) =>
      els.map((e) => e.textContent).join(' '),
    );
    expect(chartText).toContain('Evil <b>Outlet</b>');
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'report-hostile.png'), fullPage: true });
    await page.close();
    // the image export page drew the same charts without running anything either
    expect(hostile.out.imageErrors).toEqual([]);
    const svg = readFileSync(join(hostile.dir, 'images', `${reportNames(hostile.input).figures[0]}.svg`), 'utf8');
    expect(svg).not.toMatch(/<(img|b|script)[\s>]/);
    expect(svg.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))).toContain('Evil <b>Outlet</b>');
  });

  it('the page policy blocks a script even if one ever slipped into the page unescaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presslens-csp-'));
    const path = join(dir, 'page.html');
    const fig = { data: [{ type: 'bar', x: [1], y: [2] }], layout: { title: { text: 'one bar' } } };
    writeFileSync(
      path,
      htmlPage({
        title: 't',
        body: `${figureSlot(0, fig)}${HOSTILE.script}${HOSTILE.img}<svg onload="window.__pwned=3"></svg>`,
        figures: [fig],
      }),
    );
    const { page, errors } = await open(path);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.getAttribute('.presslens-figure', 'data-rendered')).toBe('1');
    // the browser reports each blocked script and handler; the page's own scripts ran (the chart is drawn)
    expect(errors.filter((e) => /Content Security Policy/i.test(e)).length).toBeGreaterThanOrEqual(3);
    await page.close();
    expect(existsSync(path)).toBe(true);
  });
});

describe('chart images', () => {
  it('the same figure exports to the same SVG bytes every time, and a trace type the report never draws still exports', async () => {
    const bars = { data: [{ type: 'bar', x: ['a', 'b'], y: [1, 2] }], layout: { title: { text: 'bars' } } };
    const pie = { data: [{ type: 'pie', labels: ['own', 'quoted'], values: [3, 1] }], layout: {} };
    const jobs = [
      { fig: bars, name: 'bars', formats: ['svg', 'png'] as const },
      { fig: pie, name: 'pie', formats: ['svg'] as const },
    ];
    const [a, b] = [mkdtempSync(join(tmpdir(), 'presslens-img-')), mkdtempSync(join(tmpdir(), 'presslens-img-'))];
    const first = await renderImages(jobs, a);
    const second = await renderImages(jobs, b);
    expect([first.skipped, first.errors, second.errors]).toEqual([undefined, [], []]);
    const bytes = (dir: string, f: string) => readFileSync(join(dir, f));
    expect(bytes(a, 'bars.svg').equals(bytes(b, 'bars.svg'))).toBe(true);
    expect(bytes(a, 'bars.svg').toString()).toMatch(/clip[a-z0-9]+/); // plotly's ids are there, seeded, not random
    expect(bytes(a, 'bars.png').subarray(1, 4).toString()).toBe('PNG');
    expect(bytes(a, 'bars.png').readUInt32BE(16)).toBe(2 * 900); // the PNG is the SVG drawn at scale 2
    expect(bytes(a, 'pie.svg').toString()).toContain('class="pielayer"');
  });
});
