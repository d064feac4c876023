// A company named in full once is then called by its first words: "Mercantile Bancorp Inc. ... grab Mercantile or
// Commerce", "Kia Motor Corp ... marketed by Kia", "Johnson Controls Inc ... Magna, Johnson Controls and Lear". The
// short form has no cue of its own (no head word, no legal form), so it was left untyped or read as a person by its
// shape alone; the article's full name types it.
import type { Mention } from './mention-record.js';
import { LEGAL_FORMS } from './head-words.js';

/** Last words that end a company's full name: its legal form, or a word of a holding's name. */
const COMPANY_ENDS: ReadonlySet<string> = new Set([
  ...LEGAL_FORMS,
  'bancorp',
  'bancshares',
  'holdings',
  'group',
  'company',
  'corporation',
  'incorporated',
  'limited',
]);

/** Weak cues of a name's shape alone, which a full name in the same article outweighs. */
const SHAPE_CUES: ReadonlySet<string> = new Set(['surname', 'given name alone', 'title-case words']);

/** The company named in full in one article by each run of its leading words ("mercantile", "mercantile bancorp"). */
function fullNames(list: readonly Mention[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const m of list) {
    const n = m.parts.length;
    if (m.type !== 'org' || n < 2 || !COMPANY_ENDS.has(m.parts[n - 1])) continue;
    let key = '';
    for (let k = 0; k < n - 1; k++) {
      key = k ? key + ' ' + m.parts[k] : m.parts[k];
      if (!out.has(key)) out.set(key, m);
    }
  }
  return out;
}

/**
 * Type as an organisation, in place, every untyped or shape-typed name of one article that is the first words of a
 * company the article names in full with its legal form ("Norwest" after "Norwest Corp."). A cue stronger than the
 * name's shape (a title, a surname of a person named in full, a gazetteer place) is kept.
 */
export function typeCompanyShortForms(list: readonly Mention[]): void {
  let fulls: Map<string, Mention> | undefined;
  for (const m of list) {
    if (m.type !== 'unknown' && !(m.strength < 2 && SHAPE_CUES.has(m.cue))) continue;
    fulls ??= fullNames(list);
    if (!fulls.size) return;
    const full = fulls.get(m.parts.join(' '));
    if (!full) continue;
    m.type = 'org';
    m.strength = 2;
    m.cue = `short form of '${full.text}' in this article`;
  }
}
