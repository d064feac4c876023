// Labels discovered from the corpus: the noun phrases outlets use for unnamed groups ("illegal immigrants",
// "undocumented immigrants", "migrants", "the caravan") and for named actors as heads of a phrase ("the Trump
// administration", "the Assad regime"). No concept file: heads are found by how the corpus uses them.
import type { Doc, EntityRef as LabelEntity, Token } from '../types.js';
import { byString } from '../text/counts.js';
import { isStopword } from '../text/stopwords.js';
import { VOICES } from './voice.js';
import { mentionedLabel } from './label-mentions.js';
import type { LabelMention, Voice, VoiceClass } from './types.js';
import { normIds, type NormIds } from '../text/term-ids.js';
import { STARTS_LOWER, STARTS_UPPER } from '../util/letters.js';
import { isLexiconNoun, isPluralActor } from './wordclass.js';
import { adherentGroup, oneHolder, ownedTie, personTie, roleTitle, setBeforeName } from './adherents.js';
import {
  adjectiveAsHead,
  adjectiveHeads,
  nounAfter,
  singularModifier,
  type AdjectiveHeads,
} from './adjective-heads.js';
import {
  genericOwner,
  irregularPlural,
  isIrregularPlural,
  ownerGender,
  pronounOwners,
  type OwnerAsk,
} from './label-owners.js';
import { clauseGroups, type ClauseGroup } from './label-clauses.js';
import { bodyOwner, type OwnerMention } from './label-body-owners.js';
import { capitalisedByPlace, modifiesByPlace, opensNameAt } from './label-sentence-start.js';
import { compoundHead, compoundPairs, possessiveCompound } from './label-compounds.js';
import { firstOfTitles } from './label-title-pairs.js';
import { beforeGap, closesApposition, demonstrativeSubject } from './label-participle-gaps.js';
import { listedVerb } from './label-verb-lists.js';
import { namedByDashList, predicatedOfThing, superlativeIdiom } from './label-predicates.js';
import { partitiveHead } from './label-partitives.js';
import { nounCues, nounWord, pluralNounAt, singularNoun, type NounCues } from './label-noun-subjects.js';
import { coordinatedModifier } from './label-coordinated-modifiers.js';
import { adjectiveUse } from './label-adjective-uses.js';

/** Switches for group discovery. */
export interface GroupOptions {
  /** corpus-wide uses of a head as a person or group ("immigrants who", "the caravan said", "members of the caravan") it needs (default 3) */
  minPersonal?: number;
  /** words that are titles of people ("president"): their phrases are left to the entity labels */
  titles?: readonly string[];
  /** doc id -> event id: a group's labels count within an event only where it is named at least twice there */
  events?: Readonly<Record<string, string>>;
  /** the docs' norm numbers (normIds, `of` aligned with the docs), when the caller has them already */
  norms?: NormIds;
}

interface Phrase {
  doc: number;
  /** first token of the label (first modifier or the head) */
  a: number;
  head: number;
  lemma: string;
  entity?: LabelEntity;
  /** the label named, not chosen ("what they call illegal aliens", "so-called"; lib/framing/label-mentions.ts) */
  mentioned: boolean;
  /**
   * an adjective as the head ("illegals", "the undocumented": adjective-heads.ts) or a general noun its adjective
   * gives a group ("undocumented people"): no form of the group's name
   */
  adjective?: boolean;
  /**
   * a general noun of people with no modifier ("people", "individuals"): it names the group at least twice in its event
   * (the two-use floor counts it) but is no label of anyone, the word any outlet writes for whoever a sentence is about
   */
  bare?: boolean;
  /**
   * a general noun named by its clause ("people who crossed the border illegally": label-clauses.ts): the label's last
   * token and its manner adverb, the label's key ("people … illegally")
   */
  clause?: { end: number; manner: string };
}

/** Share of a head's uses that must be as a person or group (who, said, thousands of). */
const MIN_SHARE = 0.03;
const DETS = new Set([
  'the',
  'a',
  'an',
  'these',
  'those',
  'their',
  'its',
  'our',
  'many',
  'some',
  'several',
  'other',
  'more',
  'most',
  'all',
]);
const WHO = new Set(['who', 'whom']);
/**
 * Heads (lemmas) that count or collect people without saying who they are ("the group", "thousands", "the ones who"),
 * and offices that speak as bodies ("the agency, who"): English collective, number and office nouns, no labels an
 * outlet chooses for a group of people.
 */
const COLLECTIVE = new Set([
  'group',
  'thousand',
  'hundred',
  'dozen',
  'million',
  'one',
  'other',
  'member',
  'number',
  'agency',
  'office',
  'department',
  'ministry',
]);
const SAID = new Set(['said', 'told', 'argued', 'claimed', 'announced', 'warned', 'insisted', 'demanded']);
const GROUP_OF = new Set(['members', 'thousands', 'hundreds', 'millions', 'dozens', 'leaders', 'supporters']);
const NOT_SUBJECT = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'it',
  'who',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
]);
const ADJ_SHAPE = /(?:al|ic|ous|ive|ian|ish|ary|ory|ent|ant|ist|ese|ful|less|ern|ed)$/;
/**
 * Words that count or age people rather than describe them, however adjective-shaped ("several judges", "five adults",
 * "several hundred families", "numerous workers", "five-year-old children", "10-year-old kids"): no label's modifier.
 */
const COUNT_WORDS = new Set(['several', 'numerous', 'various', 'countless', 'additional', 'untold', 'hundred', 'five']);
/**
 * Hedges of a count: participles that say how sure a number is ("11 million estimated undocumented migrants", "the
 * projected 2 million arrivals"), no part of the label, which starts after them. English's verbs of estimating,
 * written from knowledge; "suspected", "alleged" qualify the label itself and stay in it ("the suspected smugglers").
 */
