// Adjectives written as a group's head: "illegals", "the undocumented" name the people the adjective describes
// elsewhere in the corpus ("illegal immigrants", "undocumented immigrants"), so the nominalised adjective is one label
// of that group, the very contrast a reader looks for ("illegals" against "undocumented immigrants"). The same word
// bare after a verb ("the order is illegal") names no one. Read from how the corpus uses each word, no word list.
import type { Doc } from '../types.js';
import type { NormIds } from '../text/term-ids.js';
import { isStopword } from '../text/stopwords.js';
import { STARTS_LOWER, STARTS_UPPER } from '../util/letters.js';
import { CALENDAR } from '../entities/gazetteer.js';

/** Words the corpus writes mostly as a modifier of people, and the group each names. */
export interface AdjectiveHeads {
  /** adjectives (lowercase, singular): "illegal", "undocumented", "unaccompanied" */
  adjectives: ReadonlySet<string>;
  /** adjective -> the group lemma it names: the people it modifies in most of its uses ("illegal" -> "immigrant") */
  target: ReadonlyMap<string, string>;
}

/** Uses before a head of people a word needs to be read as their adjective. */
const MIN_MODIFIER = 5;
/** ... and that many times its uses as a noun ("immigrants", "an immigrant": "immigrant children" is a noun's). */
const MODIFIER_RATIO = 3;
/** Share of its uses before people one head must take for the adjective to name that group. */
const TARGET_SHARE = 0.5;

const WORD = /^[a-z][a-z-]{3,}$/;
const INDEFINITE = new Set(['a', 'an']);
/**
 * Endings of English adjectives that no noun takes ("illegal", "undocumented", "faithful", "native-born"): a noun
 * written before people ("enforcement officers", "guest workers", "farm workers") is a compound's first noun, and "the
 * enforcement of" is that noun's head, not a group's.
 */
const ADJECTIVE_END = /(?:al|ous|ive|ful|less|ed|ish|ible|able|-born)$/;

/**
 * The adjectives of people in the corpus: a lowercase word written right before a head of people (`personalLemma`
 * of a norm number: the group lemma, or undefined) at least MIN_MODIFIER times and MODIFIER_RATIO times as often as
 * it is written as a noun (a plural of it, or "a"/"an" and the word with no noun after it). `lemmaOf` folds a norm to
 * its singular (groups.ts headLemma).
 */
export function adjectiveHeads(
  docs: readonly Doc[],
  norms: NormIds,
  personalLemma: (k: number) => string | undefined,
  lemmaOf: (norm: string) => string,
): AdjectiveHeads {
  const modifies = modifierCounts(docs, norms, personalLemma);
  const candidates = new Map<string, Map<string, number>>();
  for (const [k, heads] of modifies)
    if (total(heads) >= MIN_MODIFIER && ADJECTIVE_END.test(norms.norms[k])) candidates.set(norms.norms[k], heads);
  const nounUses = new Map<string, number>();
  docs.forEach((d, di) => {
    const toks = d.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'word' || t.end - t.start < 4) continue;
      const l = lemmaOf(norms.norms[norms.of[di][i]]);
      if (!candidates.has(l)) continue;
      const plural = t.norm !== l;
      const indefinite = !plural && INDEFINITE.has(toks[i - 1]?.norm ?? '') && !nounAfter(d, i);
      if (plural || indefinite) nounUses.set(l, (nounUses.get(l) ?? 0) + 1);
    }
  });
  const adjectives = new Set<string>();
  const target = new Map<string, string>();
  for (const [w, heads] of [...candidates].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const n = total(heads);
    if (n < MODIFIER_RATIO * (nounUses.get(w) ?? 0)) continue;
    adjectives.add(w);
    const [head, uses] = [...heads].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (uses >= TARGET_SHARE * n && head !== w) target.set(w, head);
  }
  return { adjectives, target };
}

/** By the modifier's norm number: the group lemmas of the heads of people it stands right before, and how often. */
function modifierCounts(
  docs: readonly Doc[],
  norms: NormIds,
  personalLemma: (k: number) => string | undefined,
): Map<number, Map<string, number>> {
  const out = new Map<number, Map<string, number>>();
  docs.forEach((d, di) => {
    const toks = d.tokens;
    const of = norms.of[di];
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'word' || t.end - t.start < 4 || !STARTS_LOWER.test(d.text[t.start])) continue;
      const head = personalLemma(of[i]);
      if (head === undefined) continue;
      const p = toks[i - 1];
      if (p.kind !== 'word' || p.sentence !== t.sentence || !STARTS_LOWER.test(d.text[p.start])) continue;
      if (!WORD.test(p.norm) || isStopword(p.norm)) continue;
      const m = out.get(of[i - 1]) ?? out.set(of[i - 1], new Map()).get(of[i - 1])!;
      m.set(head, (m.get(head) ?? 0) + 1);
    }
  });
  return out;
}

