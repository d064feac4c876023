// A bare surname written after a title ("President Obama", "Sen. Rubio", "Mrs. Clinton") is the person the corpus
// names in full with that title, not a relative or namesake the article happens to name in full: an article naming
// only Michelle Obama in full may still speak of "President Obama". And a name that is two names run together
// ("Tom Malinowski Trump", "Homeland Security Kirstjen Nielsen", slips of extraction in headlines) is nobody's
// full name, so it takes no bare surnames.
import { FIRST_NAMES } from '../gazetteer.js';
import type { Mention } from '../mentions.js';
import { givenNames } from '../world.js';
import type { MergeGraph } from './graph.js';
import type { SurnameGroup } from './surname-articles.js';

/** One form per title: abbreviations written out, the dot dropped ("Sen." and "Senator", "Ms" and "Mrs."). A Map:
 * a title read from the text is looked up, and a plain object would answer "constructor" from its prototype. */
const TITLE_FORMS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['gov', 'governor'],
  ['gen', 'general'],
  ['prof', 'professor'],
  ['sgt', 'sergeant'],
  ['capt', 'captain'],
  ['col', 'colonel'],
  ['maj', 'major'],
  ['lt', 'lieutenant'],
  ['ms', 'mrs'],
  ['vice president', 'vice president'],
]);

/** The title a mention is written after, in one form, or undefined. */
export function titleOf(m: Mention): string | undefined {
  if (!m.title) return undefined;
  const t = m.title.replace(/\.$/, '');
  return TITLE_FORMS.get(t) ?? t;
}

/** Per set root of the candidates: how often each title comes before a full name of the person. */
export type TitleCounts = Map<number, Map<string, number>>;

