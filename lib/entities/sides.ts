// Clubs named by their town or county in sports reports: "Kent stepped up a gear to dismiss Nottinghamshire for 214",
// "the match against Yorkshire", "homered for Seattle". The sentence often says nothing that tells the club from the
// place, but the corpus does: a town that plays as a side somewhere (it scores in a results line, stands beside "v",
// has a captain) is that side again in a report on a sport, unless the sentence places something in it.
import type { Doc } from '../types.js';
import type { GazetteerEntry } from './gazetteer.js';
import type { RetypedMention } from './types.js';

/** The fields of a mention this rule reads and retypes. */
type Mention = RetypedMention;

/** Lowercase words that only a report on a sport uses (two different ones make a doc a sports report). Words that
 * politics shares ("league", "match", "penalty", "champion", "defender") are left out. */
const SPORT_WORDS: ReadonlySet<string> = new Set([
  'innings',
  'inning',
  'homer',
  'homered',
  'homers',
  'pitcher',
  'batsman',
  'batsmen',
  'wicket',
  'wickets',
  'bowler',
  'goalkeeper',
  'striker',
  'midfielder',
  'touchdown',
  'touchdowns',
  'quarterback',
  'halftime',
  'half-time',
  'scrum-half',
  'doubleheader',
  'hat-trick',
  'relegation',
  'unbeaten',
  'winger',
  'playmaker',
  'skipper',
  'captaincy',
  'referee',
  'equaliser',
  'equalizer',
  'equalised',
  'equalized',
  'goalless',
  'semifinal',
  'semifinals',
  'semi-final',
  'semi-finals',
  'quarter-final',
  'quarter-finals',
  'quarterfinal',
  'quarterfinals',
  'scrum',
  'fly-half',
  'flanker',
  'goalscorer',
  'shutout',
  'bullpen',
  'reliever',
  'outfielder',
  'footballer',
  'footballers',
  'cricketer',
  'cricketers',
]);

/** The names of sports, in any case: a headline's "SOCCER - ..." or "Rugby:" counts as one of the two words. */
const SPORT_NAMES: ReadonlySet<string> = new Set([
  'soccer',
  'rugby',
  'cricket',
  'tennis',
  'golf',
  'baseball',
  'basketball',
  'football',
  'hockey',
]);

/** The length of the shortest sport word. */
const SPORT_WORD_MIN = Math.min(...[...SPORT_WORDS, ...SPORT_NAMES].map((w) => w.length));

/** The doc uses two different sport words. */
export function isSportsReport(d: Doc): boolean {
  let first = '';
  for (const t of d.tokens) {
    // the cheap tests first: the set is asked only of lower-case words as long as its shortest
    if (t.kind !== 'word' || t.norm.length < SPORT_WORD_MIN) continue;
    if (!SPORT_NAMES.has(t.norm) && (d.text.charCodeAt(t.start) < 97 || !SPORT_WORDS.has(t.norm))) continue;
    if (first && t.norm !== first) return true;
    first = t.norm;
  }
  return false;
}

/** Words before a name that place something in the town ("In Seattle, ...", "at Bristol"). */
const PLACE_BEFORE: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'around']);

/**
 * The mention names the place, not its side: after a place preposition, in brackets ("Headingley (Leeds)"), after a
 * venue and a comma ("at Edgbaston, Birmingham"), or before a colon or a number (a venue heading "Bristol: ...", a
 * dateline "LEEDS 1996-08-30").
 */
function placeContext(d: Doc, m: Mention): boolean {
  const toks = d.tokens;
  let k = 0;
  while (k < toks.length && toks[k].start < m.start) k++;
  let e = k;
  while (e + 1 < toks.length && toks[e + 1].end <= m.end) e++;
  const prev = toks[k - 1]?.sentence === m.sentence ? toks[k - 1] : undefined;
  const next = toks[e + 1]?.sentence === m.sentence ? toks[e + 1] : undefined;
  if (next && (next.norm === ':' || next.kind === 'number')) return true;
  if (!prev) return false;
  if (prev.norm === '(' || PLACE_BEFORE.has(prev.norm)) return true;
  if (prev.norm !== ',') return false;
  for (let j = k - 2; j >= k - 4 && j >= 0; j--)
    if (toks[j].sentence === m.sentence && PLACE_BEFORE.has(toks[j].norm)) return true;
  return false;
}

/**
 * Retype, in sports reports, the town and region mentions (gazetteer places of strength below 3, typed by the
 * gazetteer alone) whose name plays as a side somewhere in the corpus (an org mention of strength 3 with the same
 * text, in any case), unless the sentence places something there. Mutates the mentions.
 */
export function sidesInSportsReports(
  docs: readonly Doc[],
  mentions: readonly Mention[][],
  gazLower: ReadonlyMap<string, GazetteerEntry>,
): void {
  const sides = new Set<string>();
  for (const list of mentions)
    for (const m of list) {
      const g = m.type === 'org' && m.strength >= 3 ? gazLower.get(m.text.toLowerCase()) : undefined;
      if (g && g.type === 'place' && (g.strength ?? 3) < 3) sides.add(m.text.toLowerCase());
    }
  if (!sides.size) return;
  docs.forEach((d, di) => {
    let sport: boolean | undefined;
    for (const m of mentions[di]) {
      if (m.type !== 'place' || m.cue !== 'gazetteer' || m.strength >= 3 || !sides.has(m.text.toLowerCase())) continue;
      sport ??= isSportsReport(d);
      if (!sport) return;
      if (placeContext(d, m)) continue;
      m.type = 'org';
      m.strength = 2;
      m.cue = 'a side elsewhere, in a sports report';
    }
  });
}
