// Which state a name stands for in a role phrase: a country is itself, its adjective ("Syrian", "Israeli") is the
// country (gazetteer demonyms), and a person the corpus titles as the state's sitting head ("Syrian President Bashar
// Assad", "Israel's Prime Minister Y") is the state, so "the Assad regime" and "the Syrian government" name one
// government. A head the corpus calls former or ousted ("Egypt's ousted President Z") stays a referent of their own:
// "the Mubarak regime" is not the government of 2013.
import type { Doc, EntityRef, Token } from '../types.js';
import { gazetteerMaps } from '../entities/gazetteer.js';
import { firstTokenAt } from '../text/tokenize.js';
import { FORMER, HEAD_OF_STATE_TITLES } from './role-nouns.js';

/** An entity mention by token range. */
export interface NamedAt {
  e: EntityRef;
  /** first and last token of the mention */
  a: number;
  b: number;
  /** false when the mention is part of a hyphenated word that names someone else ("pro-Assad", "Iranian-backed") */
  whole: boolean;
}

/** The entity mention covering a token of a doc. */
export interface EntityIndex {
  at(doc: string, token: number): NamedAt | undefined;
}

type Mention = { start: number; end: number; e: EntityRef };

/** Arabic name particles glued to a name by a hyphen ("al-Assad"): the name's own, not another word. */
const PARTICLE = /^(?:al|el|as|ad|an|ash|at|ar|az|bin|ibn|abu)-$/i;

