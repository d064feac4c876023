// What one speaker phrase of a doc is resolved against: the corpus lookups, the doc's people, titles, epithets, polls,
// genders and speakers so far, pointed at the speaker's position (`docSpeakerContext`, made once per doc).
import type { Doc, EntityRef, Span } from '../types.js';
import { firstStartingAt, rangeAt } from '../util/search.js';
import { namesNoOne } from './institutions.js';
import { docFullNames, fullNameOf } from './full-names.js';
import { lowerWords, type LowerWords } from '../text/lower-words.js';
import { bodyKinds, type BodyKind } from './body-names.js';
import { pollMakers } from './polls.js';
import {
  lastLawmaker,
  namedBefore,
  personSetOffBefore,
  namedBeforeSpeaker,
  sentenceAt,
  sentenceSubject,
  titledPeople,
  titleUntyped,
  type PersonAt,
  type Titled,
} from './people-before.js';
import { speakerMemory, type SpeakerMemory } from './speaker-memory.js';
import { descriptionSubject, openingSubjects, type OpeningSubjects } from './description-subjects.js';
import { stateTitledPeople } from './state-titles.js';
import { partyStatePeople, type Cues } from './party-epithets.js';
import { describedAfter, type Described } from './unknown-people.js';
import { STOPWORDS } from '../text/stopwords.js';
import { docGenders, writerGenders, type Gender } from './doc-genders.js';
import type { EntityAt, surnameIndex } from './mention-lookups.js';
import { notAFirstName, surnameKey } from './person-names.js';
import { fullerOf, slipOf } from './short-forms.js';
import { unknownPerson } from './unknown-people.js';

const TWO_LETTERS = /\p{L}\p{L}/u;

/** What a doc's speakers are resolved against that does not depend on the speaker (sourceMentions builds it once). */
export interface CorpusSpeakerLookups {
  outlets: readonly string[];
  forms: readonly string[];
  entityAt: SpeakerContext['entityAt'];
  personAt: SpeakerContext['personAt'];
  surnames: ReturnType<typeof surnameIndex>;
  /** the doc's mentions of entities typed unknown, sorted */
  unknowns: readonly PersonAt[];
  /** the entity ids the docs of an event title as current holders of a title (`eventTitleHolders`) */
  eventTitled: (ev: string | undefined, title: string) => ReadonlySet<string>;
}

/**
 * One doc's SpeakerContext, made once per doc: `at(pos, paragraph)` points it at the speaker starting at `pos` and
 * returns it (a context of nine closures made per speaker was a second of the stage at 10,000 articles). `named`
 * collects the doc's named speakers in text order.
 */
export function docSpeakerContext(
  d: Doc,
  ev: string | undefined,
  quoted: readonly Span[],
  people: readonly PersonAt[],
  c: CorpusSpeakerLookups,
): {
  memory: SpeakerMemory;
  at: (pos: number, paragraph: number) => SpeakerContext;
} {
  let pos = 0;
  let genders: Map<string, Gender> | undefined; // read from the doc's text when a pronoun first needs it
  let written: Map<string, Gender> | undefined; // the writer's pronouns after each person, read when first needed
  // every speaker so far (pronouns as resolved), by paragraph: "he" after a paragraph one person spoke in
  const memory = speakerMemory();
  const titled = titledPeople(d.text, people);
  const untyped = new Map<string, boolean>(); // per title: whether the doc titles a name no person entity holds
  const stateTitled = stateTitledPeople(d.text, people);
  const pollBefore = pollMakers(d.text, d.sentences);
  const cued = partyStatePeople(d.text, people);
  const ctx: SpeakerContext = {
    outlets: c.outlets,
    forms: c.forms,
    entityAt: c.entityAt,
    personAt: c.personAt,
    docText: d.text,
    surnames: (k, alone, inDoc) => c.surnames(k, d.id, inDoc ? undefined : ev, alone),
    memory,
    paragraph: -1,
    // people named in a paragraph before the speaker (this one, or an earlier one), for pronouns
    // (not the people of the statement the speaker trails: "Doe and Brenn have overseen …, he said")
    mentioned: (p) =>
      p === ctx.paragraph ? namedBeforeSpeaker(people, d, quoted, pos, p) : namedBefore(people, d, quoted, pos, p),
    subject: () => sentenceSubject(people, d, quoted, pos),
    subjectIn: (p) => {
      const last = d.sentences[firstStartingAt(d.sentences, d.paragraphs[p]?.end ?? 0) - 1];
      return last && last.paragraph === p && last.end <= pos
        ? sentenceSubject(people, d, quoted, last.end - 1)
        : undefined;
    },
    lawmaker: () => lastLawmaker(d, people, pos),
    setOffBefore: () => personSetOffBefore(d.text, people, pos),
    titled: (title, later) => titled(title, later ? Infinity : pos),
    eventTitled: (title) => peopleAmong(people, c.eventTitled(ev, title)),
    titleUntyped: (title) => untyped.get(title) ?? untyped.set(title, titleUntyped(d.text, title, people)).get(title)!,
    stateTitled: (adjective, title, later) => stateTitled(adjective, title, later ? Infinity : pos),
    cued: (cues) => cued.holders(cues, pos),
    cuedOther: cued.contradicts,
    ...docWordReaders(d.text),
    bodyKind: bodyKinds(d.text, namesNoOne),
    quoteOnly: (p) => quoteOnlyParagraph(d, quoted, p),
    holds: (p, g) => holdsPronoun(d, quoted, p, g),
    sentence: () => sentenceText(d, pos),
    pollBefore: () => {
      const s = sentenceAt(d.sentences, pos);
      return s ? pollBefore(s.start, s.paragraph) : null;
    },
    gender: (name) => {
      const k = surnameKey(name);
      return c.surnames(k, d.id, ev).length > 1 ? undefined : (genders ??= docGenders(d.text)).get(k);
    },
    described: describedUnknown(d.text, c.unknowns),
    writerGender: (id) => (written ??= writerGenders(d.text, d.sentences, people, quoted)).get(id),
    opensOwnWords: () => opensOwnWords(d, quoted, pos),
    describedSubject: () => descriptionSubject(d, people, quoted, pos),
    openingSubjects: () => openingSubjects(d, quoted, pos),
    ...shortForms(people, c.unknowns, () => ctx),
    describedOpener: (p) => describedOpener(d, quoted, p, pos),
  };
  return {
    memory,
    at: (p, paragraph) => {
      pos = p;
      ctx.paragraph = paragraph;
      return ctx;
    },
  };
}

