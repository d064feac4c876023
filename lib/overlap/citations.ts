// Citations of news outlets inside article text ("told Shafaq News", "INA reported", "according to Iraqi media"), with offsets.
import type { Doc } from '../types.js';
import { outletKey, type OutletResolver } from './outlets.js';
import type { Citation } from './types.js';
import { MAX_NAME, matchNames, nameMatcher, type NameMatcher } from './known-names.js';
import { expandShortNames, STAFF_AFTER } from './short-names.js';
import { isBodyName, isKnownBody, personSpeaking, spelledAsBody } from './body-names.js';
import { OUTLET_WORD } from './outlet-words.js';
import { describedNames, type CandidateName } from './described-names.js';
import { mediumNames } from './medium-names.js';
import { countryMedia } from './country-media.js';
import { knownNameTail, outletNameTail } from './name-tail.js';
import { descriptionBefore } from './name-description.js';
import { STRONG_MEDIUM } from './medium-words.js';
import { writerLeadIn } from './staff-lead-in.js';
import { writerNamedOutlets } from './writer-named.js';
import { corpusMedia, withCorpusMedia } from './corpus-media.js';
import { coordinatedCitations } from './coordinated-media.js';
import { apposedMedia } from './apposed-medium.js';
import { acronymSpelling, initialsSpelling, keySpelling, mediumSpelling } from './cited-spellings.js';

// The cue before a name: a verb of telling or a source phrase ("told", "according to", "obtained by", "blogging in",
// "an op-ed in"), of publishing or speaking in or on it ("published Monday in", "a story that appeared in", "said on"),
// of handing it a text ("a statement delivered to", "provided to"), or a verb of writing after a
// clause it ends (", writes The Washington Post", ", reports the BBC").
const BEFORE =
  /(?:\b(?:told|tells|telling|tell|according to|citing|quoting|cited by|quoted by|reported by|as reported by|(?:reported|revealed|published|disclosed)(?:\s+[A-Za-z0-9]+){1,3}?\s+by|(?:published|appeared|appearing|printed)(?:\s+[A-Za-z0-9]+){0,2}?\s+in|(?:said|says|saying|spoke|speaking)(?:\s+[A-Za-z]+)?\s+on|(?:delivered|given|sent|provided|released|leaked)\s+to|(?:obtained|seen|reviewed|translated)\s+by|carried\s+(?:by|on)|via|in an interview with|interview with|(?:appeared|appearing|an appearance|aired|broadcast|televised)\s+on|interviewed\s+by|speaking to|speaking with|spoke to|spoke with|talking to|talked to|said to|writing in|wrote in|writing for|blogging (?:in|at|for)|published by|a report by|a report in|reports? by|reports? in|reports? from|per|(?:op-ed|op-ed piece|opinion piece|article|column|editorial|essay|commentary|piece|blog post)\s+(?:published\s+)?(?:in|for|by))\s+(?:the\s+|an?\s+)?|,\s*(?:writes|wrote|reports|reported|adds|added|notes|noted)\s+(?:the\s+)?)$/i;
/** A verb of releasing by, for a name described as a medium or a generic medium only ("released by investigative
 * media outlet X", "a video posted by a Kurdish news agency"): bodies release and post too ("released by the Pentagon",
 * "posted by the Iraqi Prime Minister Press Office"), so a cue only where medium words say the name is a newsroom's. */
const MEDIUM_BEFORE =
  /\b(?:released|posted|issued|aired|broadcast|produced|conducted|commissioned)(?:\s+[A-Za-z0-9]+){0,2}?\s+by\s+(?:the\s+|an?\s+)?$/i;
/**
 * A writer's verb some words before "for (the)" and the name, in one sentence ("Deptula , who ran the air campaign ,
 * writes on the use of air power for the Post :"): the quote beside it is the writer's piece in that outlet. At most
 * twelve words between; the piece's words must be quoted right there (`QUOTE_OPENS_AFTER` the name, or
 * `QUOTE_CLOSES_BEFORE` the writer's name: "… them , '' Garcia wrote for CNN"). A relative clause ("Khashoggi , who
 * wrote for the Post , was killed") or a bio line ("Ann Lee writes a column for the Post .") quotes nothing.
 */
