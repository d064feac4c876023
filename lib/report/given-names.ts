// A person's given name beside the surname in an outlet's list of frequent terms: "George" (8) and "Soros" (12) as two
// rows of one article about George Soros, "Donald" beside "Trump". The corpus's two-word names (lib/text/name-phrases.ts)
// leave a person counted by the surname on purpose (the surname is how the copy names them alone); the given name
// still showed as a term of its own. The uses of the given name that open a person's name leave the outlet's shown
// counts, and so do its uses alone in an article that names the person in full (lib/report/given-alone.ts: "Rich" for
// Rich Lowry); every use of the surname still counts.
//
// Which uses open a person's name is the entity stage's answer (lib/entities): a mention of two or more words that
// resolves to a person and ends with the last word of the person's name, its first word written as a name ("Ted" of
// "Ted Cruz", also in "the Ted Cruz campaign"; "Charles" of "Charles Schumer", a person named "Chuck Schumer"; not "J."
// of "J. Smith", not a particle: "Bin Laden"). A body or a place ("White House", "Central America") is no person
// there, so its first word stays; so does a word that opens a person's name only where the outlet counts the pair as
// one term ("Mitt Romney" when the corpus makes it a two-word name), and one whose surname the outlet's counts do not
// hold.
// - The person must be named alone by the last word of the name more often than by any other word: the copy names Cruz
//   "Cruz" but Kim Jong Un "Kim" and Saddam Hussein "Saddam" (a family name first, or the name a person goes by), whose
//   first word is the word a reader knows them by; a person never named alone ("Wasserman Schultz", a surname of two
//   words) keeps every word.
// - The entity stage misreads a few runs as persons ("told Trump Mexico would not pay", "the Obama Admin", "One House
//   Dem tells me", "Democratic Socialists"): a word is read as a given name only when the corpus's persons' names open
//   with it more often than they end with it (a surname: "Trump", "Obama"; "Donald" still, though "Heather Mac Donald"
//   ends with it) and at least half the corpus's names of two or more words that open with it are persons ("House"
//   opens "House Judiciary Committee", "Democratic" opens "Democratic Party").
import type { EntityResult } from '../entities/entities.js';
import type { Doc } from '../types.js';
import { firstTokenAt, isUpperChar } from '../text/tokenize.js';
import { PARTICLES } from '../entities/gazetteer.js';
import { givenNamesAlone } from './given-alone.js';

/** What the rule reads of the entity stage: the docs in its order, their mentions, and each entity's type and name. */
export type PersonMentions = Pick<EntityResult, 'docs' | 'mentions' | 'entities'>;

type Mention = PersonMentions['mentions'][number][number];

/** Whether token i of d is a word in title case (not "JUST", not "J.", not a number). */
function titleWord(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  if (!t || t.kind !== 'word' || !isUpperChar(d.text[t.start])) return false;
  const c = d.text.charCodeAt(t.start + 1);
  return c >= 97 && c <= 122;
}

/** The word token indexes inside [start, end) of d, at most `max` of them (a name's words). */
function wordsIn(d: Doc, start: number, end: number, max = 6): number[] {
  const out: number[] = [];
  for (let i = firstTokenAt(d.tokens, start); i < d.tokens.length && d.tokens[i].end <= end && out.length < max; i++)
    if (d.tokens[i].kind === 'word') out.push(i);
  return out;
}

/** Calls `f` with each mention in `docs` (the entity stage's, matched by doc id) and the indexes of its words. */
function forMentions(
  docs: readonly Doc[],
  people: PersonMentions,
  f: (d: Doc, m: Mention, words: number[]) => void,
): void {
  const index = new Map(people.docs.map((d, i) => [d.id, i]));
  for (const d of docs) {
    const k = index.get(d.id);
    for (const m of k === undefined ? [] : (people.mentions[k] ?? [])) f(d, m, wordsIn(d, m.start, m.end));
  }
}

