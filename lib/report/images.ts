// Chart images through a headless browser (input/output module): one Chromium launch renders every figure to PNG and
// SVG.
// Plotly needs real DOM layout to draw, so figures are drawn with `Plotly.newPlot` in a page of Debian's Chromium
// (driven by playwright-core, never a downloaded browser) and exported with `Plotly.toImage`.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Figure } from '../types.js';
import { plotlyBundlePath } from '../paths.js';
import { insideDir, safeName } from '../io/file-names.js';
import type { ImageFormat } from './types.js';

/** Where Debian installs Chromium; override with PRESSLENS_CHROMIUM. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** One figure to render: written as `<name>.<format>` for each format. */
export interface ImageJob {
  fig: Figure;
  name: string;
  formats: readonly ImageFormat[];
}

/** What an image run produced: the files written, or why none were. */
export interface ImageResult {
  files: string[];
  /**
   * set when no image could be made (no Chromium, browser failed); the message says what is missing and how to fix it
   */
  skipped?: string;
  /** per-figure failures that did not stop the others */
  errors: { name: string; message: string }[];
  ms: number;
}

/** The Chromium executable to use (PRESSLENS_CHROMIUM or /usr/bin/chromium). */
export function chromiumPath(): string {
  return process.env.PRESSLENS_CHROMIUM || CHROMIUM_PATH;
}

/** Why images cannot be made on this machine, or undefined when Chromium is there. */
export function chromiumMissing(path = chromiumPath()): string | undefined {
  if (existsSync(path)) return undefined;
  return `PNG/SVG skipped: Chromium not found at ${path}; install it with \`apt-get install -y chromium\` (npm start/npm test do this)`;
}

/** A launched headless Chromium with one page; close() ends the browser and deletes its temporary profile. */
export interface BrowserSession {
  page: import('playwright-core').Page;
  context: import('playwright-core').BrowserContext;
  close: () => Promise<void>;
}

/** Launch Debian's Chromium headless (fresh temporary profile, no network services) through playwright-core. */
export async function launchChromium(): Promise<BrowserSession> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'presslens-chromium-'));
  let context: import('playwright-core').BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

let plotlyCache: string | undefined;

/** The plotly bundle as inline-script text (`</script` neutralised), read once. */
export function plotlyInline(): string {
  if (plotlyCache === undefined)
    plotlyCache = readFileSync(plotlyBundlePath(), 'utf8').replace(/<\/(script)/gi, '<\\/$1');
  return plotlyCache;
}

/** Pixel size a figure is exported at: its layout width/height, else 900×500. */
function sizeOf(fig: Figure): { width: number; height: number } {
  const w = Number(fig.layout.width),
    h = Number(fig.layout.height);
  return { width: Number.isFinite(w) && w > 0 ? w : 900, height: Number.isFinite(h) && h > 0 ? h : 500 };
}

/** Decode a data: URL that plotly returns (base64 for PNG, percent-encoded for SVG). */
function decodeDataUrl(url: string): Buffer {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0) throw new Error('not a data URL');
  const meta = url.slice(5, comma),
    body = url.slice(comma + 1);
  return /;base64$/i.test(meta) ? Buffer.from(body, 'base64') : Buffer.from(decodeURIComponent(body), 'utf8');
}

/**
 * The cache file of one rendered image: a hash of the figure spec, size, format and scale (plotly's version is in the
 * bundle hash).
 */
function cachedImagePath(dir: string, job: ImageJob, format: ImageFormat, scale: number): string {
  const h = createHash('sha256');
  h.update(plotlyHash())
    .update('\0draw-once-seeded\0') // how the page draws: one plotly drawing per figure, seeded ids
    .update(JSON.stringify({ data: job.fig.data, layout: job.fig.layout, size: sizeOf(job.fig), format, scale }));
  return join(dir, `${h.digest('hex').slice(0, 32)}.${format}`);
}

let bundleHash: string | undefined;

/** A hash of the plotly bundle, so a new plotly version renders images afresh. */
function plotlyHash(): string {
  return (bundleHash ??= createHash('sha256').update(plotlyInline()).digest('hex'));
}

/** The trace types the export bundle draws (scripts/plotly-min.mjs registers these; scatter is plotly's core). */
const EXPORT_TRACES = new Set(['scatter', 'bar', 'heatmap']);

/** The bundle for the drawing page: the export copy when every trace is a type it registers, else the whole bundle. */
function exportBundle(jobs: readonly ImageJob[]): string {
  const types = jobs.flatMap((j) => j.fig.data.map((t) => String((t as { type?: unknown }).type ?? 'scatter')));
  return plotlyBundlePath(types.every((t) => EXPORT_TRACES.has(t)) ? 'export' : 'full');
}

// The drawing page lives on a made-up origin that the page's own route serves: the page and plotly, nothing else.
const ORIGIN = 'https://presslens.invalid';

/**
 * Open the drawing page: plotly loaded by a script element (Chromium compiles it off the main thread, faster than
 * inlining 5 MB of script into the page), and a Content-Security-Policy that runs only that file and fetches nothing.
 */
