// "regime" of a government that has fallen: "the Mubarak regime", "the old regime", "the previous regime", "the regime
// of then-President Hosni Mubarak". Once a government is gone, news desks name it so as a matter of course (Egypt's
// press and its courts speak of "the Mubarak regime"); the word no longer takes a side on a government in power. Read
// from the text alone, with no list of governments and dates:
// - a word before "regime" that places the government in the past ("old", "former", "previous", "ousted", "toppled",
//   "fallen", "deposed"), a past verb of falling before its "the" ("the revolt that toppled the Mubarak regime"), a
//   noun of what survives it ("remnants of the Mubarak regime", "holdovers from", "vestiges of"), or "then-" in its
//   "of" phrase ("the regime of then-President Mubarak");
// - a name before it ("the Mubarak regime", "Mubarak's regime") whose bearer the same article says has fallen: the
//   name after "former", "late", "ousted", "toppled", "deposed", "overthrown" or "then-" (over titles: "ousted
//   President Hosni Mubarak"), or right before "fell" / "resigned" or a few words before "was ousted", or beside a noun of a fall after a word of
//   time ("since Mubarak's ouster", "after the fall of Mubarak"). A name that modifies a noun ("a former Syrian
//   official") is no such bearer.
// "the Assad regime" of a government in power, "the Iranian regime" and "the Trump regime" stay marked.
import type { Doc } from '../types.js';
import { isUpperChar } from '../text/tokenize.js';
import { isStopword } from '../text/stopwords.js';
import { wordAt } from '../text/word-at.js';

/** Words that put a government or its leader in the past. */
const PAST = new Set(
  'old former previous ousted toppled fallen deposed overthrown defunct erstwhile late ex bygone ancien'.split(' '),
);

/** Verbs after a leader's name that say the leader fell ("Mubarak was ousted", "Mubarak resigned"). */
const FELL = new Set('ousted toppled overthrown deposed fell resigned removed'.split(' '));

/** Auxiliaries of a past passive before a verb of falling ("was ousted", "had been toppled"). */
const PASSIVE = new Set(['was', 'were', 'been']);

/** Nouns of a fall ("Mubarak's ouster", "the fall of Mubarak"). */
const FALL = new Set('ouster overthrow downfall fall toppling removal resignation'.split(' '));

/** Words of time before a noun of a fall ("since Mubarak's ouster", "after the fall of"). */
const SINCE = new Set('since after following before post'.split(' '));

/**
 * Nouns of what survives a fallen government ("remnants of the Mubarak regime", "holdovers from the old regime",
 * "vestiges of Saddam's regime"): the regime is named as history.
 */
const SURVIVAL = new Set(
  'remnant remnants holdover holdovers vestige vestiges leftover leftovers relic relics remains hangover hangovers'.split(
    ' ',
  ),
);

/** Token k is "of" or "from" after a noun of survival ("remnants of", "holdovers from"). */
function afterSurvival(d: Doc, k: number, s: number): boolean {
  const w = wordAt(d, k, s);
  return (w === 'of' || w === 'from') && SURVIVAL.has(wordAt(d, k - 1, s) ?? '');
}

/** Titles between a word of the past and a name ("ousted President Hosni Mubarak", "the late dictator"). */
const TITLES = new Set(
  'president dictator leader ruler strongman autocrat king shah prime minister general'.split(' '),
);

/** A word that puts its noun in the past: PAST, or one written "then-…" / "ex-…". */
function pastWord(w: string | undefined): boolean {
  return w !== undefined && (PAST.has(w) || w.startsWith('then-') || w.startsWith('ex-'));
}

/** Token k is a capitalised word inside its sentence. */
function capitalised(d: Doc, k: number): boolean {
  const t = d.tokens[k];
  return !!t && t.kind === 'word' && isUpperChar(d.text[t.start]);
}

/**
 * The names before "regime" at token i ("the Mubarak regime", "Hosni Mubarak's regime", "Saddam Hussein's brutal
 * regime"): capitalised words back to a determiner or punctuation other than the possessive, over at most six tokens;
 * also true when a word of the past stands there ("the old regime").
 */
function namesBefore(d: Doc, i: number, s: number): { past: boolean; names: string[] } {
  const names: string[] = [];
  for (let k = i - 1; k >= i - 6 && k >= 0; k--) {
    const t = d.tokens[k];
    if (t.norm === "'s") continue;
    if (t.sentence !== s || t.kind !== 'word') break;
    if (pastWord(t.norm)) return { past: true, names };
    if (isStopword(t.norm)) {
      // "the uprising that toppled the Mubarak regime", "remnants of the Mubarak regime", "vestiges of Saddam's regime"
      const the = t.norm === 'the';
      return {
        past: (the && (FELL.has(wordAt(d, k - 1, s) ?? '') || afterSurvival(d, k - 1, s))) || afterSurvival(d, k, s),
        names,
      };
    }
    if (capitalised(d, k) && !TITLES.has(t.norm)) names.push(t.norm);
    else if (names.length && !TITLES.has(t.norm)) break; // "charges against Assad's regime": before the name, no modifier
  }
  return { past: false, names };
}

