// Acronym definitions in brackets: "Syrian Democratic Forces (SDF)" records SDF's expansion; a name its acronym spells
// across "and" or "in" ("Organisation for Security and Cooperation in Europe (OSCE)"), where the run was cut, becomes one
// mention, and one spelled in part ("Deferred Action for Parents of Americans and ... (DAPA)") is that name too.
import type { Doc } from '../types.js';
import { type AcronymDefinition, isAcronymShape, matchesAcronym } from './acronyms.js';
import { programHead } from './programs.js';
import { headTypeOf, headWord, bodyHead } from './head-words.js';
import { type Mention, type MentionSink, mk } from './mention-record.js';
import { type Ctx, tokText, type Unit } from './scan-context.js';
import { UPPER_FIRST } from './word-shapes.js';
import { NAME_JOINERS } from './long-names.js';

/**
 * "the Organisation for Security and Cooperation in Europe (OSCE)": a name that its acronym in brackets spells
 * across "and" or "in", where the run of capitalised words was cut, is one organisation (a known body, or a name
 * with an organisation's head word). Its pieces' mentions are replaced by the whole name, and the definition is
 * recorded. `open` is the bracket's token.
 */
export function definedName(d: Doc, si: number, open: number, ctx: Ctx, sink: MentionSink): void {
  const toks = d.tokens;
  const acr = toks[open + 1];
  if (toks[open + 2]?.norm !== ')' || !acr || acr.sentence !== si) return;
  const a = d.text.slice(acr.start, acr.end);
  if (!isAcronymShape(a) || a.length < 3) return;
  let k = open;
  let joined = false;
  while (k - 1 >= d.sentences[si].tokenStart && open - k < 14) {
    const t = toks[k - 1];
    const cap = t.kind === 'word' && UPPER_FIRST.test(d.text[t.start]);
    if (!cap && !NAME_JOINERS.has(t.norm)) break;
    if (!cap && t.norm !== 'of' && t.norm !== 'for' && t.norm !== 'the') joined = true;
    k--;
  }
  if (!joined) return;
  const words: string[] = [];
  for (let q = k; q < open; q++) words.push(tokText(d, q));
  const n = matchesAcronym(words, a);
  if (!n) return partSpelled(d, si, k, words, a, sink);
  if (!words.slice(words.length - n).some((w) => w === 'and' || w === 'in' || w === 'on' || w === '&')) return;
  // a known body keeps its type and name ("ISIS"); another needs an organisation's head word ("Council for ..."):
  // a programme or a law ("Deferred Action on Childhood Arrivals", "... Act") is left as it was
  const known = ctx.gaz.get(a);
  const type = known ? known.type : headTypeOf(definedHead(words.slice(words.length - n)));
  if (type !== 'org' && type !== 'group') return;
  const start = toks[open - n].start;
  const end = toks[open - 1].end;
  const { out, defs } = sink;
  for (let q = out.length - 1; q >= 0 && out[q].start >= start; q--) if (out[q].end <= end) out.splice(q, 1);
  out.push(mk(d, si, start, end, type, 3, 'spelled by its acronym', known?.canonical));
  defs.push({ acronym: a, expansion: d.text.slice(start, end), doc: d.id, start, end });
}

/** The head of a name its acronym spells: before its last "in", a place that ends it ("U.N. Interim Force [in
 * Lebanon]" is a force). */
function definedHead(words: readonly string[]): string {
  const norms = words.map((w) => w.toLowerCase());
  const at = norms.lastIndexOf('in');
  return headWord(at > 0 ? norms.slice(0, at) : norms);
}

/**
 * "Deferred Action for Parents of Americans and Lawful Permanent Residents ( DAPA )": the acronym spells the words
 * before an "and" inside the name, which goes on to the bracket. The whole is one name (a programme's or a body's, by
 * its head), a spelling of the acronym's expansion (the words it spells, the definition recorded), so that the long
 * form, the short one and the acronym are one entity. `k` is the token of words[0].
 */
function partSpelled(d: Doc, si: number, k: number, words: readonly string[], a: string, sink: MentionSink): void {
  const at = words.lastIndexOf('and');
  const n = at > 1 ? matchesAcronym(words.slice(0, at), a) : 0;
  if (n < 2 || at === words.length - 1) return;
  const norms = words.slice(at - n).map((w) => w.toLowerCase());
  const head = programHead(norms.slice(0, n), bodyHead);
  const type = head ? 'event' : headTypeOf(headWord(norms.slice(0, n)));
  if (type !== 'event' && type !== 'org' && type !== 'group') return;
  const toks = d.tokens;
  const start = toks[k + at - n].start;
  const end = toks[k + words.length - 1].end;
  const { out, defs } = sink;
  for (let q = out.length - 1; q >= 0 && out[q].start >= start; q--) if (out[q].end <= end) out.splice(q, 1);
  const m = mk(d, si, start, end, type, 3, 'spelled in part by its acronym');
  m.acronym = a;
  out.push(m);
  defs.push({ acronym: a, expansion: d.text.slice(start, toks[k + at - 1].end), doc: d.id, start, end });
}

/** "Syrian Democratic Forces (SDF)": record the definition and trim the mention to the words that spell the acronym. */
export function findDefinition(d: Doc, seg: Unit[], m: Mention, defs: AcronymDefinition[]): void {
  const toks = d.tokens;
  const last = seg[seg.length - 1].i;
  const open = toks[last + 1];
  const acr = toks[last + 2];
  const close = toks[last + 3];
  if (!open || !acr || !close || open.norm !== '(' || close.norm !== ')') return;
  const a = d.text.slice(acr.start, acr.end);
  if (!isAcronymShape(a)) return;
  const words = seg.filter((u) => u.word).map((u) => d.text.slice(toks[u.i].start, toks[u.i].end));
  const n = matchesAcronym(words, a);
  if (!n) return;
  const wordUnits = seg.filter((u) => u.word);
  const first = wordUnits[wordUnits.length - n];
  const start = toks[first.i].start;
  defs.push({ acronym: a, expansion: d.text.slice(start, m.end), doc: d.id, start, end: m.end });
}
