// Who speaks in each outlet: named people, anonymous sources, institutions, other media, documents, from quote speakers,
// reported speech and "told <outlet>". This module holds the resolution pass: each speaker phrase of a doc, in text
// order, resolved to a kind, a canonical name and an entity. What it reads by is in modules of their own:
// source-kinds.ts (a phrase's kind by its words), person-names.ts and speaker-words.ts (names and the word sets),
// speaker-context.ts (what a doc's speakers are resolved against), speaker-descriptions.ts (titles, party members,
// apposed names), pronoun-referents.ts and doc-genders.ts ("he"/"she"), mention-lookups.ts (entity indexes).
import { mediaShortForms } from './media-short-forms.js';
import { mediaByEntity, mediaByUse } from './media-entities.js';
import { mediaNamesByUse } from './media-uses.js';
import { outletCore } from '../corpus/outlet-name.js';
import type { Doc, Span, EntityRef } from '../types.js';
import { byString } from '../text/counts.js';
import { rangeAt } from '../util/search.js';
import type { SourceKind, Voice } from './types.js';
import { namesNoOne, nonPersonKind } from './institutions.js';
import { ENDS_LETTER } from '../util/letters.js';
import { modifiesHead, otherGivenName, personShaped } from './name-shape.js';
import { pollHeaded, pollMaker, pollShare } from './polls.js';
import { listedPeople, listSpan } from './speaker-lists.js';
import { relayAfter } from './quote-relays.js';
import { sentenceAt } from './people-before.js';
import { insideSpokenQuote, spokenQuotes } from './quoted-reporters.js';
import { lengthBeforeVerb } from './speaker-verb-ends.js';
import { titleRunOn } from './title-of.js';
import { cannotSpeak, writersImperative } from './non-speakers.js';
import { epithetCues } from './party-epithets.js';
import { unnamedPeople } from './people-phrases.js';
import {
  bodyNamed,
  describedAfter,
  describedBefore,
  isPersonTitle,
  personPart,
  unknownPerson,
} from './unknown-people.js';
import { outletForms, sourceKindOf } from './source-kinds.js';
import { sentenceCapitalised } from './sentence-capitals.js';
import { THE_NEWSPAPER, newspaperBefore } from './newspaper-referents.js';
import {
  endsOnName,
  endsOnPerson,
  isMediaName,
  mediumThenName,
  notAFirstName,
  personName,
  plainName,
  surnameKey,
} from './person-names.js';
import { MEDIA_NAMES, MEDIA_WORDS, PRONOUN_SPEAKER } from './speaker-words.js';
import { ownerWordName, possessedSpeaker } from './possessed-speakers.js';
import { ownedSpeaker } from './owned-speakers.js';
import { otherBearer } from './short-forms.js';
import { eventTitleHolders } from './event-titles.js';
import { entityIndex, mentionIndex, mentionsByDoc, surnameIndex, type EntityAt } from './mention-lookups.js';
import { docSpeakerContext, type SpeakerContext } from './speaker-context.js';
import {
  apposedPerson,
  corefEarlier,
  modifiedHead,
  partyMember,
  setOffDescription,
  titleHolder,
} from './speaker-descriptions.js';
import { describedReferent, itReferent, pronounReferent, titledReferent } from './pronoun-referents.js';

export type { SourceKind } from './types.js';
export { classifySource, outletForms } from './source-kinds.js';
export { personName } from './person-names.js';

// regexes with \p{...} made once here: written inside a function, tsx rebuilds one on every call (lib/util/letters.ts)
const THE_LOWER_WORD = /^the\s+\p{Ll}+$/u;

const ARTICLE_LOWER_END = /^(?:a|an|the)\s.*\s\p{Ll}+$/u;

const ONE_WORD_NAME = /^(?:the\s+)?[\p{L}'’.-]+$/iu;

const OF_CAPITALISED = /\sof\s+(?:\p{Lu}\S*\s*)+$/u;

const LOWER_ED_LY = /^\p{Ll}+(?:ed|ly)$/u;

const CLOSING_MARKS = /[\s.,;:!?]+$/u;

/** A poll named back: "the poll", "the new survey". */
const THE_POLL = /^(?:the|this|that)\s+(?:new\s+|latest\s+|same\s+)?(?:poll|survey)$/i;

/** A share whose phrase names its own poll: "of Latino voters in exit polls". */
const POLL_IN_PHRASE = /\s(?:poll|survey)s?\b/i;

/** A capitalised word after a phrase's first: "a Valdor Daily poll" names its maker. */
const CAPITALISED_WORD = /\s\p{Lu}/u;

const POLLS = /\b(?:polls|surveys)\b/i;

/** One time a source speaks (or is the channel of a statement) in a doc. */
export interface SourceMention {
  doc: string;
  outlet: string;
  kind: SourceKind;
  /** canonical name: the entity's name when the speaker is a known entity, else the name cleaned from the text */
  name: string;
  /** the entity's id when the speaker is a known entity (the key to join with entity tables), else null */
  entity_id: string | null;
  /** the speaker phrase as written */
  text: string;
  span: Span;
  /** 'quote' (speaks a direct quote), 'reported' (reported speech), 'channel' (the medium a statement was given to: "told Shafaq News") */
  role: 'quote' | 'reported' | 'channel';
  /** the event of the doc, when events were given */
  event?: string;
}

const TOLD_CHANNEL =
  /\btold\s+((?:the\s+)?(?:[A-Z][\p{L}0-9-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\p{L}0-9-]*|of|the))*(?:\s+\([A-Z]{2,}\))?|(?:the\s+)?(?:[A-Z][\p{L}-]*\s+)?(?:local\s+|state\s+)?media(?:\s+outlets)?)/u;

