// Words around a name that say it is an organisation (a company, a club, a newspaper), for names no head word types:
// "Cofinec CEO Stephen Frater", "Surrey captain Chris Lewis", "the tyre giant Pirelli", "shares of Magna",
// "Pirelli said it ...". Used for unknown names and for towns that name their club.
import type { Doc } from '../types.js';
import { isPersonStart, isPersonWord } from './person-words.js';
import { isPeopleWord } from './peoples.js';
import { headTypeOf } from './head-words.js';
import { worldGazetteer } from './world.js';

/** A club's people, named after its name ("Surrey captain"): a cue for an unknown name and for a town's club alike. */
const SPORT_ROLES: readonly string[] = [
  'coach',
  'manager',
  'captain',
  'striker',
  'forward',
  'winger',
  'playmaker',
  'skipper',
  'midfielder',
  'defender',
  'goalkeeper',
  'batsman',
  'bowler',
  'all-rounder',
  'pitcher',
  'quarterback',
  'shortstop',
  'teammate',
  'team-mate',
];

/** A paper named before its kind or its staff ("the Matin newspaper", "Gazeta Nowa daily said", "Sentinel editor Ann
 * Body"); after a possessive they are a person's ("Ann Body's newspaper"), and before the paper's own name the first
 * name is a place ("the Capitol Hill newspaper Roll Call"). "magazine" is left out: "Time magazine" would become an
 * organisation that the plural rule then merges with "Times". */
const PAPER_WORDS: ReadonlySet<string> = new Set([
  'newspaper',
  'newspapers',
  'daily',
  'editor',
  'editors',
  'columnist',
]);

/** Words for the paper itself, which before a capitalised word introduce the paper's own name ("the Cairo daily
 * Al-Tahrir"). "weekly" is left out: "attends Mass weekly" is an adverb. */
const PAPER_KINDS: ReadonlySet<string> = new Set(['newspaper', 'newspapers', 'daily']);

/** Words of speech after "X daily" that make "daily" the paper, not an adverb ("Ann Vale daily visits the site"). */
const PAPER_SAYS: ReadonlySet<string> = new Set(['said', 'says', 'reported', 'reports', 'wrote', 'writes', 'quoted']);

/** The paper word at token k speaks of someone's paper (after a possessive), or is "newspaper" or "daily" followed by
 * the paper's own name; "daily" names the paper only after "the" or before a word of speech or a stop (the name
 * starts at token `first`). */
function notPaper(d: Doc, k: number, possessive: boolean, first: number): boolean {
  const next = d.tokens[k + 1];
  if (possessive) return true;
  if (d.tokens[k].norm === 'daily' && d.tokens[first - 1]?.norm !== 'the') {
    if (!next || next.sentence !== d.tokens[k].sentence || next.kind === 'punct') return false;
    if (!PAPER_SAYS.has(next.norm)) return true;
  }
  // "editor Ann Body": the person who follows is the paper's editor, the name before it still the paper
  if (!next || next.kind !== 'word' || !PAPER_KINDS.has(d.tokens[k].norm)) return false;
  const c = d.text.charCodeAt(next.start);
  return c >= 65 && c <= 90;
}

/** Lowercase nouns right after a name that belong to an organisation ("Ford shares", "Eagles owner Jeffrey Lurie"). */
const ORG_ROLES_AFTER: ReadonlySet<string> = new Set([
  'chairman',
  'chairwoman',
  'ceo',
  'cfo',
  'executive',
  'executives',
  'owner',
  'owners',
  'shareholders',
  'stockholders',
  'shares',
  'stock',
  'employees',
  'workers',
  'unions',
  'subsidiary',
  'headquarters',
  ...SPORT_ROLES,
  'fans',
  'supporters',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  ...PAPER_WORDS,
]);
/** Lowercase nouns right before a name that say what kind of organisation it is ("the tyre giant Pirelli"). */
const ORG_KINDS_BEFORE: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'group',
  'giant',
  'conglomerate',
  'contractor',
  'maker',
  'carmaker',
  'automaker',
  'manufacturer',
  'producer',
  'retailer',
  'distributor',
  'operator',
  'carrier',
  'airline',
  'bank',
  'lender',
  'insurer',
  'brokerage',
  'broker',
  'publisher',
  'newspaper',
  'daily',
  'weekly',
  'magazine',
  'broadcaster',
  'network',
  'agency',
  'club',
  'side',
  'team',
  'consortium',
  'utility',
  'subsidiary',
  'rival',
  'rivals',
]);
/** Words of ORG_KINDS_BEFORE that name a person's role too ("his rival Ann Vale", "producer Tom Lund", "said broker
 * Ivo Marek", "defense contractor Ed Lund"): before a listed given name and more they say nothing of a body. */
const PERSON_KINDS_BEFORE: ReadonlySet<string> = new Set([
  'contractor',
  'producer',
  'rival',
  'rivals',
  'broker',
  'publisher',
  'operator',
]);

/** Verbs of saying before a role and a name ("said broker Ivo Marek"). */
const SAID: ReadonlySet<string> = new Set(['said', 'says', 'added', 'explained']);

