// Who speaks in each outlet: named people, anonymous sources, institutions, other media, documents, from quote speakers,
// reported speech and "told <outlet>".
import { mediaShortForms } from './media-short-forms.js';
import { outletCore } from '../corpus/outlet-name.js';
import type { Doc, Span, EntityRef } from '../types.js';
import { byString } from '../text/counts.js';
import { firstStartingAt, rangeAt } from '../util/search.js';
import type { SourceKind, Voice } from './types.js';
import { namedBody, namesNoOne, nonPersonKind } from './institutions.js';
import { describedKind, documentHeaded, headBesideBody, peopleHead, possessedOffice } from './speaker-heads.js';
import { docFullNames, fullNameOf } from './full-names.js';
import { bodyKinds, type BodyKind } from './body-names.js';
import { apposedName } from './apposed.js';
import { ENDS_LETTER } from '../util/letters.js';
import { modifiesHead, otherGivenName, personShaped } from './name-shape.js';
import { pollHeaded, pollMaker, pollMakers, pollShare } from './polls.js';
import { listedPeople } from './speaker-lists.js';
import {
  lastLawmaker,
  namedBefore,
  sentenceAt,
  sentenceSubject,
  titledPeople,
  type PersonAt,
  type Titled,
} from './people-before.js';
import { speakerMemory, type SpeakerMemory } from './speaker-memory.js';
import { stateTitle, stateTitledPeople } from './state-titles.js';
import { titleRunOn } from './title-of.js';
import { cannotSpeak } from './non-speakers.js';
import { epithetCues, partyStatePeople, type Cues } from './party-epithets.js';
import { unnamedPeople } from './people-phrases.js';
import { describedAfter, isPersonTitle, personPart, unknownPerson, type Described } from './unknown-people.js';

export type { SourceKind } from './types.js';

// regexes with \p{...} made once here: written inside a function, tsx rebuilds one on every call (lib/util/letters.ts)
const THE_MINISTER = /^the\s+(?:[A-Z][\p{L}-]*\s+)*(?:Prime Minister|President|[A-Z][\p{L}-]*\s+Minister)$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const TWO_LETTERS = /\p{L}\p{L}/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'-]*|(?:al|el|bin|ibn|abu|abd)-[\p{L}'-]+)$/u;
const THE_LOWER_WORD = /^the\s+\p{Ll}+$/u;
const ARTICLE_LOWER_END = /^(?:a|an|the)\s.*\s\p{Ll}+$/u;
const ONE_WORD_NAME = /^(?:the\s+)?[\p{L}'’.-]+$/iu;
const OF_CAPITALISED = /\sof\s+(?:\p{Lu}\S*\s*)+$/u;
const LOWER_ED_LY = /^\p{Ll}+(?:ed|ly)$/u;
const THE_WORD = /^the\s+(\p{L}+)$/iu;
const NON_LETTER_TAIL = /[^\p{L}'’-]+$/u;
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

/** Words that make a speaker phrase a medium. Not "agency": "the agency said" is ICE or a ministry far more often than a
 * wire service, which is named ("Reuters") or called a news agency. */
const MEDIA_WORDS =
  /\b(?:news|media|times|post|press|tv|television|channel|radio|gazette|journal|herald|tribune|reuters|afp|ap|bbc|cnn|politico|ina|al\s?jazeera|al-jazeera|al-arabiya|outlets?|newspapers?|broadcasters?|wire|magazine|daily|website|network)\b/i;
/**
 * Media named without a media word, as written (case-sensitive), for outlets a corpus does not hold: the words that
 * end English newspaper names ("the Sacramento Bee", "the Columbus Dispatch", "the Telegraph") and the names of
 * broadcasters and wire agencies that are cited alone ("NBC reported", "according to Haaretz", "SANA said"). A general
 * list written for the project.
 */
const MEDIA_NAMES = new RegExp(
  '\\b(?:Telegraph|Chronicle|Dispatch|Bee|Mail|Courier|Inquirer|Enquirer|Examiner|Ledger|Mirror|Sentinel|Bulletin|' +
    'NBC|ABC|CBS|NPR|PBS|MSNBC|CNBC|AFP|SANA|IRNA|ISNA|Xinhua|TASS|Yonhap|KCNA|Haaretz|Axios|BuzzFeed|Buzzfeed|' +
    'HuffPost|Tasnim|Anadolu|Interfax|Kyodo|Ynet|' +
    // names that also open a body's name ("the Guardian Council"): only with no capitalised word after them
    '(?:Guardian|Monitor|Spiegel|Monde|Figaro|Mayadeen|Manar|Maariv|Asharq|Hurriyet)(?![ \\t]+\\p{Lu}))\\b',
  'u',
);
const ANON_HEADS =
  /\b(?:sources?|officials?|diplomats?|insiders?|authorities|members?|persons?|people|figures?|observers?|analysts?|experts?|residents?|witnesses?|lawmakers?|informed|unnamed|anonymous|anonymity|well-informed|someone|spokespersons?)\b/i;
/** Capitalised words that do not make a phrase a personal name. */
/** Offices and titles: capitalised before a name, never part of it (shared by the two word sets below). */
const OFFICE_WORDS = [
  'prime',
  'minister',
  'president',
  'foreign',
  'defense',
  'defence',
  'intelligence',
  'chief',
  'head',
  'government',
  'senior',
  'lawmaker',
  'spokesperson',
  'spokesman',
  'official',
  'commander',
  'general',
  'leader',
  'deputy',
  'secretary',
];
const GENERIC_CAPS = new Set([
  'the',
  'a',
  'an',
  'us',
  'u.s.',
  'uk',
  'eu',
  'un',
  'iraqi',
  'iraq',
  'syrian',
  'syria',
  'kurdish',
  'turkish',
  'american',
  'iranian',
  'israeli',
  'russian',
  'arab',
  'gulf',
  'western',
  ...OFFICE_WORDS,
  'state',
  'ministry',
  'source',
  'sources',
  'national',
  'service',
  'security',
  'council',
  'parliament',
  'mp',
  'inis',
  'shia',
  'sunni',
  'shiite',
  'coordination',
  'framework',
  'coalition',
]);
/** Honorifics and abbreviated titles ("Mr", "Rep.", "Sen"): never a name on their own. */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'rep',
  'sen',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'prof',
  'rev',
  'sir',
  'dame',
  'lord',
  'lady',
  'madam',
  'rabbi',
  'imam',
  'pope',
  'judge',
  'justice',
]);
/** Words that may start a speaker phrase without being part of the name ("After Mr. Trump", "Even First Lady …"). */
const LEAD_WORDS = new Set([
  'after',
  'before',
  'even',
  'when',
  'while',
  'but',
  'and',
  'so',
  'then',
  'also',
  'as',
  'since',
  'until',
  'though',
  'although',
  'if',
  'because',
  'later',
  'earlier',
  'now',
  'still',
  'yet',
  'meanwhile',
  'instead',
  'first',
  'former',
  'acting',
  'then-',
]);
/** Determiners and quantifiers capitalised at a sentence start ("Many Valdorian envoys"): never part of a name. */
const QUANTIFIERS =
  /^(?:some|many|both|several|most|all|few|other|others|another|any|each|every|no|these|those|this|that|such|one|two|three)$/;