/** A speaker span of a quote or a reported statement, with the sentence or statement range to scan for a channel. */
interface SpeakerCandidate {
  text: string;
  span: Span;
  role: SourceMention['role'];
  range: [number, number] | null;
  /** the outlet relaying the quote after it, when someone else speaks it ("…,” Reuters reported": a channel) */
  relay?: { text: string; span: Span };
  /** a transcript's speaker label ("GREENE :"): a name, though no entity knows it */
  label?: boolean;
}

/** The speakers of a doc's top-level quotes and reported statements, in text order. */
function speakerCandidates(d: Doc, v: Voice, people: readonly { start: number; end: number }[]): SpeakerCandidate[] {
  const cands: SpeakerCandidate[] = [];
  for (const q of v.quotes) {
    if (q.depth !== 0 || !q.speaker || !q.speakerSpan) continue;
    const sent = sentenceAt(d.sentences, q.speakerSpan.start);
    // a transcript's label ("AMY GOODMAN :") is read as the name it stands for ("Amy Goodman")
    const span = (q.via !== 'transcript' && titleRunOn(d.text, q.speakerSpan, people)) || q.speakerSpan;
    const text = q.via === 'transcript' ? q.speaker : d.text.slice(span.start, span.end);
    const relay = q.via === 'transcript' ? null : relayAfter(d.text, q.end);
    const other =
      relay && relay.start !== q.speakerSpan.start
        ? { relay: { text: relay.text, span: { doc: d.id, start: relay.start, end: relay.start + relay.text.length } } }
        : {};
    const label = q.via === 'transcript' ? { label: true } : {};
    cands.push({ text, span, role: 'quote', range: sent ? [sent.start, sent.end] : null, ...other, ...label });
  }
  // (a statement read inside someone's quote is the quote speaker's account: "`` … when the Solicitor General clarified that …''")
  const spoken = spokenQuotes(d.text, v.quotes);
  for (const r of v.reported)
    if (r.speaker && r.speakerSpan && !insideSpokenQuote(spoken, r.speakerSpan.start)) {
      // "Acting Chief" of Staff Ivo Doe: the title runs on to the person it names
      const span = titleRunOn(d.text, r.speakerSpan, people) ?? r.speakerSpan;
      cands.push({ text: d.text.slice(span.start, span.end), span, role: 'reported', range: [r.start, r.end] });
    }
  return cands.sort((a, b) => a.span.start - b.span.start || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
}

/** Every source mention in the docs: quote speakers, reporters of reported speech, and channels ("told POLITICO"); the outlet's own name is not a source.
 * Named speakers are entity ids where an entity is written there or an honorific + surname names one in the doc or its event
 * (`events`: doc id -> event id); pronouns take the last named speaker of their paragraph when that is one person, else they count as unresolved. */
export function sourceMentions(
  docs: readonly Doc[],
  voices: readonly Voice[],
  entities: readonly EntityRef[] = [],
  events: Readonly<Record<string, string>> = {},
): SourceMention[] {
  const outlets = [...new Set(docs.map((d) => d.outlet))];
  const forms = outletForms(outlets);
  const vById = new Map(voices.map((v) => [v.doc, v]));
  const out: SourceMention[] = [];
  const entityAt = mentionIndex(entities);
  const people = entities.filter((e) => e.type === 'person');
  const personAt = entityIndex(people);
  const surnames = surnameIndex(people, events);
  const peopleIn = mentionsByDoc(people);
  const unknownIn = mentionsByDoc(entities.filter((e) => e.type === 'unknown'));
  const eventTitled = eventTitleHolders(docsByEvent(docs, events), (id) => peopleIn.get(id) ?? []);
  const lookups = { outlets, forms, entityAt, personAt, surnames, eventTitled };
  for (const d of docs) {
    const v = vById.get(d.id);
    if (!v) continue;
    const ev = events[d.id];
    const own = outletCore(d.outlet);
    const seen = new Set<number>();
    const personSpans = (peopleIn.get(d.id) ?? []).map((m) => ({ start: m.start, end: m.end }));
    const quoted = v.quotes.filter((q) => q.depth === 0).sort((a, b) => a.start - b.start);
    const sc = docSpeakerContext(d, ev, quoted, peopleIn.get(d.id) ?? [], {
      ...lookups,
      unknowns: unknownIn.get(d.id) ?? [],
    });
    // "Sens. Ana Doe and Ivo Brenn said": each person of a list speaks
    const add = (text: string, span: Span, role: SourceMention['role'], label = false) => {
      // "said Ana Doe , Ivo Brenn and Kira Loft": the whole list the phrase opens or closes
      const whole = role === 'channel' ? null : listSpan(d.text, span, personSpans);
      const items =
        role === 'channel'
          ? null
          : ((whole && listedPeople(d.text, whole, personSpans)) ?? listedPeople(d.text, span, personSpans));
      for (const it of items ?? [{ text, span }]) addOne(it.text, it.span, role, label);
    };
    const addOne = (phrase: string, at: Span, role: SourceMention['role'], label: boolean) => {
      // "The guard said (that …)", "One agent can be heard (saying …)": the phrase ends before its verb
      const { text, span } = role === 'channel' ? { text: phrase, span: at } : beforeVerb(d.text, phrase, at);
      if (seen.has(span.start)) return;
      seen.add(span.start);
      if (own && text.toLowerCase().includes(own)) return; // the outlet citing itself
      const paragraph = sentenceAt(d.sentences, span.start)?.paragraph ?? -1;
      const read = resolveSpeaker(text, span, sc.at(span.start, paragraph));
      const r = label ? labelledSpeaker(text, read) : read;
      if (noSpeaker(text, r.kind)) return; // "The fact that …", "The standards are vague …": no one speaks
      out.push(sourceMention(d, text, span, role, ev, r));
      remember(sc.memory, text, span.start, paragraph, r, role !== 'channel' && rangeAt(quoted, span.start) < 0);
    };
    const scanned = new Set<string>(); // many speakers share one long sentence: scan each range once (same result, linear)
    const channelOf = (from: number, to: number) => {
      const key = from + ':' + to;
      if (scanned.has(key)) return;
      scanned.add(key);
      const s = d.text.slice(from, to);
      const m = TOLD_CHANNEL.exec(s);
      if (!m) return;
      const t = m[1].replace(/\s+(?:on|in|the|of)$/i, '');
      if (sourceKindOf(t, forms) !== 'media') return;
      const start = from + m.index + m[0].indexOf(m[1]);
      add(t, { doc: d.id, start, end: start + t.length }, 'channel');
    };
    // speakers in text order, so "the lawmaker" can refer back to "lawmaker Issam al-Kreiti" and "he" to the last name
    const cands = speakerCandidates(d, v, personSpans);
    for (const c of cands) {
      add(c.text, c.span, c.role, c.label);
      if (c.range) channelOf(c.range[0], c.range[1]);
      if (c.relay && sourceKindOf(c.relay.text, forms) === 'media') add(c.relay.text, c.relay.span, 'channel');
    }
  }
  mediaPasses(out, docs, entities);
  return out;
}

/**
 * The corpus-wide passes over media rows: names the corpus writes as publications (people and places aside), long and
 * short forms of one medium, and entities read as a medium elsewhere.
 */
function mediaPasses(out: SourceMention[], docs: readonly Doc[], entities: readonly EntityRef[]): void {
  const notMedia = new Set(entities.filter((e) => e.type === 'person' || e.type === 'place').map((e) => e.name));
  mediaByUse(
    out,
    mediaNamesByUse(
      docs.map((d) => d.text),
      notMedia,
    ),
  );
  mediaLongForms(out);
  mediaShortForms(out);
  mediaByEntity(out);
}

/**
 * Adds a resolved speaker to the doc's memory: a named one (not a pronoun) for later surnames and pronouns, and every
 * one that speaks outside the doc's quotes (`spoken`) for the paragraph's turns; `at`: where its phrase starts.
 */
function remember(
  memory: SpeakerContext['memory'],
  text: string,
  at: number,
  paragraph: number,
  r: { kind: SourceKind; name: string; entity?: string },
  spoken: boolean,
): void {
  if (r.kind === 'named' && !PRONOUN_SPEAKER.test(text.trim()))
    memory.addNamed({ text, name: r.name, entity: r.entity, paragraph, at });
  if (spoken) memory.addSpoken({ kind: r.kind, name: r.name, entity: r.entity, paragraph, text: text.trim(), at });
}

/**
 * A transcript's speaker label ("GREENE :" read "Greene") that no entity or full name resolved: the turn's speaker is
 * the person the label names ("INSKEEP :", a host), unless the label's words are a title or unnamed people
 * ("UNIDENTIFIED MAN :").
 */
function labelledSpeaker(
  text: string,
  r: { kind: SourceKind; name: string; entity?: string },
): { kind: SourceKind; name: string; entity?: string } {
  if (r.kind !== 'other') return r;
  const name = personName(text.trim());
  const words = name?.split(/\s+/) ?? [];
  const named = words.length > 0 && words.every((w) => !notAFirstName(w.toLowerCase()) && !isPersonTitle(w));
  return named && name ? { kind: 'named', name } : r;
}

/**
 * Whether a phrase is no speaker: the writer's imperative ("Let's say …", any kind), or a phrase left other or
 * unresolved (not a pronoun) that names nothing that can speak (`cannotSpeak`).
 */
function noSpeaker(text: string, kind: SourceKind): boolean {
  const t = text.trim().replace(CLOSING_MARKS, '');
  if (writersImperative(t)) return true;
  if (kind !== 'other' && kind !== 'unresolved') return false;
  return !PRONOUN_SPEAKER.test(t) && cannotSpeak(t);
}

/**
 * The mention record: its fields in the order the output has always had (doc, outlet, text, span, role, event when
 * known, kind, name, entity_id), made at once rather than by spreading three objects per speaker.
 */
function sourceMention(
  d: Doc,
  text: string,
  span: Span,
  role: SourceMention['role'],
  event: string | undefined,
  r: { kind: SourceKind; name: string; entity?: string },
): SourceMention {
  const entity_id = r.entity ?? null;
  return event !== undefined
    ? { doc: d.id, outlet: d.outlet, text, span, role, event, kind: r.kind, name: r.name, entity_id }
    : { doc: d.id, outlet: d.outlet, text, span, role, kind: r.kind, name: r.name, entity_id };
}

/**
 * The person an entity typed unknown written in speaker phrase `t` (of the speaker text at `span`) is, when the text
 * says it is one (unknownPerson): under its name without a title ("Chairwoman Ana Doe" → "Ana Doe"), a one-word name
 * under the full name the article gives it; else null.
 */
function unknownNamed(
  text: string,
  t: string,
  span: Span,
  at: EntityAt,
  c: SpeakerContext,
): { kind: SourceKind; name: string; entity?: string } | null {
  if (at.e.type !== 'unknown') return null;
  const from = span.start + text.indexOf(t);
  const before = t.slice(0, Math.max(0, at.start - from));
  // "his wife , Jan Doe , told …": a person's description set off before the phrase says so too
  const described = c.described(at.e) ?? describedBefore(c.docText, from, from + t.length);
  if (!unknownPerson(at.e.name, before, described, !!c.gender(at.e.name), true)) return null;
  const part = personPart(at.e.name);
  // a full name the article writes the word in, unless that opens on a title ("Whip John" for a name cut after "John")
  const full = part.includes(' ') ? undefined : c.fullName(part);
  // "Said Marouf" where the entity stage took "Said" for a verb: the given name the phrase writes before it
  const given = GIVEN_BEFORE.exec(before);
  const name =
    full && !isPersonTitle(full.split(' ')[0])
      ? full
      : given && !part.includes(' ') && !isPersonTitle(given[1])
        ? `${given[1]} ${part}`
        : part;
  return { kind: 'named', name, entity: at.e.id };
}

/** One capitalised word before a name in a speaker phrase, and nothing else: "Said " of "Said Marouf". */
const GIVEN_BEFORE = /^\s*(\p{Lu}\p{Ll}+)\s+$/u;

/**
 * The person an untyped entity closing speaker phrase `t` is (`unknownNamed`), when another entity opens the phrase.
 */
function untypedPersonClosing(
  text: string,
  t: string,
  span: Span,
  c: SpeakerContext,
): { kind: SourceKind; name: string; entity?: string } | null {
  const end = span.start + text.indexOf(t) + t.length;
  const last = c.entityAt(span.doc, { doc: span.doc, start: end - 1, end });
  if (!last || last.end !== end || last.start <= span.start + text.indexOf(t)) return null;
  return unknownNamed(text, t, span, last, c);
}

/**
 * Kind, canonical name and entity of one speaker phrase. An epithet ("the Valdor Democrat", "the Valdor senator") is
 * the one person the article named before with its state, party and office; of two or more, the one the phrase reads
 * as by the people named near it (`resolvePhrase`), else an unnamed one; with no such person, what the phrase reads
 * as, unless that is a person the article gives another state or party.
 */
function resolveSpeaker(
  text: string,
  span: Span,
  c: SpeakerContext,
): { kind: SourceKind; name: string; entity?: string } {
  const t = text.trim().replace(CLOSING_MARKS, '');
  const cues = epithetCues(t);
  if (!cues) return resolvePhrase(text, span, c);
  const held = c.cued(cues);
  if (held.length === 1) return { kind: 'named', name: held[0].name, entity: held[0].id };
  const r = resolvePhrase(text, span, c);
  // of two Valdor Democrats, the one the phrase reads as by the people named near it; else the text does not say
  if (r.kind !== 'named') return r;
  const fits = held.length ? held.some((e) => e.id === r.entity) : !(r.entity && c.cuedOther(cues, r.entity));
  return fits ? r : { kind: 'anonymous', name: plainName(t) };
}

/**
 * Who a pronoun speaker is: for "he"/"she", the last named speaker of the paragraph when every named speaker before it
 * there is the same person (or the one person named in the paragraph before it, when no one spoke there yet), else
 * the description the sentence before opens on ("The former president spoke … ¶ “…,” he said"); for "it", the body
 * or document that spoke last in the paragraph or the one before; else unresolved.
 */
function pronounSpeaker(t: string, c: SpeakerContext): { kind: SourceKind; name: string; entity?: string } {
  const g = t.toLowerCase() === 'he' ? 'm' : 'f';
  const who = /^(?:he|she)$/i.test(t)
    ? (pronounReferent(g, c) ?? describedReferent(g, c, (x, at) => resolvePhrase(x, at, c)) ?? titledReferent(g, c))
    : null;
  if (who) return { kind: who.kind ?? 'named', name: who.name, ...(who.entity ? { entity: who.entity } : {}) };
  const body = t.toLowerCase() === 'it' ? itReferent(c, (x, at) => resolvePhrase(x, at, c)) : null;
  return body ?? { kind: 'unresolved', name: t.toLowerCase() };
}

/**
 * Kind, canonical name and entity of one speaker phrase (`readPhrase`); one left unresolved for the possessive pronoun
 * it opens on is its head's: "his office" a body, "Her spokeswoman" someone unnamed (`possessedSpeaker`).
 */
function resolvePhrase(
  text: string,
  span: Span,
  c: SpeakerContext,
): { kind: SourceKind; name: string; entity?: string } {
  const r = readPhrase(text, span, c);
  // "Rubio's office", "Advisers to Mr. Doe": the person named owns the head, which speaks
  const head =
    r.kind === 'named' ? ownedSpeaker(text.trim().replace(CLOSING_MARKS, ''), surnameKey(r.name), c.forms) : null;
  if (head) return head;
  // "Allegra Love" read as the entity "Mia Love": the given name written tells another bearer of the surname
  const other = r.kind === 'named' && r.entity ? otherBearer(text.trim(), r.name) : null;
  if (other) return { kind: 'named', name: other };
  const owned = (r.kind === 'unresolved' || ownerWordName(r.name)) && possessedSpeaker(text.trim(), c.forms);
  // "said his former chief of staff , Ivo Doe .": the person the commas set off after the description
  const apposed = owned && owned.kind === 'anonymous' ? apposedPerson(span, c, 'after') : undefined;
  if (apposed) return { kind: 'named', name: apposed.name, entity: apposed.id };
  return owned || r;
}

/** Kind, canonical name and entity of one speaker phrase, read by its words and the people named before it. */
function readPhrase(text: string, span: Span, c: SpeakerContext): { kind: SourceKind; name: string; entity?: string } {
  // the phrase as a name: no closing punctuation ("that news outlet .")
  const t = text.trim().replace(CLOSING_MARKS, '');
  if (PRONOUN_SPEAKER.test(t)) return pronounSpeaker(t, c);
  // "Thirty-nine percent said", "a majority of respondents say": the poll speaks, under its maker's name if given
  // "the poll": the maker's when the sentence or one before names it; "… of Latino voters in exit polls": its own poll
  // "a Harbour Institute poll", "The poll found": the poll, under the maker the phrase names, else as a share's
  const share = pollShare(t);
  const headed = !share && !THE_POLL.test(t) && pollHeaded(t);
  if (share || headed || THE_POLL.test(t)) {
    // "a Valdor Daily poll": its own maker, or none; "polls taken …": several polls, not the one named before
    const own = headed && (CAPITALISED_WORD.test(t) || POLLS.test(t));
    const maker =
      (headed ? pollMaker(t) : null) ??
      pollMaker(c.sentence()) ??
      ((share && POLL_IN_PHRASE.test(t)) || own ? null : c.pollBefore());
    if (share || headed || maker) return { kind: 'document', name: maker ? `${maker} poll` : 'poll' };
  }
  // "Ivo Doe , the Valdorian envoy , said": the name before the description, over any title holder it may read as
  const member = setOffDescription(text, t, span, c) ?? partyMember(t, c) ?? titleHolder(t, c);
  if (member) return member;
  const kind = sourceKindOf(t, c.forms);
  if ((kind === 'document' && newsPaper(text, t, span, c.docText)) || (kind === 'media' && THE_NEWSPAPER.test(t)))
    return namedPaper(span, c);
  if (kind === 'document') return { kind, name: plainName(t) }; // "a letter from the agency to Sen. Doe"
  // "Medics said", "Federal authorities asked": capitalised by the sentence, no name (no entity written there)
  const common =
    kind === 'named' && !c.entityAt(span.doc, span) ? sentenceCapitalised(t, c.lowerWords(), c.forms) : null;
  if (common) return common;
  // "Kica Doe, a spokeswoman for the group, said"; "said the spokesman, Don Doe.": the person the commas set off
  const side =
    kind === 'anonymous' && /^(?:a|an|the)\s+\S+\s+\S/i.test(t) ? 'before' : THE_LOWER_WORD.test(t) ? 'after' : null;
  // "said a Hamas spokesman, Sami Abu Zuhri,": a lone spokesman or office is named after the comma
  const apposed =
    (side ? apposedPerson(span, c, side) : undefined) ??
    (kind === 'anonymous' && ARTICLE_LOWER_END.test(t) ? apposedPerson(span, c, 'after') : undefined);
  if (apposed) return { kind: 'named', name: apposed.name, entity: apposed.id };
  if (kind === 'anonymous')
    // "the aide" after "aide Ivo Brenn" spoke is him; "an aide" is someone unnamed
    return corefEarlier(t, c) ?? { kind, name: t.replace(/^(?:the|a|an)\s+/i, '').toLowerCase() };
  // "The Valdorian government", "the Doe administration": a body or group speaks, not a person its modifier names
  const found = modifiesHead(t) ? undefined : personSpeaking(text, t, span, c);
  const person = found && personShaped(found.name, notAFirstName) ? fullerPerson(found, c) : undefined;
  // a person named at the end of the phrase is who speaks, whatever medium or title comes before the name ("White House
  // press secretary Ivo Brenn", "Sen. Rand Paul" where Rand Paul is also a columnist's outlet)
  if (
    person &&
    (kind !== 'media' ||
      ((endsOnName(t) || endsOnPerson(t, person.name)) && !isMediaName(person.name) && !mediumThenName(t)))
  )
    return { kind: 'named', name: person.name, entity: person.id };
  const at = c.entityAt(span.doc, span);
  const ent = at?.e;
  // "White House spokesman Ravi Doe", "Republican strategist Ivo Loft": an untyped name closing the phrase after a
  // title is the person who speaks, not the body the phrase opens on
  // (a phrase read as a name is read by the person's name first: "Israeli PM Ivo Doe" is the Ivo Doe of the doc)
  const closing =
    ent && ent.type !== 'person' && !c.personAt(span.doc, span) ? untypedPersonClosing(text, t, span, c) : null;
  if (closing && kind !== 'named') return closing;
  // a medium; "state-run EGYNews reported", "the WSJ": a body the entity stage typed org whose name is a medium's
  const medium = kind === 'media' || (ent?.type === 'org' && !closing && mediumNamed(ent.name));
  if (medium)
    return ent ? { kind: 'media', name: ent.name, entity: ent.id } : { kind, name: t.replace(/^the\s+/i, '') };
  const earlier = corefEarlier(t, c);
  if (earlier) return earlier;
  if (kind === 'named') {
    const r = namedPhrase(text, t, span, at, c);
    return r.kind === 'named' ? r : (closing ?? r);
  }
  if (ent && ent.type !== 'person') {
    const head = modifiedHead(text, t, span, at, c);
    if (head) return head;
    const k = nonPersonKind(t, ent.type);
    return (k === 'other' && unknownNamed(text, t, span, at, c)) || { kind: k, name: ent.name, entity: ent.id };
  }
  if (wireAgencies(text, t, span, c.docText)) return { kind: 'media', name: 'news agencies' };
  const rest = kind === 'other' ? nonPersonKind(t) : kind;
  // "Many Iranians", "an airline director": unnamed people the classifier's people nouns do not hold
  return { kind: rest === 'other' && unnamedPeople(t) ? 'anonymous' : rest, name: plainName(t) };
}

/** "the paper", bare: news copy's short name for the newspaper it cites ("…, the paper reported"). */
const THE_PAPER = /^(?:the|that)\s+paper$/i;
/** Verbs of research after a paper, which make it a study, not a newspaper: "The paper found …". */
const RESEARCH_NEXT =
  /^\s+(?:also\s+)?(?:finds|found|concludes|concluded|shows|showed|estimates|estimated|argues|argued|suggests|suggested|examines|examined)\b/;

/**
 * Whether phrase `t` (of the speaker text at `span`) is "the paper" as a newspaper ("…, the paper reports", "according
 * to the paper"): a medium, unless a verb of research follows ("The paper found …": a study).
 */
function newsPaper(text: string, t: string, span: Span, docText: string): boolean {
  if (!THE_PAPER.test(t)) return false;
  const end = span.start + text.indexOf(t) + t.length;
  return !RESEARCH_NEXT.test(docText.slice(end, end + 24));
}

/**
 * "the paper" or "the newspaper" speaking at `span`: the newspaper the article named last before it ("The Times
 * reported … The paper adds": the Times, under its entity when one is written there), else "newspaper".
 */
function namedPaper(span: Span, c: SpeakerContext): { kind: SourceKind; name: string; entity?: string } {
  const p = newspaperBefore(c.docText, span.start);
  const at = p ? c.entityAt(span.doc, { doc: span.doc, start: p.start, end: p.end }) : undefined;
  if (at) return { kind: 'media', name: at.e.name, entity: at.e.id };
  return { kind: 'media', name: p ? p.name : 'newspaper' };
}

/** A name run together with "News" ("EGYNews", "OneNews"): a news outlet's. */
const JOINED_NEWS = /\p{L}News$/u;
/** Whether an entity's name is a medium's: a media word in it ("Wall Street Journal", "Middle East News Agency"). */
function mediumNamed(name: string): boolean {
  return MEDIA_WORDS.test(name) || MEDIA_NAMES.test(name) || JOINED_NEWS.test(name);
}

/** "agencies", "the agencies": bare, as wire copy names the news agencies it draws on. */
const BARE_AGENCIES = /^(?:the\s+)?agencies$/i;
/** A verb of reporting right after a speaker phrase: "…, agencies reported". */
const REPORTED_NEXT = /^\s+report(?:ed|s)?\b/;

/** Whether phrase `t` (of the speaker text at `span`) is "agencies reported": the news agencies, a medium. */
function wireAgencies(text: string, t: string, span: Span, docText: string): boolean {
  if (!BARE_AGENCIES.test(t)) return false;
  const end = span.start + text.indexOf(t) + t.length;
  return REPORTED_NEXT.test(docText.slice(end, end + 12));
}

/**
 * A phrase `classifySource` read as named (`t`, of the speaker text at `span`; `at`: the entity written there): the
 * person it names, by surname or full name, else the body, document or unnamed people it is.
 */
function namedPhrase(
  text: string,
  t: string,
  span: Span,
  at: EntityAt | undefined,
  c: SpeakerContext,
): { kind: SourceKind; name: string; entity?: string } {
  const ent = at?.e;
  const name = personName(t);
  if (!name) return { kind: 'unresolved', name: t.replace(/^the\s+/i, '').toLowerCase() }; // "the President": a title, not a name
  // "Americans say", "The Iranians": a people, unnamed ones of it speak (a plural demonym is no one's name)
  if (!name.includes(' ') && unnamedPeople(t)) return { kind: 'anonymous', name: plainName(t) };
  // "Party Leader Says" (a title-case subhead), "The Valdorian armed forces": capitalised words that name no one
  const nameless = !ent || ent.type === 'person';
  if (nameless && modifiesHead(t)) return { kind: nonPersonKind(t), name: plainName(t) };
  // honorific + surname (Mr. Trump, Rep. Smith) or a bare surname: the one person of the doc or event with that surname
  // (one the event names elsewhere, not with another given name: "Merle Black" is not the event's "Diane Black")
  const cand = c.surnames(surnameKey(name), !name.includes(' '));
  if (cand.length === 1 && (!otherGivenName(name, cand[0].name) || c.surnames(surnameKey(name), false, true).length))
    return { kind: 'named', name: cand[0].name, entity: cand[0].id };
  if (nameless && name.includes(' ') && !personShaped(name, notAFirstName))
    return { kind: nonPersonKind(t), name: plainName(t) };
  // "according to Gallup", "Axios reported": a lone word the article cites as a body, never with a given name or title
  const body = ONE_WORD_NAME.test(t) && !namesNoOne(name) ? c.bodyKind(name) : null;
  // "Babeu said" after "Sheriff Paul Babeu": the full name the article gave the surname
  const full = !name.includes(' ') && !namesNoOne(name) ? c.fullName(name) : undefined;
  // a place or organisation written there is not a person; one capitalised word no entity knows is not a name
  if (ent && ent.type && ent.type !== 'person') {
    const head = modifiedHead(text, t, span, at, c);
    if (head) return head;
    if (describedPerson(text, t, span, name, ent, c)) return { kind: 'named', name: ent.name, entity: ent.id };
    // "O ’ Reilly" after "Bill O ’ Reilly", "Bono Mack" after "Mary Bono Mack": a short form left untyped
    const longer = ent.type === 'unknown' ? c.fuller(ent.name) : undefined;
    if (longer) return { kind: 'named', name: longer.name, entity: longer.id };
    const k = nonPersonKind(t, ent.type);
    // an entity of no body's type ("Babeu" left untyped) is the person the article named in full
    if (k === 'other' && full && !body) return { kind: 'named', name: full };
    const person = k === 'other' && !body ? (unknownNamed(text, t, span, at, c) ?? slipNamed(name, c)) : null;
    if (person) return person;
    return { kind: k === 'other' && body ? body : k, name: ent.name, entity: ent.id };
  }
  if (full) return { kind: 'named', name: full };
  // "O ’ Reilly" after "Bill O ’ Reilly": a short form no entity covers, of the one person named in full
  const longer = ent ? undefined : c.fuller(t);
  if (longer) return { kind: 'named', name: longer.name, entity: longer.id };
  if (body && nonPersonKind(t) === 'other') return { kind: body, name }; // "the Complaint" stays a document
  // "Some critics", "That staffer": a capitalised determiner is no name; the phrase is who speaks
  if (!name.includes(' ')) {
    const kind = nonPersonKind(t);
    const one = kind === 'other' && !namesNoOne(name) ? (slipNamed(name, c) ?? describedWord(text, t, span, c)) : null;
    return one ?? { kind, name: namesNoOne(name) ? plainName(t) : name };
  }
  return { kind: 'named', name };
}

/**
 * A one-word name no entity knows that a person's description or an age follows ("said Kavan , a 24-year-old actor",
 * "Vivek , who works at …", "Sarwari , 75 ,"): the person of that name.
 */
function describedWord(
  text: string,
  t: string,
  span: Span,
  c: SpeakerContext,
): { kind: SourceKind; name: string; entity?: string } | null {
  if (!ONE_WORD_NAME.test(t) || /^the\s/i.test(t)) return null;
  const end = span.start + text.indexOf(t) + t.length;
  return describedAfter(c.docText, [end]) === 'person' ? { kind: 'named', name: t } : null;
}

/** "Horman said" after "Tom Homan": a one-word name one slip from the surname of one person of the doc. */
function slipNamed(name: string, c: SpeakerContext): { kind: SourceKind; name: string; entity?: string } | null {
  const p = name.includes(' ') ? undefined : c.slip(name);
  return p ? { kind: 'named', name: p.name, entity: p.id } : null;
}

/**
 * Whether a name typed as a body is a person's by the role the text sets off after it ("Victoria Toensing, a former
 * Justice Department official and …, disclosed"): a name of two words or more shaped as a person's (`ent`, the
 * entity written there, whose name ends on the phrase's `name`: "Toensing said"), and the description's head is a person's role (`describedAfter`). A body's description ("Harbour Watch, a group of lawyers") says body.
 */
function describedPerson(
  text: string,
  t: string,
  span: Span,
  name: string,
  ent: EntityRef,
  c: SpeakerContext,
): boolean {
  // (an untyped name is read by `unknownNamed`, which also drops a rank before the name)
  // (a place is no person whatever role a description gives it: "Valdoria , the de facto head of the bloc ,")
  if (ent.type === 'unknown' || ent.type === 'place' || !ent.name.endsWith(name) || !CAPITALISED_NAME.test(ent.name))
    return false;
  if (!personShaped(ent.name, notAFirstName) || bodyNamed(ent.name)) return false;
  // after the phrase, else after the entity's first mentions in the doc ("Toensing said" after "Victoria Toensing, a …");
  // a description opening on an article only (", who …" follows a body's name as often as a person's)
  const ends = [span.start + text.indexOf(t) + t.length];
  for (const m of ent.mentions) if (m.doc === span.doc && ends.length < 4) ends.push(m.end);
  return ends.some(
    (e) => ARTICLE_SET_OFF.test(c.docText.slice(e, e + 8)) && describedAfter(c.docText, [e]) === 'person',
  );
}
/** Two or three capitalised words and nothing else: "Ana Doe", "Ivo de Brenn" is left to the entity stage. */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}$/u;
/** A description set off after a name, opening on an article: ", a former official". */
const ARTICLE_SET_OFF = /^[ \t]*,[ \t]*(?:a|an|the)\s/;