/** "shares of X", "stake in X", "acquisition of X": a company after the preposition. */
const ORG_PHRASES_BEFORE: ReadonlySet<string> = new Set([
  'shares of',
  'shares in',
  'stake in',
  'acquisition of',
  'takeover of',
  'merger with',
  'subsidiary of',
  'unit of',
  'division of',
  'bid for',
  'analyst at',
  'analysts at',
  'economist at',
  'played for',
  'signed for',
  'joined from',
]);

/** The cues a town's name takes to stand for its club ("Surrey captain", "side Nice", "played for Nice"); words like
 * "workers" or "spokesman" after a town speak of the town. */
const TOWN_CUES: ReadonlySet<string> = new Set([
  'chairman',
  'owner',
  ...SPORT_ROLES,
  'club',
  'side',
  'team',
  'rival',
  'rivals',
  'played for',
  'signed for',
  'joined from',
]);

/** Corporate roles written as capitals ("Cofinec CEO Stephen Frater"): an organisation's officer, whatever the case. */
const ROLE_ACRONYMS: ReadonlySet<string> = new Set(['ceo', 'cfo', 'coo']);

/** What a company owns or reports, after its possessive only ("Magna's board", "Cofinec's profit"): without the
 * possessive the words are too common after a name ("Brazil sales", "Smith plant"). */
const ORG_ASSETS_POSSESSIVE: ReadonlySet<string> = new Set([
  'board',
  'directors',
  'profit',
  'profits',
  'revenue',
  'revenues',
  'turnover',
  'dividend',
  'subsidiaries',
  'plant',
  'plants',
  'factory',
  'factories',
  'customers',
  'shareholder',
  'stockholder',
]);

/** What "executive" qualifies when it is no one's role: "executive order", "executive action", "executive branch". */
const EXECUTIVE_ACTS: ReadonlySet<string> = new Set([
  'order',
  'orders',
  'action',
  'actions',
  'branch',
  'power',
  'powers',
  'privilege',
  'authority',
  // "Obama's executive amnesty", "executive overreach": what critics call a government act
  'amnesty',
  'overreach',
  'decree',
  'decrees',
  'memorandum',
]);

/** The word at token k of sentence si, lowercase; '' for punctuation or (unless `anyCase`) a capitalised word. */
function wordNorm(d: Doc, k: number, si: number, anyCase = false): string {
  const t = d.tokens[k];
  return t && t.sentence === si && t.kind === 'word' && (anyCase || d.text.charCodeAt(t.start) >= 97) ? t.norm : '';
}

/** Roles a person has as well as an organisation ("Boehner spokesman", "Trump supporters"): a weaker cue. */
const SHARED_ROLES: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'supporters', 'fans']);

/** What a publication does, said right after its name ("The Hill reported"). */
const REPORT_VERBS: ReadonlySet<string> = new Set(['reported', 'reports', 'reporting']);

/**
 * "The Hill reported", "according to The Hill": a one-word name after a capitalised "The" inside a sentence that
 * reports or is cited is a publication; without this, a lone "Hill" in an article naming a Chris Hill is his surname.
 */
function publication(d: Doc, si: number, first: number, last: number, after: string): boolean {
  const the = d.tokens[first - 1];
  if (first !== last || !the || the.sentence !== si || the.norm !== 'the' || d.text.charCodeAt(the.start) !== 84)
    return false;
  return REPORT_VERBS.has(after) || (wordNorm(d, first - 2, si) === 'to' && wordNorm(d, first - 3, si) === 'according');
}

/** What is written in a publication, or by its staff, right before its name ("a column for X", "writes in X"). */
const PUBLICATION_BEFORE: ReadonlySet<string> = new Set([
  'columnist for',
  'column for',
  'writer for',
  'writes for',
  'wrote for',
  'contributor to',
  'writes in',
  'wrote in',
  'written in',
  'published in',
  'report in',
  'article in',
  'piece in',
  'op-ed in',
  'essay in',
]);

/**
 * "a column for Foreign Policy", "writes in Foreign Policy", "Foreign Policy magazine": a name of two words or more
 * where a publication is cited; the capitals of a common phrase ("Foreign Policy") then name the magazine. "magazine"
 * only after a name with no word of a person's ("the Ann Vale magazine"); not "X reported", which reporters do too
 * ("NPR's Ann Vale reported"). The cue, or ''.
 */
function citedPublication(d: Doc, si: number, first: number, last: number, after: string): string {
  if (first === last) return '';
  const phrase = wordNorm(d, first - 2, si) + ' ' + wordNorm(d, first - 1, si);
  if (PUBLICATION_BEFORE.has(phrase)) return phrase + ' X';
  if (after !== 'magazine') return '';
  for (let k = first; k <= last; k++) if (isPersonWord(d.tokens[k].norm)) return '';
  return 'X ' + after;
}

/**
 * Why the name on tokens first..last of sentence si is an organisation, or null: an organisation's role or asset
 * after it (possessive or not: "Magna's shares", "Reds manager"), the kind of organisation before it ("firm X"),
 * a company phrase before it ("shares of X"), or "X said it" (never said of a person). For a `town`, only
 * the cues of a club count (TOWN_CUES).
 */
