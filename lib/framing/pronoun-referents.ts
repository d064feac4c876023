// Who "he", "she" or "it" is: the speaker or person of the paragraph, or of the paragraph before, that the article does not
// give the other gender (`pronounReferent`). Pure over the speaker context.
import type { EntityRef, Span } from '../types.js';
import type { SourceKind } from './types.js';
import { givenNameOf, type Gender } from './doc-genders.js';
import type { SpeakerContext } from './speaker-context.js';
import type { OpeningSubjects } from './description-subjects.js';
import { phraseHead } from './speaker-heads.js';
import type { SpokenSpeaker } from './speaker-memory.js';
import { isPersonTitle } from './unknown-people.js';
import { agentNoun } from './agent-nouns.js';

/**
 * Who "he" or "she" (of gender `g`) is: the last named speaker of the paragraph when every named speaker before it
 * there is the same person; else, when no one spoke there yet, the one person named in the paragraph (or the one
 * unnamed person who spoke there), or, when this one names no one, the one person who spoke in the paragraph before,
 * else the one person named there. A candidate the article gives the other gender ("Mr. Brenn" for "she") is ruled
 * out: a lone speaker so ruled out leaves the pronoun unresolved, a paragraph naming only such people is read as one
 * that names no one, and of two or more the one left is taken when the article or its first name gives it the
 * pronoun's gender, or it is the subject. Two or more left: the subject of the
 * sentence or paragraph, else the one whose first name alone has the pronoun's gender (`byFirstName`).
 */
export function pronounReferent(g: Gender, c: SpeakerContext): Referent | null {
  // "He said … “…,” he said": the paragraph's speakers so far, pronouns as resolved, when no one unnamed spoke there
  const named = c.memory.namedIn(c.paragraph);
  const spoke = named.length ? [] : c.memory.spokeIn(c.paragraph);
  const before: readonly (Who & { at?: number })[] =
    named.length || !spoke.every((x) => x.kind === 'named') ? named : spoke;
  if (before.length) {
    // "“…,” Gaurav says . Pankaj Kumar , an engineer who … “…,” he says": a person introduced after the last speaker
    const opener = c.describedOpener(c.paragraph);
    const lastAt = before[before.length - 1].at;
    // (not a speaker's surname set off again: "Scott , a senator …" after "Tim Scott" spoke is he)
    const known = opener && before.some((n) => sameSurname(n.name, opener.name));
    if (opener && !known && lastAt !== undefined && opener.at > lastAt) return { name: opener.name };
    const last = [...new Map(before.map((n) => [n.entity ?? n.name, n] as const)).values()]; // each one's last turn
    return referent(pick(g, last, c) ?? byFirstName(g, last, c));
  }
  const people = distinct(c.mentioned(c.paragraph));
  // a paragraph that names only people the article gives the other gender ("Ms. Doe … ¶ Like Mr. Brenn, she said …")
  // is read as one that names no one: none of them is the pronoun's person
  const other = g === 'm' ? 'f' : 'm';
  const noOne = people.every((x) => statedGender(x, c) === other);
  // "An official said … “…,” he added": the one unnamed person who spoke in the paragraph, when it names no one
  const unnamed = noOne ? oneUnnamed(g, spoke) : null;
  if (unnamed) return unnamed;
  // "Gaurav , a statistician who …, is waiting … “…,” he says": the person the paragraph opens on, named by one word
  const opener = people.length ? null : c.describedOpener(c.paragraph);
  if (opener) return { name: opener.name };
  if (noOne && c.paragraph > 0) return paragraphBefore(g, c);
  return referent(pick(g, people, c) ?? byFirstName(g, people, c));
}

/** Whether two names end on the same word ("Tim Scott", "Scott"). */
function sameSurname(a: string, b: string): boolean {
  const last = (n: string) => n.slice(n.lastIndexOf(' ') + 1).toLowerCase();
  return last(a) === last(b);
}

/** A person a pronoun may refer to. */
type Who = { name: string; entity?: string };

