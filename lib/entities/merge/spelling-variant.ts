// Merge rule: one person's given name spelled two ways in one corpus ("Kirstjen" and "Kirsten Nielsen", "Benjamin"
// and "Binyamin Netanyahu", "Darrell" and "Darryl Issa"): a typo or a house transliteration. Same family name, same
// middle words; the given names start with the same letter, have four letters or more, and are one edit apart (two
// edits when both have six letters or more and their skeletons are one edit apart: "binyamin"/"benjamin"); the
// nickname table does not call them two names nor link them (that is the nickname rule's); the name lexicon does not
// give them two genders ("Mario"/"Maria"). Real relatives share a surname and are named together, so no article may
// name both spellings (unless they differ by one silent "h": "Cristhian"/"Christhian"); and the two must share a context: a title written before both ("Rep.", "Secretary"), an event
// (when the articles' events are known), or a surname no one else in the corpus bears; or one spelling is a slip: an
// unlisted given name written in one article beside the other spelling's two articles or more (a slip's full name
// may be typed on title case alone: "Ihan Omar" is weighed against the indexed "Ilhan Omar" too).
import { skeleton } from '../aliases.js';
import { familyName } from '../family-name.js';
import { givenNameGender } from '../name-gender.js';
import type { NicknameTable } from '../nicknames.js';
import { nodeLabel, type MergeGraph } from './graph.js';
import { mayJoinPerson, type PersonIndex } from './person-index.js';
import { isPersonStart } from '../person-words.js';

/** Levenshtein distance of two strings, or `cap + 1` once it exceeds cap. */
export function editDistance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...next) > cap) return cap + 1;
    row = next;
  }
  return Math.min(row[b.length], cap + 1);
}

/** A given name no list holds. */
const unlisted = (w: string) => !isPersonStart(w);

/** Whether two different given names (lowercase) are one name spelled two ways (see the rule above). */
export function spellingVariant(a: string, b: string, table: NicknameTable): boolean {
  if (a === b || a[0] !== b[0] || /[^\p{L}]/u.test(a + b)) return false;
  // a three-letter name only beside a spelling of it no list holds either ("Amr"/"Amre": a transliteration, where
  // listed pairs such as "Ann"/"Anne" or "Ian"/"Iain" may be two people)
  if (Math.min(a.length, b.length) < (unlisted(a) && unlisted(b) ? 3 : 4)) return false;
  // two names the nickname table knows apart, or links (the nickname rule decides those)
  if (table.has(a) && table.has(b)) return false;
  const ga = givenNameGender(a);
  const gb = givenNameGender(b);
  if (ga && gb && ga !== gb) return false;
  const d = editDistance(a, b);
  if (d <= 1) return true;
  return d === 2 && a.length >= 6 && b.length >= 6 && editDistance(skeleton(a), skeleton(b), 1) <= 1;
}

/** The titles written before a node's mentions, the final dot dropped. */
function titlesOf(g: MergeGraph, i: number): Set<string> {
  const out = new Set<string>();
  for (const m of g.nodes[i].mentions) if (m.title) out.add(m.title.toLowerCase().replace(/\.$/, ''));
  return out;
}

/** Whether two nodes' articles share an event, or the nodes share a title. */
function sharedContext(g: MergeGraph, a: number, b: number, eventOf: ReadonlyMap<string, string>): boolean {
  const ta = titlesOf(g, a);
  for (const t of titlesOf(g, b)) if (ta.has(t)) return true;
  const events = new Set<string>();
  for (const m of g.nodes[a].mentions) {
    const e = eventOf.get(m.doc);
    if (e !== undefined) events.add(e);
  }
  return g.nodes[b].mentions.some((m) => events.has(eventOf.get(m.doc) ?? '\u0000'));
}

/** Articles a slip's spelling may be written in, and how many times more articles the right spelling must have. */
const SLIP_ARTICLES = 1;
const SLIP_RATIO = 2;

/** The number of articles naming node p. */
const articleCount = (g: MergeGraph, p: number) => new Set(g.nodes[p].mentions.map((m) => m.doc)).size;

/**
 * Node `rare`'s given name is a slip for node `common`'s ("Ihan Omar" once, "Ilhan Omar" in forty articles): the slip
 * is written in one article, the right spelling in at least twice as many, and the slip is no given name the
 * lists know (a real "Jess" or "Marko" is someone else).
 */
function slipOf(g: MergeGraph, rare: number, common: number): boolean {
  const n = articleCount(g, rare);
  if (n > SLIP_ARTICLES || articleCount(g, common) < SLIP_RATIO * n) return false;
  return !isPersonStart(g.nodes[rare].core[0]);
}

/** Forms of address that say nothing of an office: a title shared only in these is no shared office. */
const COURTESY: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame']);

/** How many times more articles the right spelling needs when the slip is itself a listed given name. */
const NAMED_SLIP_RATIO = 10;

/**
 * Node `rare`'s given name is a slip of node `common`'s even though it is a given name of its own ("Attorney General
 * Jess Sessions" once, "Attorney General Jeff Sessions" in a hundred articles): one letter (or one doubled letter)
 * apart, the same first letter, the slip in one article, the right spelling in ten times as many, and both written after one title of office.
 * A real namesake holding the very office under a one-letter different name is far rarer than the typo.
 */
