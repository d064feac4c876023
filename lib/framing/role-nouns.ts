// Role nouns: the head nouns English news uses for governments, armed forces, armed groups and crowds ("the Assad
// regime", "Hamas militants", "Egyptian protesters"). An outlet names one actor by choosing among the nouns of one
// class ("regime" or "government", "terrorists" or "militants"); nouns of two classes name two actors ("Syrian forces"
// are the state's army, "Syrian rebels" fight it). The list is general English news vocabulary written for the
// project, not taken from any corpus.

/** What a role noun names. */
export type RoleClass = 'government' | 'forces' | 'fighters' | 'opposition' | 'crowd';

/**
 * The role nouns by class, in the forms news writes them (plural and singular where both name a body):
 * - government: who rules a state or a territory;
 * - forces: a state's (or a named body's) armed forces;
 * - fighters: armed groups outside a state's forces;
 * - opposition: the political opposition to a government or a party ("the Syrian opposition", "the Republican
 *   opposition"), armed in some stories and not in others, so a referent of its own;
 * - crowd: people in the street.
 */
export const ROLE_NOUNS: Readonly<Record<RoleClass, readonly string[]>> = {
  government: [
    'regime',
    'regimes',
    'government',
    'governments',
    'administration',
    'authorities',
    'junta',
    'rulers',
    'dictatorship',
  ],
  forces: ['forces', 'troops', 'army', 'military', 'soldiers'],
  fighters: [
    'militants',
    'fighters',
    'terrorists',
    'rebels',
    'insurgents',
    'extremists',
    'jihadists',
    'jihadis',
    'gunmen',
    'militia',
    'militias',
    'militiamen',
    'guerrillas',
    'radicals',
    'separatists',
  ],
  opposition: ['opposition'],
  crowd: ['protesters', 'protestors', 'demonstrators', 'rioters', 'mob', 'mobs'],
};

/**
 * Role nouns a bare use of which may name back to an actor named with another noun of its class ("the government"
 * after "the Assad regime", "the military" after "Egyptian troops"): the nouns of one state's rulers and of its
 * armed forces. Not "administration" (news writes "the administration" bare for its own country's executive, whatever
 * foreign government the article named), "authorities" (police, local officials), nor armed groups or crowds, whose
 * class holds opposed sides ("Hezbollah fighters" and "the rebels" fight each other).
 */
export const CLASS_ANAPHORS: ReadonlySet<string> = new Set([
  'regime',
  'government',
  'junta',
  'rulers',
  'dictatorship',
  'forces',
  'troops',
  'army',
  'military',
  'soldiers',
]);

const CLASS_OF: ReadonlyMap<string, RoleClass> = new Map(
  (Object.keys(ROLE_NOUNS) as RoleClass[]).flatMap((c) => ROLE_NOUNS[c].map((w) => [w, c] as const)),
);

/** The class of a lowercase role noun, or undefined for any other word. */
export function roleClass(norm: string): RoleClass | undefined {
  return CLASS_OF.get(norm);
}

/** What kind of actor the name before a role noun names: a state (a country, its adjective, its head), or a body. */
export type ReferentKind = 'state' | 'body';

/**
 * Which actor a role noun names, as the name of a class of referents: for a state the four classes are four actors
 * ("Syria's government", its armed forces, the armed groups fighting in it, its crowds); for a body (a party, an
 * armed group, a people) its forces and its fighters are the same people ("ISIS forces" = "ISIS fighters" = "ISIS
 * militants"), so they are one referent, its armed members.
 */
export function referentRole(kind: ReferentKind, c: RoleClass): string {
  if (c === 'government') return 'government';
  if (c === 'crowd') return 'crowds';
  if (c === 'opposition') return 'opposition';
  if (kind === 'body') return 'armed members';
  return c === 'forces' ? 'armed forces' : 'armed groups';
}

/**
 * Titles of a head of state or government: "Syrian President X", "Israel's Prime Minister Y". The government named
 * after such a person ("the Assad regime") is the government of the state in the title.
 */
export const HEAD_OF_STATE_TITLES: ReadonlySet<string> = new Set([
  'president',
  'leader',
  'minister',
  'premier',
  'chancellor',
  'king',
  'emir',
  'sultan',
  'monarch',
  'dictator',
  'strongman',
  'ruler',
]);

/** Words saying the title is no longer held: "former Egyptian President X", "Egypt's ousted President Y". */
export const FORMER: ReadonlySet<string> = new Set([
  'former',
  'ex',
  'ousted',
  'deposed',
  'toppled',
  'late',
  'overthrown',
  'exiled',
  'then',
  'onetime',
  'one-time',
]);