const PRONOUN_SPEAKER = /^(?:he|she|they|it|we|i|you|him|her|them)$/i;
const TITLE_WORDS = new Set([
  ...OFFICE_WORDS,
  'iraqi',
  'syrian',
  'us',
  'u.s.',
  'kurdish',
  'turkish',
  'mp',
  'state',
  'ambassador',
  'envoy',
  'mr.',
  'mrs.',
  'dr.',
  'sheikh',
  'senator',
  'representative',
  'congressman',
  'congresswoman',
  'governor',
  'speaker',
  'lady',
  'first',
  'secretary',
  'attorney',
  'judge',
  'justice',
  'leader',
  'chairman',
  'chairwoman',
  'house',
  'senate',
  'republican',
  'democrat',
  'democratic',
  'rep.',
  'sen.',
  'gov.',
  'gen.',
  'ms.',
  'prof.',
  'rev.',
  'lt.',
  'col.',
]);

/** The outlet names as a speaker phrase is searched for them: lower case, a leading "the " cut (empty names left out). */
export function outletForms(outlets: readonly string[]): string[] {
  return outlets.filter((o) => o).map((o) => o.toLowerCase().replace(/^the\s+/, ''));
}

/**
 * Classify a speaker phrase; `outlets` are the corpus's outlet names (a speaker naming one is media). `forms`:
 * outletForms(outlets), when the caller classifies many phrases (a corpus of 60 outlets lower-cased every name for
 * every speaker).
 */
export function classifySource(
  phrase: string,
  outlets: readonly string[] = [],
  forms: readonly string[] = outletForms(outlets),
): SourceKind {
  const p = phrase.trim();
  const lower = p.toLowerCase();
  if (forms.some((o) => holdsWords(lower, o))) return 'media';
  if (MEDIA_WORDS.test(p) && !/\b(?:bureau)\b/i.test(p)) return 'media';
  // "a spokeswoman for Ivo Brenn", "the statement from the ministry": the head speaks, not the name after it
  const described = describedKind(p);
  if (described) return described;
  // "a White House statement", "the agency report": the document, not who made it
  if (documentHeaded(p)) return 'document';
  if (MEDIA_NAMES.test(p)) return 'media'; // after the description and document readings: "a statement carried by IRNA"
  // "Britain's foreign minister": an unnamed holder of the place's office, not the place
  if (possessedOffice(p)) return 'anonymous';
  // "a senior member of …", "Another official", "Many analysts", "a Hamas spokesman": unnamed
  if (
    /^(?:a|an|one|some|several|multiple|two|three|another|many|most|other|few|those|these|someone|somebody)\s/i.test(
      p,
    ) &&
    (ANON_HEADS.test(p) || SPOKES_END.test(p))
  )
    return 'anonymous';
  // "Trump administration officials", "British officials": capitalised words before an unnamed head name no one
  if (ANON_HEAD_END.test(p)) return 'anonymous';
  // "protesters", "a soldier", "lawyers for the family": people the phrase does not name
  if (peopleHead(p)) return 'anonymous';
  if (PRONOUN_SPEAKER.test(p)) return 'unresolved';
  if (!/\s/.test(p) && ANON_HEADS.test(p)) return 'anonymous'; // "Officials said", capitalised by the sentence
  if (namedBody(p)) return 'institution'; // "the Valdor Observatory for Human Rights": no person's name after "for"
  if (personName(p)) return 'named';
  if (
    ANON_HEADS.test(p) &&
    !/^(?:the\s+)?(?:[A-Z]\S*\s+)*(?:Prime Minister|President|Minister|Foreign Minister)$/.test(p)
  )
    return 'anonymous';
  if (THE_MINISTER.test(p)) return 'named';
  return 'other';
}