const WRITES_FOR = /(?<!\bwho\s{1,3})\b(?:writes|wrote|writing)(?:\s+[^\s.!?:;]{1,30}){0,12}?\s+for\s+(?:the\s+)?$/i;
const QUOTE_OPENS_AFTER = /^\s*[:.,]?\s*(?:[\u201C"]|``)/;
const QUOTE_CLOSES_BEFORE = /(?:[\u201D"]|'')\s*,?\s*(?:[A-Z][\p{L}.'\u2019-]{0,30}\s+){1,3}$/u;
/** A medium's verb of putting out a text ("the state-run Syrian Arab News Agency issued a statement"): after a name
 * described as a medium, a known outlet's or one holding a newsroom's word only; bodies issue statements too. */
const MEDIUM_AFTER = /^\s+(?:also\s+)?(?:issued|released|published|carried|aired|broadcast|posted)\s+(?:a|an|the)\b/;
/** A newsroom's word closing one capitalised word ("EgyNews", "SkyNews"), of at most 24 letters before it; no
 * hashtag or handle ("#FakeNews"). */
const JOINED_OUTLET = new RegExp(
  `(?<![\\p{L}\\p{N}'\u2019.#@-]|[#@]\\s)\\p{Lu}\\p{Ll}{1,24}${OUTLET_WORD}(?![\\p{L}\\p{N}-])`,
  'gu',
);
/** A cue ending in "a"/"an" ("according to a Reuters report") cites only when a news product follows the name: "told a
 * CNN reporter" or "according to a Pentagon official" names no report of the outlet's. */
const INDEFINITE_CUE = /\ban?\s+$/i;
const PRODUCT_AFTER =
  /^\s+(?:news\s+)?(?:report|reports|story|article|investigation|analysis|interview|poll|survey|tally|count|review|broadcast|dispatch|documentary|podcast|editorial|exclusive|bulletin|reporter|correspondent|journalist)\b/i;
// "X reported", "X has learned", "X also reported", "X initially said", the progressive and passive of news-gathering ("X is reporting", "X was told"), a verb
// of writing ("The AP adds", "X notes"), a news product ("Politico had a story"), and ", which first reported"
const AFTER =
  /^(?:\s*\(\s?[A-Z][A-Za-z]{1,7}\s?\))?(?:(?:\s+(?:has|have|had|is|are|was|were))?(?:\s+(?:also|later|first|initially|earlier|previously|originally|separately))?\s+(?:reported|reports|reporting|said|says|quoted|quotes|cited|stated|wrote|writes|learned|learnt|revealed|published|quoting|citing|added|adds|noted|notes|told)|\s+(?:has|had)\s+an?\s+(?:[a-z]+\s+)?(?:story|report|piece|article|scoop)|\s*,\s*which\s+(?:first\s+)?(?:reported|revealed|broke))\b/;
/** The verbs after a name that an acronym the outlet table knows may take beside "reported" ("The AP adds"). */
const KNOWN_ACRONYM_AFTER =
  /\b(?:reported|reports|writes|wrote|adds|added|notes|noted|story|report|piece|article|scoop)\b/;
// a capitalised word of at most 40 characters: unbounded, the regex backtracks over every long run without spaces (quadratic)
const CAP = "[A-Z][\\p{L}\\p{N}&'\\u2019.-]{0,39}";
// a word may end in a possessive apostrophe set off by a space, as tokenised text writes it ("Iranian Students ' News
// Agency"): the whole name, not its last two words
const OUTLET_LIKE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${CAP}(?:\\s['\\u2019])?\\s+){0,4}${OUTLET_WORD}(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Every OUTLET_LIKE match holds an outlet word as written: a text holding none needs no OUTLET_LIKE scan (a literal
 * search, where the pattern's scan tries its lookbehind and capitalised words at every position). */
const ANY_OUTLET_WORD = new RegExp(OUTLET_WORD);
// not a part of a hyphenated name ("AFL-CIO", "ISIS-K"): the whole is the name, and a call sign's "KGO-TV" is read
// as an outlet-like name
const ACRONYM = /(?<![\p{L}\p{N}]|[\p{L}\p{N}]-)[A-Z]{2,6}(?![\p{L}\p{N}]|-\p{L})/gu;
/** A word of two capitalised pieces ("WaPo"), the shape of a clipped outlet name (outlet-short-forms.ts). */
const CLIPPED = /(?<![\p{L}\p{N}'\u2019.-])\p{Lu}\p{Ll}{1,20}\p{Lu}\p{Ll}{1,20}(?![\p{L}\p{N}-])/gu;
// Unnamed media: a qualifier and a medium ("Iraqi media", "state TV", "the official news agency", "state-run
// television", "a government-controlled broadcaster", "local radio station"), with the country before the qualifier
// as a possessive or a demonym ("Egypt 's state news agency", "Algerian state television"): a channel, no outlet.
// Where a name follows ("state news agency MENA") the name is the outlet (see `describedNames`).
const GENERIC_QUALIFIER =
  '(?:[Ii]raqi|Kurdish|Syrian|Iranian|Turkish|Arab|Israeli|Lebanese|Western|US|U\\.S\\.|American|Russian|[Ll]ocal|' +
  '[Ss]tate(?:-(?:run|owned|controlled|backed|affiliated))?|[Ss]emi-official|[Oo]fficial|[Ii]nternational|[Ff]oreign|' +
  '[Rr]egional|[Gg]overnment(?:-(?:run|owned|controlled))?|pro-[\\p{L}-]+)';
const GENERIC_HEAD =
  '(?:media(?:\\s+outlets|\\s+reports)?|press|news\\s+outlets|outlets|news\\s+agenc(?:y|ies)|(?:TV|television|radio)(?:\\s+station)?|broadcaster|newspapers?)';
const GENERIC_COUNTRY =
  "(?:(?:\\p{Lu}\\p{L}+\\s+)?\\p{Lu}\\p{L}+\\s?['\\u2019]\\s?s\\s+|(?:(?!(?:The|A|An|In|On|At|By|For|From|With|To|And|But|Or|As|Of)\\s)" +
  '\\p{Lu}\\p{L}+\\s+)?\\p{Lu}\\p{L}*(?:an|ese|ish|i)\\s+)?';
const GENERIC = new RegExp(
  `(?<![\\p{L}\\p{N}])${GENERIC_COUNTRY}${GENERIC_QUALIFIER}\\s+${GENERIC_HEAD}(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Every GENERIC phrase holds one of these words (case-sensitive): a text holding none needs no GENERIC scan (0.7 s at
 * 10,000 generated articles, where almost no text holds one). */
const GENERIC_WORDS = ['media', 'press', 'news', 'outlets', 'TV', 'television', 'broadcaster', 'radio'];
const ABBREV_TAIL = /\s*\(([A-Z][A-Za-z]{1,7})\)/y;
// The word after an unknown acronym that "told" governs: a capitalised word or a noun makes the acronym a modifier of
// the one told ("told GOP members", "told ICE agents", "told US District Judge X"), not a newsroom; punctuation or a
// function word ends the addressee ("told ILNA that", "told CSM last week", "told KVRN she"). Known outlets' acronyms
// ("told NPR Morning Edition host …") need no such test.
const WORD_AFTER = /^\s+([\p{L}][\p{L}'\u2019-]*)/u;
const ENDS_ADDRESSEE: ReadonlySet<string> = new Set(
  (
    'that in on at last this earlier about after before during when while and but or yesterday today recently ' +
    'she he they it we i you the a an there his her their its'
  ).split(' '),
);

/** A medium word written as an acronym ("TV"): no newsroom's name by itself. */
const MEDIUM_WORD = new RegExp(`^(?:${STRONG_MEDIUM})$`);

/** A medium noun a bare medium word modifies ("TV station", "radio network"). */
const MEDIUM_NOUN_AFTER = /^\s+(?:station|channel|network|show|program|programme|interview)s?\b/i;

/** A US broadcaster's call sign ("KTVU", "WJLA"): a newsroom whatever follows it ("told KTVU Fox 2"). */
const CALL_SIGN = /^[KW][A-Z]{2,3}$/;
/** Words of a newsroom within a few words after the acronym: "told ABC senior correspondent …", "told NTV television". */
const NEWSROOM_AFTER =
  /^(?:\s+[\p{L}.'-]+){0,3}?\s+(?:television|tv|radio|station|affiliate|correspondent|reporter|host|anchor|network|newspaper|channel)\b/iu;

/** Whether the unknown acronym at [start, end) is the whole of what "told" governs, or a newsroom (see WORD_AFTER). */
function endsAddressee(text: string, start: number, end: number): boolean {
  if (CALL_SIGN.test(text.slice(start, end))) return true;
  const after = text.slice(end, end + 60);
  const m = WORD_AFTER.exec(after);
  return !m || ENDS_ADDRESSEE.has(m[1]) || NEWSROOM_AFTER.test(after);
}

/**
 * Citations of outlets in each doc, in text order: a known outlet, an outlet-like name or generic media, next to a
 * citing cue. Read twice where the corpus names a newsroom no table knows (corpus-media.ts): the articles holding
 * its name read it again as a known outlet's.
 */
export function extractCitations(docs: readonly Doc[], resolver: OutletResolver): Citation[] {
  const matchers = knownMatchers(resolver);
  const first = docs.map((d) => docCitations(d, matchers, resolver));
  const learned = corpusMedia(first.flat(), resolver);
  if (learned.length) {
    const wider = withCorpusMedia(resolver, learned);
    const known = knownMatchers(wider);
    // the second reading only adds: what the first read stays as it was
    docs.forEach((d, i) => {
      if (!learned.some((n) => d.text.includes(n))) return;
      const had = first[i];
      const added = docCitations(d, known, wider).filter((c) => !had.some((h) => h.start < c.end && c.start < h.end));
      if (added.length) first[i] = had.concat(added).sort((x, y) => x.start - y.start || x.end - y.end);
    });
  }
  const out: Citation[] = [];
  for (const cs of first) for (const c of cs) out.push(c); // no spread: a long article has unbounded citations
  const ownKey = new Map(docs.map((d) => [d.id, outletKey(d.outlet)]));
  const own = (c: Citation, cited: string) => ownKey.get(c.doc) === outletKey(cited);
  const resolve = (n: string) => resolver.resolve(n);
  return keySpelling(
    mediumSpelling(initialsSpelling(acronymSpelling(out), resolver.aliases, resolve, own), resolve, own),
  );
}

/** One doc's citations, in text order. */
function docCitations(d: Doc, known: readonly NameMatcher[], resolver: OutletResolver): Citation[] {
  const names = candidateNames(d, known, resolver);
  const cued = cueNames(d, names, resolver).concat(datelines(d, resolver));
  const own = outletKey(d.outlet);
  const named = names
    .filter((n) => n.kind !== 'generic')
    .map((n) => ({ start: n.start, written: d.text.slice(n.start, n.end), cited: n.cited }));
  const found = expandShortNames(d.text, dropOverlaps(cued), named, (cited) => outletKey(cited) === own, d.outlet);
  return found.sort((x, y) => x.start - y.start || x.end - y.end);
}

/** Matchers of the known outlet names and aliases: short all-caps ones case-sensitively, the rest case-insensitively. */
function knownMatchers(resolver: OutletResolver): NameMatcher[] {
  // names longer than MAX_NAME never go into a regex (a 15 KB outlet name would abort it); they still resolve exactly
  const escaped = resolver.aliases
    .filter((a) => a.length <= MAX_NAME)
    .map((a) => ({ a, cs: /^[A-Z0-9]+$/.test(a) && a.length <= 6 }));
  // a short form of a corpus outlet's name counts only capitalised, as a name ("the Free Beacon", not "free beacon")
  const exact = (resolver.exactCase ?? []).filter((a) => a.length <= MAX_NAME);
  const knownCs = nameMatcher(
    escaped
      .filter((e) => e.cs)
      .map((e) => e.a)
      .concat(exact),
    'u',
  );
  const knownCi = nameMatcher(
    escaped.filter((e) => !e.cs).map((e) => e.a),
    'iu',
  );
  return [knownCs, knownCi].filter((m): m is NameMatcher => m !== null);
}

/** Known outlet names, outlet-like names, acronyms and generic media phrases in a doc's text. */
function candidateNames(d: Doc, known: readonly NameMatcher[], resolver: OutletResolver): CandidateName[] {
  const text = d.text;
  const names: CandidateName[] = [];
  const own = outletKey(d.outlet);
  let rank = 0;
  const add = (start: number, end: number, cited: string | null, generic: boolean, strict: boolean) => {
    if (!cited) return;
    const kind: Citation['kind'] = generic ? 'generic' : outletKey(cited) === own ? 'self' : 'outlet';
    names.push({ start, end, cited, kind, strict, rank });
  };
  for (const m of known)
    for (const [s, e] of matchNames(m, text)) {
      const cited = resolver.resolve(text.slice(s, e));
      add(s, e, cited, false, false);
      // more of its own name after it ("Reuters News Agency"): the citation's span, the same outlet (name-tail.ts)
      const tail = cited ? knownNameTail(text, e) : e;
      const longer = tail > e ? resolver.resolve(text.slice(s, tail)) : null;
      if (tail > e && (!longer || longer === cited)) names[names.length - 1].tail = tail;
    }
  rank = 2;
  const outletLike = ANY_OUTLET_WORD.test(text) ? text.matchAll(OUTLET_LIKE) : [];
  for (const m of outletLike) {
    // a name cut at its outlet word goes on ("The Daily Star", "Channel 10"): see name-tail.ts
    const end = resolver.resolve(m[0]) ? m.index + m[0].length : outletNameTail(text, m.index + m[0].length, m[0]);
    const whole = wholeName(text, m.index, text.slice(m.index, end), resolver);
    if (whole) add(whole.start, end, whole.cited, false, false);
  }
  // a newsroom no table knows, named by its writer ("The Federalist 's Ben Domenech notes"): see writer-named.ts
  for (const w of writerNamedOutlets(text)) if (!resolver.resolve(w.cited)) add(w.start, w.end, w.cited, false, false);
  // a clipped compound of a corpus outlet's first two words ("WaPo reports"): see outlet-short-forms.ts
  for (const m of text.matchAll(CLIPPED)) add(m.index, m.index + m[0].length, resolver.resolve(m[0]), false, false);
  // a newsroom's word closing one capitalised word ("EgyNews"): the whole word is its name
  for (const m of text.matchAll(JOINED_OUTLET))
    add(m.index, m.index + m[0].length, resolver.resolve(m[0]) ?? m[0], false, false);
  rank = 3;
  for (const m of text.matchAll(ACRONYM)) {
    // a bare medium word in capitals ("spoke to the TV station Vanguardia"): the name, if any, follows it
    if (MEDIUM_WORD.test(m[0])) continue;
    const cited = resolver.resolve(m[0]);
    add(m.index, m.index + m[0].length, cited ?? m[0], false, true);
    if (cited) names[names.length - 1].known = true;
  }
  rank = 1;
  const generic = GENERIC_WORDS.some((w) => text.includes(w)) ? text.matchAll(GENERIC) : [];
  for (const m of generic) {
    const phrase = m[0]
      .replace(/\s+/g, ' ')
      .replace(/ (?:outlets|reports)$/, '')
      .replace(/ ?['\u2019] ?s /u, "'s ");
    add(m.index, m.index + m[0].length, phrase.charAt(0).toUpperCase() + phrase.slice(1), true, false);
  }
  // a country medium taken whole over the fixed reader's shorter phrase ("the nation's semi-official news agency")
  const fixed = names.filter((n) => n.kind === 'generic');
  const taken = (s: number, e: number) => fixed.some((n) => n.start < e && s < n.end && (n.start < s || n.end > e));
  const media = GENERIC_WORDS.some((w) => text.includes(w)) ? countryMedia(text, GENERIC_HEAD, taken) : [];
  for (const c of media) add(c.start, c.end, c.label, true, false);
  const inside = (n: CandidateName) =>
    n.kind === 'generic' &&
    media.some((c) => c.start <= n.start && n.end <= c.end && c.end - c.start > n.end - n.start);
  if (media.length) names.splice(0, names.length, ...names.filter((n) => !inside(n)));
  const kindOf = (cited: string): Citation['kind'] => (outletKey(cited) === own ? 'self' : 'outlet');
  const ctx = { text, resolve: (n: string) => resolver.resolve(n), kindOf };
  return apposedMedia(ctx, mediumNames(ctx, describedNames(ctx, names)));
}

/**
 * Words before an outlet-like name that are not part of it: a conjunction, adverb, preposition or determiner that
 * opens the sentence ("But ABC News reports", "As The Telegraph reports", "Meanwhile Sky News said"), and a
 * descriptor joined by a hyphen ("State-run Al-Ahram News", "Beirut-based Al-Mayadeen TV"). "The" stays: it is part
 * of many names. Taken off only when the whole capitalised run is no outlet the resolver knows ("In These Times").
 */
const LEAD_WORDS = [
  'And But Or Nor So Yet As While When Whereas Although Though Because If Since After Before Until Unless Once',
  'Also Now Then Still Meanwhile However Moreover Furthermore Instead Indeed Later Earlier Separately Previously',
  'Recently Today Yesterday Tonight Last Even Only Just Both Each Every Another Other Some Many Most Several This',
  'That These Those In On At By For From With Of To Per Via Like Unlike Including Citing Quoting According Here',
]
  .join(' ')
  .replace(/ /g, '|');
const DESCRIPTOR =
  "[\\p{L}.'\u2019]+-(?:run|based|owned|backed|controlled|funded|financed|affiliated|linked|aligned|leaning|operated|sponsored|language|speaking)";
const NOT_NAME_LEAD = new RegExp(`^(?:(?:${LEAD_WORDS}|${DESCRIPTOR})\\s+)+`, 'u');
/** A descriptor right before a name, after a cue. */
const DESCRIPTOR_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.'\u2019-])${DESCRIPTOR}\\s+$`, 'u');

/** The name before a bare outlet word that punctuation cut off ("Yahoo ! News" as tokenised text writes it). */
const CUT_BEFORE = /(?<![\p{L}\p{N}])[A-Z][\p{L}\p{N}&'\u2019.-]{0,39}\s?[!?]?\s+$/u;
/** The capitalised words before a bare outlet word joined to it by a hyphen ("The San Diego Union-Tribune"). */
const HYPHEN_BEFORE =
  /(?<![\p{L}\p{N}])(?:[A-Z][\p{L}\p{N}&'\u2019.]{0,39}\s+){0,4}[A-Z][\p{L}\p{N}&'\u2019.]{0,39}-$/u;

/**
 * The cited outlet of an outlet-like name and where its name starts, or null. A bare outlet word ("News reported",
 * "according to Media Matters", "state TV said") is a generic word or a piece cut from a longer name: it names an
 * outlet only as a short form after "the" ("the Journal said") or before its staff ("Monitor correspondent"), or as the end of a whole name the resolver knows
 * ("Yahoo ! News"). Take the whole name or nothing.
 */
function wholeName(
  text: string,
  start0: number,
  written0: string,
  resolver: OutletResolver,
): { start: number; cited: string } | null {
  const resolved = resolver.resolve(written0);
  if (resolved) return { start: start0, cited: resolved };
  // the name starts after a word that opens a sentence but no name ("But ABC News reports") and a descriptor
  const lead = NOT_NAME_LEAD.exec(written0)?.[0].length ?? 0;
  const start = start0 + lead,
    written = written0.slice(lead);
  const under = lead ? resolver.resolve(written) : null;
  if (under) return { start, cited: under };
  const end = start + written.length;
  // a bare medium word that modifies the medium after it ("the TV station Vanguardia"): the name, if any, follows
  if (MEDIUM_WORD.test(written) && MEDIUM_NOUN_AFTER.test(text.slice(end, end + 12))) return null;
  if (
    /\s/.test(written.trim()) ||
    /(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, start - 5), start)) ||
    STAFF_AFTER.test(text.slice(end, end + 30))
  )
    return isBodyName(written) ? null : { start, cited: outletLikeName(written) };
  const joined = HYPHEN_BEFORE.exec(text.slice(Math.max(0, start - 200), start));
  if (joined) {
    const whole = joined[0] + written;
    const cited = resolver.resolve(whole) ?? (isBodyName(whole) ? null : outletLikeName(whole));
    return cited ? { start: start - joined[0].length, cited } : null;
  }
  const cut = CUT_BEFORE.exec(text.slice(Math.max(0, start - 45), start));
  const cited = cut ? resolver.resolve(`${cut[0].trim()} ${written}`) : null;
  return cited ? { start: start - cut![0].length, cited } : null;
}

/** An outlet-like name as written, spaces made single and a spaced possessive closed up ("Students ' News" → "Students' News"). */
function outletLikeName(written: string): string {
  return written.replace(/\s+/g, ' ').replace(/ (['\u2019]) /g, '$1 ');
}

/**
 * A byline closing a quoted excerpt: a quote mark, a writer's name and ", <outlet>" at the end of the line
 * ("… are in order. ” Ben Wedeman , CNN"). Where the byline starts (the writer's name), or -1.
 */
const BYLINE_BEFORE = /[\u201D"'\u2019]\s+((?:[A-Z][\p{L}.'\u2019-]*\s+){1,4}),\s+(?:[Tt]he\s+)?$/u;
function bylineStart(text: string, start: number, end: number): number {
  if (!/^[ \t]*(?:[\n\r]|$)/.test(text.slice(end, end + 20))) return -1;
  const m = BYLINE_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  return m ? start - m[0].length + m[0].indexOf(m[1]) : -1;
}

/** The end of the news product after a name cited with "a"/"an" ("according to a Reuters report"), or -1 when none follows. */
function productEnd(text: string, end: number): number {
  const m = PRODUCT_AFTER.exec(text.slice(end, end + 40));
  return m ? end + m[0].length : -1;
}

// The outlet's own sourcing after its name: "State broadcaster Nile TV, citing an unnamed security official, said …":
// the outlet is the one reporting. Only for a name that opens its sentence (with its description): after a name
// inside a clause ("Officials criticised CNN, citing its coverage") the one citing is the clause's subject.
const OWN_SOURCING = /^\s*,\s*(?:citing|quoting)\b/;
const SENTENCE_OPENS = /(?:^|[.!?]['"\u2019\u201D]?\s+|\n\s*)$/;

/** The end of an outlet's own sourcing after a name opening its sentence (see OWN_SOURCING), or -1. */
function ownSourcing(text: string, from: number, end: number): number {
  const m = OWN_SOURCING.exec(text.slice(end, end + 20));
  if (!m || !SENTENCE_OPENS.test(text.slice(Math.max(0, from - 4), from))) return -1;
  return end + m[0].length;
}

/** Two or three plain capitalised words ("Rand Paul"): a corpus may hold a person's column as an outlet. */
const PERSON_SHAPE = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$/u;
/** The Arabic article opens many newsroom names ("Al Jazeera", "El Watan"): no person's given name there. */
const ARABIC_ARTICLE = /^(?:Al|El|An|Ar|As|Ad)\s/;

/**
 * The length of the words describing a name between its cue and it ("Iran's state-run", "the official"; see
 * name-description.ts). A guessed acronym takes a hyphenated descriptor only, as a name shaped like a person's takes
 * nothing but that: "according to Kentucky's Rand Paul" cites no outlet a corpus names after him.
 */
function describedBy(text: string, nm: CandidateName): number {
  const written = text.slice(nm.start, nm.end);
  const person = PERSON_SHAPE.test(written) && !ANY_OUTLET_WORD.test(written) && !ARABIC_ARTICLE.test(written);
  if ((nm.strict && !nm.known) || person)
    return DESCRIPTOR_BEFORE.exec(text.slice(Math.max(0, nm.start - 60), nm.start))?.[0].length ?? 0;
  return descriptionBefore(text, nm.start);
}

/** The cue of a writer's piece "for" the name (WRITES_FOR), for a name no guess (an unknown acronym), or null. */
function writesFor(text: string, nm: CandidateName, desc: number, end: number): RegExpExecArray | null {
  if (nm.strict && !nm.known) return null;
  const m = WRITES_FOR.exec(text.slice(Math.max(0, nm.start - desc - 200), nm.start - desc));
  if (!m) return null;
  const verb = nm.start - desc - m[0].length;
  const quoted =
    QUOTE_OPENS_AFTER.test(text.slice(end, end + 8)) ||
    QUOTE_CLOSES_BEFORE.test(text.slice(Math.max(0, verb - 80), verb));
  return quoted ? m : null;
}

/** Keep names next to a citing cue ("told X", "according to X", "X reported"), as citations with their rank. */
function cueNames(d: Doc, names: readonly CandidateName[], resolver: OutletResolver): (Citation & { rank: number })[] {
  const text = d.text;
  const cued: (Citation & { rank: number })[] = [];
  for (const nm of names) {
    let end = nm.tail ?? nm.end;
    ABBREV_TAIL.lastIndex = end;
    const tail = ABBREV_TAIL.exec(text);
    if (tail && resolver.resolve(tail[1]) === nm.cited) end = ABBREV_TAIL.lastIndex;
    // a descriptor between the cue and the name ("in an interview with Lebanon-based Al-Mayadeen TV") is passed over
    // and so is a generic medium describing it ("citing the state news agency MENA")
    const desc = nm.described !== undefined ? nm.start - nm.described : describedBy(text, nm);
    const cueText = text.slice(Math.max(0, nm.start - desc - 40), nm.start - desc);
    // a name the tables or the corpus know as an outlet's is a medium as a described one is ("posted by Reuters")
    const medium = nm.described !== undefined || nm.kind === 'generic' || nm.rank === 0;
    const mb = BEFORE.exec(cueText) ?? (medium ? MEDIUM_BEFORE.exec(cueText) : null) ?? writesFor(text, nm, desc, end);
    // a name set off by commas takes the verb after its closing comma ("…'s official news agency, SANA, quoted")
    const skip = nm.appositive ? (/^\s*,/.exec(text.slice(end, end + 5))?.[0].length ?? 0) : 0;
    const after = text.slice(end + skip, end + skip + 40);
    // a word opening the sentence is no name ("When TV broadcast an image")
    const newsroom =
      (medium || (/\s/.test(nm.cited) && ANY_OUTLET_WORD.test(nm.cited))) && !NOT_NAME_LEAD.test(`${nm.cited} `);
    const ma = AFTER.exec(after) ?? (newsroom ? MEDIUM_AFTER.exec(after) : null);
    let start = -1,
      stop = -1;
    const product = mb && INDEFINITE_CUE.test(mb[0]) ? productEnd(text, end) : end;
    // an unknown acronym counts only with "told X" or "X reported"
    if (
      mb &&
      product >= 0 &&
      (!nm.strict || (/\btold\s+(?:the\s+)?$/i.test(mb[0]) && (nm.known || endsAddressee(text, nm.start, end))))
    ) {
      start = nm.start - desc - mb[0].length;
      stop = product;
    } else if (!nm.strict && bylineStart(text, nm.start, end) >= 0) {
      start = bylineStart(text, nm.start, end);
      stop = end;
    } else if (ma && (!nm.strict || /reported|reports/.test(ma[0]) || (nm.known && KNOWN_ACRONYM_AFTER.test(ma[0])))) {
      start = nm.start;
      stop = end + skip + ma[0].length;
    } else if (!nm.strict || nm.known) {
      // a writer of the outlet handed the text ("NPR 's Leila Fadel reports", "Eliana Johnson of Politico has more")
      const lead = writerLeadIn(text, nm.start, end, nm.rank === 0 || nm.known === true);
      stop = lead ? lead.end : ownSourcing(text, nm.start - desc, end);
      if (stop >= 0) start = lead ? lead.start : nm.start;
    }
    if (start < 0) continue;
    // an acronym nothing knows that the article spells out as a body's name ("Department of Homeland Security"), and a
    // well-known body's name or acronym no outlet table holds ("FBI has reported")
    if (nm.strict && !nm.known && spelledAsBody(text, text.slice(nm.start, nm.end))) continue;
    if (nm.kind !== 'generic' && !nm.known && !resolver.resolve(nm.cited) && isKnownBody(nm.cited)) continue;
    // a person a corpus holds as an outlet, speaking ("Paul Ryan said"): a speaker, not a cited outlet; a name a
    // description of a newsroom stands before is none ("the Russian news agency RIA Novosti")
    if (!nm.strict && nm.described === undefined && personSpeaking(text, nm.start, nm.end, text.slice(start, stop)))
      continue;
    cued.push({
      doc: d.id,
      cited: nm.cited,
      kind: nm.kind,
      text: text.slice(start, stop),
      start,
      end: stop,
      name: { start: nm.start, end: nm.end },
      article: null,
      rank: nm.rank,
    });
  }
  return cued.concat(coordinatedCitations(text, names, cued));
}

// a wire dateline at the start of a paragraph: "BEIRUT (AP) —", "GAZA CITY , Gaza Strip ( AP ) —", "(Reuters) -"
const DATELINE =
  /(?:^|\n)[ \t]*(?:[A-Z][\p{L}.'-]*(?:[ \t]*,?[ \t]+[A-Z][\p{L}.'-]*){0,5}[ \t]*)?\([ \t]*([A-Z][A-Za-z]{1,12})[ \t]*\)[ \t]*(?:\u2014|\u2013|--?)/gu;

// the end of a citation read from a wire dateline: the bracketed name and a dash
const DATELINE_END = /\(\s*[A-Za-z]+\s*\)\s*(?:\u2014|\u2013|--?)$/u;

/** Whether a citation was read from a wire dateline ("BEIRUT (AP) —"): the article runs that outlet's copy. */
export function fromDateline(c: { text: string }): boolean {
  return DATELINE_END.test(c.text);
}

/** Wire datelines naming a known outlet ("BEIRUT (AP) —"): the article carries that agency's copy, a citation of it. */
function datelines(d: Doc, resolver: OutletResolver): (Citation & { rank: number })[] {
  const out: (Citation & { rank: number })[] = [];
  const own = outletKey(d.outlet);
  for (const m of d.text.matchAll(DATELINE)) {
    const cited = resolver.resolve(m[1]);
    if (!cited) continue;
    const start = m.index + m[0].length - m[0].trimStart().length;
    const nameStart = m.index + m[0].lastIndexOf(m[1]);
    out.push({
      doc: d.id,
      cited,
      kind: outletKey(cited) === own ? 'self' : 'outlet',
      text: d.text.slice(start, m.index + m[0].length),
      start,
      end: m.index + m[0].length,
      name: { start: nameStart, end: nameStart + m[1].length },
      article: null,
      rank: 0,
    });
  }
  return out;
}

/** Overlapping candidates: known names beat generic phrases, which beat outlet-like and acronym guesses; then the longest. */
function dropOverlaps(cued: (Citation & { rank: number })[]): Citation[] {
  const found: Citation[] = [];
  cued.sort((x, y) => x.start - y.start || y.end - x.end);
  for (let i = 0; i < cued.length;) {
    let j = i + 1,
      reach = cued[i].end;
    while (j < cued.length && cued[j].start < reach) reach = Math.max(reach, cued[j++].end);
    const group = cued
      .slice(i, j)
      .sort((x, y) => x.rank - y.rank || y.name.end - y.name.start - (x.name.end - x.name.start) || x.start - y.start);
    const kept: typeof group = [];
    for (const c of group) if (!kept.some((k) => k.name.start < c.name.end && c.name.start < k.name.end)) kept.push(c);
    for (const { rank: _r, ...c } of kept) found.push(c);
    i = j;
  }
  return found;
}
