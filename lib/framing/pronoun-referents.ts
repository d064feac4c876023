// Who "he", "she" or "it" is: the speaker or person of the paragraph, or of the paragraph before, that the article does not
// give the other gender (`pronounReferent`). Pure over the speaker context.
import type { EntityRef } from '../types.js';
import type { SourceKind } from './types.js';
import type { Gender } from './doc-genders.js';
import type { SpeakerContext } from './speaker-context.js';

/**
 * Who "he" or "she" (of gender `g`) is: the last named speaker of the paragraph when every named speaker before it
 * there is the same person; else, when no one spoke there yet, the one person named in the paragraph, or, when this
 * one names no one, the one person who spoke in the paragraph before (no one when someone unnamed spoke there), else
 * the one person named there. A candidate the article gives the other gender ("Mr. Brenn" for
 * "she") is ruled out: a lone candidate so ruled out leaves the pronoun unresolved, and of two or more the one left is
 * taken only when the article gives it the pronoun's gender too (gender vetoes; it promotes only when stated).
 */
export function pronounReferent(g: Gender, c: SpeakerContext): { name: string; entity?: string } | null {
  type Who = { name: string; entity?: string };
  const pick = (cands: Who[]): Who | null => {
    const left = cands.filter((x) => c.gender(x.name) !== (g === 'm' ? 'f' : 'm'));
    // of two, the one the other gender leaves: when the article says its gender, or it is the subject ("Ana Silva, a
    // student, introduced Mr. Doe. She criticized …")
    if (left.length === 1 && (cands.length === 1 || c.gender(left[0].name) === g || isSubject(left[0], c)))
      return left[0];
    // two people or more: the subject of the sentence, or of the one before ("Doe said … Brenn …; he added")
    return left.length > 1 ? subjectOf(g, c) : null;
  };
  // "He said … “…,” he said": the paragraph's speakers so far, pronouns as resolved, when no one unnamed spoke there
  const named = c.memory.namedIn(c.paragraph);
  const spoke = named.length ? [] : c.memory.spokeIn(c.paragraph);
  const before: readonly { name: string; entity?: string }[] =
    named.length || !spoke.every((x) => x.kind === 'named') ? named : spoke;
  if (before.length) {
    const last = new Map(before.map((n) => [n.entity ?? n.name, n] as const)); // each person's last turn
    const one = pick([...last.values()]);
    return one ? { name: one.name, ...(one.entity ? { entity: one.entity } : {}) } : null;
  }
  const distinct = (es: EntityRef[]) => [...new Map(es.map((e) => [e.id, e])).values()];
  let people = distinct(c.mentioned(c.paragraph));
  if (!people.length && c.paragraph > 0) {
    // "“…,” Doe said. ¶ “…,” he added": the one person who spoke in the paragraph before, when only named people did
    // (someone unnamed who spoke there is "he" as likely as anyone the paragraph names: unresolved; a body, a medium
    // or a document is no "he")
    // "“…,” Doe said. ¶ “…” ¶ “…,” he said": paragraphs of bare quotes between carry the speaker before them on
    let p = c.paragraph - 1;
    // "Doe said … ¶ But he declined to … ¶ “…,” he said": so do paragraphs that name no one and carry the pronoun on
    for (
      let k = 0;
      k < CHAIN && p > 0 && !c.memory.spokeIn(p).length && !c.mentioned(p).length && (c.quoteOnly(p) || c.holds(p, g));
      k++
    )
      p--;
    const prev = c.memory.spokeIn(p).filter((x) => PERSON_KINDS.has(x.kind));
    if (prev.length) {
      const all = prev.every((x) => x.kind === 'named');
      const one = all ? pick([...new Map(prev.map((x) => [x.entity ?? x.name, x])).values()]) : null;
      // two named speakers there: the one the paragraph opened on as its subject
      const subject = !one && all ? paragraphSubject(g, p, c) : null;
      const who = one ?? (subject && prev.some((x) => x.entity === subject.entity) ? subject : null);
      return who ? { name: who.name, ...(who.entity ? { entity: who.entity } : {}) } : null;
    }
    people = distinct(c.mentioned(p));
    // "Sen. Ana Doe, D-Val., urged Ivo Brenn to … ¶ “…,” she said": the subject of the paragraph before
    const e = pick(people.map((x) => ({ name: x.name, entity: x.id })));
    if (e || people.length < 2) return e ? { name: e.name, ...(e.entity ? { entity: e.entity } : {}) } : null;
    return paragraphSubject(g, p, c);
  }
  const e = pick(people.map((x) => ({ name: x.name, entity: x.id })));
  return e ? { name: e.name, ...(e.entity ? { entity: e.entity } : {}) } : null;
}

/** Whether `who` is the person the pronoun's sentence, or the one before, opens on. */
function isSubject(who: { name: string; entity?: string }, c: SpeakerContext): boolean {
  const s = c.subject();
  return !!s && !!who.entity && s.id === who.entity;
}

/** Paragraphs of bare quotes a pronoun looks back over for the speaker before them. */
const CHAIN = 4;

/** The subject of the pronoun's sentence or the one before, when the article does not give it the other gender. */
function subjectOf(g: Gender, c: SpeakerContext): { name: string; entity: string } | null {
  const s = c.subject();
  return s && c.gender(s.name) !== (g === 'm' ? 'f' : 'm') ? { name: s.name, entity: s.id } : null;
}

/** The subject of paragraph p's last sentence (`subjectIn`), when the article does not give it the other gender. */
function paragraphSubject(g: Gender, p: number, c: SpeakerContext): { name: string; entity: string } | null {
  const s = c.subjectIn(p);
  return s && c.gender(s.name) !== (g === 'm' ? 'f' : 'm') ? { name: s.name, entity: s.id } : null;
}

/** Kinds of speaker that may be a person. */
const PERSON_KINDS: ReadonlySet<SourceKind> = new Set(['named', 'anonymous', 'unresolved', 'other']);

/** Kinds of speaker "it" may be: a body, a document, a medium. */
const BODY_KINDS: ReadonlySet<SourceKind> = new Set(['institution', 'document', 'media']);

/**
 * Who "it" is as a speaker ("“…,” it said"; "…, it added."): the last body, document or medium that spoke in the
 * paragraph ("The ministry said … Twelve were arrested, it said"), else in the paragraph before; never a person.
 */
export function itReferent(c: SpeakerContext): { kind: SourceKind; name: string; entity?: string } | null {
  for (const p of [c.paragraph, c.paragraph - 1]) {
    const spoke = p >= 0 ? c.memory.spokeIn(p) : [];
    for (let i = spoke.length - 1; i >= 0; i--)
      if (BODY_KINDS.has(spoke[i].kind)) {
        const s = spoke[i];
        return { kind: s.kind, name: s.name, ...(s.entity ? { entity: s.entity } : {}) };
      }
  }
  return null;
}
