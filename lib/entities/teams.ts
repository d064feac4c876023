// Teams named in results: "Luton 1 Rotherham 0", "Port Vale 4 1 2 1 4 4 5", "Birmingham v Barnsley". A name that
// scores in a results line, or stands on either side of "v", is a side in a match: a club or team, so an organisation
// (a country's name stays a place: it names the nation, whichever team plays for it).
import type { Doc } from '../types.js';
import type { WordSet } from './types.js';

const SCORE = /^\d{1,3}$/;
const LETTERS = /^[a-z]+$/; // "McCain-Coons", "S300s", "MI-17s" are no nicknames
const VERSUS: ReadonlySet<string> = new Set(['v', 'v.', 'vs', 'vs.']);

function isScore(d: Doc, k: number, si: number): boolean {
  const t = d.tokens[k];
  return t !== undefined && t.sentence === si && t.kind === 'number' && SCORE.test(t.norm);
}

function isCapWord(d: Doc, k: number, si: number): boolean {
  const t = d.tokens[k];
  if (!t || t.sentence !== si || t.kind !== 'word') return false;
  const c = d.text.charCodeAt(t.start);
  return c >= 65 && c <= 90;
}

/** A lowercase "v" or "vs" at token k of sentence si. */
function isVersus(d: Doc, k: number, si: number): boolean {
  const t = d.tokens[k];
  return t !== undefined && t.sentence === si && VERSUS.has(t.norm) && d.text.charCodeAt(t.start) === 118;
}

/** Verbs of a match result: "Essex beat Kent", "Kent drew with Surrey", "lost to Leeds". */
const RESULT_VERBS: ReadonlySet<string> = new Set(['beat', 'beats', 'defeated', 'defeat', 'thrashed', 'edged', 'drew']);
const RESULT_BEFORE: ReadonlySet<string> = new Set(['beat', 'beats', 'defeated', 'defeat', 'thrashed', 'edged', 'to']);

function wordAt(d: Doc, k: number, si: number): string {
  const t = d.tokens[k];
  return t && t.sentence === si && t.kind === 'word' ? t.norm : '';
}

/** "4-38", "8-0-39-3": a player's figures (two or more dashes), not a side's score ("108-3"). */
function isFigures(d: Doc, k: number): boolean {
  let dashes = 0;
  for (let j = k + 1; j < d.tokens.length && d.tokens[j].start === d.tokens[j - 1].end; j++) {
    if (d.tokens[j].norm === '-') dashes++;
  }
  return dashes >= 2;
}

/** The name starts a cell of a table line: the line's start, or right after a number or , ; : ( */
function startsCell(d: Doc, first: number, si: number): boolean {
  const p = d.tokens[first - 1];
  if (!p || p.sentence !== si) return true;
  // "Pakistan 185 (Ijaz Ahmed 79; ...)": a name in brackets after a side's total is a player's innings, not a cell
  if (p.norm === '(') return !isScore(d, first - 2, si);
  return p.kind === 'number' || p.norm === ',' || p.norm === ';' || p.norm === ':';
}

/** Plural verbs right after a singular name: British usage for a team ("Essex need", "Kent have"), never for a
 * place ("Kent has"). */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['are', 'have', 'were', 'need', 'look', 'face', 'remain', 'lead']);
/** Verbs a subject's clause starts with before "their" refers back to it ("Kent will need to keep their nerve"). */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  ...PLURAL_VERBS,
  'will',
  'would',
  'could',
  'can',
  'must',
  'had',
  'kept',
  'took',
  'made',
  'put',
]);
/** Words a clause starts with before its subject ("while Kent made up for lost time", "but Surrey are"). */
const CLAUSE_STARTS: ReadonlySet<string> = new Set([
  'but',
  'while',
  'whereas',
  'when',
  'after',
  'before',
  'then',
  'though',
  'although',
  'because',
  'since',
  'if',
  'so',
  'now',
  'yet',
]);

