// A body the entity stage typed as an organisation that the corpus shows to be a medium: "McClatchy reported …" reads as
// a medium, so "according to McClatchy" and "McClatchy also reported" in other articles name the same medium, not an
// institution. A name the corpus writes as a publication ("Foreign Policy writer …", media-uses.ts) is a medium too.
// Pure: the source rows in, their kinds set in place.

/** The fields of a speaker row (SourceMention, lib/framing/sources.ts) this pass reads and retypes. */
interface SpeakerRow {
  kind: string;
  name: string;
  entity_id: string | null;
  text: string;
}

/** Kinds a medium's bare name may have been read as where nothing beside it said "medium". */
const RETYPED: ReadonlySet<string> = new Set(['institution', 'other']);

/** The phrase as a bare name: a leading "the" and closing marks dropped ("the Valdor Ledger ." → "Valdor Ledger"). */
function bareName(text: string): string {
  return text
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/[\s.,;:!?]+$/u, '');
}

/**
 * Retype, in place, each row whose phrase is only its entity's name, read as an institution or as other, to media
 * when another row of the same entity, its phrase also only the name, was read as a medium ("McClatchy reported" in
 * one article, "according to McClatchy" in another). A phrase holding more than the name ("The Facebook post") tells
 * nothing of the entity.
 */
export function mediaByEntity(out: SpeakerRow[]): void {
  const media = new Set<string>();
  for (const m of out) if (m.kind === 'media' && m.entity_id && bareName(m.text) === m.name) media.add(m.entity_id);
  for (const m of out)
    if (RETYPED.has(m.kind) && m.entity_id && media.has(m.entity_id) && bareName(m.text) === m.name) m.kind = 'media';
}

/**
 * Retype, in place, each row read as an institution or as other whose phrase is only a name in `media` (names the
 * corpus writes as publications: mediaNamesByUse), to media under that name; an entity of another name ("Policy" for
 * "Foreign Policy") is dropped.
 */
export function mediaByUse(out: SpeakerRow[], media: ReadonlySet<string>): void {
  for (const m of out) {
    const bare = bareName(m.text);
    if (!RETYPED.has(m.kind) || !media.has(bare)) continue;
    m.kind = 'media';
    if (m.name !== bare) {
      m.name = bare;
      m.entity_id = null;
    }
  }
}