/** Whether paragraph `p` of `d` holds "he" (g 'm') or "she" (g 'f') outside the quotes of `quoted` (sorted). */
function holdsPronoun(d: Doc, quoted: readonly Span[], p: number, g: Gender): boolean {
  const para = d.paragraphs[p];
  if (!para) return false;
  const re = g === 'm' ? /\b[Hh]e\b/g : /\b[Ss]he\b/g;
  for (const m of d.text.slice(para.start, para.end).matchAll(re))
    if (rangeAt(quoted, para.start + m.index) < 0) return true;
  return false;
}

/** Whether the paragraph of `pos` holds no word of two letters before it outside the quotes of `quoted` (sorted). */
function opensOwnWords(d: Doc, quoted: readonly Span[], pos: number): boolean {
  const s = sentenceAt(d.sentences, pos);
  const para = s && d.paragraphs[s.paragraph];
  if (!para) return false;
  let at = para.start;
  for (let i = Math.max(0, firstStartingAt(quoted, para.start) - 1); i < quoted.length && quoted[i].start < pos; i++) {
    if (quoted[i].end <= para.start) continue;
    if (TWO_LETTERS.test(d.text.slice(at, Math.max(at, quoted[i].start)))) return false;
    at = Math.max(at, quoted[i].end);
  }
  return !TWO_LETTERS.test(d.text.slice(at, Math.max(at, pos)));
}

/** Whether paragraph `p` of `d` holds a quote of `quoted` (sorted) and no word of two letters outside the quotes. */
function quoteOnlyParagraph(d: Doc, quoted: readonly Span[], p: number): boolean {
  const para = d.paragraphs[p];
  if (!para) return false;
  let at = para.start;
  let quotes = 0;
  for (let i = Math.max(0, firstStartingAt(quoted, para.start) - 1); i < quoted.length; i++) {
    const q = quoted[i];
    if (q.start >= para.end) break;
    if (q.end <= para.start) continue;
    if (TWO_LETTERS.test(d.text.slice(at, Math.max(at, q.start)))) return false;
    at = Math.max(at, q.end);
    quotes++;
  }
  return quotes > 0 && !TWO_LETTERS.test(d.text.slice(at, Math.max(at, para.end)));
}

/** The doc's lower-case words and the full names its lone surnames stand for, each read from its text when first needed. */
function docWordReaders(text: string): Pick<SpeakerContext, 'fullName' | 'lowerWords'> {
  let lower: LowerWords | undefined;
  let fullNames: Map<string, string> | undefined;
  const words = () => (lower ??= lowerWords(text));
  return {
    fullName: (w, person) => fullNameOf(words(), (fullNames ??= docFullNames(text, notAFirstName)), w, person),
    lowerWords: words,
  };
}