/** The name starting at token `first` starts its clause: the sentence's start, after punctuation (not "&"), or after
 * a word that starts a clause. "Democrats in Texas have", "besieging Turin were" are no subjects of their own. */
function startsClause(d: Doc, first: number, si: number): boolean {
  const p = d.tokens[first - 1];
  if (!p || p.sentence !== si) return true;
  // after a comma only when no name comes before it ("El Paso, Texas were" is a city and its state)
  if (p.norm === ',') return !isCapWord(d, first - 2, si);
  if (p.kind === 'punct') return p.norm !== '&' && p.norm !== '-';
  return p.kind === 'word' && CLAUSE_STARTS.has(p.norm);
}

/**
 * A town or region spoken of in the plural, as its side is in British sports copy: a plural verb right after it
 * ("Essex need another 148"), or "their" later in a clause it starts as subject ("Derbyshire kept up the hunt for
 * their first title"). The name must start its clause and not be one of a pair ("Essex and Kent have").
 */
function collectiveCue(d: Doc, si: number, first: number, last: number): string | null {
  if (!startsClause(d, first, si)) return null;
  const next = wordAt(d, last + 1, si);
  if (next === 'and' || next === 'or' || d.text.charCodeAt(d.tokens[last + 1]?.start ?? 0) < 97) return null;
  if (PLURAL_VERBS.has(next)) return 'plural verb after a place: ' + next;
  if (!CLAUSE_VERBS.has(next) && !next.endsWith('ed')) return null;
  for (let k = last + 2; k <= last + 10; k++) {
    const t = d.tokens[k];
    if (!t || t.sentence !== si || t.kind !== 'word' || d.text.charCodeAt(t.start) < 97) return null;
    if (t.norm === 'their' || t.norm === 'they') return "'their' after a place as subject";
    if (t.norm === 'its' || t.norm === 'his' || t.norm === 'her') return null;
  }
  return null;
}

/** The token after a bracketed place or club mark right after token k ("Benetton (Italy) 92", "Mladost (BJ) 4"): the
 * brackets hold one to three capitalised words or letters; -1 when no such bracket follows. */
export function afterBracket(d: Doc, k: number, si: number): number {
  if (d.tokens[k + 1]?.norm !== '(' || d.tokens[k + 1].sentence !== si) return -1;
  for (let j = k + 2; j <= k + 5; j++) {
    const t = d.tokens[j];
    if (!t || t.sentence !== si) return -1;
    if (t.norm === ')') return j > k + 2 ? j + 1 : -1;
    if (t.norm !== '.' && !isCapWord(d, j, si)) return -1;
  }
  return -1;
}

/** A club's mark in a league table: "Mladost (L)", "Proleter (Z)", one or two capital letters in brackets after the
 * club's name that tell apart clubs of one name by their town. The index of the closing bracket, or -1. */
export function clubMark(d: Doc, k: number, si: number): number {
  const open = d.tokens[k + 1];
  const mark = d.tokens[k + 2];
  if (open?.norm !== '(' || open.sentence !== si || d.tokens[k + 3]?.norm !== ')' || mark.end - mark.start > 2)
    return -1;
  const a = d.text.charCodeAt(mark.start);
  const b = mark.end - mark.start === 2 ? d.text.charCodeAt(mark.start + 1) : 65;
  return a >= 65 && a <= 90 && b >= 65 && b <= 90 ? k + 3 : -1;
}

/**
 * "1. Olaf Brenn (Utopia) Veltrax 4 hours", "2. Tom Vale (Ruritania), Corbin Lomax, 54.483": in a results line, a
 * name right after a rider's or driver's country in brackets (and a comma) is the team or car they ride for. A name
 * with its own bracket after it ("Ann Body (Utopia), Tom Vale (Ruritania)") is the next player of a list.
 */
