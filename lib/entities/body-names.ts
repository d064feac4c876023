// The words of a body's long name: the heads that an "on" phrase continues ("Council on Foreign Relations"), heads
// that an "of"/"for" phrase continues though they do not type a name alone ("Conference of Catholic Bishops"), and
// the adjective that cannot end a name ("Center for Strategic [and International Studies]"). General English.

/** Heads of bodies whose name goes on with "on" and its subject ("Council on Foreign Relations", "Committee on the
 * Judiciary", "Commission on Civil Rights", "Subcommittee on Immigration", "Leadership Conference on Civil Rights"). */
export const ON_HEADS: ReadonlySet<string> = new Set([
  'council',
  'committee',
  'subcommittee',
  'commission',
  'institute',
  'conference',
  'center',
  'centre',
  'caucus',
  'forum',
  'panel',
]);

/** Words that "of"/"for" continue into a body's name, beside the organisation and group heads, though they are no
 * organisation's head at the end of a name ("Munich Security Conference" is an event, "Trump Campaign" no body). */
export const BODY_OF_HEADS: ReadonlySet<string> = new Set(['conference', 'campaign', 'partnership']);

/** An adjective's ending ("strategic", "electrical", "civil", "legislative"): such a word leaves a name unfinished when
 * "and" and a capitalised word follow it inside a body's name. */
const ADJECTIVE_FORM = /^[a-z]+(?:ic|al|il|ive)$/;

/** The word is an adjective by its ending. */
export function adjectiveForm(norm: string): boolean {
  return ADJECTIVE_FORM.test(norm);
}
