// A general noun of people named by the clause after it: "people who crossed the border illegally", "people living in
// the country illegally", "individuals here unlawfully". The clause's manner adverb is the label ("illegally" as
// "illegal" in "illegal immigrants"), and the group is the one the corpus writes that adverb's adjective before
// ("illegal" -> immigrants), when the corpus also writes that group's own head with a clause of the same verb
// ("immigrants who crossed the border illegally"): "people voting illegally" stays no one's unless the corpus writes
// "immigrants voting illegally". A manner written as "without" and its noun ("people who entered without papers",
// "people living here without legal permission") names the one group whose own heads the corpus writes with a clause
// of the same manner noun ("immigrants who came without papers"), when that group's clauses take the verb too, or its
// head is made from the verb ("people who migrated … without permission": migrants). Read
// from the text and the corpus's own clauses; no word list of the data.
import type { Doc, Token } from '../types.js';
import { isAdverb } from './adverbs.js';
import { STARTS_LOWER } from '../util/letters.js';
import { isStopword } from '../text/stopwords.js';

/** A clause after a head of people that ends in a manner adverb. */
export interface MannerClause {
  /** the verb of the clause, stemmed ("liv" of "living", "lived"); "be" for "who are here", "in the country" */
  verb: string;
  /** token index of the manner adverb (the label's last token) */
  end: number;
  /** the adverb's adjective ("illegal" of "illegally"); absent for a manner written with "without" */
  adjective?: string;
  /** the manner as written, the label's key and variant: "illegally", "without legal status" */
  manner: string;
  /** a manner written with "without": its last word, the noun the group's clauses are matched by ("status") */
  noun?: string;
  /** a negation in the clause ("who are not here lawfully"): the manner denied */
  negated: boolean;
}

/** Words that open a relative clause after a head of people. */
const RELATIVE = new Set(['who', 'that']);
/** Words that stand for being somewhere: "people here illegally", "people in the country illegally". */
const PLACE = new Set(['here', 'there', 'in', 'inside', 'within']);
/** Auxiliaries and negations before a clause's verb ("who have been living", "who did not enter"). */
const AUX = new Set(
  'are is was were be been being am have has had will would can could may might must shall should do does did not never'.split(
    ' ',
  ),
);
const NEGATION = new Set(['not', "n't", 'never']);
const BE = new Set(['are', 'is', 'was', 'were', 'be', 'been', 'being', 'am']);
/** Words that end the clause: another clause or a condition begins ("people who came here because …"). */
const CLAUSE_END = new Set(
  'who whom which that when where if because while after before since but or so than unless until whose'.split(' '),
);
/** Clause words read before its adverb gives up (a clause of a sentence's length names no group). */
const MAX_WORDS = 10;

/**
 * The manner clause after the head at token h: a relative clause ("who are here illegally") or an infinitive ("to
 * stay here illegally"), a participle ("living in the country illegally", "brought here illegally") or a place ("here
 * illegally"), in its sentence and up to a comma, ending in an adverb in "-ly" whose adjective (`adjectiveOf` of the
 * adverb without "-ly") is a known word. Undefined when the head is followed by a finite verb ("people are here
 * illegally": a statement, no label) or by the adverb itself ("hired people illegally": the verb's manner).
 */