async function openDrawingPage(page: import('playwright-core').Page, bundle: string): Promise<void> {
  const csp = `default-src 'none'; script-src ${ORIGIN}/plotly.js; style-src 'unsafe-inline'; img-src data: blob:; font-src data:`;
  const html = `<!doctype html><html><head><meta charset="utf-8"><script src="${ORIGIN}/plotly.js"></script></head><body></body></html>`;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/plotly.js`)
      return route.fulfill({ path: bundle, contentType: 'text/javascript; charset=utf-8' });
    if (url === `${ORIGIN}/`)
      return route.fulfill({
        body: html,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': csp },
      });
    return route.abort();
  });
  await page.goto(`${ORIGIN}/`, { timeout: 120_000 }); // a 5 MB script: slow on a busy machine
  if (!(await page.evaluate(() => typeof (globalThis as unknown as { Plotly?: unknown }).Plotly === 'object')))
    throw new Error('plotly did not load in the page');
}

/**
 * Draw one figure once and return a data: URL per format. The SVG is plotly's own (`Plotly.toImage`); the PNG is that
 * SVG rasterised at `scale` by plotly's `Snapshot.svgToImg`, which is what `Plotly.toImage` does for PNG after drawing
 * the figure again.
 */
async function drawFigure(page: import('playwright-core').Page, job: ImageJob, scale: number): Promise<string[]> {
  const { width, height } = sizeOf(job.fig);
  return page.evaluate(
    async ({ spec, formats, width, height, scale }) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const g = globalThis as any; // runs in the browser page
      const P = g.Plotly;
      // plotly names clip paths and gradients with Math.random; a seeded generator per figure keeps the SVG the same
      // bytes on every run (mulberry32)
      let seed = 0x9e3779b9;
      g.Math.random = () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const fig = { data: spec.data, layout: { ...spec.layout, width, height } };
      const svg: string = await P.toImage(fig, { format: 'svg', width, height, imageDataOnly: true });
      const out: string[] = [];
      for (const format of formats) {
        if (format === 'svg') out.push('data:image/svg+xml,' + encodeURIComponent(svg));
        else {
          const canvas = g.document.createElement('canvas');
          out.push(await P.Snapshot.svgToImg({ format, svg, width, height, scale, canvas, promise: true }));
        }
      }
      return out;
    },
    { spec: { data: job.fig.data, layout: job.fig.layout }, formats: [...job.formats], width, height, scale },
  );
}

/** Copy the jobs whose every format is in the image cache into outDir; returns the jobs left to render. */
function fromImageCache(
  jobs: readonly ImageJob[],
  outDir: string,
  cacheDir: string,
  scale: number,
  result: ImageResult,
): ImageJob[] {
  const left: ImageJob[] = [];
  for (const job of jobs) {
    const cached = job.formats.map((f) => cachedImagePath(cacheDir, job, f, scale));
    if (!cached.every((p) => existsSync(p))) {
      left.push(job);
      continue;
    }
    mkdirSync(outDir, { recursive: true });
    job.formats.forEach((format, i) => {
      const path = insideDir(outDir, `${safeName(job.name)}.${format}`);
      writeFileSync(path, readFileSync(cached[i]));
      result.files.push(path);
    });
  }
  return left;
}

/**
 * Render every job to PNG/SVG files in outDir with one browser launch and one page; without Chromium, returns
 * `skipped` and writes nothing. With `cacheDir`, images of unchanged figures are copied from there instead of
 * rendered, and new renders are kept there (a repeat run on an unchanged corpus launches no browser).
 */
export async function renderImages(
  jobs: readonly ImageJob[],
  outDir: string,
  opts: { pngScale?: number; cacheDir?: string } = {},
): Promise<ImageResult> {
  const t0 = Date.now();
  const result: ImageResult = { files: [], errors: [], ms: 0 };
  const scale = opts.pngScale ?? 2;
  let todo = jobs.filter((j) => j.formats.length);
  if (opts.cacheDir && todo.length) todo = fromImageCache(todo, outDir, opts.cacheDir, scale, result);
  if (!todo.length) return { ...result, ms: Date.now() - t0 };
  const missing = chromiumMissing();
  if (missing) return { ...result, skipped: missing, ms: Date.now() - t0 };
  let session: BrowserSession | undefined;
  try {
    session = await launchChromium();
    const { page } = session;
    await openDrawingPage(page, exportBundle(todo));
    mkdirSync(outDir, { recursive: true });
    for (const job of todo) {
      const name = safeName(job.name);
      try {
        const urls = await drawFigure(page, job, scale);
        job.formats.forEach((format, i) => {
          const path = insideDir(outDir, `${name}.${format}`);
          const bytes = decodeDataUrl(urls[i]);
          writeFileSync(path, bytes);
          result.files.push(path);
          if (opts.cacheDir) keepInCache(cachedImagePath(opts.cacheDir, job, format, scale), bytes);
        });
      } catch (e) {
        result.errors.push({ name, message: (e as Error).message.split('\n')[0] });
      }
    }
  } catch (e) {
    result.skipped = `PNG/SVG skipped: Chromium at ${chromiumPath()} could not be started or drive plotly: ${(e as Error).message.split('\n')[0]}`;
  } finally {
    await session?.close();
  }
  result.ms = Date.now() - t0;
  return result;
}

/** Write one rendered image into the cache (a new file renamed into place, so readers never see half of it). */
function keepInCache(path: string, bytes: Buffer): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch {
    // the cache is an optimisation: a read-only or full disk must not fail the export
  }
}