/** The people of a list of entities, each once, as candidates. */
const distinct = (es: EntityRef[]): Who[] =>
  [...new Map(es.map((e) => [e.id, e])).values()].map((e) => ({ name: e.name, entity: e.id }));

/** A candidate as a referent (its entity only when it has one), or null. */
const referent = (w: Who | null): Referent | null =>
  w ? { name: w.name, ...(w.entity ? { entity: w.entity } : {}) } : null;

/**
 * Of candidates `cands`, the one "he"/"she" of gender g is: the one the other gender leaves when the article or its
 * first name gives it g, it is the subject ("Ana Silva, a student, introduced Mr. Doe. She criticized …"), or it is
 * the only one; of two or more left, the subject of the sentence or of the one before ("Doe said … Brenn …; he added").
 */
function pick(g: Gender, cands: Who[], c: SpeakerContext): Who | null {
  const left = cands.filter((x) => statedGender(x, c) !== (g === 'm' ? 'f' : 'm'));
  if (left.length === 1 && (cands.length === 1 || genderOf(left[0], c) === g || isSubject(left[0], c))) return left[0];
  return left.length > 1 ? subjectOf(g, c) : null;
}

/**
 * "he"/"she" in a paragraph that names no one: "“…,” Doe said. ¶ “…,” he added": the one person who spoke in the
 * paragraph before, when only named people did (someone unnamed who spoke there is taken only when the pronoun opens
 * its paragraph and no one is named there: "The doctor said he … ¶ “…,” he said"; a body, a medium or a document is
 * no "he"); no one spoke there: the one person it names, else its subject. Paragraphs of bare quotes between
 * ("“…,” Doe said. ¶ “…” ¶ “…,” he said") and paragraphs that name no one and carry the pronoun on ("Doe said … ¶ But
 * he declined to … ¶ “…,” he said") are passed over.
 */
function paragraphBefore(g: Gender, c: SpeakerContext): Referent | null {
  let p = c.paragraph - 1;
  for (let k = 0; k < CHAIN && p > 0 && passedOver(g, p, c); k++) p--;
  // (a group or a "they" that spoke there is no "he": "Officials said … ¶ Doe added … ¶ “…,” he said")
  const prev = c.memory.spokeIn(p).filter((x) => PERSON_KINDS.has(x.kind) && mayBeOne(g, x));
  if (prev.length) {
    if (!prev.every((x) => x.kind === 'named'))
      return c.opensOwnWords() && !c.mentioned(p).length ? oneUnnamed(g, prev) : null;
    const cands = [...new Map(prev.map((x) => [x.entity ?? x.name, x])).values()];
    // two named speakers there: the one the paragraph opened on as its subject
    const subject = paragraphSubject(g, p, c);
    const opened = subject && prev.some((x) => x.entity === subject.entity) ? subject : null;
    return referent(pick(g, cands, c) ?? opened ?? byFirstName(g, cands, c));
  }
  const people = distinct(c.mentioned(p));
  // "Sen. Ana Doe, D-Val., urged Ivo Brenn to … ¶ “…,” she said": the subject of the paragraph before
  const e = pick(g, people, c);
  if (e || people.length < 2) return referent(e);
  return referent(paragraphSubject(g, p, c) ?? byFirstName(g, people, c));
}

/**
 * Whether paragraph p is passed over in looking back for a pronoun's person: it names no person and no one spoke there,
 * and it is bare quotes or carries the pronoun on; or only a body, a document or a medium spoke there ("Doe said … ¶
 * The ministry has said it is expanding aid … ¶ “…,” he said"). A paragraph of the writer's own words that no one
 * spoke in stops the search: it may open on a person the entity stage did not name ("A white-haired man, Ivo Brenn,
 * stood on the roof"), read by `describedReferent`.
 */
function passedOver(g: Gender, p: number, c: SpeakerContext): boolean {
  if (c.mentioned(p).length) return false;
  const spoke = c.memory.spokeIn(p);
  return spoke.length ? spoke.every((x) => BODY_KINDS.has(x.kind)) : c.quoteOnly(p) || c.holds(p, g);
}

