// One draft made an article: its text cleaned (records as given, files and pages without their debris), and each field
// settled by precedence (manifest > record > guessed from the text), with where it came from and warnings.
import type { Article, FieldSource, Provenance, Skip } from '../types.js';
import { cleanPlain, cleanText } from './clean.js';
import { cleanMeta } from './fields.js';
import { guessMetadata } from './guess.js';
import { parseDate } from './lines.js';
import type { CleanOptions, CleanResult, Evidence, ManifestRow } from './types.js';
import type { Draft } from './draft.js';

type Field = 'outlet' | 'date' | 'title' | 'url' | 'language';

/** The outlet of an article whose input names none. */
export const UNKNOWN_OUTLET = 'unknown';

/** A field's value by precedence (manifest > record > guessed), with where it came from recorded in `fields`. */
function fieldPicker(fields: Provenance['fields'], warn: string[]) {
  return (
    f: Field,
    m: string | undefined,
    rec: string | undefined,
    gu: string | undefined | null,
  ): string | undefined => {
    const v = m !== undefined ? m : rec !== undefined ? rec : (gu ?? undefined);
    fields[f] = m !== undefined ? 'manifest' : rec !== undefined ? 'record' : v !== undefined ? 'guessed' : 'missing';
    if (v === undefined) return undefined;
    const c = cleanMeta(v, f, warn);
    if (!c) fields[f] = 'missing';
    return c || undefined;
  };
}

/** Warnings about the outlet: missing, guessed from weak evidence, or contradicted by the text. */
function outletWarnings(outlet: string, source: FieldSource | undefined, evidence: readonly Evidence[]): string[] {
  const warn: string[] = [];
  if (source === 'missing') warn.push(`no outlet: loaded as "${UNKNOWN_OUTLET}"`);
  const outletEvidence = evidence.filter((e) => e.field === 'outlet' && e.value === outlet);
  if (source === 'guessed' && outletEvidence.every((e) => e.strength === 'weak')) {
    warn.push(`outlet "${outlet}" guessed from weak evidence (photo credit)`);
  }
  const strong = evidence.find((e) => e.field === 'outlet' && e.strength === 'strong');
  if (source !== 'guessed' && strong && strong.value.toLowerCase() !== outlet.toLowerCase()) {
    warn.push(`outlet is "${outlet}" (${source}) but the text says "${strong.value}" (${strong.rule})`);
  }
  return warn;
}

/** The date a record or page gives, parsed; a warning when it is not understood. */
function givenDate(dr: Draft, warn: string[]): string | undefined {
  if (!dr.given.date) return undefined;
  const p = parseDate(dr.given.date);
  if (!p) warn.push(`date "${dr.given.date.slice(0, 80)}" not understood; ignored`);
  return p ?? undefined;
}

/** Clean a draft's text: records keep it as given (characters and link cards only), files and pages lose their debris. */
function cleanDraft(
  dr: Draft,
  knownTitle: string | null,
  house: HouseStyle,
): { cleaned: CleanResult; isRecord: boolean } {
  // Records keep their text as given. HTML: the first line is removed as a title only when it repeats the
  // page title. Plain files are whole page dumps.
  const isRecord = dr.record !== undefined || /\.json$/i.test(dr.file);
  const keepFirstLine = /\.html?$/i.test(dr.file) && !!dr.given.title;
  const cleaned = isRecord
    ? cleanPlain(dr.raw, { title: knownTitle, ...house })
    : cleanText(dr.raw, { title: knownTitle, keepFirstLine, ...house });
  return { cleaned, isRecord };
}

/** What the corpus shows of an outlet's house style, for cleaning one of its articles (lib/corpus/assemble.ts). */
export type HouseStyle = Pick<CleanOptions, 'capsLinks' | 'printedHeadline'>;

/**
 * Clean a draft's text and settle its fields; a Skip when no text is left. `house`: the outlet sets links as headlines
 * in capitals (lib/corpus/headline-links.ts), opens its articles with a caption and a printed headline
 * (lib/corpus/printed-headline.ts).
 */
export function buildArticle(
  dr: Draft,
  id: string,
  idSource: FieldSource,
  row: ManifestRow | undefined,
  idWarn: string[],
  house: HouseStyle = {},
): Article | Skip {
  const warn = [...dr.warnings, ...idWarn];
  const recordDate = givenDate(dr, warn);
  const { cleaned, isRecord } = cleanDraft(dr, row?.title ?? dr.given.title ?? null, house);
  if (!cleaned.text) {
    const kinds = [...new Set(cleaned.removed.map((x) => x.kind))].join(', ');
    return {
      file: dr.file,
      ...(dr.record ? { record: dr.record } : {}),
      reason: `no text left after cleaning${kinds ? ` (removed: ${kinds})` : ''}`,
    };
  }
  const g = guessMetadata(dr.raw, cleaned);
  const fields = { id: idSource } as Provenance['fields'];
  const pick = fieldPicker(fields, warn);
  const outlet = pick('outlet', row?.outlet, dr.given.outlet, g.outlet) ?? UNKNOWN_OUTLET;
  const date = pick('date', row?.date, recordDate, g.date) ?? null;
  const title = pick('title', row?.title, dr.given.title, g.title) ?? '';
  const url = pick('url', row?.url, dr.given.url, null) ?? null;
  const language = pick('language', row?.language, dr.given.language, null) ?? null;
  const event = row?.event ?? dr.given.event;
  const ev = event !== undefined ? cleanMeta(event, 'event', warn) : '';
  if (ev) fields.event = row?.event !== undefined ? 'manifest' : 'record';
  warn.push(...outletWarnings(outlet, fields.outlet, g.evidence), ...cleaned.warnings);
  const rawBase = isRecord ? 'record-text' : /\.(html?|md|markdown)$/i.test(dr.file) ? 'extracted-text' : 'file';
  return {
    id,
    outlet,
    date,
    title,
    url,
    language,
    ...(ev ? { event: ev } : {}),
    text: cleaned.text,
    paragraphs: cleaned.paragraphs,
    provenance: {
      file: dr.file,
      ...(dr.record ? { record: dr.record } : {}),
      encoding: dr.encoding,
      encodingGuessed: dr.encodingGuessed,
      fields,
      removed: [...dr.preRemoved, ...cleaned.removed],
      warnings: warn,
      rawBase,
      offsets: cleaned.offsets,
    },
  };
}