/** The names in "regime of …" at token i, up to four words; past when one of them is "then-…" or "former". */
function namesAfter(d: Doc, i: number, s: number): { past: boolean; names: string[] } {
  const names: string[] = [];
  if (wordAt(d, i + 1, s) !== 'of') return { past: false, names };
  for (let k = i + 2; k <= i + 5; k++) {
    const w = wordAt(d, k, s);
    if (w === undefined) break;
    if (pastWord(w)) return { past: true, names };
    if (TITLES.has(w) || w === 'the') continue;
    if (capitalised(d, k)) names.push(w);
    else break;
  }
  return { past: false, names };
}

/** The occurrence of a name at token k is said to have fallen (see the module comment). */
function fallenAt(d: Doc, k: number): boolean {
  const s = d.tokens[k].sentence;
  const next = d.tokens[k + 1];
  // a name that modifies a noun ("a former Syrian official") is not the leader
  const modifies = next?.kind === 'word' && !isUpperChar(d.text[next.start]) && !isStopword(next.norm);
  for (let j = k - 1; j >= k - 4; j--) {
    const w = wordAt(d, j, s);
    if (w === undefined) break;
    if (pastWord(w)) return !modifies;
    if (!capitalised(d, j) && !TITLES.has(w)) break;
  }
  // "Mubarak resigned", "Mubarak, who was ousted"; not "if Assad is ever deposed"
  for (let j = k + 1; j <= k + 4; j++)
    if (FELL.has(wordAt(d, j, s) ?? '') && (j === k + 1 || PASSIVE.has(wordAt(d, j - 1, s) ?? ''))) return true;
  for (let j = k - 3; j <= k + 3; j++) {
    if (!FALL.has(wordAt(d, j, s) ?? '')) continue;
    for (let m = j - 1; m >= j - 3; m--) if (SINCE.has(wordAt(d, m, s) ?? '')) return true;
  }
  return false;
}

/** Some capitalised occurrence of `name` in the doc is said to have fallen. */
function nameFallen(d: Doc, name: string): boolean {
  for (let k = 0; k < d.tokens.length; k++)
    if (d.tokens[k].norm === name && capitalised(d, k) && fallenAt(d, k)) return true;
  return false;
}

/** True when the "regime" at token i is a government that has fallen (see the module comment). */
export function fallenRegime(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  const before = namesBefore(d, i, s);
  const after = namesAfter(d, i, s);
  if (before.past || after.past) return true;
  return [...before.names, ...after.names].some((n) => nameFallen(d, n));
}

/** Nouns of rules before "regime" that make it a system of rules ("the sanctions regime", "a legal regime"). */
const RULES_BEFORE = new Set([
  'sanctions',
  'sanction',
  'tax',
  'tariff',
  'trade',
  'regulatory',
  'visa',
  'enforcement',
  'inspection',
  'inspections',
  'export',
  'testing',
  'treatment',
  'training',
  'compliance',
  'monitoring',
  'verification',
  'licensing',
  'pricing',
  'legal',
  'detention',
  'immigration',
  'asylum',
  'border',
  'customs',
  'copyright',
  'patent',
  'privacy',
  'reporting',
  'accounting',
  'exercise',
  'fitness',
  'diet',
  'dosing',
  'vaccination',
]);

/**
 * Words after "regime of" that name a person or a government, not rules ("the regime of then-President Mubarak"), or
 * what a government rules by ("a regime of terror").
 */
const RULER_AFTER_OF = new Set(
  (
    'the his her their its then president king queen general colonel dictator leader terror fear repression ' +
    'oppression torture violence brutality tyranny murder murderers thugs killers mullahs'
  ).split(' '),
);

/**
 * "regime" as a system of rules or the name of an aim: after a noun of rules ("the sanctions regime", "a legal
 * regime", "the detention regime"), before "change" ("regime change", a term of art of foreign policy), or "a regime
 * of" and a common noun ("a regime of tax cuts and rollbacks"); "the regime of Bashar al-Assad" stays a government.
 */
export function regimeOfRules(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  const prev = wordAt(d, i - 1, s);
  const next = wordAt(d, i + 1, s);
  if ((prev !== undefined && RULES_BEFORE.has(prev)) || next === 'change') return true;
  const after = d.tokens[i + 2];
  if (next !== 'of' || prev !== 'a' || !after || after.sentence !== s || after.kind !== 'word') return false;
  return !RULER_AFTER_OF.has(after.norm) && !isUpperChar(d.text[after.start]);
}