const HEDGES = new Set(['estimated', 'projected', 'approximated', 'reckoned']);
const COUNT_SHAPE =
  /^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)-|(?:\w+-)*(?:year|month|week|day)s?-old$)/;

/** Lemma of a head noun: lowercase, a plural -s / -ies folded. */
export function headLemma(norm: string): string {
  if (norm.length > 4 && norm.endsWith('ies')) return norm.slice(0, -3) + 'y';
  if (norm.length > 3 && norm.endsWith('s') && !/(?:ss|us|is|ics)$/.test(norm)) return norm.slice(0, -1);
  return norm;
}

/**
 * A lowercase word of four or more letters (hyphens allowed), not a stopword, not an -ing or -ly word: a possible head
 * noun; capitalised too when `initial` (a sentence's first word: "Immigrants who crossed …").
 */
function isHeadShape(d: Doc, t: Token, initial = false): boolean {
  if (t.kind !== 'word' || t.end - t.start < 4) return false;
  const c = d.text.charCodeAt(t.start);
  if ((c < 97 || c > 122) && !(initial && c >= 65 && c <= 90)) return false;
  return (
    HEAD_RE.test(t.norm) && t.norm.length === t.end - t.start && !isStopword(t.norm) && !/(?:ing|ly)$/.test(t.norm)
  );
}
const HEAD_RE = /^[a-z][a-z-]{3,}$/;

/** The group labels and actor-headed labels of every doc. */
export function groupLabelMentions(
  docs: readonly Doc[],
  entities: readonly LabelEntity[],
  voices: readonly Voice[] = [],
  opts: GroupOptions = {},
): LabelMention[] {
  const titles = new Set((opts.titles ?? []).map((t) => t.toLowerCase()));
  const norms = opts.norms ?? normIds(docs);
  const lemmas = new Array<string | undefined>(norms.norms.length); // headLemma per norm number, as first needed
  const isPersonal = new Int8Array(norms.norms.length); // per norm number: 0 not asked yet, 1 no, 2 a personal head
  const isSubject = new Int8Array(norms.norms.length); // the same for subjects
  const { heads: personal, subjects } = personalHeads(docs, titles, opts.minPersonal ?? 3, norms);
  if (!personal.size) return [];
  const merged = mergeHeads(personal);
  const adjectives = adjectivesOf(docs, norms, personal, merged);
  const entityAt = mentionIndex(entities);
  const attributive = attributiveWords(docs);
  const isPeople = (n: string) => personal.has(headLemma(n));
  const compounds = compoundPairs(docs, isPeople, headLemma);
  const pairs = pairTests(personal, subjects, titles, attributive.nouns);
  const phrases: Phrase[] = [];
  const owned: { phrase: Phrase; ask: OwnerAsk }[] = [];
  const clauses = clauseGroups<Phrase>((w) => adjectives.target.get(w), GENERAL_HEADS);
  docs.forEach((d, di) => {
    const at = entityAt.get(d.id);
    const of = norms.of[di];
    const personalAt = subjectTest(d, of, lemmas, isSubject, subjects);
    for (let i = 0; i < d.tokens.length; i++) {
      const t = d.tokens[i];
      if (t.kind !== 'word' || t.end - t.start < 4) continue;
      const lemma = (lemmas[of[i]] ??= headLemma(t.norm));
      if (!isPersonal[of[i]]) isPersonal[of[i]] = personal.has(lemma) ? 2 : 1;
      const adjective = adjectives.adjectives.has(lemma);
      if ((isPersonal[of[i]] === 1 && !adjective) || !isHeadShape(d, t, initialWord(d, i, at))) continue;
      // "illegals", "the undocumented": a label of the people the adjective names; "is illegal" names no one
      const own = merged.get(lemma) ?? lemma;
      const group = adjective
        ? adjectiveGroup(d, i, lemma, adjectives, isPersonal[of[i]] === 2 ? own : undefined)
        : own;
      if (group === undefined) continue;
      if (lemma === t.norm && singularNoHead(d, i, () => clauses.follows(d, i, group), personalAt, pairs)) continue;
      const { entity, a: first } = modifiersBefore(d, i, at, attributive, personalAt);
      // "the undocumented", "an illegal": the article is part of the label
      const a = adjective && first === i && t.norm === lemma ? i - 1 : first;
      if (namesNoGroup(d, a, i, !!entity, compounds, isPeople)) continue;
      // "GOP nominee Mitt Romney": the person's title, read as one by the entity labels; "the GOP nominee's": a person
      if (entity && adherentGroup(entity, group) && (setBeforeName(d, i) || oneHolder(d, a, i))) continue;
      const mentioned = mentionedLabel(d, a, i + 1);
      // "undocumented people": a general noun's modifier names the group
      const named = entity ? undefined : modifiedGeneral(d, a, i, group, adjectives);
      const phrase: Phrase = {
        doc: di,
        a,
        head: i,
        lemma: named ?? group,
        entity,
        mentioned,
        adjective: adjective || !!named,
        // "thousands of people", "people who came": a general noun bare labels no one (counted, not shown)
        bare: !entity && a === i && GENERAL_HEADS.has(group),
      };
      // "their constituents", "the senator's colleagues": someone's people, whom the phrase does not name; "his
      // supporters": the people of the person the pronoun stands for, when the resolver names one (below)
      if (!entity && ownedTie(d, a, group, (j) => pluralPersonal(d, j, personal))) {
        const ask = pronounAsk(d, di, phrase, at, (n) => personal.has(n) && !titles.has(n));
        if (ask) owned.push({ phrase: { ...phrase, a: a - 1 }, ask });
        else phrases.push(...bodyPhrase(d, phrase, at, (j) => pluralPersonal(d, j, personal)));
        continue;
      }
      phrases.push(phrase);
      if (!entity) clauses.read(d, i, group, !!phrase.bare, phrase);
    }
  });
  clauses.groups().forEach(namedByClause);
  phrases.push(...ownedPhrases(docs, voices, entities, opts.events ?? {}, owned));
  phrases.sort((x, y) => x.doc - y.doc || x.head - y.head);
  return toMentions(docs, phrases, voices, opts.events ?? {});
}