/**
 * The person entity written in a speaker phrase: the one whose name ends it when there is one ("Clinton campaign
 * spokesman Brian Fallon", "Doe's counselor Kira Loft": the spokesman speaks, not the principal), else the first.
 */
function personSpeaking(text: string, t: string, span: Span, c: SpeakerContext): EntityRef | undefined {
  const first = c.personAt(span.doc, span);
  const at = span.start + text.indexOf(t) + t.length;
  if (!first || !ENDS_LETTER.test(t) || !titleBetween(t)) return first;
  return c.personAt(span.doc, { doc: span.doc, start: at - 1, end: at }) ?? first;
}

/**
 * A one-word person entity ("Gelernt", "Ban") that the entity table kept apart from the full name the article gives
 * it ("Lee Gelernt", "Ban Ki-moon"): the one person of the doc (else its event) with that surname, or whose name opens
 * on the word (a family name written first); else the full name the doc writes the word with, under the same entity.
 */
function fullerPerson(p: EntityRef | undefined, c: SpeakerContext): EntityRef | undefined {
  if (!p || /\s/.test(p.name) || namesNoOne(p.name)) return p;
  const cand = c.surnames(surnameKey(p.name), true);
  if (cand.length === 1) return cand[0];
  const full = cand.length ? undefined : c.fullName(p.name, true);
  return full ? { ...p, name: full } : p;
}

