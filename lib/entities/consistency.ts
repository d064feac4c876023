// One type per name per document: the strongest evidence for a name in an article types all its mentions there,
// and a lone surname takes the type of the full name it belongs to ("Phil Simmons ... Simmons"); a lone untyped first
// name, that of the person it opens ("Jansher Khan ... Jansher").
// The corpus-wide majority is applied later, when mentions are merged into entities (entities.ts votes by strength).
import { partsKey, type Mention } from './mentions.js';
import { typeCompanyShortForms } from './company-short-forms.js';

/** The best-evidenced typed mention per name key in one document. */
function strongestByKey(list: readonly Mention[]): Map<string, Mention> {
  const best = new Map<string, Mention>();
  for (const m of list) {
    // a dateline says where the story was filed, not what the name stands for elsewhere ("NICE, France" over a
    // story on the club Nice)
    if (m.type === 'unknown' || m.type === 'demonym' || m.cue === 'dateline') continue;
    const k = partsKey(m.parts);
    const b = best.get(k);
    if (!b || m.strength > b.strength) best.set(k, m);
  }
  return best;
}

/** Last name words of the people named in full in one document, with the full name. */
function surnamesOf(list: readonly Mention[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const m of list) {
    if (m.type !== 'person' || m.parts.length < 2) continue;
    const last = m.parts[m.parts.length - 1];
    const prev = out.get(last);
    if (!prev || m.strength > prev.strength) out.set(last, m);
  }
  return out;
}

/**
 * First name words of the people named in full in one document, with the full name: only people typed by a cue
 * stronger than title case (a surname, a title, a role), so that a firm read as two title-case words ("Breitbart
 * Texas") lends its first word nothing.
 */
function firstNamesOf(list: readonly Mention[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const m of list) {
    // "Eid al-Fitr", "Ansar al-Sharia": a particle name typed a person by its shape alone is too often a feast or a
    // group
    if (m.type !== 'person' || m.parts.length < 2 || m.strength < 2 || m.cue === 'name particle') continue;
    if (!out.has(m.parts[0])) out.set(m.parts[0], m);
  }
  return out;
}

/**
 * Give every mention of a name in a document the type of its best-evidenced mention there, and a one-word name
 * that is the last word of a person named in full in the same document the person type. Mutates the mentions
 * (type, strength, cue); only weaker evidence is overridden.
 */
export function harmoniseTypes(mentions: readonly Mention[][]): void {
  for (const list of mentions) {
    typeCompanyShortForms(list);
    const best = strongestByKey(list);
    const surnames = surnamesOf(list);
    const firsts = firstNamesOf(list);
    for (const m of list) {
      if (m.type === 'demonym') continue;
      const b = best.get(partsKey(m.parts));
      if (b && b !== m && b.strength > m.strength && b.type !== m.type) {
        m.type = b.type;
        m.strength = b.strength - 1 || 1;
        m.cue = `same name in this article: ${b.cue}`;
        continue;
      }
      // "Jansher Khan ... Jansher said": a person called by the first of the names the article gave in full
      const called = m.type === 'unknown' && m.parts.length === 1 ? firsts.get(m.parts[0]) : undefined;
      if (called && called.text.startsWith(m.text + ' ')) {
        m.type = 'person';
        m.strength = 1;
        m.cue = `first name of '${called.text}' in this article`;
        continue;
      }
      const full = m.parts.length === 1 ? surnames.get(m.parts[0]) : undefined;
      // never over a group plural ("Republicans" after "House Republicans")
      const sure = full && full.strength >= m.strength;
      if (sure && m.strength < 3 && m.type !== 'person' && m.type !== 'group') {
        m.type = 'person';
        m.strength = 2;
        m.cue = `surname of '${full.text}' in this article`;
      }
    }
  }
}