/**
 * Whether the phrase from token a to head h names no group: the head is a compound's first word ("a driver's
 * license", "women's rights activists": label-compounds.ts, `compounds` the corpus's pairs); or, with no actor named
 * (`entity`), a predicate of a thing or a place ("weakness being the driver of …", "Syria is a source of …"), a head
 * "of" something that a dash's list of things names, the idiom "the mother of all wars" (label-predicates.ts), or a
 * singular partitive before "of" ("a minority of voters", label-partitives.ts). `isPeople`: the corpus's heads of
 * people.
 */
function namesNoGroup(
  d: Doc,
  a: number,
  h: number,
  entity: boolean,
  compounds: ReadonlySet<string>,
  isPeople: (norm: string) => boolean,
): boolean {
  if (compoundHead(d, a, h, compounds, headLemma)) return true;
  if (entity) return false;
  if (possessiveCompound(d, a, h, (n) => isPeople(n) || COLLECTIVE.has(headLemma(n)))) return true;
  if (predicatedOfThing(d, a, h, isPeople) || namedByDashList(d, h, isPeople)) return true;
  const t = d.tokens[h];
  return headLemma(t.norm) === t.norm && (superlativeIdiom(d, h, isPeople) || partitiveHead(d, h));
}

/** Endings of agent nouns ("trafficker", "guardian", "volunteer"): a noun so ended may name people. */
const AGENT_END = /(?:er|or|ist|ian|ant|eer)$/;

/** What a singular head's "and" pair is read by (singularNoHead). */
interface PairTests {
  /** a singular noun of people or a title ("Journalist and activist X": label-title-pairs.ts) */
  titleNoun: (norm: string) => boolean;
  /** a head of people: a group of the corpus, a collective, an agent noun by its shape, a lexicon actor */
  isPeople: (norm: string) => boolean;
  /** a word the corpus once writes before "who" or a verb of saying ("board", "government": a body that acts) */
  isSubject: (norm: string) => boolean;
  /** a head of the corpus's groups of people ("refugee": "immigrant and refugee communities") */
  isGroupHead: (norm: string) => boolean;
  /** a noun (label-noun-subjects.ts nounWord) */
  isNoun: (norm: string) => boolean;
}

function pairTests(
  personal: ReadonlyMap<string, number>,
  subjects: ReadonlySet<string>,
  titles: ReadonlySet<string>,
  nouns: NounCues,
): PairTests {
  return {
    titleNoun: (n) => headLemma(n) === n && (personal.has(n) || titles.has(n) || roleTitle(n)),
    // "drug traffickers", "legal guardian", "family members": people by their shape or as a collective head
    isPeople: (n) => {
      const l = headLemma(n);
      return personal.has(l) || COLLECTIVE.has(l) || AGENT_END.test(l) || isPluralActor(l + 's');
    },
    isSubject: (n) => subjects.has(headLemma(n)),
    isGroupHead: (n) => personal.has(headLemma(n)),
    isNoun: (n) => nounWord(n, nouns),
  };
}

/**
 * Whether the singular head at token i heads no phrase of its own: it modifies the word after it ("immigration
 * reform", "government officials", "conservative Republicans"), unless a manner clause follows (`clause`: "people
 * living here illegally", label-clauses.ts); it stands before a quoted noun ("illegal immigrant “Dreamers”"); it is
 * the first of two titles before a person's name ("Journalist and activist X", label-title-pairs.ts); or it modifies,
 * with the words after "and", a noun of things ("immigrant and refugee roots", label-coordinated-modifiers.ts); or it
 * is an adjective where it stands ("must be patient", "patient and persistent diplomacy", label-adjective-uses.ts).
 */
function singularNoHead(
  d: Doc,
  i: number,
  clause: () => boolean,
  personalAt: (j: number) => boolean,
  pairs: PairTests,
): boolean {
  if ((nounAfter(d, i) || singularModifier(d, i)) && !clause()) return true;
  if (quotedNounAfter(d, i, personalAt) || firstOfTitles(d, i, pairs.titleNoun)) return true;
  // "be patient", "patient and persistent diplomacy": an adjective (label-adjective-uses.ts)
  if (adjectiveUse(d, i, pairs.isPeople)) return true;
  // "women and …", "children or …": an irregular plural is no singular modifier
  return !isIrregularPlural(d.tokens[i].norm) && coordinatedModifier(d, i, pairs);
}

/**
 * Whether token j of doc d is a head that says or takes "who" ("judge", "agents": the subject of an "-ed" verb after
 * it), lower-case; its lemma and answer cached per norm number (`lemmas`, `isSubject`: 0 not asked, 1 no, 2 yes).
 */
function subjectTest(
  d: Doc,
  of: ArrayLike<number>,
  lemmas: (string | undefined)[],
  isSubject: Int8Array,
  subjects: ReadonlySet<string>,
): (j: number) => boolean {
  return (j) => {
    const k = of[j];
    if (!isSubject[k]) isSubject[k] = subjects.has((lemmas[k] ??= headLemma(d.tokens[j].norm))) ? 2 : 1;
    return isSubject[k] === 2 && d.tokens[j].kind === 'word' && STARTS_LOWER.test(d.text[d.tokens[j].start]);
  };
}

