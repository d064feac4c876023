// Merge rule: a legislature's chamber named by its head word alone ("the House voted", "House Speaker") is the home
// country's chamber of that head when the corpus names it in full: in a US corpus "the House" is the House of
// Representatives, in a British or Canadian one the House of Commons. The "X of Y" rule (of-head.ts) cannot tell:
// nearly every article naming "House" also names "the White House", a name ending in the word like "Justice
// Department" beside "the Department", so it keeps the word apart. Which chamber a country calls by its head word is
// general knowledge, kept here per country; the country is the corpus's home country (the place it names most). An
// article naming another chamber with that head ("House of Delegates", a state's lower house) keeps its mentions; so
// does a head word followed by "of" and another word than the chamber's ("Upper House Of Parliament", a headline's
// name cut before "House"): it is another chamber's name in two pieces.
import type { Mention } from '../mention-record.js';
import { homeCountry } from './home-country.js';
import { nodeLabel, type MergeGraph } from './graph.js';

/** The home country's name words -> the head word written alone -> the full name of the chamber it stands for. */
const CHAMBERS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['united states', new Map([['house', 'house of representatives']])],
  ['united kingdom', new Map([['house', 'house of commons']])],
  ['canada', new Map([['house', 'house of commons']])],
  ['australia', new Map([['house', 'house of representatives']])],
]);

/** Types the head word may have: a body, or no evidence either way. */
const BODY: ReadonlySet<string> = new Set(['org', 'unknown']);

/** Whether node i's words are `words`, or the home country's words then `words` ("U.S. House"). */
function namedAs(g: MergeGraph, i: number, words: readonly string[], home: readonly string[]): boolean {
  const c = g.nodes[i].core;
  const at = c.length === words.length ? 0 : c.length === home.length + words.length ? home.length : -1;
  if (at < 0 || (at && !home.every((w, k) => c[k] === w))) return false;
  return words.every((w, k) => c[at + k] === w);
}

/**
 * The articles naming another "<head> of ..." name than the chamber (root `chamber`, full name `full`); the chamber's
 * own committees ("House of Representatives Judiciary Committee") are no other chamber.
 */
function otherChamberDocs(g: MergeGraph, head: string, chamber: number, full: readonly string[]): Set<string> {
  const docs = new Set<string>();
  g.nodes.forEach((n, i) => {
    if (n.core.length < 3 || n.core[0] !== head || n.core[1] !== 'of' || g.uf.find(i) === chamber) return;
    if (full.every((w, k) => n.core[k] === w)) return;
    for (const m of n.mentions) docs.add(m.doc);
  });
  return docs;
}

/** Whether the head word is followed by "of" and a word the chamber's full name does not have there (a misspelt
 * "House of Representative" is the chamber: the first five letters decide). */
export function ofAnother(after: string | undefined, full: readonly string[]): boolean {
  const [of, next] = (after ?? '').split(' ');
  return of === 'of' && !!next && full[1] === 'of' && !!full[2] && next.slice(0, 5) !== full[2].slice(0, 5);
}

/** Join the home chamber's head word, written alone, to the chamber's full name (see above). */
export function mergeHomeChamber(g: MergeGraph, after?: ReadonlyMap<Mention, string>): void {
  const home = homeCountry(g);
  if (home < 0) return;
  const homeWords = g.nodes[home].core;
  const chambers = CHAMBERS.get(homeWords.join(' '));
  if (!chambers) return;
  for (const [head, full] of chambers) {
    const fullWords = full.split(' ');
    const named = g.nodes.findIndex((_, i) => namedAs(g, i, fullWords, homeWords) && BODY.has(g.types[i].type));
    if (named < 0) continue;
    const chamber = g.uf.find(named);
    const others = otherChamberDocs(g, head, chamber, fullWords);
    const n0 = g.nodes.length;
    for (let i = 0; i < n0; i++) {
      if (!namedAs(g, i, [head], homeWords) || !BODY.has(g.types[i].type) || g.uf.find(i) === chamber) continue;
      const ms = g.nodes[i].mentions.filter((m) => !others.has(m.doc) && !ofAnother(after?.get(m), fullWords));
      const alone = g.nodes.every((_, k) => k === i || g.uf.find(k) !== g.uf.find(i));
      if (!ms.length || (ms.length < g.nodes[i].mentions.length && !alone)) continue;
      const part = ms.length === g.nodes[i].mentions.length ? i : g.split(i, ms);
      g.join(chamber, part, `'${nodeLabel(g.nodes[i])}' alone is the home country's '${nodeLabel(g.nodes[named])}'`);
    }
  }
}