/** classifySource's answers per outlet-forms list, by phrase: a corpus's speakers repeat ("officials", "he", a name). */
const kindsByForms = new WeakMap<readonly string[], Map<string, SourceKind>>();

/** classifySource(phrase, _, forms), asked once per phrase and forms list (it reads nothing else). */
function sourceKindOf(phrase: string, forms: readonly string[]): SourceKind {
  let kinds = kindsByForms.get(forms);
  if (!kinds) kindsByForms.set(forms, (kinds = new Map()));
  let kind = kinds.get(phrase);
  if (kind === undefined) kinds.set(phrase, (kind = classifySource(phrase, [], forms)));
  return kind;
}

/** A spokesman or -woman ending a phrase: "a Hamas spokesman", "an IDF spokeswoman" (one unnamed person, not the body). */
const SPOKES_END = /\bspokes(?:man|woman|men|women)$/;

/** Lower-case heads of unnamed sources that end a phrase: "White House aides", "Border officials". */
const ANON_HEAD_END =
  /(?:^|\s)(?:sources?|officials?|diplomats|insiders|aides|members|people|observers|analysts|experts|residents|witnesses|lawmakers|spokespersons)$/;

/**
 * Whether `lower` holds the words `form` (both lower case): an outlet name as whole words, so the outlet "Vice" is not
 * in "services" and "The Hill" not in "Hillary".
 */
function holdsWords(lower: string, form: string): boolean {
  for (let i = lower.indexOf(form); i >= 0; i = lower.indexOf(form, i + 1)) {
    const before = i === 0 ? ' ' : lower[i - 1];
    const after = i + form.length >= lower.length ? ' ' : lower[i + form.length];
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
  }
  return false;
}