/** Whether a lowercase content word of the same sentence follows token i (it is then a modifier, not a head). */
export function nounAfter(d: Doc, i: number): boolean {
  const n = d.tokens[i + 1];
  return (
    !!n &&
    n.sentence === d.tokens[i].sentence &&
    n.kind === 'word' &&
    !isStopword(n.norm) &&
    STARTS_LOWER.test(d.text[n.start])
  );
}

/**
 * Whether the adjective at token i heads a phrase naming people: its plural ("illegals"), or the word after an article
 * with punctuation or a word that follows a head after it ("the undocumented are", "an illegal ?"); not the word bare
 * after a verb ("is illegal", "remain undocumented"), nor before a noun or a name ("a legal way", "the federal
 * Administrative Procedure Act"), nor before "of".
 */
export function adjectiveAsHead(d: Doc, i: number, lemma: string): boolean {
  const t = d.tokens[i];
  if (t.norm !== lemma) return true;
  const p = d.tokens[i - 1];
  if (!p || p.sentence !== t.sentence || !(p.norm === 'the' || INDEFINITE.has(p.norm)) || nounAfter(d, i)) return false;
  const n = d.tokens[i + 1];
  if (!n || n.sentence !== t.sentence) return true;
  if (n.kind !== 'word') return !(n.norm === ',' && coordinated(d, i + 2)) && !quotedWordAfter(d, i);
  return AFTER_HEAD.has(n.norm) && STARTS_LOWER.test(d.text[n.start]);
}

/**
 * Whether the singular head at token i is an adjective or a title, not a group: before a capitalised word of its
 * sentence and line that is no day, month or stopword ("the conservative Daily Caller", "conservative Republicans",
 * "journalist Jamal Khashoggi": the name's or body's modifier, or a person's title), or after a word of degree ("the
 * more conservative House", "very conservative"). Nouns whose plural has no -s ("people", "children") are not singular.
 * "a federal judge Tuesday" and "a leading conservative ," stay heads.
 */
export function singularModifier(d: Doc, i: number): boolean {
  const [p, t, n] = [d.tokens[i - 1], d.tokens[i], d.tokens[i + 1]];
  if (NO_S_PLURALS.has(t.norm)) return false;
  if (p && p.sentence === t.sentence && DEGREE.has(p.norm)) return true;
  if (!n || n.sentence !== t.sentence || n.kind !== 'word' || !STARTS_UPPER.test(d.text[n.start])) return false;
  return !d.text.slice(t.end, n.start).includes('\n') && !CALENDAR.has(n.norm) && !isStopword(n.norm);
}
const NO_S_PLURALS: ReadonlySet<string> = new Set(['people', 'children', 'men', 'women']);
/** Words of degree before an adjective ("more conservative", "the most liberal"). */
const DEGREE: ReadonlySet<string> = new Set(['more', 'most', 'less', 'least', 'very', 'too', 'so', 'increasingly']);

/**
 * Whether a quote mark opening on a word follows token i: "the religious 'other'", "the so-called “dreamers”": the
 * adjective modifies the quoted word. An opening mark stands after a space and before its word with none; a closing
 * one ("the `` undocumented ''") the other way round; a curly or doubled opening mark opens whatever the spaces.
 */
function quotedWordAfter(d: Doc, i: number): boolean {
  const [t, q, w] = [d.tokens[i], d.tokens[i + 1], d.tokens[i + 2]];
  if (!q || !w || q.kind === 'word' || w.kind !== 'word' || w.sentence !== t.sentence) return false;
  const mark = d.text.slice(q.start, q.end);
  return OPENING_MARK.test(mark) || (STRAIGHT_MARK.test(mark) && q.start > t.end && w.start === q.end);
}
/** Marks that only open a quote, and straight ones that open it when glued to the word after them. */
const OPENING_MARK = /^(?:[“‘]|``)$/;
const STRAIGHT_MARK = /^["']$/;

/**
 * Whether the word at token k, after an adjective and a comma, is the next of coordinated modifiers: "and", "or" or a
 * comma within two words ("the federal, state and city governments", "the federal, Texas, and Houston governments").
 */
function coordinated(d: Doc, k: number): boolean {
  const s = d.tokens[k - 1]?.sentence;
  for (let j = k + 1; j <= k + 2; j++) {
    const t = d.tokens[j];
    if (!t || t.sentence !== s) return false;
    if (t.norm === 'and' || t.norm === 'or' || t.norm === ',') return true;
  }
  return false;
}

/**
 * Words that follow a noun phrase's head (a relative, a verb, a preposition): "the undocumented who", "the
 * undocumented are", "for the undocumented to apply"; not a noun left out of the stopwords ("a legal way"), nor "and"
 * or "or", which join adjectives far more often than heads ("the legal and illegal entry", "the skilled and
 * educated").
 */
const AFTER_HEAD: ReadonlySet<string> = new Set(
  (
    'who whom that are were is was have has had would will can could should must may might do did ' +
    'to from in at with for under into on by as among across than out over about after before through without here'
  ).split(' '),
);

function total(m: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}