/** "people who crossed the border illegally": the general noun's phrase labels the group its clause gives, to the clause's end. */
function namedByClause({ phrase, clause, group }: ClauseGroup<Phrase>): void {
  Object.assign(phrase, {
    lemma: group,
    adjective: true,
    bare: false,
    clause: { end: clause.end, manner: (clause.negated ? 'not ' : '') + clause.manner },
  });
}

/**
 * The pronoun to resolve for a tie phrase after a possessive pronoun: "his" or "her" before a plural head of a person's
 * people ("his supporters", "her aides"; personTie). A singular one is one person ("his lawyer", named elsewhere);
 * "their", "its" name no one person.
 */
function pronounAsk(
  d: Doc,
  di: number,
  p: Phrase,
  at: readonly OwnerMention[] | undefined,
  isGroupHead: (norm: string) => boolean,
): OwnerAsk | undefined {
  const pron = d.tokens[p.a - 1];
  const gender = ownerGender(pron.norm);
  if (!gender || !pluralTie(d, p)) return undefined;
  // "a child … with her parents": the pronoun is the generic child's
  const personAt = (j: number) =>
    !!at?.some((m) => m.e.type === 'person' && d.tokens[j].start >= m.start && d.tokens[j].end <= m.end);
  // a singular head of people of the corpus ("a child", whose plural "children" is the corpus's head; lower-case), no
  // title ("a president who": someone named)
  const personNoun = (j: number) => {
    const n = d.tokens[j].norm;
    const plural = irregularPlural(n);
    const head = isGroupHead(n) || (plural !== undefined && isGroupHead(plural));
    return headLemma(n) === n && head && STARTS_LOWER.test(d.text[d.tokens[j].start]);
  };
  if (genericOwner(d, p.a - 1, personAt, personNoun)) return undefined;
  return { doc: di, pos: pron.start, gender };
}

/** Whether a phrase's head is a plural of people around someone ("supporters", "critics", "aides"; personTie). */
function pluralTie(d: Doc, p: Phrase): boolean {
  const plural = d.tokens[p.head].norm !== p.lemma || p.lemma.endsWith('ics'); // "critics" keeps its -s as a lemma
  return plural && personTie(p.lemma);
}

/**
 * "Iran and its allies", "the party and their supporters": a plural tie after "its" or "their" is the people of the
 * state or body the pronoun stands for (label-body-owners.ts), named after it as "Iran's allies" is; none when the
 * text names no one such owner.
 */
function bodyPhrase(
  d: Doc,
  p: Phrase,
  at: readonly OwnerMention[] | undefined,
  peopleAt: (j: number) => boolean,
): Phrase[] {
  const body = pluralTie(d, p) ? bodyOwner(d, p.a - 1, at, peopleAt) : undefined;
  return body && adherentGroup(body, p.lemma) ? [{ ...p, a: p.a - 1, entity: body }] : [];
}

/** The phrases of `owned` whose pronoun the resolver gives a person (label-owners.ts), named after that person. */
function ownedPhrases(
  docs: readonly Doc[],
  voices: readonly Voice[],
  entities: readonly LabelEntity[],
  events: Readonly<Record<string, string>>,
  owned: readonly { phrase: Phrase; ask: OwnerAsk }[],
): Phrase[] {
  const owners = pronounOwners(
    docs,
    voices,
    entities,
    events,
    owned.map((o) => o.ask),
  );
  const out: Phrase[] = [];
  owned.forEach((o, k) => {
    const e = owners[k];
    if (e && adherentGroup(e, o.phrase.lemma)) out.push({ ...o.phrase, entity: e });
  });
  return out;
}

/**
 * Nouns that name people and nothing more ("people", "individuals", "persons"): English's general nouns of people,
 * whose group is whatever the words around them make it.
 */
const GENERAL_HEADS: ReadonlySet<string> = new Set(['people', 'person', 'individual']);

/**
 * The group a general noun of people at token h (label from token a) stands for by its modifier: an adjective of
 * people that names one group of the corpus (adjective-heads.ts `target`: "undocumented people" -> immigrant, as
 * "the undocumented" is); undefined when the head is no general noun or no modifier names another group.
 */
function modifiedGeneral(d: Doc, a: number, h: number, group: string, adj: AdjectiveHeads): string | undefined {
  if (!GENERAL_HEADS.has(group)) return undefined;
  for (let j = a; j < h; j++) {
    const target = adj.target.get(headLemma(d.tokens[j].norm));
    if (target && target !== group) return target;
  }
  return undefined;
}

/** Whether token j is a lower-case plural head of people ("children", "immigrants"): a group the story names. */
function pluralPersonal(d: Doc, j: number, personal: ReadonlyMap<string, number>): boolean {
  const t = d.tokens[j];
  if (t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start])) return false;
  const l = headLemma(t.norm);
  return (l !== t.norm || t.norm === 'children' || t.norm === 'people') && personal.has(l);
}

/** The corpus's adjectives of people (adjective-heads.ts), read against its heads of people, merged. */
function adjectivesOf(
  docs: readonly Doc[],
  norms: NormIds,
  personal: ReadonlyMap<string, number>,
  merged: ReadonlyMap<string, string>,
): AdjectiveHeads {
  const cache = new Map<number, string | null>();
  const personalLemma = (k: number) => {
    let l = cache.get(k);
    if (l === undefined) {
      const h = headLemma(norms.norms[k]);
      cache.set(k, (l = personal.has(h) ? (merged.get(h) ?? h) : null));
    }
    return l ?? undefined;
  };
  return adjectiveHeads(docs, norms, personalLemma, headLemma);
}