function riderTeam(d: Doc, si: number, first: number, last: number): boolean {
  let k = first - 1;
  const comma = d.tokens[k]?.norm === ',';
  if (comma) k--;
  const close = d.tokens[k];
  if (!close || close.sentence !== si || close.norm !== ')' || d.tokens[last + 1]?.norm === '(') return false;
  // after a comma the team is a cell of its own before the time ("..., Corbin Lomax, 54.483"); a name ending the
  // line is the next of a list of people that goes on below ("Tom Vale (Ruritania), Ann")
  if (comma && (d.tokens[last + 1]?.norm !== ',' || d.tokens[last + 2]?.kind !== 'number')) return false;
  for (let j = k - 1; j >= k - 4 && j > 0; j--) {
    if (d.tokens[j].norm === '(') return isCapWord(d, j - 1, si) && afterBracket(d, j - 1, si) === k + 1;
  }
  return false;
}

/**
 * "Alba (Utopia) 75 Red Star (Ruritania) 70": a side with its country in brackets, then a score and the other side
 * (or after the first side's score). A golfer's line ("Tom Vale (Utopia) 66 67 70") has more scores, not a side.
 */
function bracketedSide(d: Doc, si: number, first: number, last: number): boolean {
  const j = afterBracket(d, last, si);
  if (j < 0 || !isScore(d, j, si)) return false;
  // the second side follows the first side's score, not a line's leading rank or total ("285 Tom Vale (Utopia) 71")
  const prev = d.tokens[first - 2];
  const second =
    isScore(d, first - 1, si) &&
    (prev?.norm === ')' || isCapWord(d, first - 2, si)) &&
    !d.text.slice(prev.end, d.tokens[first].start).includes('\n');
  return second || (startsCell(d, first, si) && isCapWord(d, j + 1, si));
}

/** The cue riderTeam gives: a team whatever its first word ("Lola Honda" is a car, not a woman). */
export const RIDER_TEAM = 'team after a rider and country';

/**
 * Why the name on tokens first..last of sentence si is a team, or null. In a table line: a score right after the
 * name and another number (a standings row), a number right before the name (the second side of "A 2 B 1"), or
 * another capitalised name then a score (the first side), or a score after a name that starts a cell ("Somerset 83
 * and 174, Kent 108-3"; not a player's figures, "Gough 8-0-39-3"). Anywhere: "v" or "vs" beside the name; and for a
 * `town` (a known town or region, which a player's name is not) a result verb ("Essex beat Kent", "lost to Leeds").
 * `sport`: the article is a sports report or has a results table (`Ctx.docTable`), where "v" is a match.
 */
export function teamCue(
  d: Doc,
  si: number,
  first: number,
  last: number,
  table: boolean,
  town = false,
  sport = true,
): string | null {
  // outside sport "v." joins the parties of a court case ("Arizona v. United States", "Plyler v. Doe"): each keeps
  // its own type
  if (sport && (isVersus(d, last + 1, si) || isVersus(d, first - 1, si))) return 'side of a match (v)';
  if (town && RESULT_VERBS.has(wordAt(d, last + 1, si))) return 'result verb: ' + wordAt(d, last + 1, si);
  const collective = town ? collectiveCue(d, si, first, last) : null;
  if (collective) return collective;
  const before = wordAt(d, first - 1, si);
  if (town && RESULT_BEFORE.has(before) && (before !== 'to' || wordAt(d, first - 2, si) === 'lost')) {
    return 'result verb';
  }
  if (!table) return null;
  const mark = clubMark(d, last, si);
  if (mark > 0) last = mark;
  if (riderTeam(d, si, first, last)) return RIDER_TEAM;
  if (bracketedSide(d, si, first, last)) return 'team in a results line';
  if (!isScore(d, last + 1, si) || isFigures(d, last + 1)) return null;
  if (startsCell(d, first, si)) return 'team in a results line';
  const after = d.tokens[last + 2];
  if (after?.sentence === si && after.kind === 'number' && after.start > d.tokens[last + 1].end) {
    return 'team in a standings row';
  }
  if (isScore(d, first - 1, si)) return 'team in a results line';
  let k = last + 2;
  if (!isCapWord(d, k, si)) return null;
  while (isCapWord(d, k + 1, si) || d.tokens[k + 1]?.norm === '(' || d.tokens[k + 1]?.norm === ')') k++;
  return isScore(d, k + 1, si) ? 'team in a results line' : null;
}