/**
 * "The former president spoke … ¶ “…,” he said", "One father testified … He then asked": when no person is the
 * pronoun's referent, the description the sentence before opens on (`describedSubject`), read as a speaker phrase by
 * `read`: the holder of its title, named, or the unnamed person it is; never one the article or the noun gives the
 * other gender ("his wife" for "he"), nor a plural ("The activists say …"), a body, a document or a phrase left
 * unresolved.
 */
export function describedReferent(
  g: Gender,
  c: SpeakerContext,
  read: (text: string, span: Span) => { kind: SourceKind; name: string; entity?: string },
): Referent | null {
  const at = c.describedSubject();
  if (!at) return null;
  const text = c.docText.slice(at.start, at.end);
  // "The two men were angry …, when he said": people, not one person
  if (PLURAL_HEAD.test(text) || (g === 'm' ? FEMALE_NOUN : MALE_NOUN).test(text)) return null;
  const r = read(text, at);
  if (r.kind === 'anonymous') return r;
  return r.kind === 'named' && statedGender(r, c) !== (g === 'm' ? 'f' : 'm') ? r : null;
}

/** Kinds of a speaker described, not named, whom a later "he"/"she" may be: unnamed, a title with no holder, other. */
const DESCRIBED_KINDS: ReadonlySet<SourceKind> = new Set(['anonymous', 'unresolved', 'other']);
/** A definite description's opening: "the pontiff", "The Valdor Republican". */
const DEFINITE = /^the\s/i;
/** A party member's noun closing a description: "the Valdor Republican". */
const PARTY_HEAD = /^(?:republican|democrat)$/;

/**
 * "“…,” the pontiff said … “…,” he said", "The Valdor Republican said … ¶ “…,” he said": when no named person is the
 * pronoun's referent, the last speaker of the paragraph (of the paragraph before, when none spoke in it yet) when that
 * is one person described with "the" and a title or a noun for a person ("the captain", "the former oil technician")
 * and the paragraph names no person before the pronoun: the pronoun is that speaker, as it was resolved (a plural, a
 * noun of the other gender or a pronoun is no such speaker).
 */
export function titledReferent(g: Gender, c: SpeakerContext): Referent | null {
  if (c.mentioned(c.paragraph).length) return null;
  const here = c.memory.spokeIn(c.paragraph);
  const spoke = here.length || c.paragraph < 1 ? here : c.memory.spokeIn(c.paragraph - 1);
  const last = spoke[spoke.length - 1];
  if (!last || !DESCRIBED_KINDS.has(last.kind)) return null;
  // "the captain said … he said … he added": a pronoun resolved so stands for the description it was resolved to
  const text = SUBJECT_PRONOUN.test(last.text ?? '') ? describedTurn(spoke, last) : last.text;
  if (!text || !DEFINITE.test(text)) return null;
  if (!mayBeOne(g, last) || OTHER_PRONOUN.test(last.name)) return null;
  const { words, end } = phraseHead(text);
  const head = (words[end - 1] ?? '').toLowerCase();
  if (!isPersonTitle(head) && !agentNoun(head, '') && !PARTY_HEAD.test(head)) return null;
  return { kind: last.kind, name: last.name, ...(last.entity ? { entity: last.entity } : {}) };
}

/** How many of a paragraph's turns a pronoun's description is looked back for (a paragraph may be a hostile text). */
const TURN_REACH = 16;

/** The phrase of the nearest turn before `last` among `spoke` that is the same speaker and no pronoun, if any. */
function describedTurn(spoke: readonly SpokenSpeaker[], last: SpokenSpeaker): string | undefined {
  for (let i = spoke.length - 2; i >= 0 && i >= spoke.length - 1 - TURN_REACH; i--) {
    const x = spoke[i];
    if (x.kind === last.kind && x.name === last.name && !SUBJECT_PRONOUN.test(x.text ?? '')) return x.text;
  }
  return undefined;
}

/** What a pronoun refers to: a named person, or (`kind` anonymous) the one unnamed person who spoke just before. */
export type Referent = { name: string; entity?: string; kind?: SourceKind };

