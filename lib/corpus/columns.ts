// Pure: which column (or JSON key) of a record holds which article field.
//
// Recognised names (case-insensitive, first present wins), covering the tools journalists export from:
//   Media Cloud      stories_id, media_name, publish_date, title, url, text
//   GDELT DOC/GKG    url, title, seendate, domain, language (DATE, SOURCECOMMONNAME, DocumentIdentifier)
//   newspaper3k      title, text, publish_date, url, meta_lang
//   trafilatura      id, title, sitename / source-hostname / hostname, date, text / raw_text, language, url
//   news-please      maintext, date_publish, source_domain, title, url, language
//   pandas to_csv    the unnamed index column ("" or "Unnamed: 0") is ignored
//   spreadsheets     "Article Text", "Date Published", "Publication": names are compared with case, spaces, hyphens
//                    and underscores folded (columnKey), and a few newsroom names (story, publication, newspaper, paper)
//                    are known, so a sheet kept by hand loads without --map
// A user mapping (`--map outlet=media_name,date=publish_date`, or `loadCorpus(path, { map })`) puts the named
// column first for its field.

import type { ColumnMap, RecordField } from './types.js';
/** The article fields a record can carry. */
export const RECORD_FIELDS = [
  'id',
  'outlet',
  'date',
  'title',
  'url',
  'text',
  'language',
  'event',
] as const satisfies readonly RecordField[];

/** Column names recognised for each field, in order of preference (lower case). */
export const COLUMN_ALIASES: Readonly<Record<RecordField, readonly string[]>> = {
  id: ['id', '_id', 'uid', 'article_id', 'doc_id', 'stories_id', 'story_id', 'guid', 'gkgrecordid'],
  outlet: [
    'outlet',
    'outlet_name',
    'media_name',
    'source_name',
    'sitename',
    'publisher',
    'site',
    'media',
    'source',
    'sourcecommonname',
    'source_domain',
    'domain',
    'source-hostname',
    'hostname',
    'publication',
    'publication_name',
    'newspaper',
    'paper',
  ],
  date: [
    'date',
    'publish_date',
    'published',
    'published_at',
    'publishedat',
    'publication_date',
    'published_date',
    'date_published',
    'pub_date',
    'pubdate',
    'date_publish',
    'datetime',
    'seendate',
  ],
  title: ['title', 'headline'],
  url: ['url', 'link', 'href', 'documentidentifier'],
  text: [
    'text',
    'body',
    'content',
    'article',
    'full_text',
    'maintext',
    'raw_text',
    'article_text',
    'body_text',
    'story',
    'story_text',
  ],
  language: ['language', 'lang', 'meta_lang'],
  event: ['event', 'event_name', 'event_id'],
};

/** Column names that are never data (pandas' unnamed index column). */
export function isIndexColumn(name: string): boolean {
  const n = name.trim().toLowerCase();
  return n === '' || /^unnamed: ?\d+$/.test(n);
}

/** Parse "outlet=media_name,date=publish_date" into a ColumnMap; throws naming the bad part. */
export function parseColumnMap(spec: string): ColumnMap {
  const map: ColumnMap = Object.create(null) as ColumnMap;
  for (const part of spec.split(',')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    const field = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    const column = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (!(RECORD_FIELDS as readonly string[]).includes(field)) {
      throw new Error(`--map: unknown field "${field.slice(0, 40)}" (fields: ${RECORD_FIELDS.join(', ')})`);
    }
    if (!column) throw new Error(`--map: "${part.trim().slice(0, 60)}" needs a column name (field=column)`);
    map[field as RecordField] = column;
  }
  return map;
}

/**
 * A column name as compared: lower case, runs of spaces, hyphens and underscores as one underscore ("Date Published",
 * "date-published" and "date_published" are one name).
 */
export function columnKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

/** The column names to try for one field (as columnKey gives them), the user's mapping first. */
export function aliasesFor(field: RecordField, map?: ColumnMap): string[] {
  const own = map?.[field];
  const base = COLUMN_ALIASES[field].map(columnKey);
  if (!own) return base;
  const first = columnKey(own);
  return [first, ...base.filter((a) => a !== first)];
}