/**
 * The group an adjective at token i heads: the people it names (`target`: "illegals" -> immigrant), or, when it names
 * no one group, `own` (its group, when the corpus uses it as a head of people); undefined where it is no head ("is
 * illegal").
 */
function adjectiveGroup(
  d: Doc,
  i: number,
  lemma: string,
  adj: AdjectiveHeads,
  own: string | undefined,
): string | undefined {
  if (!adjectiveAsHead(d, i, lemma)) return undefined;
  return adj.target.get(lemma) ?? own;
}

/**
 * Heads used as people or groups in the corpus: followed by "who" at least once (English keeps "who" for people; a
 * ministry, a report or a newspaper only ever "said", and "later" never takes "who") and used so — who, said, "members
 * of" — `min` times in all, in at least 3% of their uses. And `subjects`: every lower-case head that says or is
 * followed by "who" even once, titles included, counts not ("agents said", "the judge who"; never "millions who"): a
 * word that can be the subject of a verb after it.
 */
function personalHeads(
  docs: readonly Doc[],
  titles: ReadonlySet<string>,
  min: number,
  norms: NormIds,
): { heads: Map<string, number>; subjects: Set<string> } {
  const subjects = new Set<string>();
  const who = new Map<string, number>();
  const said = new Map<string, number>();
  const group = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  // uses and uses after a determiner (a noun follows one now and then; "decide who", "later who" never do) counted by
  // lemma number, a word's lemma number found once per norm number (no lookup by string per token)
  const { lemmaOf, lemmaIds } = lemmaNumbers(norms.norms);
  const cue = cueWords(norms.norms);
  const uses = new Int32Array(lemmaIds.size),
    afterDet = new Int32Array(lemmaIds.size);
  docs.forEach((d, di) => {
    const toks = d.tokens;
    const ids = norms.of[di];
    for (let i = 0; i < toks.length; i++) {
      const t0 = toks[i];
      if (t0.kind !== 'word' || t0.end - t0.start < 4) continue;
      const l0 = lemmaOf[ids[i]];
      uses[l0]++;
      if (i > 0 && cue[ids[i - 1]] & DET) afterDet[l0]++;
      // the cheap test first: what follows or precedes the word
      const nx = toks[i + 1];
      const c1 = nx && nx.sentence === toks[i].sentence ? cue[ids[i + 1]] : 0;
      const next = c1 & WHO_CUE ? who : c1 & SAID_CUE ? said : null;
      const of =
        i >= 2 &&
        ((cue[ids[i - 1]] & OF_CUE && cue[ids[i - 2]] & GROUP_CUE) ||
          (i >= 3 && cue[ids[i - 1]] & THE_CUE && cue[ids[i - 2]] & OF_CUE && cue[ids[i - 3]] & GROUP_CUE));
      if (!next && !of) continue;
      const t = toks[i];
      if (!isHeadShape(d, t)) continue;
      const l = headLemma(t.norm); // rare: a word before who/said or after "members of"
      if (COLLECTIVE.has(l)) continue;
      if (next) subjects.add(l);
      if (titles.has(l) || titles.has(t.norm)) continue;
      inc(next ?? group, l);
    }
  });
  const n = new Map<string, number>();
  for (const l of new Set([...who.keys(), ...said.keys(), ...group.keys()])) {
    const w = who.get(l) ?? 0,
      s = said.get(l) ?? 0,
      g = group.get(l) ?? 0;
    // and in a fair share of its uses: "last week said" now and then does not make "week" a group
    if (
      w >= 1 &&
      w + s + g >= min &&
      w + s + g >= MIN_SHARE * uses[lemmaIds.get(l)!] &&
      afterDet[lemmaIds.get(l)!] >= 2
    )
      n.set(l, w + s + g);
  }
  return { heads: n, subjects };
}

// What personalHeads asks of the words around a head, as bits per norm number (cueWords): a Set lookup by string per
// token and question before
const DET = 1,
  WHO_CUE = 2,
  SAID_CUE = 4,
  GROUP_CUE = 8,
  OF_CUE = 16,
  THE_CUE = 32;

/** The cue bits of each norm: a determiner (DETS), "who", a speech verb (SAID), a group word (GROUP_OF), "of", "the". */
function cueWords(norms: readonly string[]): Uint8Array {
  const out = new Uint8Array(norms.length);
  norms.forEach((w, k) => {
    out[k] =
      (DETS.has(w) ? DET : 0) |
      (WHO.has(w) ? WHO_CUE : 0) |
      (SAID.has(w) ? SAID_CUE : 0) |
      (GROUP_OF.has(w) ? GROUP_CUE : 0) |
      (w === 'of' ? OF_CUE : 0) |
      (w === 'the' ? THE_CUE : 0);
  });
  return out;
}

/** Each norm's head lemma as a number (by norm number), and the numbers by lemma (numbered in order of first norm). */
function lemmaNumbers(norms: readonly string[]): { lemmaOf: Int32Array; lemmaIds: Map<string, number> } {
  const lemmaOf = new Int32Array(norms.length);
  const lemmaIds = new Map<string, number>();
  for (let k = 0; k < norms.length; k++) {
    const l = headLemma(norms[k]);
    let id = lemmaIds.get(l);
    if (id === undefined) lemmaIds.set(l, (id = lemmaIds.size));
    lemmaOf[k] = id;
  }
  return { lemmaOf, lemmaIds };
}

/**
 * Words that open a noun phrase before a modifier: an article, a preposition (a verb after one is an -ing form, so
 * "for undocumented immigrants", "of deported parents" hold an adjective; not "to", which opens verbs: "to prevent
 * illegal …"), or a number word ("10.7 million undocumented immigrants"). A small corpus may never write "the
 * undocumented …".
 */