/**
 * "the Orioles", "the Springboks": one capitalised plural word after "the" that the corpus never writes in lower case
 * names a team (or a band), as a nickname does: a common plural ("the Dreamers", when the corpus also writes
 * "dreamers"), a family ("the Kennedys": its singular is a surname) and a people ("the Moslems": the corpus writes
 * "Moslem" mid-sentence, in `capSeen`) are left alone; the caller excludes known names.
 */
export function pluralNickname(
  d: Doc,
  si: number,
  i: number,
  lowerSeen: WordSet,
  capSeen: ReadonlySet<string>,
  isPersonWord: (w: string) => boolean,
): boolean {
  const t = d.tokens[i];
  const n = t.norm;
  if (n.length < 5 || !n.endsWith('s') || n.endsWith('ss') || !LETTERS.test(n)) return false;
  if (wordAt(d, i - 1, si) !== 'the' || lowerSeen.has(n)) return false;
  const one = n.endsWith('ies') ? n.slice(0, -3) + 'y' : n.slice(0, -1);
  // a singular the corpus also capitalises names a people or a family ("Moslem men", "the Afrikaner model", "Clinton")
  const w = d.text.slice(t.start, t.end);
  if (w.slice(0, -1).toUpperCase() === w.slice(0, -1)) return false; // an acronym's plural ("the ATGMs")
  const single = n.endsWith('ies') ? w.slice(0, -3) + 'y' : w.slice(0, -1);
  if (capSeen.has(single) || capSeen.has(w.slice(0, -2))) return false;
  return !isPersonWord(n) && !isPersonWord(one) && !isPersonWord(n.slice(0, -2));
}

/**
 * "KANSAS CITY AT DETROIT", "Boston at Oakland": a fixture line, two sides with "at" between them and nothing else,
 * names the away side first and then where the game is played; the name after "at" (tokens first..last) is that
 * place, the venue, whatever team plays there.
 */
export function fixtureVenue(d: Doc, si: number, first: number, last: number): boolean {
  const s = d.sentences[si];
  if (last !== s.tokenEnd - 1 || wordAt(d, first - 1, si) !== 'at' || first - 2 < s.tokenStart) return false;
  for (let k = s.tokenStart; k < first - 1; k++) if (!isCapWord(d, k, si)) return false;
  return true;
}

/** Words before a club in a player's move between clubs: "joined Newcastle", "was loaned to Atalanta". */
const JOINED: ReadonlySet<string> = new Set(['joined', 'rejoined']);
const MOVED_TO: ReadonlySet<string> = new Set(['transferred to', 'loaned to', 'sold to', 'signed from', 'signed by']);

/**
 * A town (its first token `first`) a player moves to or from, in a report on a sport: "joined Newcastle for 15 million
 * pounds", "transferred to Milan in 1992", "joined Milan from Torino" (the club left, after the club joined). The
 * caller asks it only of sports reports: elsewhere one joins a town's people ("joined Chicago's protesters").
 */
export function transferCue(d: Doc, si: number, first: number): string | null {
  const before = wordAt(d, first - 1, si);
  if (JOINED.has(before) && d.text.charCodeAt(d.tokens[first - 1].start) >= 97) return 'transfer: ' + before;
  const two = wordAt(d, first - 2, si) + ' ' + before;
  if (MOVED_TO.has(two)) return 'transfer: ' + two;
  if (before !== 'from') return null;
  // "joined Espanyol of Barcelona from Nantes": the club joined, capitalised words (and "of"), then "from"
  for (let k = first - 2; k >= first - 6 && k >= 0; k--) {
    if (JOINED.has(wordAt(d, k, si))) return k < first - 2 ? 'transfer: joined X from' : null;
    if (!isCapWord(d, k, si) && wordAt(d, k, si) !== 'of') return null;
  }
  return null;
}