/** The gender the article gives a person: by a title ("Ms. Doe"), else by the writer's pronouns after its name. */
function statedGender(x: { name: string; entity?: string }, c: SpeakerContext): Gender | undefined {
  return c.gender(x.name) ?? (x.entity ? c.writerGender(x.entity) : undefined);
}

/** The gender the article gives a person (`statedGender`), else the one its first name tells (`givenNameOf`). */
function genderOf(x: { name: string; entity?: string }, c: SpeakerContext): Gender | undefined {
  return statedGender(x, c) ?? givenNameOf(x.name);
}

/**
 * Of two or more candidates the article's stated genders leave, the one whose first name has gender g when every
 * other one's has the other ("Hillary Doe … Ivo Brenn … she"); else null.
 */
function byFirstName(g: Gender, cands: Who[], c: SpeakerContext): Who | null {
  const left = cands.filter((x) => statedGender(x, c) !== (g === 'm' ? 'f' : 'm'));
  if (left.length < 2) return null;
  const fits = left.filter((x) => genderOf(x, c) === g);
  return fits.length === 1 && left.every((x) => x === fits[0] || genderOf(x, c) === (g === 'm' ? 'f' : 'm'))
    ? fits[0]
    : null;
}

/**
 * The one person who spoke among `spoke` when it is unnamed (kind anonymous: "the official", "a doctor") and may be
 * "he"/"she" of gender g: not a plural ("officials", "White House aides") nor a noun of the other gender ("his wife").
 */