const OPENS_PHRASE = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'with',
  'by',
  'from',
  'among',
  'against',
  'about',
  'on',
  'in',
  'million',
  'thousand',
  'hundred',
  'billion',
]);

/** How the corpus writes words: in a noun phrase, and as verbs. */
interface Attributive {
  /** words written before a noun in a noun phrase ("the illegal immigrants") */
  words: Set<string>;
  /**
   * words written right after a modal at least twice and more often than at a noun phrase's start ("could grant" 45
   * times, "a grant" 5; not "could undocumented immigrants get …" twice against "the undocumented" hundreds): verbs,
   * whatever their shape
   */
  verbs: Set<string>;
  /**
   * "-ed" words written right after "has", "have", "had" at least twice and more often than at a noun phrase's start
   * ("has allowed", "had ordered"; not "detained", "the detained" far more often): past participles of verbs
   */
  perfects: Set<string>;
  /** the corpus's cues of nouns that may be a verb's subject (label-noun-subjects.ts) */
  nouns: NounCues;
}

/** Auxiliaries of the perfect: the "-ed" word after one is a verb's participle ("has allowed", "he 'd protected"). */
const PERFECT = new Set(['has', 'have', 'had', 'having', "'ve", "'d"]);

/** Modals: the word after one is a verb ("would grant", "could assist"), but in a question ("could illegal immigrants"). */
const MODALS = new Set('will would can could shall should may might must'.split(' '));

/**
 * Words used attributively somewhere in the corpus ("the illegal immigrants", "for undocumented workers", "11 million
 * undocumented immigrants"): a word opening a noun phrase (OPENS_PHRASE, a number), the word written lower-case, a
 * lowercase word (a word the corpus only capitalises is a name's: "Syrian refugees"); and the lower-case words the
 * corpus writes as verbs (Attributive.verbs).
 */
function attributiveWords(docs: readonly Doc[]): Attributive {
  const words = new Set<string>();
  const [afterModal, afterOpener, afterPerfect] = [0, 1, 2].map(() => new Map<string, number>());
  const inc = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
  for (const d of docs) {
    const toks = d.tokens;
    for (let i = 1; i + 1 < toks.length; i++) {
      const t = toks[i],
        nx = toks[i + 1];
      if (t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start])) continue;
      if (MODALS.has(toks[i - 1].norm)) inc(afterModal, t.norm);
      if (PERFECT.has(toks[i - 1].norm) && t.norm.endsWith('ed')) inc(afterPerfect, t.norm);
      if (toks[i - 1].kind !== 'number' && !OPENS_PHRASE.has(toks[i - 1].norm)) continue;
      inc(afterOpener, t.norm);
      if (
        nx.kind === 'word' &&
        nx.sentence === t.sentence &&
        STARTS_LOWER.test(d.text[nx.start]) &&
        !isStopword(nx.norm)
      )
        words.add(t.norm);
    }
  }
  const verbs = new Set<string>();
  for (const [w, n] of afterModal) if (n >= 2 && n > (afterOpener.get(w) ?? 0)) verbs.add(w);
  const perfects = new Set<string>();
  for (const [w, n] of afterPerfect) if (n >= 2 && n > (afterOpener.get(w) ?? 0)) perfects.add(w);
  return { words, verbs, perfects, nouns: nounCues(docs) };
}

/**
 * A capitalised sentence-initial word no entity mention covers, and no title before a name ("Judges William Canby
 * and …", "Sheriffs Babeu and Arpaio"): read as the lower-case head it stands for.
 */
function initialWord(d: Doc, i: number, at: readonly OwnerMention[] | undefined): boolean {
  const [t, nx] = [d.tokens[i], d.tokens[i + 1]];
  if (nx && nx.sentence === t.sentence && nx.kind === 'word' && STARTS_UPPER.test(d.text[nx.start])) return false;
  // "Father's Day", "— Doctors w/o Borders ( @ handle )": a name
  return !opensNameAt(d, i) && capitalisedByPlace(d, i) && !at?.some((m) => t.start >= m.start && t.end <= m.end);
}