/** Person entity id -> the first and last words of its name, for the names of two or more words. */
function personNames(people: PersonMentions): Map<string, { first: string; last: string }> {
  const out = new Map<string, { first: string; last: string }>();
  for (const e of people.entities) {
    const parts = e.name.toLowerCase().split(/\s+/);
    const [first, last] = [parts[0], parts[parts.length - 1]];
    if (e.type === 'person' && parts.length > 1 && first !== last && !PARTICLES.has(first))
      out.set(e.id, { first, last });
  }
  return out;
}

/**
 * The persons (entity ids) named alone by their last word more often than by any other ("Cruz", not "Kim" of Kim Jong
 * Un), and the words that open persons' names more often than they end them or open other names (the rule above).
 */
function givenNamed(
  docs: readonly Doc[],
  people: PersonMentions,
  names: ReturnType<typeof personNames>,
): { persons: Set<string>; given: Set<string> } {
  // per word: the names of 2+ words it opens, persons and others, and the persons' names it ends
  const words = new Map<string, { person: number; other: number; ends: number }>();
  const word = (w: string) => words.get(w) ?? words.set(w, { person: 0, other: 0, ends: 0 }).get(w)!;
  // per person: the mentions of one word by its last word, and by another ("Hillary", "Chuck")
  const alone = new Map<string, { last: number; other: number }>();
  forMentions(docs, people, (d, m, ws) => {
    const n = names.get(m.entity);
    if (ws.length === 1 && n) {
      const a = alone.get(m.entity) ?? alone.set(m.entity, { last: 0, other: 0 }).get(m.entity)!;
      if (d.tokens[ws[0]].norm === n.last) a.last++;
      else a.other++;
    }
    if (ws.length < 2 || !titleWord(d, ws[0])) return;
    const o = word(d.tokens[ws[0]].norm);
    if (!n) return void o.other++;
    o.person++;
    word(d.tokens[ws[ws.length - 1]].norm).ends++;
  });
  const persons = new Set<string>();
  for (const [id, a] of alone) if (a.last > a.other) persons.add(id);
  const given = new Set<string>();
  for (const [w, o] of words) if (o.person >= o.other && o.person > o.ends && !PARTICLES.has(w)) given.add(w);
  return { persons, given };
}

/**
 * outlet -> given name -> its uses opening a person's name of two or more words (see above), for the given names
 * whose given name and surname the outlet's counts hold (`counted`) as words, not as one two-word term. `docs` may be
 * any of the docs the entity stage read (matched by id); a doc it did not read adds nothing.
 */
export function givenNameUses(
  docs: readonly Doc[],
  people: PersonMentions,
  counted: (outlet: string, key: string) => boolean,
): Map<string, Map<string, number>> {
  const names = personNames(people);
  const { persons, given } = givenNamed(docs, people, names);
  const out = new Map<string, Map<string, number>>();
  const named = new Map<Doc, Set<string>>(); // per article, the given names it writes in a full name
  forMentions(docs, people, (d, m, words) => {
    if (words.length < 2 || !persons.has(m.entity) || !titleWord(d, words[0])) return;
    const [first, next, last] = [words[0], words[1], words[words.length - 1]].map((i) => d.tokens[i].norm);
    if (!given.has(first) || last !== names.get(m.entity)!.last || first === last) return;
    if (!counted(d.outlet, first) || !counted(d.outlet, last)) return;
    if (counted(d.outlet, `${first} ${next}`)) return;
    const g = out.get(d.outlet) ?? out.set(d.outlet, new Map()).get(d.outlet)!;
    g.set(first, (g.get(first) ?? 0) + 1);
    (named.get(d) ?? named.set(d, new Set()).get(d)!).add(first);
  });
  for (const [d, given] of named) {
    const g = out.get(d.outlet)!;
    for (const [w, n] of givenNamesAlone(d, given)) g.set(w, (g.get(w) ?? 0) + n);
  }
  return out;
}