/** Words no title between two names holds: "Doe and Loft", "Doe cut off Loft", "Doe's statement echoed what Loft". */
const NOT_IN_TITLE = new Set(
  'and or & was is were are has had have a an the what to by with after before off on at from as about also than'.split(
    ' ',
  ),
);

/** A lower-case word that may be a role noun: not a function word, verb form or adverb ("director", "ally"). */
const ROLE_WORD = /^\p{Ll}{3,}$/u;
/** Nouns of a description that end like an adverb: "Doe ally Kira Loft" is a description and a name. */
const LY_NOUNS = new Set(['ally', 'family']);

/** Whether a phrase with two names is a title and a name (no coordination or clause): "Doe spokesman Kira Loft". */
function titleBetween(t: string): boolean {
  if (OF_CAPITALISED.test(t)) return false; // "Ivo Doe of Harbourwatch": the body after "of"
  const words = t.split(/\s+/);
  // "communications director and Doe ally Kira Loft": an "and" after a lower-case role noun joins two descriptions
  const joinsRoles = (w: string, i: number) => w === 'and' && i > 0 && ROLE_WORD.test(words[i - 1]);
  return !words.some(
    (w, i) => (NOT_IN_TITLE.has(w.toLowerCase()) && !joinsRoles(w, i)) || (LOWER_ED_LY.test(w) && !LY_NOUNS.has(w)),
  );
}