/** Entity mentions of the docs, looked up by token. */
export function entityIndex(docs: readonly Doc[], entities: readonly EntityRef[]): EntityIndex {
  const byDoc = new Map<string, Mention[]>();
  for (const e of entities)
    for (const m of e.mentions)
      (byDoc.get(m.doc) ?? byDoc.set(m.doc, []).get(m.doc)!).push({ start: m.start, end: m.end, e });
  const sorted = new Set<string>(); // a doc's mentions are sorted when first asked for (most docs never are)
  const docById = new Map(docs.map((d) => [d.id, d]));
  return {
    at(doc, token) {
      const l = byDoc.get(doc),
        d = docById.get(doc);
      if (!l || !d) return undefined;
      if (!sorted.has(doc)) {
        l.sort((x, y) => x.start - y.start || y.end - x.end || (x.e.id < y.e.id ? -1 : x.e.id > y.e.id ? 1 : 0));
        sorted.add(doc);
      }
      const t = d.tokens[token];
      // the last mention starting at or before the token
      let lo = 0,
        hi = l.length - 1,
        k = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (l[mid].start <= t.end - 1) {
          k = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      // mentions do not nest deeply: a few steps back find any mention still open at the token
      for (let n = 0; k >= 0 && n < 8; k--, n++) if (l[k].end > t.start) return namedAt(d, l[k]);
      return undefined;
    },
  };
}

function namedAt(d: Doc, m: Mention): NamedAt {
  const toks = d.tokens;
  const a = firstTokenAt(toks, m.start) - (toks[firstTokenAt(toks, m.start) - 1]?.end > m.start ? 1 : 0);
  let b = a;
  while (b + 1 < toks.length && toks[b + 1].start < m.end) b++;
  const prefix = d.text.slice(toks[a].start, m.start);
  const suffix = d.text.slice(m.end, toks[b].end);
  return { e: m.e, a, b, whole: (prefix === '' || PARTICLE.test(prefix)) && suffix === '' };
}

/** The state an entity stands for by itself: a place, or a demonym of a country. Undefined for people and bodies. */
export type StateOf = (e: EntityRef) => EntityRef | undefined;

/** A state by its gazetteer name: the corpus's place entity of that name, or an entity of its own. */
export type StateNamed = (country: string) => EntityRef;

/** States by name, with the corpus's place entities found by name (a country the corpus never names gets an entity of its own). */
export function stateNamer(entities: readonly EntityRef[]): StateNamed {
  const places = new Map<string, EntityRef>();
  for (const e of entities) if (e.type === 'place' && !places.has(e.name)) places.set(e.name, e);
  return (country) =>
    places.get(country) ?? { id: country.toLowerCase().replace(/\W+/g, '-'), name: country, mentions: [] };
}

/** The resolver of states: a place is itself, a country's adjective its country. */
export function stateResolver(entities: readonly EntityRef[], named = stateNamer(entities)): StateOf {
  const gaz = gazetteerMaps().exact; // built once per process
  return (e) => {
    if (e.type === 'place') return e;
    if (e.type !== 'demonym') return undefined;
    // the gazetteer's country of the adjective ("Syrian" -> Syria, "Salvadoran" -> El Salvador); a faith or a
    // people without a state ("Sunni", "Kurdish") is no state
    const country = gaz.get(e.name)?.canonical;
    if (!country || gaz.get(country)?.type !== 'place') return undefined;
    return named(country);
  };
}

/** The state named right before token `j` (inclusive) of a title: "Syrian" or "Syria 's". */
function stateBefore(d: Doc, j: number, ix: EntityIndex, state: StateOf): { s: EntityRef; a: number } | undefined {
  const toks = d.tokens;
  const k = toks[j]?.norm === "'s" ? j - 1 : j;
  const named = k >= 0 ? ix.at(d.id, k) : undefined;
  const s = named?.whole ? state(named.e) : undefined;
  return s && named ? { s, a: named.a } : undefined;
}

/** The title words right before token `ts` ("Prime Minister", "President"), as the first token of the run, or -1 for a run that titles no head of state. */
function headTitleStart(toks: readonly Token[], ts: number): number {
  let j = ts - 1;
  const seen: string[] = [];
  while (
    j >= 0 &&
    toks[j].sentence === toks[ts].sentence &&
    (HEAD_OF_STATE_TITLES.has(toks[j].norm) || toks[j].norm === 'prime' || toks[j].norm === 'supreme')
  ) {
    seen.push(toks[j].norm);
    j--;
  }
  if (!seen.length || (seen[0] === 'minister' && !seen.includes('prime'))) return -1;
  return j + 1;
}

/**
 * People the corpus titles as a state's sitting head ("Syrian President X", "Syria's President X", at least twice,
 * two thirds of such titles naming one state, and more often sitting than former), by person id.
 */
export function leaderStates(
  docs: readonly Doc[],
  entities: readonly EntityRef[],
  ix: EntityIndex,
  state: StateOf,
): Map<string, EntityRef> {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const out = new Map<string, EntityRef>();
  for (const p of entities) {
    if (p.type !== 'person') continue;
    const votes = new Map<string, { s: EntityRef; n: number }>();
    let sitting = 0,
      former = 0;
    for (const m of p.mentions) {
      const d = byId.get(m.doc);
      if (!d) continue;
      const ts = firstTokenAt(d.tokens, m.start);
      const a = ts < d.tokens.length ? headTitleStart(d.tokens, ts) : -1;
      if (a < 0) continue;
      let j = a - 1;
      let was = false;
      for (; j >= 0 && FORMER.has(d.tokens[j].norm); j--) was = true;
      const st = stateBefore(d, j, ix, state);
      if (!st) continue;
      if (was || FORMER.has(d.tokens[st.a - 1]?.norm ?? '')) former++;
      else {
        sitting++;
        const v = votes.get(st.s.id) ?? votes.set(st.s.id, { s: st.s, n: 0 }).get(st.s.id)!;
        v.n++;
      }
    }
    const best = [...votes.values()].sort((x, y) => y.n - x.n || (x.s.id < y.s.id ? -1 : 1))[0];
    if (best && best.n >= 2 && best.n * 3 >= sitting * 2 && sitting > former) out.set(p.id, best.s);
  }
  return out;
}
