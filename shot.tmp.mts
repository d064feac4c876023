import { chromium } from 'playwright-core';
const [url, out, h, y] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: Number(h ?? 900) } });
await p.goto(url); await p.waitForTimeout(3000);
if (y) await p.evaluate((y) => window.scrollTo(0, Number(y)), y);
await p.waitForTimeout(500);
await p.screenshot({ path: out });
await b.close();