function oneUnnamed(g: Gender, spoke: readonly { kind: SourceKind; name: string; entity?: string }[]): Referent | null {
  const who = spoke.filter((x) => PERSON_KINDS.has(x.kind) && mayBeOne(g, x));
  if (!who.length || who.some((x) => x.kind !== 'anonymous' || x.name !== who[0].name)) return null;
  // (the head decides, `mayBeOne`: "a spokesperson from Harbour Group" is one person, "a group of mothers" is not)
  const name = who[0].name;
  return { kind: 'anonymous', name, ...(who[0].entity ? { entity: who[0].entity } : {}) };
}
/** A plural noun closing a phrase: "officials", "aides", "people", "the police". */
const PLURAL_HEAD = /(?:[^su'’]s|\b(?:people|men|women|police|staff|children|crowd|group|family|couple))$/i;
/** Nouns of a woman, and of a man. */
const FEMALE_NOUN =
  /\b(?:(?:spokes|congress|chair|business)?wom[ae]n|wife|mother|daughter|sister|girl|lady|grandmother|aunt|niece|widow)\b/i;
const MALE_NOUN =
  /\b(?:(?:spokes|congress|chair|business)?m[ae]n|husband|father|son|brother|boy|grandfather|uncle|nephew|widower)\b/i;

/** Whether `who` is the person the pronoun's sentence, or the one before, opens on. */
function isSubject(who: { name: string; entity?: string }, c: SpeakerContext): boolean {
  const s = c.subject();
  return !!s && !!who.entity && s.id === who.entity;
}

/** Paragraphs of bare quotes a pronoun looks back over for the speaker before them. */
const CHAIN = 4;

/** The subject of the pronoun's sentence or the one before, when the article does not give it the other gender. */
function subjectOf(g: Gender, c: SpeakerContext): { name: string; entity: string } | null {
  const s = c.subject();
  const who = s && { name: s.name, entity: s.id };
  return who && statedGender(who, c) !== (g === 'm' ? 'f' : 'm') ? who : null;
}

/** The subject of paragraph p's last sentence (`subjectIn`), when the article does not give it the other gender. */
function paragraphSubject(g: Gender, p: number, c: SpeakerContext): { name: string; entity: string } | null {
  const s = c.subjectIn(p);
  const who = s && { name: s.name, entity: s.id };
  return who && statedGender(who, c) !== (g === 'm' ? 'f' : 'm') ? who : null;
}

/**
 * Whether a speaker may be the one person "he"/"she" of gender g is: a named one; not a group ("officials", "White
 * House aides", "critics of the plan": the head before a postmodifier is plural), a noun of the other gender ("her
 * husband" for "she"), nor a pronoun of another person or number ("they", "we", "I"). Such a speaker between the
 * pronoun and the person it refers to ("Doe said … Officials said … “…,” he said") does not hide that person.
 */
function mayBeOne(g: Gender, x: { kind: SourceKind; name: string }): boolean {
  if (x.kind === 'named') return true;
  if (OTHER_PRONOUN.test(x.name)) return false;
  if (x.kind !== 'anonymous') return true;
  const { words, end } = phraseHead(x.name);
  const head = words.slice(0, end).join(' ');
  return !PLURAL_HEAD.test(head) && !(g === 'm' ? FEMALE_NOUN : MALE_NOUN).test(head);
}
/** Pronouns no "he" or "she" refers back to. */
const OTHER_PRONOUN = /^(?:they|we|i|you|them|us)$/i;

/** Kinds of speaker that may be a person. */
const PERSON_KINDS: ReadonlySet<SourceKind> = new Set(['named', 'anonymous', 'unresolved', 'other']);

/** A subject pronoun, which a phrase read for "it" never is. */
const SUBJECT_PRONOUN = /^(?:he|she|it|they|we|i|you)$/i;

/** Kinds of speaker "it" may be: a body, a document, a medium. */
const BODY_KINDS: ReadonlySet<SourceKind> = new Set(['institution', 'document', 'media']);

/** A speaker "it" may be. */
type Body = { kind: SourceKind; name: string; entity?: string };

/**
 * Who "it" is as a speaker ("“…,” it said"; "…, it added."), nearest first: the last body, document or medium that
 * spoke in the paragraph ("The ministry said … Twelve were arrested, it said"), else the one a sentence of the
 * paragraph opens on (`subjectBody`: "The Observatory gave a higher toll . But it said …", though a statement spoke in
 * the paragraph before), else the last that spoke in the paragraph before, else the subject of a sentence there; never
 * a person.
 */
export function itReferent(c: SpeakerContext, read: (text: string, span: Span) => Body): Body | null {
  const spoke = spokeBody(c, c.paragraph);
  if (spoke) return spoke;
  const opening = c.openingSubjects();
  const own = opening.filter((s) => s.paragraph === c.paragraph);
  const here = subjectBody(own, c, read);
  if (here) return here === 'person' ? spokeBody(c, c.paragraph - 1) : here;
  const before = spokeBody(c, c.paragraph - 1);
  if (before) return before;
  const there = subjectBody(opening.slice(own.length), c, read);
  return there === 'person' ? null : there;
}

/** The last body, document or medium that spoke in paragraph p. */
function spokeBody(c: SpeakerContext, p: number): Body | null {
  const spoke = p >= 0 ? c.memory.spokeIn(p) : [];
  for (let i = spoke.length - 1; i >= 0; i--)
    if (BODY_KINDS.has(spoke[i].kind)) {
      const s = spoke[i];
      return { kind: s.kind, name: s.name, ...(s.entity ? { entity: s.entity } : {}) };
    }
  return null;
}

/**
 * The body, document or medium sentences (nearest first) open on as their subject ("The Department of Justice
 * disputed the account . ¶ “…,” it said in a statement"; "A report by the agency … highlights … , it said"), each
 * phrase read by `read`; a sentence opening on a person ends the search ('person'): "it" is not what came before
 * that person.
 */
function subjectBody(
  sentences: readonly OpeningSubjects[],
  c: SpeakerContext,
  read: (text: string, span: Span) => Body,
): Body | 'person' | null {
  for (const { phrases } of sentences)
    for (const at of phrases) {
      const text = c.docText.slice(at.start, at.end);
      // (a sentence before opening on "It said …" is read by the pronoun's own reader, not again here)
      if (SUBJECT_PRONOUN.test(text)) continue;
      const r = read(text, at);
      if (BODY_KINDS.has(r.kind)) return r;
      if (r.kind === 'named' || r.kind === 'anonymous') return 'person';
    }
  return null;
}
