// The corpus as JSON Lines in the form passim reads (id, series, date, text), for text-reuse detection on a Spark
// cluster.
import { writeFileAtomic } from '../io/safe-paths.js';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { Article } from '../types.js';

/**
 * One passim input record: `series` is the outlet (passim can ignore reuse inside one series); `date` is omitted when
 * unknown.
 */
export interface PassimRecord {
  id: string;
  series: string;
  date?: string;
  text: string;
  title?: string;
  url?: string;
}

/** The passim record of one article (text exactly as loaded, so passim's offsets index Article.text). */
export function passimRecord(a: Pick<Article, 'id' | 'outlet' | 'date' | 'text' | 'title' | 'url'>): PassimRecord {
  const r: PassimRecord = { id: a.id, series: a.outlet, text: a.text };
  if (a.date) r.date = a.date;
  if (a.title) r.title = a.title;
  if (a.url) r.url = a.url;
  // key order id, series, date, text, title, url: stable output
  return {
    id: r.id,
    series: r.series,
    ...(r.date ? { date: r.date } : {}),
    text: r.text,
    ...(r.title ? { title: r.title } : {}),
    ...(r.url ? { url: r.url } : {}),
  };
}

/** JSON Lines text of the corpus, one record per line (newlines inside text are escaped by JSON). */
export function toPassimJsonl(
  articles: readonly Pick<Article, 'id' | 'outlet' | 'date' | 'text' | 'title' | 'url'>[],
): string {
  let out = '';
  for (const a of articles) out += JSON.stringify(passimRecord(a)) + '\n';
  return out;
}

/**
 * Write the corpus as passim JSON Lines to `path`, one article at a time (no second copy of the corpus text); returns
 * the record count.
 */
export async function writePassim(
  path: string,
  articles: readonly Pick<Article, 'id' | 'outlet' | 'date' | 'text' | 'title' | 'url'>[],
): Promise<number> {
  mkdirSync(dirname(path), { recursive: true });
  // a new file renamed into place: a failed run leaves the old file, and no link at `path` is written through
  await writeFileAtomic(path, async (tmp) => {
    const out = createWriteStream(tmp, { flags: 'wx' });
    for (const a of articles) if (!out.write(JSON.stringify(passimRecord(a)) + '\n')) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
  });
  return articles.length;
}

/**
 * Parse passim JSON Lines back into records (blank lines skipped); throws naming the line when a record lacks id,
 * series or text.
 */
export function parsePassimJsonl(text: string): PassimRecord[] {
  const out: PassimRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const r = JSON.parse(line) as PassimRecord;
    if (typeof r.id !== 'string' || typeof r.series !== 'string' || typeof r.text !== 'string')
      throw new Error(`line ${i + 1}: a passim record needs string id, series and text`);
    out.push(r);
  });
  return out;
}