export function orgContext(d: Doc, si: number, first: number, last: number, town = false): string | null {
  return orgEvidence(d, si, first, last, town)?.cue ?? null;
}

/**
 * orgContext's cue with its strength: 3, or 2 for "X said it" and for a role people have too (SHARED_ROLES).
 */
export function orgEvidence(
  d: Doc,
  si: number,
  first: number,
  last: number,
  town = false,
): { cue: string; strength: number } | null {
  const toks = d.tokens;
  let k = last + 1;
  const possessive = toks[k]?.norm === "'s" || toks[k]?.norm === "'";
  if (possessive) k++;
  const after = wordNorm(d, k, si);
  if (!town && ROLE_ACRONYMS.has(wordNorm(d, k, si, true))) {
    return { cue: 'organisation word after: ' + toks[k].norm, strength: 3 };
  }
  if (!town && possessive && ORG_ASSETS_POSSESSIVE.has(after)) {
    return { cue: 'organisation asset after: ' + after, strength: 2 };
  }
  const two = wordNorm(d, k + 1, si);
  // "Vale Air's head office": a firm's seat (a person has a home, a campaign its headquarters)
  if (!town && after === 'head' && (two === 'office' || two === 'offices'))
    return { cue: 'organisation asset after: head office', strength: 2 };
  // "Obama's executive order": an adjective of a government act, not a company's executive; "forward" is a player's
  // role before the player's name ("Kent forward Tom Vale"), not in "to move Kent forward"
  const role =
    (after !== 'executive' || !EXECUTIVE_ACTS.has(two)) &&
    !(PAPER_WORDS.has(after) && notPaper(d, k, possessive, first)) &&
    (after !== 'forward' || (two === '' && wordNorm(d, k + 1, si, true) !== ''));
  if (role && ORG_ROLES_AFTER.has(after) && (!town || TOWN_CUES.has(after)))
    return { cue: 'organisation word after: ' + after, strength: SHARED_ROLES.has(after) ? 2 : 3 };
  if (
    (after === 'chief' || after === 'general' || after === 'managing') &&
    ORG_ROLES_AFTER.has(two) &&
    (!town || TOWN_CUES.has(two))
  ) {
    return { cue: 'organisation word after: ' + after + ' ' + two, strength: 3 };
  }
  const before = wordNorm(d, first - 1, si);
  // "said broker Shakil Rizvi": after a verb of saying the role's holder is the speaker, a person, whatever his name
  const speaker = SAID.has(wordNorm(d, first - 2, si));
  const personal =
    PERSON_KINDS_BEFORE.has(before) &&
    first < last &&
    (isPersonStart(toks[first].norm) || speaker || ownedRole(d, si, first, last));
  if (ORG_KINDS_BEFORE.has(before) && !personal && (!town || TOWN_CUES.has(before)))
    return { cue: 'organisation word before: ' + before, strength: 3 };
  const phrase = wordNorm(d, first - 2, si, true) + ' ' + before;
  if (before && ORG_PHRASES_BEFORE.has(phrase) && (!town || TOWN_CUES.has(phrase)))
    return { cue: 'company phrase: ' + phrase, strength: 3 };
  if (town) return null;
  // "the New York-based International Campaign for ...", "Bergamo-based Atalanta": a body is based somewhere (not
  // names joined by "and": "Ohio-based KeyCorp and Banc One" says where the first is)
  const based = wordNorm(d, first - 1, si, true);
  if (based.length > 6 && based.endsWith('-based') && !joinsNames(d, first, last))
    return { cue: 'based somewhere: ' + based, strength: 2 };
  if (publication(d, si, first, last, after)) return { cue: 'publication: The X reported', strength: 3 };
  const cited = citedPublication(d, si, first, last, after);
  if (cited) return { cue: 'publication: ' + cited, strength: 3 };
  if ((after === 'said' || after === 'says') && wordNorm(d, k + 1, si) === 'it')
    return { cue: 'X said it', strength: 2 };
  return null;
}

/** Owners of a role that make its holder a person: "his rival", "Jamaican rival" (a firm has rivals too, but its
 * name of two words or more ends in a body's head: "Japanese rival Vale Motor Corp"). */
const ROLE_OWNERS: ReadonlySet<string> = new Set(['his', 'her']);

/**
 * "Jamaican rival Merlene Vale", "her rival Ann Lund": a people's word or a person's possessive pronoun before the role
 * word, and a name of two words or more after it that does not end in a body's head word.
 */
function ownedRole(d: Doc, si: number, first: number, last: number): boolean {
  if (headTypeOf(d.tokens[last].norm)) return false;
  const owner = d.tokens[first - 2];
  if (!owner || owner.sentence !== si) return false;
  const w = d.text.slice(owner.start, owner.end);
  return ROLE_OWNERS.has(owner.norm) || isPeopleWord(w) || worldGazetteer().get(w)?.type === 'demonym';
}

/** An "and" among the tokens first..last. */
function joinsNames(d: Doc, first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) if (d.tokens[k].norm === 'and') return true;
  return false;
}