/** Acronyms of media take their long form when one is written with it ("Iraqi News Agency (INA)"). */
function mediaLongForms(out: SourceMention[]): void {
  const acronyms = new Map<string, string>();
  for (const m of out) {
    const a = /^(.*?)\s*\(([A-Z]{2,})\)$/.exec(m.name);
    if (a) acronyms.set(a[2], a[1]);
  }
  for (const m of out) {
    if (m.kind !== 'media') continue;
    const a = /^(.*?)\s*\(([A-Z]{2,})\)$/.exec(m.name);
    if (a) m.name = a[1];
    else if (acronyms.has(m.name)) m.name = acronyms.get(m.name)!;
  }
}

/** Counts per outlet, kind and name, sorted by outlet, kind, then count. */
export function sourceRows(
  mentions: readonly SourceMention[],
): { outlet: string; kind: SourceKind; name: string; entity_id: string | null; count: number }[] {
  const m = new Map<
    string,
    { outlet: string; kind: SourceKind; name: string; entity_id: string | null; count: number }
  >();
  for (const s of mentions) {
    const key = [s.outlet, s.kind, s.name].join('\u0000');
    const r = m.get(key) ?? { outlet: s.outlet, kind: s.kind, name: s.name, entity_id: s.entity_id, count: 0 };
    r.count++;
    m.set(key, r);
  }
  const order: SourceKind[] = ['named', 'anonymous', 'institution', 'media', 'document', 'other', 'unresolved'];
  return [...m.values()].sort(
    (a, b) =>
      byString(a.outlet, b.outlet) ||
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      b.count - a.count ||
      byString(a.name, b.name),
  );
}

/** The docs of each event, in corpus order. */
function docsByEvent(docs: readonly Doc[], events: Readonly<Record<string, string>>): Map<string, Doc[]> {
  const out = new Map<string, Doc[]>();
  for (const d of docs) {
    const ev = events[d.id];
    if (ev !== undefined) out.set(ev, [...(out.get(ev) ?? []), d]);
  }
  return out;
}

/**
 * A speaker phrase written at `span` of `docText` without the verb of saying closing it (lengthBeforeVerb), with its
 * span; a phrase that is not the text written there (a transcript label read as a name) is kept as it is.
 */
function beforeVerb(docText: string, text: string, span: Span): { text: string; span: Span } {
  if (docText.slice(span.start, span.end) !== text) return { text, span };
  const n = lengthBeforeVerb(text);
  return n === text.length ? { text, span } : { text: text.slice(0, n), span: { ...span, end: span.start + n } };
}