/** The personal name inside a speaker phrase ("Iraqi government spokesperson Basim Al-Awadi" → "Basim Al-Awadi"), or null. */
export function personName(phrase: string): string | null {
  const words = phrase.replace(/[’]/g, "'").split(/\s+/).filter(Boolean);
  // the last run of capitalised words (or al-X particles), minus leading titles and generic words
  let end = words.length;
  while (end > 0 && !isNameWord(words[end - 1])) end--;
  let start = end;
  while (start > 0 && isNameWord(words[start - 1])) start--;
  let run = words.slice(start, end);
  const skip = (w: string) => {
    const l = w.toLowerCase();
    return TITLE_WORDS.has(l) || HONORIFICS.has(l.replace(/\.$/, '')) || LEAD_WORDS.has(l) || QUANTIFIERS.test(l);
  };
  while (run.length && skip(run[0])) run = run.slice(1);
  while (run.length && HONORIFICS.has(run[run.length - 1].toLowerCase().replace(/\.$/, ''))) run = run.slice(0, -1);
  if (
    !run.length ||
    run.every((w) => GENERIC_CAPS.has(w.toLowerCase()) || /^[A-Z]{2,}$/.test(w) || PRONOUN_SPEAKER.test(w))
  )
    return null;
  return run.join(' ').replace(/'s$/, '');
}

function isNameWord(w: string): boolean {
  return NAME_WORD.test(w);
}

/** Capitalised words before a surname that are no given name: titles, offices, nationalities, media ("Agent Manuel"). */
function notAFirstName(w: string): boolean {
  // "Secretary-General", "Attorney-General": a title whose parts are titles
  if (w.includes('-') && w.split('-').every((x) => x && notAFirstName(x))) return true;
  return (
    TITLE_WORDS.has(w) ||
    HONORIFICS.has(w) ||
    GENERIC_CAPS.has(w) ||
    LEAD_WORDS.has(w) ||
    QUANTIFIERS.test(w) ||
    namesNoOne(w) ||
    MEDIA_WORDS.test(w) ||
    PERSON_NOUN_TITLES.test(w)
  );
}
/** Titles written before a name that no word set above holds ("Sheriff Paul Babeu", "Commissioner Ana Dorr"). */
const PERSON_NOUN_TITLES =
  /^(?:agent|officer|sheriff|detective|commissioner|director|professor|administrator|ambassador|envoy|mayor|governor|chairman|chairwoman|coach|captain|sergeant|corporal|private|major|colonel|admiral|bishop|cardinal|father|sister|brother|rights|nations|human|united|new|north|south|east|west|national|federal|democrat|republican|senator|representative|congressman|congresswoman|president|minister|secretary|speaker|leader|judge|justice|attorney|general)$/;

/** Grouping key of a name: its last word without an Arabic article, lowercased ("Issam al-Kreiti" and "Al-Kreiti" → "kreiti"). */
function surnameKey(name: string): string {
  const last = name.split(/\s+/).pop() ?? name;
  return last
    .toLowerCase()
    .replace(/^(?:al|el)-/, '')
    .replace(/'s$/, '');
}

const TOLD_CHANNEL =
  /\btold\s+((?:the\s+)?(?:[A-Z][\p{L}0-9-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\p{L}0-9-]*|of|the))*(?:\s+\([A-Z]{2,}\))?|(?:the\s+)?(?:[A-Z][\p{L}-]*\s+)?(?:local\s+|state\s+)?media(?:\s+outlets)?)/u;

/** A speaker span of a quote or a reported statement, with the sentence or statement range to scan for a channel. */
interface SpeakerCandidate {
  text: string;
  span: Span;
  role: SourceMention['role'];
  range: [number, number] | null;
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
    cands.push({ text, span, role: 'quote', range: sent ? [sent.start, sent.end] : null });
  }
  for (const r of v.reported)
    if (r.speaker && r.speakerSpan) {
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
  for (const d of docs) {
    const v = vById.get(d.id);
    if (!v) continue;
    const ev = events[d.id];
    const own = outletCore(d.outlet);
    const seen = new Set<number>();
    const personSpans = (peopleIn.get(d.id) ?? []).map((m) => ({ start: m.start, end: m.end }));
    const quoted = v.quotes.filter((q) => q.depth === 0).sort((a, b) => a.start - b.start);
    const sc = docSpeakerContext(d, ev, quoted, peopleIn.get(d.id) ?? [], {
      outlets,
      forms,
      entityAt,
      personAt,
      surnames,
      unknowns: unknownIn.get(d.id) ?? [],
    });
    // "Sens. Ana Doe and Ivo Brenn said": each person of a list speaks
    const add = (text: string, span: Span, role: SourceMention['role']) => {
      const items = role === 'channel' ? null : listedPeople(d.text, span, personSpans);
      for (const it of items ?? [{ text, span }]) addOne(it.text, it.span, role);
    };
    const addOne = (text: string, span: Span, role: SourceMention['role']) => {
      if (seen.has(span.start)) return;
      seen.add(span.start);
      if (own && text.toLowerCase().includes(own)) return; // the outlet citing itself
      const paragraph = sentenceAt(d.sentences, span.start)?.paragraph ?? -1;
      const r = resolveSpeaker(text, span, sc.at(span.start, paragraph));
      if (noSpeaker(text, r.kind)) return; // "The fact that …", "The standards are vague …": no one speaks
      out.push(sourceMention(d, text, span, role, ev, r));
      if (r.kind === 'named' && !PRONOUN_SPEAKER.test(text.trim()))
        sc.memory.addNamed({ text, name: r.name, entity: r.entity, paragraph });
      if (role !== 'channel' && rangeAt(quoted, span.start) < 0)
        sc.memory.addSpoken({ kind: r.kind, name: r.name, entity: r.entity, paragraph });
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
      add(c.text, c.span, c.role);
      if (c.range) channelOf(c.range[0], c.range[1]);
    }
  }
  mediaLongForms(out);
  mediaShortForms(out);
  return out;
}

/** Whether a phrase left other or unresolved (not a pronoun) names nothing that can speak (`cannotSpeak`). */
function noSpeaker(text: string, kind: SourceKind): boolean {
  if (kind !== 'other' && kind !== 'unresolved') return false;
  const t = text.trim().replace(CLOSING_MARKS, '');
  return !PRONOUN_SPEAKER.test(t) && cannotSpeak(t);
}

/** Where each person entity is mentioned, per doc. */
function mentionsByDoc(people: readonly EntityRef[]): Map<string, PersonAt[]> {
  const out = new Map<string, PersonAt[]>();
  for (const e of people)
    for (const m of e.mentions)
      (out.get(m.doc) ?? out.set(m.doc, []).get(m.doc)!).push({ start: m.start, end: m.end, e });
  for (const l of out.values()) l.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/** What a doc's speakers are resolved against that does not depend on the speaker (sourceMentions builds it once). */
interface CorpusSpeakerLookups {
  outlets: readonly string[];
  forms: readonly string[];
  entityAt: SpeakerContext['entityAt'];
  personAt: SpeakerContext['personAt'];
  surnames: ReturnType<typeof surnameIndex>;
  /** the doc's mentions of entities typed unknown, sorted */
  unknowns: readonly PersonAt[];
}

/**
 * One doc's SpeakerContext, made once per doc: `at(pos, paragraph)` points it at the speaker starting at `pos` and
 * returns it (a context of nine closures made per speaker was a second of the stage at 10,000 articles). `named`
 * collects the doc's named speakers in text order.
 */
function docSpeakerContext(
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
  let fullNames: Map<string, string> | undefined; // read from the doc's text when a lone surname first needs it
  // every speaker so far (pronouns as resolved), by paragraph: "he" after a paragraph one person spoke in
  const memory = speakerMemory();
  const titled = titledPeople(d.text, people);
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
    mentioned: (p) => namedBefore(people, d, quoted, pos, p),
    subject: () => sentenceSubject(people, d, quoted, pos),
    subjectIn: (p) => {
      const last = d.sentences[firstStartingAt(d.sentences, d.paragraphs[p]?.end ?? 0) - 1];
      return last && last.paragraph === p && last.end <= pos
        ? sentenceSubject(people, d, quoted, last.end - 1)
        : undefined;
    },
    lawmaker: () => lastLawmaker(d, people, pos),
    titled: (title) => titled(title, pos),
    stateTitled: (adjective, title) => stateTitled(adjective, title, pos),
    cued: (cues) => cued.holders(cues, pos),
    cuedOther: cued.contradicts,
    // a title read by surname says nothing when two people of the doc or event share it (Mr. and Mrs. Brenn)
    fullName: (w, person) => fullNameOf(d.text, (fullNames ??= docFullNames(d.text, notAFirstName)), w, person),
    bodyKind: bodyKinds(d.text, namesNoOne),
    quoteOnly: (p) => quoteOnlyParagraph(d, quoted, p),
    sentence: () => {
      const s = sentenceAt(d.sentences, pos);
      return s ? d.text.slice(s.start, s.end) : '';
    },
    pollBefore: () => {
      const s = sentenceAt(d.sentences, pos);
      return s ? pollBefore(s.start, s.paragraph) : null;
    },
    gender: (name) => {
      const k = surnameKey(name);
      return c.surnames(k, d.id, ev).length > 1 ? undefined : (genders ??= docGenders(d.text)).get(k);
    },
    described: describedUnknown(d.text, c.unknowns),
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

interface SpeakerContext {
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
  /** the people the doc names before the speaker with this title written before the name ("President Ivo Doe") */
  titled: (title: string) => Titled[];
  /** the people the doc names before the speaker with a country adjective and title ("Valdorian President Ivo Doe") */
  stateTitled: (adjective: string, title: string) => EntityRef[];
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
  /** what a one-word name no entity knows is when the doc cites it as a body and never as a person ("according to Gallup") */
  bodyKind: (word: string) => BodyKind | null;
  /** whether paragraph p holds quotes and no word outside them ("“…” ¶" in a run of one speaker's quotes) */
  quoteOnly: (p: number) => boolean;
  /** the text of the speaker's sentence */
  sentence: () => string;
  /** the maker of the poll named last before the speaker's sentence, up to three paragraphs back (null: none, or a poll with no maker) */
  pollBefore: () => string | null;
  /** the gender the doc gives a name by its surname ("Mr. Brenn", "spokeswoman Lena Varga"), if any and one only */
  gender: (name: string) => Gender | undefined;
  /** what the text after an unknown-typed entity's first mentions in the doc says it is ("Doe, a director at …") */
  described: (e: EntityRef) => Described;
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
  if (!unknownPerson(at.e.name, before, c.described(at.e), !!c.gender(at.e.name))) return null;
  const part = personPart(at.e.name);
  // a full name the article writes the word in, unless that opens on a title ("Whip John" for a name cut after "John")
  const full = part.includes(' ') ? undefined : c.fullName(part);
  const name = full && !isPersonTitle(full.split(' ')[0]) ? full : part;
  return { kind: 'named', name, entity: at.e.id };
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

/** Kind, canonical name and entity of one speaker phrase, read by its words and the people named before it. */
function resolvePhrase(
  text: string,
  span: Span,
  c: SpeakerContext,
): { kind: SourceKind; name: string; entity?: string } {
  // the phrase as a name: no closing punctuation ("that news outlet .")
  const t = text.trim().replace(CLOSING_MARKS, '');
  if (PRONOUN_SPEAKER.test(t)) {
    // the last named speaker of the paragraph, when every named speaker before it there is the same person
    // (or the one person named in the paragraph before it, when no one spoke there yet)
    const who = /^(?:he|she)$/i.test(t) ? pronounReferent(t.toLowerCase() === 'he' ? 'm' : 'f', c) : null;
    if (who) return { kind: 'named', name: who.name, ...(who.entity ? { entity: who.entity } : {}) };
    return { kind: 'unresolved', name: t.toLowerCase() };
  }
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
  const member = partyMember(t, c) ?? titleHolder(t, c);
  if (member) return member;
  const kind = sourceKindOf(t, c.forms);
  if (kind === 'document') return { kind, name: plainName(t) }; // "a letter from the agency to Sen. Doe"
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
  if (person && (kind !== 'media' || ((endsOnName(t) || endsOnPerson(t, person.name)) && !isMediaName(person.name))))
    return { kind: 'named', name: person.name, entity: person.id };
  const at = c.entityAt(span.doc, span);
  const ent = at?.e;
  if (kind === 'media')
    return ent ? { kind, name: ent.name, entity: ent.id } : { kind, name: t.replace(/^the\s+/i, '') };
  const earlier = corefEarlier(t, c);
  if (earlier) return earlier;
  if (kind === 'named') return namedPhrase(text, t, span, at, c);
  if (ent && ent.type !== 'person') {
    const head = modifiedHead(text, t, span, at, c);
    if (head) return head;
    const k = nonPersonKind(t, ent.type);
    return (k === 'other' && unknownNamed(text, t, span, at, c)) || { kind: k, name: ent.name, entity: ent.id };
  }
  const rest = kind === 'other' ? nonPersonKind(t) : kind;
  // "Many Iranians", "an airline director": unnamed people the classifier's people nouns do not hold
  return { kind: rest === 'other' && unnamedPeople(t) ? 'anonymous' : rest, name: plainName(t) };
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
    const k = nonPersonKind(t, ent.type);
    // an entity of no body's type ("Babeu" left untyped) is the person the article named in full
    if (k === 'other' && full && !body) return { kind: 'named', name: full };
    const person = k === 'other' && !body ? unknownNamed(text, t, span, at, c) : null;
    if (person) return person;
    return { kind: k === 'other' && body ? body : k, name: ent.name, entity: ent.id };
  }
  if (full) return { kind: 'named', name: full };
  if (body && nonPersonKind(t) === 'other') return { kind: body, name }; // "the Complaint" stays a document
  // "Some critics", "That staffer": a capitalised determiner is no name; the phrase is who speaks
  if (!name.includes(' ')) return { kind: nonPersonKind(t), name: namesNoOne(name) ? plainName(t) : name };
  return { kind: 'named', name };
}

/**
 * "officials at the Harbour Department", "ICE numbers": who speaks when the body written in phrase `t` (of the
 * speaker text at `span`) only modifies the phrase's head: a document, or people — the person the commas set off
 * ("Omar Doe, director of the Harbour Project, said"), the one holder of the title the article named ("the Harbour
 * Party president" after "President Ivo Doe", "the Valdor senator" after "Sen. Ana Doe"), else unnamed. Null when
 * the body heads the phrase.
 */
function modifiedHead(
  text: string,
  t: string,
  span: Span,
  at: EntityAt | undefined,
  c: SpeakerContext,
): { kind: SourceKind; name: string; entity?: string } | null {
  if (!at) return null;
  const from = span.start + text.indexOf(t);
  const head = headBesideBody(t, Math.max(0, at.start - from), Math.max(0, Math.min(t.length, at.end - from)));
  if (head !== 'anonymous') return head ? { kind: head, name: plainName(t) } : null;
  const p = apposedPerson(span, c, 'before') ?? apposedPerson(span, c, 'after') ?? titledHead(t, c);
  return p ? { kind: 'named', name: p.name, entity: p.id } : { kind: 'anonymous', name: plainName(t) };
}

/** A title ending a phrase that opens on "the": "the Valdor senator", "the Harbour Party president". */
const TITLE_LAST = /^the\s.*\b(president|governor|senator|congressman|congresswoman|lawmaker)$/i;

/** "the Valdor senator", "the Harbour Party president": the one person of the title the article named before. */
function titledHead(t: string, c: SpeakerContext): EntityRef | undefined {
  const m = TITLE_LAST.exec(t);
  if (!m) return undefined;
  const title = m[1].toLowerCase();
  if (title !== 'president' && title !== 'governor') return c.lawmaker();
  const held = c.titled(title);
  return held.length === 1 ? held[0].e : undefined;
}

/** One member of a party described, not named: "the Kentucky Republican", "a senior Democrat". */
const PARTY_MEMBER = /^([Tt]he|[Aa]n?)\s+(?:[\p{L}.-]+\s+){0,3}(?:Republican|Democrat)$/u;

/**
 * "The Kentucky Republican said": the lawmaker last named with a title ("Sen. Ana Doe") in this paragraph or the one
 * before, else the person this paragraph last let speak by name; "a senior Democrat", or "the" with no one named
 * there, is one unnamed member. A party speaks as "the Republicans", not so.
 */
function partyMember(t: string, c: SpeakerContext): { kind: SourceKind; name: string; entity?: string } | null {
  const m = PARTY_MEMBER.exec(t);
  if (!m || /\s(?:the|a|an|and|of)\s/i.test(t)) return null;
  if (m[1].toLowerCase() !== 'the') return { kind: 'anonymous', name: plainName(t) };
  const titled = c.lawmaker();
  if (titled) return { kind: 'named', name: titled.name, entity: titled.id };
  const last = c.memory.lastNamed();
  if (last && last.paragraph === c.paragraph)
    return { kind: 'named', name: last.name, ...(last.entity ? { entity: last.entity } : {}) };
  return { kind: 'anonymous', name: plainName(t) };
}

/** A bare title of one office: "the president", "the secretary", "the senator". */
const BARE_TITLE =
  /^the\s+(former\s+)?(president|secretary|senator|governor|judge|chairman|chairwoman|speaker|mayor|prime minister)$/i;

/**
 * "The president said": the one person the article named before with that title written before the name ("President
 * Ivo Doe", "Secretary of State Kira Loft"); "the Valdorian leader": the one the article titled with the country's
 * adjective ("Valdorian Prime Minister Ivo Doe"); "the former president": the one titled "former President Ivo Doe".
 * Two such people (unless the text decides, `oneTitled`), or none, leave the title unresolved.
 */
function titleHolder(t: string, c: SpeakerContext): { kind: SourceKind; name: string; entity?: string } | null {
  const m = BARE_TITLE.exec(t);
  const st = m ? null : stateTitle(t);
  if (!m && !st) return null;
  const held = !m
    ? c.stateTitled(st!.adjective, st!.title)
    : m[1]
      ? c
          .titled(m[2].toLowerCase())
          .filter((h) => h.former)
          .map((h) => h.e)
      : oneTitled(c.titled(m[2].toLowerCase()), c);
  return held.length === 1 ? { kind: 'named', name: held[0].name, entity: held[0].id } : null;
}

/**
 * Of the people titled so, who "the president" is when the text decides it: the one the article calls so as a current
 * holder (not "former President …"); of two or more, the one the speaker's paragraph names last before the speaker,
 * else the one titled plainly ("President Ivo Doe") where every other has a capitalised word before the title
 * ("Valdorian President Ana Brenn"). Else all of them (two or more: unresolved).
 */
function oneTitled(held: readonly Titled[], c: SpeakerContext): EntityRef[] {
  if (held.length < 2) return held.map((h) => h.e);
  const current = held.filter((h) => h.current);
  if (current.length < 2) return current.map((h) => h.e);
  const ids = new Set(current.map((h) => h.e));
  const near = c.mentioned(c.paragraph).filter((e) => ids.has(e));
  if (near.length) return [near[near.length - 1]];
  const plain = current.filter((h) => h.plain);
  return (plain.length === 1 ? plain : current).map((h) => h.e);
}

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
/** Whether a phrase with two names is a title and a name (no coordination or clause): "Doe spokesman Kira Loft". */
function titleBetween(t: string): boolean {
  if (OF_CAPITALISED.test(t)) return false; // "Ivo Doe of Harbourwatch": the body after "of"
  return !t.split(/\s+/).some((w) => NOT_IN_TITLE.has(w.toLowerCase()) || LOWER_ED_LY.test(w));
}

/** The person entity written between commas beside a speaker phrase, before or after it, if any. */
function apposedPerson(span: Span, c: SpeakerContext, side: 'before' | 'after'): EntityRef | undefined {
  const at = apposedName(c.docText, span.start, span.end, side);
  return at ? c.personAt(span.doc, { doc: span.doc, start: at[0], end: at[1] }) : undefined;
}

/** "the lawmaker" after "lawmaker Issam al-Kreiti" spoke: the same person, named; else null. */
function corefEarlier(t: string, c: SpeakerContext): { kind: SourceKind; name: string; entity?: string } | null {
  const coref = THE_WORD.exec(t);
  if (!coref) return null;
  const earlier = c.memory.namedWith(coref[1].toLowerCase());
  return earlier ? { kind: 'named', name: earlier.name, ...(earlier.entity ? { entity: earlier.entity } : {}) } : null;
}

/** Whether a name is a medium's ("Al Jazeera", "Haaretz"), though the entity table typed it a person. */
function isMediaName(name: string): boolean {
  return MEDIA_WORDS.test(name) || MEDIA_NAMES.test(name);
}

/** Whether a phrase ends on a run of capitalised words with no media word ("Ivo Brenn of the Harbour Council"). */
function endsOnName(t: string): boolean {
  const name = personName(t);
  return !!name && name.includes(' ') && t.endsWith(name) && !MEDIA_WORDS.test(name);
}

/**
 * Whether a phrase ends on the surname of the person `name` ("White House Press Secretary Ivo Brenn", "Sen. Rand
 * Paul"): the person is who speaks; the title and the medium before the name describe them.
 */
function endsOnPerson(t: string, name: string): boolean {
  const last = (x: string) => surnameKey(x.replace(NON_LETTER_TAIL, '').replace(/’/g, "'"));
  return last(t) === last(name);
}

/**
 * Who "he" or "she" (of gender `g`) is: the last named speaker of the paragraph when every named speaker before it
 * there is the same person; else, when no one spoke there yet, the one person named in the paragraph, or, when this
 * one names no one, the one person who spoke in the paragraph before (no one when someone unnamed spoke there), else
 * the one person named there. A candidate the article gives the other gender ("Mr. Brenn" for
 * "she") is ruled out: a lone candidate so ruled out leaves the pronoun unresolved, and of two or more the one left is
 * taken only when the article gives it the pronoun's gender too (gender vetoes; it promotes only when stated).
 */
function pronounReferent(g: Gender, c: SpeakerContext): { name: string; entity?: string } | null {
  type Who = { name: string; entity?: string };
  const pick = (cands: Who[]): Who | null => {
    const left = cands.filter((x) => c.gender(x.name) !== (g === 'm' ? 'f' : 'm'));
    if (left.length === 1 && (cands.length === 1 || c.gender(left[0].name) === g)) return left[0];
    // two people or more: the subject of the sentence, or of the one before ("Doe said … Brenn …; he added")
    return left.length > 1 ? subjectOf(g, c) : null;
  };
  const before = c.memory.namedIn(c.paragraph);
  if (before.length) {
    const last = new Map(before.map((n) => [n.entity ?? n.name, n])); // each person's last turn
    const one = pick([...last.values()]);
    return one ? { name: one.name, ...(one.entity ? { entity: one.entity } : {}) } : null;
  }
  const distinct = (es: EntityRef[]) => [...new Map(es.map((e) => [e.id, e])).values()];
  let people = distinct(c.mentioned(c.paragraph));
  if (!people.length && c.paragraph > 0) {
    // "“…,” Doe said. ¶ “…,” he added": the one person who spoke in the paragraph before, when only named people did
    // (someone unnamed who spoke there is "he" as likely as anyone the paragraph names: unresolved; a body, a medium
    // or a document is no "he")
    // "“…,” Doe said. ¶ “…” ¶ “…,” he said": paragraphs of bare quotes between carry the speaker before them on
    let p = c.paragraph - 1;
    for (let k = 0; k < CHAIN && p > 0 && !c.memory.spokeIn(p).length && c.quoteOnly(p) && !c.mentioned(p).length; k++)
      p--;
    const prev = c.memory.spokeIn(p).filter((x) => PERSON_KINDS.has(x.kind));
    if (prev.length) {
      const all = prev.every((x) => x.kind === 'named');
      const one = all ? pick([...new Map(prev.map((x) => [x.entity ?? x.name, x])).values()]) : null;
      // two named speakers there: the one the paragraph opened on as its subject
      const subject = !one && all ? paragraphSubject(g, p, c) : null;
      const who = one ?? (subject && prev.some((x) => x.entity === subject.entity) ? subject : null);
      return who ? { name: who.name, ...(who.entity ? { entity: who.entity } : {}) } : null;
    }
    people = distinct(c.mentioned(p));
    // "Sen. Ana Doe, D-Val., urged Ivo Brenn to … ¶ “…,” she said": the subject of the paragraph before
    const e = pick(people.map((x) => ({ name: x.name, entity: x.id })));
    if (e || people.length < 2) return e ? { name: e.name, ...(e.entity ? { entity: e.entity } : {}) } : null;
    return paragraphSubject(g, p, c);
  }
  const e = pick(people.map((x) => ({ name: x.name, entity: x.id })));
  return e ? { name: e.name, ...(e.entity ? { entity: e.entity } : {}) } : null;
}

/** Paragraphs of bare quotes a pronoun looks back over for the speaker before them. */
const CHAIN = 4;

/** The subject of the pronoun's sentence or the one before, when the article does not give it the other gender. */
function subjectOf(g: Gender, c: SpeakerContext): { name: string; entity: string } | null {
  const s = c.subject();
  return s && c.gender(s.name) !== (g === 'm' ? 'f' : 'm') ? { name: s.name, entity: s.id } : null;
}

/** The subject of paragraph p's last sentence (`subjectIn`), when the article does not give it the other gender. */
function paragraphSubject(g: Gender, p: number, c: SpeakerContext): { name: string; entity: string } | null {
  const s = c.subjectIn(p);
  return s && c.gender(s.name) !== (g === 'm' ? 'f' : 'm') ? { name: s.name, entity: s.id } : null;
}

/** Kinds of speaker that may be a person. */
const PERSON_KINDS: ReadonlySet<SourceKind> = new Set(['named', 'anonymous', 'unresolved', 'other']);

/** A person's gender as an article states it in a title or a gendered noun before the name. */
type Gender = 'm' | 'f';

/**
 * "Mr. Brenn", "Sir Ivo Brenn", "spokeswoman Lena Varga": the title or noun, then the name's capitalised words. No
 * "spokesman" or "chairman": news copy writes them of women too ("spokesman Abeer …").
 */
const GENDERED_TITLE =
  /\b(Mr|Mrs|Ms|Miss|Sir|Lord|Dame|Lady|Madam|King|Queen|(?:spokes|congress|chair|business|council)woman)\b\.?\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)/gu;
const FEMALE_TITLE = /^(?:mrs|ms|miss|dame|lady|madam|queen|\p{L}+woman)$/iu;

/**
 * The genders a doc's text gives surnames by title ("Mr. Brenn" male, "Ms. Varga" female), by lowercase surname; a
 * surname given both (two people, or a misreading) is left out: only a stated, unambiguous gender rules out a speaker.
 */
function docGenders(text: string): Map<string, Gender> {
  const seen = new Map<string, Gender | null>();
  for (const m of text.matchAll(GENDERED_TITLE)) {
    const g: Gender = FEMALE_TITLE.test(m[1]) ? 'f' : 'm';
    const k = surnameKey(m[2]);
    const was = seen.get(k);
    seen.set(k, was === undefined || was === g ? g : null);
  }
  const out = new Map<string, Gender>();
  for (const [k, g] of seen) if (g) out.set(k, g);
  return out;
}

/** A speaker phrase as a name: lower case, without a leading article. */
function plainName(t: string): string {
  return t.replace(/^(?:the|a|an)\s+/i, '').toLowerCase();
}

/** Person entities by lowercase surname, per doc and per event: a lookup that prefers the doc, then the event, never other events. */
function surnameIndex(
  people: readonly EntityRef[],
  events: Readonly<Record<string, string>>,
): (surname: string, doc: string, event?: string, alone?: boolean) => EntityRef[] {
  const byDoc = new Map<string, EntityRef[]>();
  const byEvent = new Map<string, EntityRef[]>();
  const put = (m: Map<string, EntityRef[]>, k: string, e: EntityRef) => {
    const l = m.get(k);
    if (!l) m.set(k, [e]);
    else if (!l.includes(e)) l.push(e);
  };
  // a name's first word, in its docs only, under its own prefix: a family name written first ("Ban Ki-moon",
  // "Xi Jinping": "Ban said") or a first name used alone for someone named in full in the same article
  const FIRST = '\u0001';
  for (const e of people) {
    const sur = surnameKey(e.name);
    if (!e.name.includes(' ')) continue; // a one-word name cannot expand a surname
    const first = e.name.split(/\s+/)[0].toLowerCase();
    for (const m of e.mentions) {
      put(byDoc, m.doc + '\u0000' + sur, e);
      put(byDoc, m.doc + FIRST + first, e);
      const ev = events[m.doc];
      if (ev !== undefined) put(byEvent, ev + '\u0000' + sur, e);
    }
  }
  return (surname, doc, event, alone) =>
    byDoc.get(doc + '\u0000' + surname) ??
    (event !== undefined ? byEvent.get(event + '\u0000' + surname) : undefined) ??
    (alone ? byDoc.get(doc + FIRST + surname) : undefined) ??
    [];
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

/** The first entity (in list order) with a mention in `doc` overlapping `span`. */
function entityIndex(entities: readonly EntityRef[]): (doc: string, span: Span) => EntityRef | undefined {
  const at = mentionIndex(entities);
  return (doc, span) => at(doc, span)?.e;
}

/** An entity and where its mention lies in the doc. */
type EntityAt = { e: EntityRef; start: number; end: number };

/** The first entity (in list order) with a mention in `doc` overlapping `span`, with that mention: an index built once, a binary search per lookup. */
function mentionIndex(entities: readonly EntityRef[]): (doc: string, span: Span) => EntityAt | undefined {
  const byDoc = new Map<string, { start: number; end: number; ent: number }[]>();
  entities.forEach((e, ent) => {
    for (const m of e.mentions) {
      const l = byDoc.get(m.doc);
      if (l) l.push({ start: m.start, end: m.end, ent });
      else byDoc.set(m.doc, [{ start: m.start, end: m.end, ent }]);
    }
  });
  const maxLen = new Map<string, number>();
  for (const [doc, l] of byDoc) {
    l.sort((a, b) => a.start - b.start || a.ent - b.ent);
    maxLen.set(
      doc,
      l.reduce((n, m) => Math.max(n, m.end - m.start), 0),
    );
  }
  return (doc, span) => {
    const l = byDoc.get(doc);
    if (!l) return undefined;
    const lo = firstStartingAt(l, span.end);
    const reach = span.start - maxLen.get(doc)!;
    let best = -1;
    for (let k = lo - 1; k >= 0 && l[k].start >= reach; k--)
      if (l[k].end > span.start && (best < 0 || l[k].ent <= l[best].ent)) best = k;
    return best < 0 ? undefined : { e: entities[l[best].ent], start: l[best].start, end: l[best].end };
  };
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