/** Count the titles written before the candidates' full names, per set root. */
export function titleCounts(g: MergeGraph, cands: readonly number[]): TitleCounts {
  const out: TitleCounts = new Map();
  for (const p of cands) {
    const r = g.uf.find(p);
    const counts = out.get(r) ?? out.set(r, new Map()).get(r)!;
    for (const m of g.nodes[p].mentions) {
      const t = titleOf(m);
      if (t !== undefined && m.parts.length >= 2) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  return out;
}

/** The one root named in full with title t most often (no tie), when root `own` never is; else undefined. */
function holder(titles: TitleCounts, own: number, t: string): number | undefined {
  if (titles.get(own)?.get(t)) return undefined;
  let best: number | undefined;
  let bestN = 0;
  let tie = false;
  for (const [r, counts] of titles) {
    const n = counts.get(t) ?? 0;
    if (n > bestN) [best, bestN, tie] = [r, n, false];
    else if (n === bestN && n > 0) tie = true;
  }
  return tie ? undefined : best;
}

/**
 * Move the titled mentions of each group to the person named in full with that title, where the group's own person
 * never is (see above); the moved mentions form groups of their own (via 'title'), in order of first mention.
 */
export function regroupByTitle(
  g: MergeGraph,
  groups: readonly SurnameGroup[],
  cands: readonly number[],
): SurnameGroup[] {
  if (!groups.some((grp) => grp.mentions.some((m) => m.title))) return groups.slice();
  const titles = titleCounts(g, cands);
  const out: SurnameGroup[] = [];
  const moved = new Map<string, SurnameGroup & { docSet: Set<string> }>();
  for (const grp of groups) {
    const own = g.uf.find(grp.person);
    const keep: Mention[] = [];
    for (const m of grp.mentions) {
      const t = titleOf(m);
      const to = t === undefined ? undefined : holder(titles, own, t);
      if (to === undefined) {
        keep.push(m);
        continue;
      }
      const k = `${to}\u0000${t}`;
      let tg = moved.get(k);
      if (!tg) {
        const person = cands.find((p) => g.uf.find(p) === to)!;
        moved.set(k, (tg = { person, via: 'title', title: t, mentions: [], docs: 0, docSet: new Set() }));
      }
      tg.mentions.push(m);
      tg.docSet.add(m.doc);
    }
    if (keep.length === grp.mentions.length) out.push(grp);
    else if (keep.length) out.push({ ...grp, mentions: keep, docs: new Set(keep.map((m) => m.doc)).size });
  }
  for (const { docSet, ...tg } of moved.values()) out.push({ ...tg, docs: docSet.size });
  return out;
}

/** An article's titled surname mentions pointing to one candidate: its set root, and the first title. */
export type TitledDoc = { root: number; title: string };

/**
 * Per article, the one candidate all titled mentions among `ms` point to: an article that writes "President Obama"
 * and then "Obama" speaks of the one person the corpus names in full with that title most often. Articles with no
 * titled mention, or with two pointing to different people, are left out.
 */
export function titledDocs(
  g: MergeGraph,
  ms: readonly Mention[],
  cands: readonly number[],
  own = -1,
  implied: ReadonlyMap<Mention, string> = new Map(),
): Map<string, TitledDoc> {
  const out = new Map<string, TitledDoc>();
  if (!ms.some((m) => m.title || implied.has(m))) return out;
  const titles = titleCounts(g, cands);
  const docs = new Map<string, Mention[]>();
  for (const m of ms) (docs.get(m.doc) ?? docs.set(m.doc, []).get(m.doc)!).push(m);
  for (const [doc, list] of docs) {
    const to = oneHolder(titles, list, own, implied);
    if (to) out.set(doc, to);
  }
  return out;
}

/**
 * The mentions of articles naming no candidate in full (`rest`), given to a person by their titles (titledDocs);
 * the others stay in `rest`. With `voted` (the root the corpus-wide vote gives the rest to), only the articles whose
 * titles that person never carries move: "President Clinton" in an article naming no Clinton is the one the corpus
 * names "President Bill Clinton", though most articles vote for the one they name in full, a secretary of state.
 */
export function titledArticles(
  g: MergeGraph,
  rest: readonly Mention[],
  cands: readonly number[],
  voted = -1,
  implied: ReadonlyMap<Mention, string> = new Map(),
): { groups: SurnameGroup[]; rest: Mention[] } {
  const byDoc = titledDocs(g, rest, cands, voted, implied);
  const groups = new Map<number, SurnameGroup & { docSet: Set<string> }>();
  const left: Mention[] = [];
  for (const m of rest) {
    const to = byDoc.get(m.doc);
    if (!to) {
      left.push(m);
      continue;
    }
    let grp = groups.get(to.root);
    if (!grp) {
      const person = cands.find((p) => g.uf.find(p) === to.root)!;
      groups.set(to.root, (grp = { person, via: 'title', title: to.title, mentions: [], docs: 0, docSet: new Set() }));
    }
    grp.mentions.push(m);
    grp.docSet.add(m.doc);
  }
  return { groups: [...groups.values()].map(({ docSet, ...grp }) => ({ ...grp, docs: docSet.size })), rest: left };
}

/** Whether a mention's title, if any, says nothing of who is meant: no candidate is named in full with it ("Mr.",
 * "Governor" when nobody is written "Governor Bill Clinton"). */
export function silentTitle(g: MergeGraph, cands: readonly number[]): (m: Mention) => boolean {
  const titles = titleCounts(g, cands);
  return (m) => {
    const t = titleOf(m);
    return t === undefined || !carried(titles, t);
  };
}

/** Whether any candidate is named in full with title t. */
function carried(titles: TitleCounts, t: string): boolean {
  for (const counts of titles.values()) if (counts.get(t)) return true;
  return false;
}

/** The one root all titled mentions of an article point to, with the first title, or undefined; none when root `own`
 * carries one of the titles. A title may be `implied` by what is written after the name (surname-lists.ts). A title no candidate is named in full with says nothing ("Mr. Clinton" beside
 * "President Clinton": nobody is written "Mr. Bill Clinton"), so it neither points nor vetoes. */
function oneHolder(
  titles: TitleCounts,
  ms: readonly Mention[],
  own: number,
  implied: ReadonlyMap<Mention, string>,
): TitledDoc | undefined {
  let out: TitledDoc | undefined;
  for (const m of ms) {
    const t = titleOf(m) ?? implied.get(m);
    if (t === undefined || !carried(titles, t)) continue;
    const r = holder(titles, own, t);
    if (r === undefined || (out && out.root !== r)) return undefined;
    out ??= { root: r, title: t };
  }
  return out;
}

/** Words of the person nodes, joined by spaces, to their node (the first). */
export function personWords(g: MergeGraph): Map<string, number> {
  const out = new Map<string, number>();
  g.nodes.forEach((n, p) => {
    const k = n.core.join(' ');
    if (g.types[p].type === 'person' && n.core.length >= 2 && !out.has(k)) out.set(k, p);
  });
  return out;
}

/** A word that starts a person's own name: a given name or an initial ("Jose Garcia Zarate", "J. Christopher Stevens"). */
const startsName = (w: string) => w.length <= 2 || FIRST_NAMES.has(w) || givenNames().has(w);

/**
 * Two names run together: three or more words whose leading two or more words are another person's name, or whose
 * trailing ones are, after words that start no name ("Tom Malinowski" + "Trump"; "Homeland Security" + "Kirstjen
 * Nielsen"), that other name being the more frequent. A full name with a middle name that is seldom written alone
 * ("Hillary Rodham" is rarer than "Hillary Rodham Clinton") or a double surname ("Jose Garcia Zarate") is not.
 */
export function runTogether(g: MergeGraph, p: number, words: ReadonlyMap<string, number>): boolean {
  const core = g.nodes[p].core;
  const n = g.nodes[p].mentions.length;
  for (let k = 2; k < core.length; k++) {
    const head = words.get(core.slice(0, k).join(' '));
    const tail = startsName(core[0]) ? undefined : words.get(core.slice(core.length - k).join(' '));
    if (head !== undefined && g.nodes[head].mentions.length > n) return true;
    if (tail !== undefined && g.nodes[tail].mentions.length > n) return true;
  }
  return false;
}
