// Media speakers named by a short form after the full name: "The Wall Street Journal reported … , the Journal said".
// The short form is the same medium, as in citations (lib/overlap/short-names.ts), not a second one called "Journal".
import { lastWord, shortWord } from '../overlap/short-names.js';
import { pushTo } from '../util/maps.js';

/** The fields of a speaker row (SpeakerRow, lib/framing/sources.ts) this pass reads and renames. */
interface SpeakerRow {
  doc: string;
  kind: string;
  name: string;
  entity_id: string | null;
  text: string;
  span: { start: number };
}

const THE_PHRASE = /^the\s+\S+$/i;

/**
 * Rename, in place, each media speaker written "the X" to the one medium named earlier in its article whose name ends
 * in X (with its entity); none or two such media leave it as it is. One pass per article, in text order.
 */
export function mediaShortForms(out: SpeakerRow[]): void {
  const byDoc = new Map<string, SpeakerRow[]>();
  for (const m of out) if (m.kind === 'media') pushTo(byDoc, m.doc, m);
  for (const list of byDoc.values()) {
    list.sort((a, b) => a.span.start - b.span.start);
    // last word -> the media named in full so far that end in it
    const seen = new Map<string, Map<string, SpeakerRow>>();
    for (const m of list) {
      const word = THE_PHRASE.test(m.text.trim()) ? shortWord(m.name) : null;
      const fits = word ? seen.get(word) : undefined;
      if (fits && fits.size === 1 && !fits.has(m.name)) {
        const [full] = fits.values();
        m.name = full.name;
        m.entity_id = full.entity_id;
        continue;
      }
      const last = lastWord(m.name);
      if (!last) continue;
      const names = seen.get(last) ?? new Map<string, SpeakerRow>();
      if (!names.has(m.name)) names.set(m.name, m);
      seen.set(last, names);
    }
  }
}