/** A label's text with its first letter lower-cased when the sentence's start capitalised it (`byPlace`). */
function caseOfPlace(text: string, byPlace: boolean): string {
  return byPlace ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Heads that are one group: a head ending in another head ("immigrant" ends in "migrant") joins it, under the more used. */
function mergeHeads(heads: Map<string, number>): Map<string, string> {
  const out = new Map<string, string>();
  const list = [...heads.keys()].sort(byString);
  for (const a of list)
    for (const b of list) {
      // a prefix of two or more letters on a long head: "im-migrant"; never "b-order", "p-resident"
      if (a === b || b.length < 6 || a.length - b.length < 2 || !a.endsWith(b)) continue;
      const keep = heads.get(a)! > heads.get(b)! || (heads.get(a) === heads.get(b) && a < b) ? a : b;
      out.set(a, keep);
      out.set(b, keep);
    }
  return out;
}

/** Entity mentions per doc, sorted by start. */
function mentionIndex(entities: readonly LabelEntity[]): Map<string, { start: number; end: number; e: LabelEntity }[]> {
  const m = new Map<string, { start: number; end: number; e: LabelEntity }[]>();
  for (const e of entities)
    for (const s of e.mentions) (m.get(s.doc) ?? m.set(s.doc, []).get(s.doc)!).push({ start: s.start, end: s.end, e });
  for (const l of m.values()) l.sort((x, y) => x.start - y.start || byString(x.e.id, y.e.id));
  return m;
}

/**
 * The label's first token left of head `h` (adjective-like modifiers, a named actor, a possessive), and the actor named
 * there. A count word or a count's hedge ends the modifiers ("several judges", "estimated workers"), and so does an
 * "-ed" word after a subject: a pronoun, a name, or a head that speaks (`personalAt`: "a federal judge ordered
 * children to be reunited", "agents suspected adults were posing"), where it is the verb.
 */
function modifiersBefore(
  d: Doc,
  h: number,
  at: readonly { start: number; end: number; e: LabelEntity }[] | undefined,
  attributive: Attributive,
  personalAt: (j: number) => boolean,
): { a: number; entity?: LabelEntity } {
  const toks = d.tokens;
  let a = h;
  let entity: LabelEntity | undefined;
  for (let j = h - 1, words = 0; j >= 0 && toks[j].sentence === toks[h].sentence && words < 4; j--) {
    const p = toks[j];
    const m = at?.find((x) => p.start >= x.start && p.end <= x.end);
    if (m) {
      entity ??= m.e;
      while (j > 0 && toks[j - 1].start >= m.start) j--;
      a = j;
      words++;
      // "The principal recognized Felix's father": a lower-case word before a possessor's name modifies no head after
      // it ("President Trump's supporters" keeps the title)
      if (toks[h - 1].norm === "'s" && j > 0 && STARTS_LOWER.test(d.text[toks[j - 1].start])) break;
      continue;
    }
    if (p.norm === "'s" && words === 0) continue; // "Trump's administration": the possessor must be an entity
    const lower = STARTS_LOWER.test(d.text[p.start]) || capitalisedByPlace(d, j); // "Illegal immigrants are …"
    if (p.kind !== 'word' || isStopword(p.norm) || !lower || p.norm === 'so-called') break;
    if (COUNT_WORDS.has(p.norm) || COUNT_SHAPE.test(p.norm) || HEDGES.has(p.norm)) break;
    if ((!ADJ_SHAPE.test(p.norm) && !p.norm.includes('-')) || !attributive.words.has(p.norm)) break;
    // "Grant illegal aliens the right …", "could grant illegal immigrants": a verb where one may stand
    if (!modifiesByPlace(d, j, attributive.verbs)) break;
    // "-ed" after a subject is a verb ("he deported immigrants", "the judge ordered children"); an "un-…ed" word is
    // an adjective ("5 million undocumented immigrants", "DHS houses unaccompanied minors")
    if (
      p.norm.endsWith('ed') &&
      !p.norm.startsWith('un') &&
      !p.norm.includes('-') &&
      j > 0 &&
      (verbAfter(d, j - 1, h, personalAt, attributive.nouns) ||
        participleAfter(d, j, attributive) ||
        listedVerb(d, j, h))
    )
      break;
    a = j;
    words++;
  }
  if (a < h && toks[a].norm === "'s") a++;
  return { a, entity };
}

/** Marks that open a quoted noun ("“", '"', "``", "‘"). */
const QUOTE_OPEN = /^["“`‘]/;

/** Whether a quoted noun follows token i in its sentence: an opening mark, then a capitalised word or a head that speaks. */
function quotedNounAfter(d: Doc, i: number, personalAt: (j: number) => boolean): boolean {
  const [q, w] = [d.tokens[i + 1], d.tokens[i + 2]];
  if (!q || !w || q.kind !== 'punct' || w.kind !== 'word' || w.sentence !== d.tokens[i].sentence) return false;
  return QUOTE_OPEN.test(d.text[q.start]) && (STARTS_UPPER.test(d.text[w.start]) || personalAt(i + 2));
}

/**
 * Whether an "-ed" word after token j is a verb: over adverbs ("has sometimes even forcibly separated children"), the
 * word before can be its subject (subjectAt), is the plural of a noun of people ("border agents suspected adults were
 * posing", isPluralActor), or is a relative pronoun ("which has also covered people", "the bombs that killed people"). "the newly arrived
 * immigrants", "visas for highly skilled workers", "internally displaced people" keep their modifiers.
 */
function verbAfter(d: Doc, j: number, h: number, personalAt: (j: number) => boolean, nouns: NounCues): boolean {
  const s = d.tokens[j].sentence;
  const k = beforeGap(d, j); // "a federal judge on Wednesday ordered attorneys", "He ( temporarily ) banned refugees"
  const t = d.tokens[k];
  if (!t || t.sentence !== s) return false;
  if (subjectAt(d, k, personalAt)) return true;
  // "Ibrahim , the interim interior minister , claimed armed protesters"; "That required children to be separated"
  const head = d.tokens[h].norm;
  if (closesApposition(d, k) || demonstrativeSubject(d, k, head !== headLemma(head) || isIrregularPlural(head)))
    return true;
  if (t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start])) return false;
  // "the bombs that killed people", "a war which displaced families": a relative pronoun is the verb's subject
  // a relative "that", not the "that" of a reported clause whose head is the subject ("ordered that detained parents
  // must be allowed": an auxiliary after the head)
  // "military snipers targeted protesters": a plural noun of no personal head (label-noun-subjects.ts)
  if (isPluralActor(t.norm) || pluralNounAt(d, k, nouns)) return true;
  return t.norm === 'which' || (t.norm === 'that' && !AUX_AFTER.has(d.tokens[h + 1]?.norm));
}

/** Words after which a verb's participle is the verb: a coordinated clause's "and", a bracket closed on a name. */
const BEFORE_PARTICIPLE = new Set(['and', ')', "'d", "'ve"]);
/** Noun endings: a word in one can be a verb's subject ("exemption", "clarity", "bombings"). */
const NOUN_SHAPE = /(?:tion|sion|ment|ity|ness|ance|ence|ings)$/;