export function mannerClause(d: Doc, h: number, isAdjective: (word: string) => boolean): MannerClause | undefined {
  const toks = d.tokens;
  const first = toks[h + 1];
  if (!first || first.kind !== 'word' || first.sentence !== toks[h].sentence) return undefined;
  // "people to stay here illegally": an infinitive opens the clause as a relative pronoun does, its verb next
  const toVerb = infinitive(d, h + 1);
  // "the authorization of people to work here legally": the infinitive completes the noun's act, a purpose
  if (toVerb && actObject(d, h)) return undefined;
  const relative = RELATIVE.has(first.norm) || toVerb;
  if (!relative && !PLACE.has(first.norm) && !participle(d, first)) return undefined;
  let verb: string | undefined = relative ? undefined : PLACE.has(first.norm) ? 'be' : stem(first.norm);
  let [at, manner, sawBe, negated] = [relative ? -1 : h + 1, -1, false, false];
  for (let j = h + (relative ? 2 : 1), words = 0; j < toks.length && words < MAX_WORDS; j++, words++) {
    const t = toks[j];
    if (t.sentence !== first.sentence || t.kind === 'punct' || (j > h + 1 && CLAUSE_END.has(t.norm))) return undefined;
    if (NEGATION.has(t.norm)) negated = true;
    // "people in the audience were …", "people who enter … are legally able": the main clause's verb; the clause ended
    if (
      t.kind !== 'word' ||
      (j > h + 1 && (!relative || verb !== undefined) && AUX.has(t.norm) && !NEGATION.has(t.norm))
    )
      return undefined;
    if (j > h + 1 && manner < 0 && t.norm.endsWith('ly') && isAdjective(t.norm.slice(0, -2))) manner = j;
    else if (t.norm === 'without' && verb !== undefined) {
      // "who entered the country without papers": the manner is the phrase after "without", the label runs to it; an
      // infinitive's is a hope or a purpose ("to live and work without fear"), no description of the people
      const last = toVerb ? -1 : withoutEnd(d, j);
      if (last < 0) return undefined;
      const words = toks.slice(j, last + 1).map((x) => x.norm);
      return { verb, end: last, manner: words.join(' '), noun: words[words.length - 1], negated };
    } else if (verb === undefined) {
      if (BE.has(t.norm)) sawBe = true;
      if (AUX.has(t.norm) || isAdverb(t.norm)) continue;
      [verb, at] = [sawBe && PLACE.has(t.norm) ? 'be' : stem(t.norm), j];
    }
    // "who illegally crossed": the label runs to the verb
    if (verb !== undefined && manner >= 0) {
      const adverb = toks[manner].norm;
      return { verb, end: Math.max(at, manner), adjective: adverb.slice(0, -2), manner: adverb, negated };
    }
  }
  return undefined;
}

/**
 * The last token of the phrase after "without" at token w: its noun, the lower-case word after it, or the word after
 * that when the first is shaped as an adjective (ADJECTIVE: "without legal status", "without lawful permission");
 * -1 when no such word follows in its sentence (a function word, an "-ing" or "-ly" word: "without even trying").
 * The phrase ends at its noun: a verb after it is the main clause's ("people … without leases met the mayor").
 */
function withoutEnd(d: Doc, w: number): number {
  const noun = (j: number) => {
    const t = d.tokens[j];
    return (
      !!t &&
      t.kind === 'word' &&
      t.sentence === d.tokens[w].sentence &&
      STARTS_LOWER.test(d.text[t.start]) &&
      !isStopword(t.norm) &&
      !/(?:ing|ly)$/.test(t.norm)
    );
  };
  if (!noun(w + 1)) return -1;
  return ADJECTIVE.test(d.tokens[w + 1].norm) && noun(w + 2) ? w + 2 : w + 1;
}
/** English adjective endings ("legal", "lawful", "valid", "official"): a word of this shape before a noun modifies it. */
const ADJECTIVE = /(?:al|ful|id|ic|ous|ive|ent|ant|ate)$/;

/**
 * Whether token k is an infinitive's "to": a lower-case word follows that opens no noun phrase (no stopword, no
 * capital): "to stay", "to live"; not "to the country", "to Texas".
 */
function infinitive(d: Doc, k: number): boolean {
  const [to, v] = [d.tokens[k], d.tokens[k + 1]];
  if (to?.norm !== 'to' || !v || v.kind !== 'word' || v.sentence !== to.sentence) return false;
  return (STARTS_LOWER.test(d.text[v.start]) && !isStopword(v.norm)) || BE.has(v.norm);
}

/** Endings of nouns made from verbs ("authorization", "permission", "requirement", "allowance"). */
const ACT_NOUN = /(?:tion|sion|ment|ance)$/;

/**
 * Whether the head at h, over up to two modifiers, is the object of "of" or "for" after a noun made from a verb ("the
 * authorization of people", "permission for more people"): an infinitive after it says what the act allows or
 * requires of them ("… to work in the U.S. legally"), not who they are.
 */
function actObject(d: Doc, h: number): boolean {
  const toks = d.tokens;
  for (let k = h - 1; k >= 1 && h - k <= 3 && toks[k].sentence === toks[h].sentence; k--) {
    const t = toks[k];
    if (t.norm === 'of' || t.norm === 'for') return toks[k - 1].kind === 'word' && ACT_NOUN.test(toks[k - 1].norm);
    if (t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start])) return false;
  }
  return false;
}