export interface SpeakerContext {
  outlets: readonly string[];
  /** outletForms(outlets) */
  forms: readonly string[];
  /** the entity written in a span, with where its mention lies */
  entityAt: (doc: string, span: Span) => EntityAt | undefined;
  personAt: (doc: string, span: Span) => EntityRef | undefined;
  /** the doc's text, for a name set off by commas beside the speaker phrase */
  docText: string;
  /** person entities whose name ends in this lowercase surname, in this doc, else in its event; for a one-word name
   * (`alone`), else the doc's people whose name starts with it ("Ban" for Ban Ki-moon) (one = resolved); `inDoc`: in this doc only */
  surnames: (surname: string, alone?: boolean, inDoc?: boolean) => EntityRef[];
  /** the doc's speakers so far: named ones, and of every kind by paragraph (pronouns as resolved; not those of a
   * statement reported inside someone's quote: "“… Ivo Doe said he wants …,” says Kira Loft") */
  memory: SpeakerMemory;
  paragraph: number;
  /** the person last named with a lawmaker's title ("Sen. Ana Doe") in the speaker's paragraph or the one before */
  lawmaker: () => EntityRef | undefined;
  /** the person named right before the speaker phrase and a comma ("Ivo Doe , the Valdorian envoy , said") */
  setOffBefore: () => EntityRef | undefined;
  /** the people the doc names before the speaker (`later`: anywhere in it) with this title written before the name
   * ("President Ivo Doe") */
  titled: (title: string, later?: boolean) => Titled[];
  /** the doc's people the docs of its event title as current holders of a title ("President Ivo Doe" elsewhere) */
  eventTitled: (title: string) => EntityRef[];
  /** whether the doc writes this title before a name that is none of the people it titles so (an untyped holder) */
  titleUntyped: (title: string) => boolean;
  /** the people the doc names before the speaker (`later`: anywhere) with a country adjective and title ("Valdorian
   * President Ivo Doe") */
  stateTitled: (adjective: string, title: string, later?: boolean) => EntityRef[];
  /** the people the doc names before the speaker with every cue of an epithet ("Sen. Ana Doe (D-Val.)" for "the Valdor
   * Democrat") */
  cued: (cues: Cues) => EntityRef[];
  /** whether the doc gives the person of this entity another state or party than the cues */
  cuedOther: (cues: Cues, id: string) => boolean;
  /** person entities named in paragraph p before the speaker */
  mentioned: (p: number) => EntityRef[];
  /** the person named first in the speaker's sentence before it, else in the sentence before (its subject, mostly) */
  subject: () => EntityRef | undefined;
  /** the person opening the last sentence of paragraph p (before the speaker's), else the sentence before it there */
  subjectIn: (p: number) => EntityRef | undefined;
  /** the full name the doc writes a one-word name with ("Babeu" → "Paul Babeu"), when one only */
  fullName: (word: string, person?: boolean) => string | undefined;
  /** the words the doc writes in lower case (lowerWords of its text), read once per doc */
  lowerWords: () => LowerWords;
  /** what a one-word name no entity knows is when the doc cites it as a body and never as a person ("according to Gallup") */
  bodyKind: (word: string) => BodyKind | null;
  /** whether paragraph p holds quotes and no word outside them ("“…” ¶" in a run of one speaker's quotes) */
  quoteOnly: (p: number) => boolean;
  /** whether paragraph p's own words (outside quotes) hold the subject pronoun of gender g ("But he declined …") */
  holds: (p: number, g: Gender) => boolean;
  /** the text of the speaker's sentence */
  sentence: () => string;
  /** the maker of the poll named last before the speaker's sentence, up to three paragraphs back (null: none, or a poll with no maker) */
  pollBefore: () => string | null;
  /** the gender the doc gives a name by its surname ("Mr. Brenn", "spokeswoman Lena Varga"), if any and one only */
  gender: (name: string) => Gender | undefined;
  /** what the text after an unknown-typed entity's first mentions in the doc says it is ("Doe, a director at …") */
  described: (e: EntityRef) => Described;
  /** the gender the writer's pronouns after a person's mentions give it (`writerGenders`), by entity id */
  writerGender: (id: string) => Gender | undefined;
  /** whether the speaker opens its paragraph's own words (only quotes before it there: "“…,” he said") */
  opensOwnWords: () => boolean;
  /** the description the speaker's sentence, or one just before, opens on as its subject ("The former president …") */
  describedSubject: () => Span | null;
  /** the phrases the speaker's sentence and up to three before it open on, nearest first, for "it" ("The ministry …") */
  openingSubjects: () => OpeningSubjects[];
  /** the one person the doc names with a longer name ending on this one ("Mary Bono Mack" for "Bono Mack") */
  fuller: (name: string) => EntityRef | undefined;
  /** the one person of the doc whose surname is one slip from this word ("Tom Homan" for "Horman") */
  slip: (word: string) => EntityRef | undefined;
  /** the one- or two-word name the nearest sentence of paragraph p before the speaker opens on, set off by a person's
   * description ("Gaurav , a statistician …"), and where that sentence starts */
  describedOpener: (p: number) => { name: string; at: number } | null;
}