function titledSlip(g: MergeGraph, rare: number, common: number): boolean {
  const [a, b] = [g.nodes[rare].core[0], g.nodes[common].core[0]];
  if (a[0] !== b[0] || a.length < 4 || /[^\p{L}]/u.test(a + b)) return false;
  // one letter, or one doubled letter ("ss" for "ff"), apart
  if (editDistance(a, b, 1) > 1 && editDistance(skeleton(a), skeleton(b), 1) > 1) return false;
  const n = articleCount(g, rare);
  if (n > SLIP_ARTICLES || articleCount(g, common) < NAMED_SLIP_RATIO * n) return false;
  const offices = titlesOf(g, common);
  for (const t of titlesOf(g, rare)) if (!COURTESY.has(t) && offices.has(t)) return true;
  return false;
}

/** Whether some article names both nodes. */
function namedTogether(g: MergeGraph, a: number, b: number): boolean {
  const docs = new Set(g.nodes[a].mentions.map((m) => m.doc));
  return g.nodes[b].mentions.some((m) => docs.has(m.doc));
}

/**
 * Two given names that differ by one silent "h" ("Cristhian"/"Christhian", "Jonathon"/"Johnathon"): a writer's slip
 * even within one article, where relatives named together bear names that differ otherwise ("Mario" and "Maria").
 */
export function silentH(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length !== s.length + 1) return false;
  for (let k = 0; k < l.length; k++) if (l[k] === 'h' && l.slice(0, k) + l.slice(k + 1) === s) return true;
  return false;
}

/** The words between the first and the last agree. */
const samePrefix = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w, k) => k === 0 || w === b[k]);

/** Join the full names of one person whose given name is spelled two ways (see the rule above). */
export function mergeSpellingVariants(
  g: MergeGraph,
  idx: PersonIndex,
  table: NicknameTable,
  eventOf: ReadonlyMap<string, string> = new Map(),
): void {
  for (const list of idx.byLast.values()) {
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = [list[x], list[y]];
        const [ca, cb] = [g.nodes[a].core, g.nodes[b].core];
        if (g.uf.find(a) === g.uf.find(b) || !samePrefix(ca, cb)) continue;
        if (!spellingVariant(ca[0], cb[0], table) && !titledSlip(g, a, b) && !titledSlip(g, b, a)) continue;
        if (!mayJoinPerson(g, a) || !mayJoinPerson(g, b)) continue;
        if (namedTogether(g, a, b) && !silentH(ca[0], cb[0])) continue;
        // another bearer of the surname: the two must share a title or an event, or one be a slip of the other
        const alone = list.every((c) => [a, b].some((p) => g.uf.find(p) === g.uf.find(c)) || c === a || c === b);
        if (!alone && !sharedContext(g, a, b, eventOf) && !slipOf(g, a, b) && !slipOf(g, b, a)) continue;
        g.join(a, b, `spelling variant: '${nodeLabel(g.nodes[a])}' = '${nodeLabel(g.nodes[b])}' (${ca[0]}~${cb[0]})`);
      }
  }
  mergeWeakSlips(g, idx, table);
}

/** The full names typed a person on title case alone (no rule indexes them), by family name. */
function weakPersons(g: MergeGraph): Map<string, number[]> {
  const out = new Map<string, number[]>();
  g.nodes.forEach((n, p) => {
    const t = g.types[p];
    if (n.core.length < 2 || t.type !== 'person' || t.strength >= 2 || !mayJoinPerson(g, p)) return;
    const last = familyName(n.core);
    (out.get(last) ?? out.set(last, []).get(last)!).push(p);
  });
  return out;
}

/** Join a weakly typed full name that is a slip of an indexed one ("Ihan Omar" of "Ilhan Omar"; see slipOf). */
function mergeWeakSlips(g: MergeGraph, idx: PersonIndex, table: NicknameTable): void {
  const weak = weakPersons(g);
  for (const [last, list] of weak) {
    const strong = idx.byLast.get(last);
    if (!strong) continue;
    for (const w of list) {
      const cw = g.nodes[w].core;
      // the only two bearers of the family name, both given names unlisted: one person transliterated two ways
      const sole = strong.length === 1 && list.length === 1 && unlisted(cw[0]) && unlisted(g.nodes[strong[0]].core[0]);
      const fits = strong.filter((a) => {
        const ca = g.nodes[a].core;
        if (!samePrefix(ca, cw) || !spellingVariant(cw[0], ca[0], table) || !(sole || slipOf(g, w, a))) return false;
        return !namedTogether(g, a, w) || silentH(cw[0], ca[0]);
      });
      // one right spelling only: two would leave the slip ambiguous
      const roots = new Set(fits.map((a) => g.uf.find(a)));
      if (roots.size !== 1 || g.uf.find(w) === g.uf.find(fits[0])) continue;
      const a = fits[0];
      g.join(
        w,
        a,
        `spelling slip: '${nodeLabel(g.nodes[w])}' = '${nodeLabel(g.nodes[a])}' (${cw[0]}~${g.nodes[a].core[0]})`,
      );
    }
  }
}
