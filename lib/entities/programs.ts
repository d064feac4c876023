// Government programmes, schemes and statuses ("Deferred Action for Childhood Arrivals", "Temporary Protected Status",
// "Joint Comprehensive Plan of Action", "Diversity Visa Lottery"), and broadcast shows ("Glenn Beck Radio Program").
// The project's type set has no type of their own: like laws (laws.ts), they are 'event' (types.ts), named but no
// actor and no place, so that a programme and the acronym it is known by ("DACA", "TPS") are kept out of
// organisations, and a host's show out of people.
import type { Doc } from '../types.js';

/** Last words that close a programme's name ("Temporary Protected Status", "Food Stamp Program", "Marshall Plan"). Not
 * the plural: "Southwest Key Programs" is the charity that runs them. */
const PROGRAM_LAST: ReadonlySet<string> = new Set([
  'program',
  'programme',
  'status',
  'plan',
  'scheme',
  'lottery',
  'doctrine',
  // a broadcast's show ("The Rush Limbaugh Show", "Glenn Beck Radio Program"): a work, named but no actor
  'show',
]);

/** Two last words that close the name of a benefit or a number the state gives ("Earned Income Tax Credit",
 * "Individual Taxpayer Identification Number", "Social Security Numbers"): no body is named so. */
const PROGRAM_PAIRS: ReadonlySet<string> = new Set([
  'tax credit',
  'tax credits',
  'identification number',
  'identification numbers',
  'security number',
  'security numbers',
]);

/** Media words before a programme's last word: "Radio Program", "Television Show" name a broadcast, not a body's
 * programme ("Office of Refugee Status"). */
const BROADCAST_MEDIA: ReadonlySet<string> = new Set(['radio', 'television', 'tv']);

/** Body heads that name an activity ("Immigration and Customs Enforcement", "Homeland Security") and, after a
 * qualifier, before a programme word name the programme, not a body ("Priority Enforcement Program"). */
const ACTIVITY_HEADS: ReadonlySet<string> = new Set([
  'enforcement',
  'security',
  'protection',
  'defense',
  'defence',
  'intelligence',
]);

/** Heads of a programme's name that an "of"/"for" phrase follows ("Plan of Action", "Program for Refugees"). */
export const PROGRAM_OF: ReadonlySet<string> = new Set(['program', 'programme', 'plan', 'scheme']);

/** A participle or adjective that makes "action" a policy ("Deferred Action", "Affirmative Action"), not a group's
 * name ("Heritage Action", "Organizing for Action"). */
const POLICY_ADJECTIVE = /^(?!united$)[a-z]+(?:ed|ive)$/;

/**
 * The programme head of a name of two or more words (its norms), or '' when it names none. Not a body's name that holds
 * a programme word after its own head ("Office of Refugee Status", "Center for Immigration Plan"): `bodyHead` says a
 * word heads an organisation, group or place.
 */
export function programHead(norms: readonly string[], bodyHead: (w: string) => boolean): string {
  const n = norms.length;
  if (n < 2) return '';
  for (let k = 0; k + 1 < n; k++) {
    const w = norms[k + 1];
    if (w !== 'of' && w !== 'for') continue;
    if (bodyHead(norms[k])) return '';
    if (PROGRAM_OF.has(norms[k])) return norms[k];
    if (k > 0 && norms[k] === 'action' && POLICY_ADJECTIVE.test(norms[k - 1])) return 'action';
  }
  const last = norms[n - 1];
  if (PROGRAM_PAIRS.has(norms[n - 2] + ' ' + last)) return last;
  const before = norms[n - 2];
  const activity = n >= 3 && ACTIVITY_HEADS.has(before);
  if (PROGRAM_LAST.has(last) && (!bodyHead(before) || BROADCAST_MEDIA.has(before) || activity)) return last;
  if (last === 'action' && POLICY_ADJECTIVE.test(norms[n - 2])) return 'action';
  return '';
}

/**
 * Lowercase nouns that, right after a name, make it a programme's or a law's: what a programme pays, covers or
 * requires, and the parts of a bill ("Social Security benefits", "the Obamacare mandate", "the E-Verify system",
 * "Medicaid expansion", "the Corker-Hoeven amendment"). Not nouns a company or a network has too ("coverage",
 * "card", "funding").
 */
const POLICY_NOUNS_AFTER: ReadonlySet<string> = new Set(
  (
    'benefits beneficiaries recipients enrollees enrollment expansion mandate mandates subsidies premiums exchanges ' +
    'program programme system amendment amendments compromise provision provisions requirement requirements ' +
    'regulations compliance repeal implementation legislation number numbers'
  ).split(' '),
);

/** The policy noun (POLICY_NOUNS_AFTER) written in lower case right after token `last` in its sentence, or ''. */
export function policyNounAfter(d: Doc, last: number): string {
  const t = d.tokens[last + 1];
  if (!t || t.sentence !== d.tokens[last].sentence || t.kind !== 'word') return '';
  return POLICY_NOUNS_AFTER.has(t.norm) && d.text.charCodeAt(t.start) >= 97 ? t.norm : '';
}
