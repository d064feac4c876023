// What a load tells the user about itself: one warning per file whose articles lack an outlet or a date (naming its
// columns and the --map to use), and the error when nothing loads (the first skips and their reasons).
import type { Skip } from '../types.js';
import { UNKNOWN_OUTLET } from './build-article.js';
import type { DateTally } from './assemble.js';

/** One warning per file of records with articles lacking an outlet, and one for all single-article files. */
export function missingOutletWarnings(noOutlet: Map<string, { n: number; columns?: string[] }>): string[] {
  const out: string[] = [];
  const plain: string[] = [];
  for (const [file, e] of noOutlet) {
    if (!e.columns) {
      plain.push(file);
      continue;
    }
    const cols = e.columns.map((c) => c.slice(0, 40)).join(', ');
    out.push(
      `${file}: ${e.n} article(s) have no outlet and are loaded as "${UNKNOWN_OUTLET}". Say which column holds it: ` +
        `--map outlet=<column> (columns: ${cols || 'none'}), or add an outlet column to corpus.csv`,
    );
  }
  if (plain.length) {
    const first = plain.slice(0, 3).join(', ') + (plain.length > 3 ? `, ... (${plain.length} files)` : '');
    out.push(
      `${first}: no outlet found, loaded as "${UNKNOWN_OUTLET}". Give one per file in corpus.csv (columns file,outlet), ` +
        'or one folder per outlet with a corpus.csv naming it',
    );
  }
  return out;
}

/**
 * One warning per file of records none of whose articles got a date: its date column has a name presslens does not
 * know ("when", "Day"), and without dates the report cannot order the articles nor tell which came first.
 */
export function missingDateWarnings(dates: DateTally): string[] {
  const out: string[] = [];
  for (const [file, e] of dates) {
    if (e.dated > 0) continue;
    const cols = e.columns.map((c) => c.slice(0, 40)).join(', ');
    out.push(
      `${file}: none of its ${e.n} article(s) has a date. Say which column holds it: --map date=<column> ` +
        `(columns: ${cols || 'none'}), or add a date column to corpus.csv`,
    );
  }
  return out;
}

/** The error when no article loads: the first few skips and their reasons. */
export function nothingLoaded(corpusPath: string, skipped: Skip[]): Error {
  const first = skipped
    .slice(0, 3)
    .map((s) => `${s.file}${s.record ? ` record ${s.record}` : ''}: ${s.reason}`)
    .join('; ');
  return new Error(
    `no articles loaded from ${corpusPath}: ${skipped.length} inputs skipped${first ? ` (${first}${skipped.length > 3 ? '; ...' : ''})` : ''}`,
  );
}
