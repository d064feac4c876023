// The articles of a load assembled in input order: ids settled (manifest > record > file path; the first wins, later
// ones are skipped naming it), each draft built, and what the load's warnings need tallied (no outlet, no date).
import { createHash } from 'node:crypto';
import type { Article, FieldSource, Skip } from '../types.js';
import { cleanMeta } from './fields.js';
import type { ManifestRow } from './types.js';
import type { Draft, FileResult } from './draft.js';
import { buildArticle, UNKNOWN_OUTLET } from './build-article.js';
import { capsLinkHouses } from './headline-links.js';
import { printedHeadlineOutlets } from './printed-headline.js';
import { siteOf } from '../overlap/publisher.js';

/** Settle ids (first one wins, later ones skipped naming it) and build the articles, in input order. */
export function assemble(
  results: FileResult[],
  byFile: Map<string, ManifestRow>,
  byId: Map<string, ManifestRow>,
  skipped: Skip[],
) {
  const articles: Article[] = [];
  const firstSeen = new Map<string, string>();
  const usedIdRows = new Set<ManifestRow>();
  const noOutlet = new Map<string, { n: number; columns?: string[] }>();
  const dates: DateTally = new Map();
  const sameText = copies();
  const drafts = [...draftOutlets(results, byFile)];
  const caps = capsLinkHouses(drafts);
  const printed = printedHeadlineOutlets(drafts);
  for (const r of results) {
    for (const x of r.skips) skipped.push(x); // no spread: a file may have any number of bad records
    for (const dr of r.drafts) {
      const where = dr.record ? `${dr.file} record ${dr.record}` : dr.file;
      const fileRow = dr.record === undefined ? byFile.get(dr.file) : undefined;
      const idWarn: string[] = [];
      let id: string;
      let idSource: FieldSource;
      if (fileRow?.id) {
        id = cleanMeta(fileRow.id, 'id', idWarn);
        idSource = 'manifest';
      } else if (dr.given.id) {
        id = cleanMeta(dr.given.id, 'id', idWarn);
        idSource = 'record';
      } else {
        id = cleanMeta(dr.record ? `${dr.stem}#${dr.record}` : dr.stem, 'id', idWarn);
        idSource = 'filename';
      }
      const row = fileRow ?? byId.get(id);
      if (row) usedIdRows.add(row);
      const prev = firstSeen.get(id);
      if (prev) {
        skipped.push({
          file: dr.file,
          ...(dr.record ? { record: dr.record } : {}),
          reason: `duplicate id "${id}" (already loaded from ${prev})`,
        });
        continue;
      }
      const outlet = row?.outlet ?? dr.given.outlet;
      const site = siteOf(row?.url ?? dr.given.url);
      const a = buildArticle(dr, id, idSource, row, idWarn, {
        capsLinks: (!!outlet && caps.outlets.has(outlet)) || (!!site && caps.sites.has(site)),
        printedHeadline: !!outlet && printed.has(outlet),
      });
      if ('reason' in a) {
        skipped.push(a);
        continue;
      }
      const copyOf = sameText.firstOf(a, where);
      if (copyOf) {
        skipped.push({
          file: dr.file,
          ...(dr.record ? { record: dr.record } : {}),
          reason: `same outlet and text as ${copyOf} (a copy saved twice; counted once)`,
        });
        continue;
      }
      firstSeen.set(id, where);
      articles.push(a);
      if (a.outlet === UNKNOWN_OUTLET && a.provenance.fields.outlet === 'missing') {
        const e = noOutlet.get(dr.file) ?? { n: 0, columns: dr.columns };
        e.n++;
        noOutlet.set(dr.file, e);
      }
      if (dr.columns) tallyDates(dates, dr, a);
    }
  }
  return { articles, usedIdRows, noOutlet, dates };
}

/**
 * The articles already loaded by outlet and text: an article whose outlet and cleaned text (spacing aside: a page and
 * a text file of one story wrap it differently) are those of an earlier one is the same file saved twice (a scrape's canonical and AMP pages, a folder copied into another), and counted
 * twice it would double every term, name and label of that story. Another outlet's identical text is kept: that is
 * reuse, for the overlap analysis to find. Keyed by a hash, not the text, so a large corpus is not held twice.
 */
function copies() {
  const seen = new Map<string, string>();
  return {
    firstOf(a: Article, where: string): string | undefined {
      const key = createHash('sha256')
        .update(a.outlet)
        .update('\0')
        .update(a.text.replace(/\s+/g, ' ').trim())
        .digest('base64');
      const prev = seen.get(key);
      if (prev === undefined) seen.set(key, where);
      return prev;
    },
  };
}

/**
 * Each draft's outlet, site (its address's registrable domain) and title as the manifest's file row or the record gives
 * them (a manifest row matched by id is not read here) and its raw text, for the outlets' house style of links
 * (lib/corpus/headline-links.ts) and first lines (lib/corpus/printed-headline.ts).
 */
function* draftOutlets(results: FileResult[], byFile: Map<string, ManifestRow>) {
  for (const r of results)
    for (const dr of r.drafts) {
      const row = dr.record === undefined ? byFile.get(dr.file) : undefined;
      const title = row?.title ?? dr.given.title;
      yield { outlet: row?.outlet ?? dr.given.outlet, site: siteOf(row?.url ?? dr.given.url), title, text: dr.raw };
    }
}

/** Per file of records: how many articles, how many of them dated, and its columns. */
export type DateTally = Map<string, { n: number; dated: number; columns: string[] }>;

function tallyDates(dates: DateTally, dr: Draft, a: Article): void {
  const e = dates.get(dr.file) ?? { n: 0, dated: 0, columns: dr.columns ?? [] };
  e.n++;
  if (a.date) e.dated++;
  dates.set(dr.file, e);
}
