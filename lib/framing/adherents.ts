// People around a named actor: "Morsi supporters", "Trump voters", "Obama aides", "the senator's critics" are a group
// of their own, named after the actor, not labels of the actor. "the Trump administration" or "the Assad regime" stay
// the actor's labels: an administration or a regime is the actor's own body, a supporter is someone else.
import type { EntityRef } from '../types.js';

/** Singular heads of a group defined by its tie to a named actor: for, against or working for it. */
const ADHERENTS: ReadonlySet<string> = new Set(
  (
    'supporter backer loyalist follower voter partisan devotee admirer sympathizer sympathiser defender fan ally ' +
    'opponent critic detractor foe enemy rival aide adviser advisor lawyer attorney'
  ).split(' '),
);

/** A head's plural for the group's name ("ally" -> "allies", "attorney" -> "attorneys"). */
function plural(lemma: string): string {
  return /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's';
}

/**
 * The group a phrase names when its head (singular lemma) is an adherent noun and a named actor modifies it
 * ("Morsi supporters" -> "Mohammed Morsi supporters"); undefined for any other head.
 */
export function adherentGroup(entity: EntityRef, lemma: string): { id: string; name: string } | undefined {
  if (!ADHERENTS.has(lemma)) return undefined;
  return { id: `group:${lemma}:${entity.id}`, name: `${entity.name} ${plural(lemma)}` };
}