/**
 * Whether the "-ed" word at j is a verb's participle by the corpus's use (`perfects`: "has allowed", "had ordered")
 * after, over adverbs, a word that can be its subject or link it to one: a lower-case noun ("The ICE exemption allowed
 * international students", "the ban initially excluded people", "The 1976 law forced parents": a noun by the corpus,
 * label-noun-subjects.ts), "and" ("yelled at and threatened parents"), a closed
 * bracket ("( IRCA ) allowed employers"), "'d" ("he 'd protected immigrant students"). After an article, a number, a
 * comma, a verb or an adjective ("the average enlisted soldier", "finding qualified workers") it stays a modifier.
 */
function participleAfter(d: Doc, j: number, { perfects, nouns }: Attributive): boolean {
  if (!perfects.has(d.tokens[j].norm)) return false;
  const s = d.tokens[j].sentence;
  const k = beforeGap(d, j - 1);
  const t = d.tokens[k];
  if (!t || t.sentence !== s) return false;
  if (BEFORE_PARTICIPLE.has(t.norm)) return true;
  return (
    t.kind === 'word' &&
    STARTS_LOWER.test(d.text[t.start]) &&
    (NOUN_SHAPE.test(t.norm) || isLexiconNoun(t.norm) || singularNoun(t.norm, nouns)) &&
    !DETS.has(t.norm)
  );
}

/** Auxiliaries and modals that make the head before them a subject. */
const AUX_AFTER: ReadonlySet<string | undefined> = new Set(
  'must would will can could should may might are were is was have had do did'.split(' '),
);

/** Whether token j can be the subject of a verb after it: a pronoun or auxiliary, a name, or a head that speaks. */
function subjectAt(d: Doc, j: number, personalAt: (j: number) => boolean): boolean {
  const t = d.tokens[j];
  if (t.sentence !== d.tokens[j + 1].sentence) return false;
  return NOT_SUBJECT.has(t.norm) || (STARTS_UPPER.test(d.text[t.start]) && !isStopword(t.norm)) || personalAt(j);
}

function toMentions(
  docs: readonly Doc[],
  phrases: readonly Phrase[],
  voices: readonly Voice[],
  events: Readonly<Record<string, string>>,
): LabelMention[] {
  const vById = new Map(voices.map((v) => [v.doc, v]));
  // a group's name: its most used plural form
  const forms = new Map<string, Map<string, number>>();
  for (const p of phrases)
    if (!p.entity && !p.adjective) {
      const f = forms.get(p.lemma) ?? forms.set(p.lemma, new Map()).get(p.lemma)!;
      const w = docs[p.doc].tokens[p.head].norm;
      f.set(w, (f.get(w) ?? 0) + 1);
    }
  const nameOf = new Map(
    [...forms].map(([l, f]) => [l, [...f].sort((x, y) => y[1] - x[1] || byString(x[0], y[0]))[0][0]]),
  );
  // a group counts in an event where it is named at least twice (one stray use is no framing)
  const perEvent = new Map<string, number>();
  const targetOf = (p: Phrase) => phraseTarget(p, nameOf);
  const evKey = (p: Phrase) => (events[docs[p.doc].id] ?? '') + '\u0000' + targetOf(p).id;
  for (const p of phrases) perEvent.set(evKey(p), (perEvent.get(evKey(p)) ?? 0) + 1);
  const out: LabelMention[] = [];
  for (const p of phrases) {
    if ((perEvent.get(evKey(p)) ?? 0) < 2) continue;
    if ((p.entity && p.a === p.head) || p.bare) continue;
    const d = docs[p.doc];
    const s = d.tokens[p.a].start,
      e = d.tokens[p.clause?.end ?? p.head].end;
    // a sentence's capital is no part of an unnamed group's label ("Illegal immigrants are …")
    const text = caseOfPlace(d.text.slice(s, e).replace(/\s+/g, ' '), !p.entity && capitalisedByPlace(d, p.a));
    const head = d.tokens[p.head].norm;
    const v = vById.get(d.id);
    const { id: target, name: targetName } = targetOf(p);
    out.push({
      doc: d.id,
      outlet: d.outlet,
      start: s,
      end: e,
      target,
      targetName,
      label: text,
      // a clause's label is its manner, however the clause runs: "people … illegally"
      key: p.clause ? `${head} … ${p.clause.manner}` : groupKey(text, head),
      kind: 'group',
      voice: ownOrReported(v ? VOICES[v.tokenVoice[p.head]] : 'own', p.mentioned),
    });
  }
  return out;
}

/**
 * What a phrase labels: the named actor modifying it ("the Trump administration"), a group of people around that actor
 * ("Trump supporters": adherents.ts), or the unnamed group of its head ("undocumented immigrants").
 */
function phraseTarget(p: Phrase, nameOf: ReadonlyMap<string, string>): { id: string; name: string } {
  if (!p.entity) return { id: 'group:' + p.lemma, name: nameOf.get(p.lemma) ?? p.lemma };
  return adherentGroup(p.entity, p.lemma) ?? { id: p.entity.id, name: p.entity.name };
}

/** A label the writer names rather than uses ("what they call illegal aliens") is reported speech, not own narration. */
function ownOrReported(voice: VoiceClass, mentioned: boolean): VoiceClass {
  return mentioned && voice === 'own' ? 'reported' : voice;
}

/** Grouping key of a group label: lowercase, with the head's number folded ("parent" and "parents" are one label). */
function groupKey(text: string, headNorm: string): string {
  const t = text.toLowerCase().replace(/[’‘`]/g, "'");
  return t.slice(0, Math.max(0, t.length - headNorm.length)) + headLemma(headNorm);
}
