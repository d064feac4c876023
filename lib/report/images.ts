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
    .update('\0')
    .update(JSON.stringify({ data: job.fig.data, layout: job.fig.layout, size: sizeOf(job.fig), format, scale }));
  return join(dir, `${h.digest('hex').slice(0, 32)}.${format}`);
}

let bundleHash: string | undefined;

/** A hash of the plotly bundle, so a new plotly version renders images afresh. */
function plotlyHash(): string {
  return (bundleHash ??= createHash('sha256').update(plotlyInline()).digest('hex'));
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
    // The drawing page runs only plotly (hash-pinned), so text in a figure can never run script here either.
    const plotly = plotlyInline();
    const csp = `default-src 'none'; script-src 'sha256-${createHash('sha256').update(plotly, 'utf8').digest('base64')}'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:`;
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><script>${plotly}</script></head><body><div id="fig"></div></body></html>`,
      { timeout: 120_000 },
    ); // a 10 MB script: slow on a busy machine
    if (!(await page.evaluate(() => typeof (globalThis as unknown as { Plotly?: unknown }).Plotly === 'object')))
      throw new Error('plotly did not load in the page');
    mkdirSync(outDir, { recursive: true });
    for (const job of todo) {
      const name = safeName(job.name);
      try {
        const { width, height } = sizeOf(job.fig);
        const urls: string[] = await page.evaluate(
          async ({ spec, formats, width, height, scale }) => {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            const g = globalThis as any; // runs in the browser page
            const P = g.Plotly;
            const el = g.document.getElementById('fig');
            P.purge(el);
            el.style.width = width + 'px';
            el.style.height = height + 'px';
            const gd = await P.newPlot(el, spec.data, { ...spec.layout, width, height }, { staticPlot: true });
            const out: string[] = [];
            for (const format of formats)
              out.push(await P.toImage(gd, { format, width, height, scale: format === 'png' ? scale : 1 }));
            return out;
          },
          { spec: { data: job.fig.data, layout: job.fig.layout }, formats: [...job.formats], width, height, scale },
        );
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
