// Chart images through a headless browser (input/output module): one Chromium launch renders every figure to PNG and SVG.
// Plotly needs real DOM layout to draw, so figures are drawn with `Plotly.newPlot` in a page of Debian's Chromium
// (driven by playwright-core, never a downloaded browser) and exported with `Plotly.toImage`.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from '../types.js';
import { plotlyBundlePath } from '../paths.js';
import { insideDir, safeName } from '../io/file-names.js';

/** Where Debian installs Chromium; override with PRESSLENS_CHROMIUM. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Image formats a figure can be exported to through the browser. */
export type ImageFormat = 'png' | 'svg';

/** One figure to render: written as `<name>.<format>` for each format. */
export interface ImageJob {
  fig: Figure;
  name: string;
  formats: readonly ImageFormat[];
}

/** What an image run produced: the files written, or why none were. */
export interface ImageResult {
  files: string[];
  /** set when no image could be made (no Chromium, browser failed); the message says what is missing and how to fix it */
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
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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
  if (plotlyCache === undefined) plotlyCache = readFileSync(plotlyBundlePath(), 'utf8').replace(/<\/(script)/gi, '<\\/$1');
  return plotlyCache;
}

/** Pixel size a figure is exported at: its layout width/height, else 900×500. */
function sizeOf(fig: Figure): { width: number; height: number } {
  const w = Number(fig.layout.width), h = Number(fig.layout.height);
  return { width: Number.isFinite(w) && w > 0 ? w : 900, height: Number.isFinite(h) && h > 0 ? h : 500 };
}

/** Decode a data: URL that plotly returns (base64 for PNG, percent-encoded for SVG). */
function decodeDataUrl(url: string): Buffer {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0) throw new Error('not a data URL');
  const meta = url.slice(5, comma), body = url.slice(comma + 1);
  return /;base64$/i.test(meta) ? Buffer.from(body, 'base64') : Buffer.from(decodeURIComponent(body), 'utf8');
}

/** Render every job to PNG/SVG files in outDir with one browser launch; without Chromium, returns `skipped` and writes nothing. */
export async function renderImages(jobs: readonly ImageJob[], outDir: string, opts: { pngScale?: number } = {}): Promise<ImageResult> {
  const t0 = Date.now();
  const result: ImageResult = { files: [], errors: [], ms: 0 };
  const todo = jobs.filter((j) => j.formats.length);
  if (!todo.length) return result;
  const missing = chromiumMissing();
  if (missing) return { ...result, skipped: missing, ms: Date.now() - t0 };
  let session: BrowserSession | undefined;
  try {
    session = await launchChromium();
    const { page } = session;
    // The drawing page runs only plotly (hash-pinned), so text in a figure can never run script here either.
    const plotly = plotlyInline();
    const csp = `default-src 'none'; script-src 'sha256-${createHash('sha256').update(plotly, 'utf8').digest('base64')}'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:`;
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><script>${plotly}</script></head><body><div id="fig"></div></body></html>`);
    if (!(await page.evaluate(() => typeof (globalThis as unknown as { Plotly?: unknown }).Plotly === 'object'))) throw new Error('plotly did not load in the page');
    mkdirSync(outDir, { recursive: true });
    for (const job of todo) {
      const name = safeName(job.name);
      try {
        const { width, height } = sizeOf(job.fig);
        const urls = (await page.evaluate(
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
            for (const format of formats) out.push(await P.toImage(gd, { format, width, height, scale: format === 'png' ? scale : 1 }));
            return out;
          },
          { spec: { data: job.fig.data, layout: job.fig.layout }, formats: [...job.formats], width, height, scale: opts.pngScale ?? 2 },
        )) as string[];
        job.formats.forEach((format, i) => {
          const path = insideDir(outDir, `${name}.${format}`);
          writeFileSync(path, decodeDataUrl(urls[i]));
          result.files.push(path);
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