/** A lower-case word in "-ing" or "-ed" right after a head: a participle of a reduced clause ("living", "brought"). */
function participle(d: Doc, t: Token): boolean {
  return STARTS_LOWER.test(d.text[t.start]) && (/^[a-z]{3,}(?:ing|ed)$/.test(t.norm) || IRREGULAR.has(t.norm));
}
/** English participles not in "-ed" that open a reduced clause after people ("brought here", "caught crossing"). */
const IRREGULAR = new Set(['brought', 'caught', 'held', 'kept', 'found', 'left', 'sent', 'taken', 'known']);

/** A verb's crude stem, one for its forms: "living", "lived", "lives", "live" -> "liv"; "crossing", "crosses" -> "cross". */
export function stem(norm: string): string {
  if (BE.has(norm)) return 'be';
  const s = norm.replace(/(?:ing|ed|es|(?<!s)s)$/, '');
  return (s.length >= 3 ? s : norm).replace(/e$/, '');
}

/** A general noun's manner clause and the group it gives. */
export interface ClauseGroup<P> {
  phrase: P;
  clause: MannerClause;
  group: string;
}

/**
 * Reads the manner clauses of a corpus's heads of people in one pass (`read`, head by head), and gives (`groups`) the
 * general nouns' clauses whose adverb's adjective names a group (`targetOf`: "illegal" -> immigrant), or whose
 * "without" noun the group's own heads take most often, in a clause ("immigrants who came without papers") or right
 * after the head ("immigrants without legal status"), more often than any other group's; when that group's own
 * clauses take the same verb ("immigrants who crossed …", "immigrants living … illegally").
 */
export function clauseGroups<P>(targetOf: (adjective: string) => string | undefined, general: ReadonlySet<string>) {
  const verbs = new Map<string, Set<string>>();
  /** a "without" noun -> group -> uses by the group's own heads */
  const nouns = new Map<string, Map<string, number>>();
  const asks: ClauseGroup<P>[] = [];
  const isAdjective = (w: string) => targetOf(w) !== undefined;
  const addVerb = (group: string, verb: string) =>
    (verbs.get(group) ?? verbs.set(group, new Set()).get(group)!).add(verb);
  const addNoun = (noun: string, group: string) => {
    const m = nouns.get(noun) ?? nouns.set(noun, new Map()).get(noun)!;
    m.set(group, (m.get(group) ?? 0) + 1);
  };
  return {
    /** The head at token h of group `group` (a general noun with no modifier when `bare`), its phrase `phrase`. */
    read(d: Doc, h: number, group: string, bare: boolean, phrase: P): void {
      const clause = mannerClause(d, h, isAdjective);
      if (!clause) {
        // "immigrants without legal status": the group takes the noun
        const w = d.tokens[h + 1];
        const end = w?.norm === 'without' && !general.has(group) ? withoutEnd(d, h + 1) : -1;
        if (end >= 0) addNoun(d.tokens[end].norm, group);
        return;
      }
      if (clause.noun !== undefined) {
        if (bare) asks.push({ phrase, clause, group: '' });
        else if (!general.has(group)) {
          addNoun(clause.noun, group);
          addVerb(group, clause.verb);
        }
        return;
      }
      const target = targetOf(clause.adjective ?? '');
      if (!target) return;
      if (bare) asks.push({ phrase, clause, group: target });
      else if (target === group) addVerb(group, clause.verb);
    },
    /** Whether the head at token h of group `group` is a general noun with a manner clause after it. */
    follows(d: Doc, h: number, group: string): boolean {
      return general.has(group) && mannerClause(d, h, isAdjective) !== undefined;
    },
    /** The general nouns' clauses whose verb the group's own clauses have, in reading order. */
    groups(): ClauseGroup<P>[] {
      const out: ClauseGroup<P>[] = [];
      for (const q of asks) {
        const owner = q.clause.noun === undefined ? q.group : mostUses(nouns.get(q.clause.noun));
        if (owner && (verbs.get(owner)?.has(q.clause.verb) || namesVerb(owner, q.clause.verb)))
          out.push({ ...q, group: owner });
      }
      return out;
    },
  };
}

/**
 * Whether a group's head is made from the clause's verb: "people who migrated …" are migrants, "people who
 * immigrated …" immigrants. The verb's stem less its last letter ("migra" of "migrat"), five letters or more, stands
 * in the head.
 */
export function namesVerb(head: string, verb: string): boolean {
  return verb.length >= 6 && head.includes(verb.slice(0, -1));
}

/** The key with the most uses, when no other has as many; undefined for none or a tie. */
function mostUses(m: ReadonlyMap<string, number> | undefined): string | undefined {
  const ranked = [...(m ?? [])].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : undefined;
}