/** How many sentences back a described opener is looked for (a paragraph may be a whole hostile text). */
const OPENER_REACH = 8;

/** A paragraph opening on one or two capitalised words and a comma: "Gaurav , a statistician from …", "Pankaj Kumar , an
 * engineer who …". */
const OPENING_WORD = /^\s*(\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:[ \t]\p{Lu}\p{Ll}[\p{Ll}'’-]*)?)(?=[ \t]*,)/u;

/**
 * The one- or two-word name the last sentence of paragraph p of `d` before `pos` opening so opens on (outside the quotes
 * of `quoted`, sorted), when a person's
 * description or an age is set off after it ("Gaurav , a statistician from India who works at …"): a person the entity
 * stage did not name, whom "he says" there is.
 */
function describedOpener(d: Doc, quoted: readonly Span[], p: number, pos: number): { name: string; at: number } | null {
  const para = d.paragraphs[p];
  if (!para) return null;
  // the last sentence of the paragraph before the speaker that opens so ("… he says . Pankaj Kumar , an engineer who …")
  const last = firstStartingAt(d.sentences, pos) - 1;
  for (let i = last; i >= 0 && i > last - OPENER_REACH && d.sentences[i].start >= para.start; i--) {
    const at = d.sentences[i].start;
    if (rangeAt(quoted, at) >= 0) continue; // "“Felons , not families . Criminals , not children”": the quote's words
    const m = OPENING_WORD.exec(d.text.slice(at, at + 40));
    if (!m || STOPWORDS.has(m[1].split(/[ \t]/)[0].toLowerCase())) continue;
    if (describedAfter(d.text, [at + m.index + m[0].length]) === 'person') return { name: m[1], at };
  }
  return null;
}

/** `fuller` and `slip` of a doc's context, its people gathered when first asked. */
function shortForms(
  people: readonly PersonAt[],
  unknowns: readonly PersonAt[],
  ctx: () => SpeakerContext,
): Pick<SpeakerContext, 'fuller' | 'slip'> {
  let named: EntityRef[] | undefined; // the doc's people and the untyped names it shows are people's
  let persons: EntityRef[] | undefined; // the doc's person entities
  return {
    fuller: (name) => fullerOf(name, (named ??= namedPeople(people, unknowns, ctx()))),
    slip: (word) => slipOf(word, (persons ??= [...new Set(people.map((m) => m.e))])),
  };
}

/**
 * The doc's person entities and its untyped names the text shows are people's (a given name first, a gendered title,
 * a person's description after them: `unknownPerson`), each once.
 */
function namedPeople(people: readonly PersonAt[], unknowns: readonly PersonAt[], c: SpeakerContext): EntityRef[] {
  const out = new Set(people.map((m) => m.e));
  for (const m of unknowns)
    if (!out.has(m.e) && unknownPerson(m.e.name, '', c.described(m.e), !!c.gender(m.e.name))) out.add(m.e);
  return [...out];
}

/** The text of the sentence of `d` holding `pos` ('' outside every sentence). */
function sentenceText(d: Doc, pos: number): string {
  const s = sentenceAt(d.sentences, pos);
  return s ? d.text.slice(s.start, s.end) : '';
}

/** The distinct people of `people` whose entity id is among `ids`. */
function peopleAmong(people: readonly PersonAt[], ids: ReadonlySet<string>): EntityRef[] {
  return [...new Map(people.filter((m) => ids.has(m.e.id)).map((m) => [m.e.id, m.e])).values()];
}

/** Mentions of an unknown-typed entity whose trailing words are read for a description. */
const DESCRIBED_MENTIONS = 4;

/**
 * `describedAfter` of each unknown-typed entity of a doc (`unknowns`: its mentions, sorted), read after the entity's
 * first few mentions, once per entity: the mentions are grouped on the first call.
 */
function describedUnknown(text: string, unknowns: readonly PersonAt[]): (e: EntityRef) => Described {
  let ends: Map<EntityRef, number[]> | undefined;
  const seen = new Map<EntityRef, Described>();
  return (e) => {
    if (seen.has(e)) return seen.get(e)!;
    if (!ends) {
      ends = new Map();
      for (const m of unknowns) {
        const l = ends.get(m.e);
        if (!l) ends.set(m.e, [m.end]);
        else if (l.length < DESCRIBED_MENTIONS) l.push(m.end);
      }
    }
    const r = describedAfter(text, ends.get(e) ?? []);
    seen.set(e, r);
    return r;
  };
}
