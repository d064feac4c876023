// Where titles are stripped: a run of name words is cut at each title ("Syrian Foreign Minister Asaad Al-Shibani" ->
// [Syrian] (foreign minister) [Asaad Al-Shibani]) and at a party word before a name ("Florida Republican Jan Doe");
// the segments between are typed, the title kept on the name after it. Before that a common first word and a count
// are dropped; a title word that is a family name ("John Major") stays in the name.
import type { Doc } from '../types.js';
import { initialStart } from './initials.js';
import { opensClause } from './clause-openings.js';
import { honorificBefore } from './evidence.js';
import { givenNames, surnameSet } from './world.js';
import { WORD_GIVEN_NAMES } from './word-given-names.js';
import { TITLES, FIRST_NAMES, PATRONYM_PARTICLES } from './gazetteer.js';
import { NAME_SUFFIX, familyName } from './family-name.js';
import { countBeforePeople } from './counts.js';
import { type Mention, type MentionSink, mk } from './mention-record.js';
import { isPartyWord } from './party-words.js';
import { isDescriptorWord, isPluralTitle } from './descriptor-words.js';
import { unlistedGivenName, isPersonStart } from './person-words.js';
import { type Unit, type Ctx, tokText, isNameUnit, unitNorms, runText } from './scan-context.js';
import {
  TITLE_MODIFIERS,
  titleLength,
  undottedHonorific,
  undottedTitle,
  titleBeforeGivenName,
  titleInName,
  TITLE_SURNAMES,
  titleBeforePlaceWord,
  officeInitials,
} from './title-words.js';
import { CAPITALISED_WORD } from './word-shapes.js';
import { dropsFirstWord, leftOrdinary, initialismEndsSentence } from './first-words.js';
import { possessiveHolidayRun } from './law-titles.js';
import { typeSegment } from './segment-type.js';
import { headTypeOf } from './head-words.js';
import { ordinaryOrInflected } from './corpus-words.js';
import { isTitleCaseSentence } from '../text/title-case.js';
import { verbAfterName, verbInModalQuestion } from './headline-verbs.js';
import { capitalsPieces } from './capitals-runs.js';
import { familyNameAfterBody } from './glued-names.js';
import { roleWordsEnd, roleWordsTitle } from './role-nouns.js';

/**
 * Runs read without splitting at titles, true when done: a compound title's modifier cut off its title by a stop word
 * ("Managing [Editor]": no name), and a holiday named by a possessive ("President's Day": one name, no title in it).
 */
function untitledRun(
  d: Doc,
  si: number,
  units: Unit[],
  words: readonly string[],
  ctx: Ctx,
  sink: MentionSink,
): boolean {
  if (units.length === 1 && TITLE_MODIFIERS.has(words[0]) && TITLES.has(d.tokens[units[0].i + 1]?.norm ?? ''))
    return true;
  if (!possessiveHolidayRun(d, units, words)) return false;
  typeSegment(d, si, units, null, ctx, sink);
  return true;
}

/**
 * A title's "of" complement, up to the given name that follows it: "Secretary of State [John Kerry]", "Director of
 * National Intelligence [James Clapper]", or to the end of a short run ("the Minister of Defence said"). Returns the
 * title's length in units with the complement, else `len`.
 */
function titleComplement(
  d: Doc,
  units: readonly Unit[],
  words: readonly string[],
  p: number,
  len: number,
  ctx: Ctx,
): number {
  const of = words[p + len];
  if (of !== 'of' && of !== 'for') return len;
  for (let q = p + len + 1; q < words.length && q <= p + len + 5; q++) {
    if (FIRST_NAMES.has(words[q]) || givenNames().has(words[q])) return q > p + len + 1 ? q - p : len;
  }
  // "Secretary of Homeland Security Jeh Vale": a given name the lists lack, before the surname that ends the run
  const q = words.length - 2;
  if (q > p + len + 1 && q <= p + len + 5 && unlistedNameAt(d, units, words, q, ctx)) return q - p;
  // "the Secretary of State said": the title and its complement end the run, no name follows; a known name in the
  // complement stays a mention ("Commander of Syria's New Administration")
  if (words.length - p > len + 4) return len;
  for (let q = p + len + 1; q < words.length; q++) if (ctx.gazLower.has(words[q])) return len;
  return words.length - p;
}

/** Drop leading common words, split at titles, then type each remaining segment. */
export function processRun(d: Doc, si: number, units: Unit[], ini: Uint8Array, ctx: Ctx, sink: MentionSink): void {
  // "P. Simmons": initials before the run belong to the name, which then does not start a sentence
  ctx.leadTok = units[0].i;
  ctx.lead = initialStart(d, units[0].i);
  if (ctx.lead >= 0 && compassPlace(d.text[ctx.lead], tokText(d, units[0].i), ctx)) ctx.lead = -1;
  // sentence-initial capital: drop a common first word; a lone unknown word needs to be seen capitalised elsewhere
  // after a colon or a quote that ended a sentence ("MAHER: Wait.") only an ordinary word is dropped
  const clause = !ini[units[0].i] && opensClause(d, units[0].i);
  if ((ini[units[0].i] || clause) && ctx.lead < 0 && dropsFirstWord(d, units, ctx, clause)) {
    const titled = TITLES.has(d.tokens[units[0].i].norm); // "Congressman Young 's remarks"
    units = units.slice(1);
    while (units.length && !isNameUnit(d, units[0])) units = units.slice(1);
    // "Civic Associations" at a clause start: what is left is one more ordinary word
    if (units.length === 1 && !titled && leftOrdinary(d, units[0].i, ctx)) return;
  }
  if (splitAtStarter(d, si, units, ini, ctx, sink)) return;
  // "Five Israeli soldiers", "Hundreds of Central American migrants": a count before the people it counts
  if (countBeforePeople(d, units, ctx)) {
    units = units.slice(1);
    while (units.length && !isNameUnit(d, units[0])) units = units.slice(1);
  }
  if (!units.length) return;
  // "CHRISTIE SIGNS GAY CONVERSION THERAPY BAN": a run in capitals is read only between its plain words
  const pieces = capitalsPieces(d, units, ctx);
  if (pieces) return capitalsNames(d, si, pieces, ctx, sink);
  let verb = verbAfterName(d, units, ctx);
  if (verb < 0) verb = verbInModalQuestion(d, units, ctx);
  if (verb > 0) return cutAtVerb(d, si, units, verb, ini, ctx, sink);
  splitAtTitles(d, si, units, ctx, sink);
}

/** Split a run at its titles and type each segment: "Syrian Foreign Minister Asaad Al-Shibani" -> [Syrian] (title)
 * [Asaad Al-Shibani]. */
function splitAtTitles(d: Doc, si: number, units: Unit[], ctx: Ctx, sink: MentionSink): void {
  const toks = d.tokens;
  const words = unitNorms(d, units);
  if (untitledRun(d, si, units, words, ctx, sink)) return;
  let from = 0;
  let afterTitle: string | null = null;
  for (let p = 0; p < units.length; p++) {
    if (!units[p].word) continue;
    // "Prince Bandar bin Sultan al-Saud": a title's word after "bin"/"ibn" is the father's name, part of one name
    if (PATRONYM_PARTICLES.has(toks[units[p].i - 1]?.norm ?? '')) continue;
    let len = titleLength(words, p, units.length);
    if (!len && undottedHonorific(d, units, words, p)) len = 1;
    if (!len) len = undottedTitle(d, units, words, p, ctx) || officeInitials(d, units, words, p, ctx);
    if (!len) len = titleBeforeGivenName(d, units, words, p, ctx);
    // "Senators Jan Doe and Kit Vale": a plural title before a given name
    if (!len && isPluralTitle(words[p]) && p + 1 < units.length && units[p + 1].word) {
      if (givenNameAt(d, units, words, p + 1, ctx)) len = 1;
    }
    if (!len && partySplit(d, units, words, p, ctx)) {
      // "Florida Republican Jan Doe": the party word is a name of its own, the person follows it
      if (p > from) typeSegment(d, si, units.slice(from, p), afterTitle, ctx, sink);
      typeSegment(d, si, [units[p]], null, ctx, sink);
      afterTitle = null;
      from = p + 1;
      continue;
    }
    // "King 's College London": a title that owns what follows ('s) names no one after it
    if (!len || (len === 1 && titleBeforePlaceWord(words, p)) || words[p + len] === "'s") continue;
    if (len === 1 && titleAsSurname(d, units, words, p, from, ctx)) continue;
    if (len === 1 && units.length === 1 && familyNameMention(d, si, units[0].i, sink.out)) return;
    len = titleComplement(d, units, words, p, len, ctx);
    const rest = units.slice(p + len);
    // "the U.N. High Commissioner for Refugees" names a body; "High Representative Ann Vale" is a title and a person
    if (p > from && words[p - 1] === 'high') {
      if (!rest.length) continue;
      p--;
      len++;
    }
    const restHead = rest.length ? toks[rest[rest.length - 1].i].norm : '';
    if (titleInName(rest.length, restHead, p > from)) continue;
    if (!rest.length && p === 0 && len === 1 && loneCapitalisedWord(d, units, words, ctx)) continue;
    ctx.beforeTitle = true;
    ctx.nextTitle = words.slice(p, p + len).join(' ');
    if (p > from) typeSegment(d, si, units.slice(from, p), afterTitle, ctx, sink);
    ctx.beforeTitle = false;
    from = p + len;
    // "Federal Judge Blocks Vale 's Orders": the headline's verb after the title, and the name after it untitled
    const verb = headlineWordAfterTitle(d, units, from, ctx);
    afterTitle = verb ? null : words.slice(p, p + len).join(' ');
    if (verb) from = nextNameUnit(d, units, from + 1);
    p = from - 1;
  }
  if (from < units.length) typeAfterTitles(d, si, units, words, from, afterTitle, ctx, sink);
}

/**
 * What is left of a run after its last title (units[from..]), typed: a body's name before a person's ("House Minority
 * Nancy Vale"), role words before a full name ("Chief Negotiator Saeb Vale"), else the whole as one segment.
 */
function typeAfterTitles(
  d: Doc,
  si: number,
  units: Unit[],
  words: readonly string[],
  from: number,
  afterTitle: string | null,
  ctx: Ctx,
  sink: MentionSink,
): void {
  const cut = bodyBeforeName(d, units, words, from, ctx);
  if (cut < 0 && familyNameAfterBody(d, units, words, from, ctx)) {
    // "REUTERS Rubio", "Speaker House Boehner": the body, then the person on his own, with the title before them
    typeSegment(d, si, units.slice(from, -1), null, ctx, sink);
    return typeSegment(d, si, units.slice(-1), afterTitle, ctx, sink);
  }
  if (cut < 0) {
    // "Chief Negotiator Saeb Vale", "Founding Father Ann Vale": role nouns no list holds are the person's title
    const role = roleWordsEnd(d, units, words, from, afterTitle !== null, ctx);
    if (role < 0) return typeSegment(d, si, from ? units.slice(from) : units, afterTitle, ctx, sink);
    // "The Economic Downside Donald Trump has insisted": a glued subhead, no title of his
    if (!roleWordsTitle(words, from, role, afterTitle !== null))
      return typeSegment(d, si, units.slice(role), null, ctx, sink);
    const title = [afterTitle ?? '', ...words.slice(from, role)].join(' ').trim();
    return typeSegment(d, si, units.slice(role), title, ctx, sink);
  }
  // "House Minority Nancy Vale", "Homeland Security Kit Vale": the body is a name of its own, the office words that
  // end it ("Minority", "Chair", "Sheriff", "Rear Adm.") are dropped, and the person follows
  let end = cut;
  while (end > from && officeWord(words[end - 1])) end--;
  const body = words.slice(from, end);
  // what a title's complement left ("Secretaries of State", "[Undersecretary of] State for Management") is no name of
  // its own: it opens with a title, or joins words by "of" or "for" and does not end in a body's head word ("[Vice
  // President of the] National Border Patrol Council" is a body) nor is a known name ("Department of Homeland Security")
  const named = body.filter((w) => w !== 'of' && w !== 'for' && w !== 'the');
  const joined =
    named.length < body.length && !headTypeOf(named[named.length - 1] ?? '') && !ctx.gazLower.has(body.join(' '));
  // "Undersecretary of [State] Wendy Vale": a word right after "of" is a title's complement too
  const afterOf = d.tokens[units[from].i - 1]?.norm === 'of';
  const complement = (titleWord(named[0] ?? '') && !titleBeforePlaceWord(named, 0)) || joined || afterOf;
  ctx.beforeTitle = true;
  if (end > from && !complement) typeSegment(d, si, units.slice(from, end), afterTitle, ctx, sink);
  ctx.beforeTitle = false;
  // the office cut off the name is the person's title ("house minority"), for the readers of roles
  typeSegment(d, si, units.slice(cut), words.slice(from, cut).join(' '), ctx, sink);
}

/** A title of the lists or its plural, also after "under-" or "vice-" ("Undersecretary", "Vice-Admiral"). */
function titleWord(w: string): boolean {
  const bare = w.replace(/^(?:under|vice)-?/, '');
  return [w, bare].some((x) => TITLES.has(x) || isPluralTitle(x));
}

/** A word of an office: a title (titleWord), an office word, a title's modifier or an abbreviation ("Adm."). */
function officeWord(w: string): boolean {
  const bare = w.replace(/^(?:under|vice)-?/, '');
  return titleWord(w) || OFFICE_WORDS.has(bare) || TITLE_MODIFIERS.has(w) || /^\p{L}+\.$/u.test(w);
}

/** Words of an office or a body that are no head word: what a truncated title leaves before a name. */
const OFFICE_WORDS: ReadonlySet<string> = new Set([
  'minority',
  'majority',
  'chair',
  'whip',
  'sheriff',
  'clerk',
  'admiral',
  'rear',
]);
/** Words of a body's name that are no head word ("Homeland Security", "Foreign Affairs"). */
const BODY_WORDS: ReadonlySet<string> = new Set(['security', 'affairs']);

/**
 * Where a person's full name starts after a body's name left in the run without its title ("House Minority [Leader]
 * Nancy Vale", "Homeland Security [Secretary] Kit Vale", "House Republican Conference Chair Lynn Vale"): a given name
 * with one or two more name words ending the run, none a head word, title or word the corpus writes in lower case,
 * after at least one word of a body (a head word or an office word) and no given name (but a place named like one
 * before its head word: "Travis County Sheriff"). The given name is one of the
 * lists, or one they lack (unlistedGivenName) when the article writes the name's last word alone elsewhere ("Jeh
 * Vale ... Vale said"): a foreign body's name ("Bank Rozwoju Exportu SA") does not go on alone in its last word.
 * -1 when none.
 */
function bodyBeforeName(d: Doc, units: readonly Unit[], words: readonly string[], from: number, ctx: Ctx): number {
  const n = units.length;
  for (const q of [n - 2, n - 3]) {
    if (q <= from || !units.slice(from).every((u) => u.word)) continue;
    const rest = words.slice(q + 1);
    if (rest.some((w) => ctx.lowerUses.has(w) || headTypeOf(w) || TITLES.has(w))) continue;
    const w = words[q];
    const listed = FIRST_NAMES.has(w) || givenNames().has(w) || WORD_GIVEN_NAMES.has(w);
    if (!listed && !(unlistedGivenName(d, units[q].i, ctx) && surnameAlone(d, units, q))) continue;
    const before = words.slice(from, q);
    // (a given name before a body's head word names the body: "Travis County Sheriff Ann Vale")
    const given = (w: string, j: number) =>
      (isPersonStart(w) || givenNames().has(w)) && !headTypeOf(before[j + 1] ?? '');
    if (before.some(given)) continue;
    if (before.some((w) => headTypeOf(w) || OFFICE_WORDS.has(w) || BODY_WORDS.has(w))) return q;
  }
  return -1;
}

/**
 * The run's name from unit q on is written like a person's ("Jeh Vale") and the article writes its last word alone,
 * capitalised, somewhere outside the run and not after the name's first word ("Vale said").
 */
function surnameAlone(d: Doc, units: readonly Unit[], q: number): boolean {
  const name = units.slice(q).map((u) => d.tokens[u.i]);
  if (!name.every((t) => CAPITALISED_WORD.test(d.text.slice(t.start, t.end)))) return false;
  const last = name[name.length - 1];
  const inRun = new Set(units.map((u) => u.i));
  const surface = d.text.slice(last.start, last.end);
  for (let k = 0; k < d.tokens.length; k++) {
    const t = d.tokens[k];
    if (inRun.has(k) || t.norm !== last.norm || d.text.slice(t.start, t.end) !== surface) continue;
    const next = d.tokens[k + 1];
    const capitalNext = next !== undefined && CAPITALISED_WORD.test(d.text.slice(next.start, next.end));
    if (d.tokens[k - 1]?.norm !== name[0].norm && !capitalNext) return true;
  }
  return false;
}

/**
 * "Obama Authorizes Deploying Up To 450 More Troops", "Ambassador Vale Used Talking Points": the run before a
 * title-case line's verb is split at its titles and typed (its first word was judged with the whole run); what follows the verb is the headline's object, whose capitals say
 * nothing, so only the names there that have evidence beyond capitals (strength 2 or more) are kept.
 */
function cutAtVerb(
  d: Doc,
  si: number,
  units: Unit[],
  verb: number,
  ini: Uint8Array,
  ctx: Ctx,
  sink: MentionSink,
): void {
  splitAtTitles(d, si, units.slice(0, verb), ctx, sink);
  const rest = units.slice(nextNameUnit(d, units, verb + 1));
  if (!rest.length) return;
  const first = sink.out.length;
  processRun(d, si, rest, ini, ctx, sink);
  for (let q = sink.out.length - 1; q >= first; q--) if (sink.out[q].strength < 2) sink.out.splice(q, 1);
}

/**
 * The pieces of a run in capitals between its plain words, each split at its titles and typed; as after a headline's
 * verb, capitals say nothing there, so only names with evidence beyond them (strength 2 or more) are kept.
 */
function capitalsNames(d: Doc, si: number, pieces: readonly Unit[][], ctx: Ctx, sink: MentionSink): void {
  const first = sink.out.length;
  for (const p of pieces) splitAtTitles(d, si, p, ctx, sink);
  for (let q = sink.out.length - 1; q >= first; q--) if (sink.out[q].strength < 2) sink.out.splice(q, 1);
}

/** A run of one word that is a title word (no listed title itself) the corpus capitalises inside sentences: a word of
 * its own, not a title before nothing. */
function loneCapitalisedWord(d: Doc, units: readonly Unit[], words: readonly string[], ctx: Ctx): boolean {
  return units.length === 1 && ctx.capMid.has(tokText(d, units[0].i)) && !TITLES.has(words[0]);
}

/**
 * "Federal Judge Blocks Vale 's Orders", "Senator Slams Ann Vale": in a line written in title case the word after a title
 * is no given name when the corpus writes it (or its stem: "block") in lower case as often as it capitalises it inside
 * sentences and it is no given name or surname of the lists; it is the headline's verb, and the name after it has no
 * title.
 */
function headlineWordAfterTitle(d: Doc, units: readonly Unit[], k: number, ctx: Ctx): boolean {
  if (k >= units.length || !units[k].word) return false;
  const n = d.tokens[units[k].i].norm;
  if (isPersonStart(n) || WORD_GIVEN_NAMES.has(n) || surnameSet().has(n) || !ordinaryOrInflected(n, ctx)) return false;
  return isTitleCaseSentence(d, d.tokens[units[k].i].sentence);
}

/** The index of the first name unit of `units` at or after k (units.length when none). */
function nextNameUnit(d: Doc, units: readonly Unit[], k: number): number {
  while (k < units.length && !isNameUnit(d, units[k])) k++;
  return k;
}

/**
 * A party word inside a run that is not part of a longer name ("Republican National Committee", "Democratic
 * Republic of ..."): followed by a given name ("Republican Jan Doe", "Democrat Dick Vale": given names that are also
 * words count), or last after a known place ("Ohio Democrat"); before a chamber alone; a plural before a name word.
 */
function partySplit(d: Doc, units: readonly Unit[], words: readonly string[], p: number, ctx: Ctx): boolean {
  if (units.length < 2) return false;
  const plural = words[p].endsWith('s') && isPartyWord(words[p].slice(0, -1), ctx.gazLower);
  if (!plural && !isPartyWord(words[p], ctx.gazLower)) return descriptorBeforeName(d, units, words, p, ctx);
  if (p === units.length - 1) {
    const before = d.text.slice(d.tokens[units[0].i].start, d.tokens[units[p - 1].i].end);
    return !plural && ctx.gaz.get(before)?.type === 'place';
  }
  const next = words[p + 1];
  if (!units[p + 1].word) return false;
  // "the Republican House", "a Democratic Senate": the party that holds a chamber, and the chamber
  if (p + 2 === units.length && CHAMBERS.has(next)) return true;
  // "Democrats Dick Durbin and ...", "Republicans McCain": a party's plural before a name word
  if (plural) return !ctx.lowerUses.has(next);
  return givenNameAt(d, units, words, p + 1, ctx);
}

/**
 * "Arizonan Jan Doe", "Syrian Jan Doe": a demonym of a people or a region opening a run, before a full name (a listed
 * given name and more) describes the person; not inside a name ("North American Free Trade Agreement"), in a known name ("Saudi Arabia"), one ending in a body's head word ("German Marshall
 * Fund"), or before a lone given name ("Arab Summer").
 */
function descriptorBeforeName(d: Doc, units: readonly Unit[], words: readonly string[], p: number, ctx: Ctx): boolean {
  if (p > 0 || units.length < 3 || !units[1].word || !isDescriptorWord(words[0], ctx.gazLower)) return false;
  if (ctx.gazLower.has(words[0] + ' ' + words[1]) || headTypeOf(words[units.length - 1])) return false;
  return isPersonStart(words[1]);
}

/**
 * Word q opens a person's name: a given name of the lists ("Jan", "Dick": given names that are also words count), or
 * one they lack ("Mitt Vale") followed by one or two more name words that end the run, the first of which the corpus
 * never writes in lower case and no gazetteer or word list knows.
 */
function givenNameAt(d: Doc, units: readonly Unit[], words: readonly string[], q: number, ctx: Ctx): boolean {
  const w = words[q];
  return (
    FIRST_NAMES.has(w) || givenNames().has(w) || WORD_GIVEN_NAMES.has(w) || unlistedNameAt(d, units, words, q, ctx)
  );
}

/** Word q opens a name the lists lack: see givenNameAt. */
function unlistedNameAt(d: Doc, units: readonly Unit[], words: readonly string[], q: number, ctx: Ctx): boolean {
  const left = units.length - q;
  if (left < 2 || left > 3 || !units.slice(q).every((u) => u.word)) return false;
  const rest = words.slice(q + 1);
  if (rest.some((w) => ctx.lowerUses.has(w) || headTypeOf(w) || TITLES.has(w))) return false;
  return unlistedGivenName(d, units[q].i, ctx);
}

/** Legislative chambers a party can hold ("the Republican House"). */
const CHAMBERS: ReadonlySet<string> = new Set(['house', 'senate', 'congress', 'legislature', 'assembly', 'parliament']);

const COMPASS: Record<string, string> = { N: 'North', S: 'South', E: 'East', W: 'West' };

/** "S. Korea", "N. Ireland", "S. African": a compass point's initial before a word it makes a known place with. */
function compassPlace(letter: string, word: string, ctx: Ctx): boolean {
  const c = COMPASS[letter];
  return ctx.gaz.has(word) || (c !== undefined && ctx.gaz.has(c + ' ' + word));
}

/**
 * "came to the U.S . Critics said": the spaced period ended the sentence before an ordinary word the sentence splitter
 * cannot tell from a name's next word (it ends sentences before function words: "U.S . Although …"). The initialism is
 * read alone (true), or nothing is done (false).
 */
function splitAtStarter(d: Doc, si: number, units: Unit[], ini: Uint8Array, ctx: Ctx, sink: MentionSink): boolean {
  if (!initialismEndsSentence(d, units, ctx)) return false;
  processRun(d, si, units.slice(0, 1), ini, ctx, sink);
  return true;
}

/**
 * "John Major", "Ann Lee King": a one-word title written out in full ("Gov." is no surname), last in the run and right
 * after a given name (or two names, the first a given name) that is not a place ("South Carolina Gov."), is the
 * family name.
 */
function titleAsSurname(d: Doc, units: readonly Unit[], words: readonly string[], p: number, from: number, ctx: Ctx) {
  // "Martin Luther King Jr.": the family name before a generation suffix is as last as a name gets
  const last = p === units.length - 1 || (p === units.length - 2 && NAME_SUFFIX.test(words[p + 1]));
  if (!last || p === from) return false;
  const unlisted = p - from === 1 && TITLE_SURNAMES.has(words[p]) && unlistedGivenName(d, units[p - 1].i, ctx);
  if (!isPersonStart(words[p - 1]) && !(p - from === 2 && isPersonStart(words[from])) && !unlisted) return false;
  const t = d.tokens[units[p].i];
  if (!CAPITALISED_WORD.test(d.text.slice(t.start, t.end)) || d.tokens[units[p].i + 1]?.norm === '.') return false;
  return !ctx.gaz.has(runText(d, units.slice(from, p)));
}

/**
 * "Ann Lee King ... King said": a title word alone that is the family name of a person the article has named in full
 * (given name first) is that person. Pushes the mention and returns true.
 */
function familyNameMention(d: Doc, si: number, k: number, out: Mention[]): boolean {
  const t = d.tokens[k];
  if (!CAPITALISED_WORD.test(d.text.slice(t.start, t.end))) return false;
  // "the King", "a Prince": the title itself
  const prev = d.tokens[k - 1];
  if (prev && prev.sentence === t.sentence && (prev.norm === 'the' || prev.norm === 'a')) return false;
  for (let j = out.length - 1; j >= 0; j--) {
    const m = out[j];
    if (m.type !== 'person' || m.parts.length < 2 || familyName(m.parts) !== t.norm) continue;
    if (!isPersonStart(m.parts[0])) continue;
    out.push(mk(d, si, t.start, t.end, 'person', 2, `surname of '${m.text}' in this article`));
    return true;
  }
  if (!surnameAfterHonorific(d, k)) return false;
  out.push(mk(d, si, t.start, t.end, 'person', 2, 'surname after an honorific'));
  return true;
}

/** Honorifics written before a family name only ("Dr. King"), unlike "Sir" or "Lord" before a given name. */
const FAMILY_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.']);

/** Offices whose holder is addressed by the title itself ("Mr. President", "Madam Speaker"). */
const ADDRESSED_OFFICES: ReadonlySet<string> = new Set(
  'president speaker chairman chairwoman secretary ambassador mayor governor minister premier chancellor commissioner director justice'.split(
    ' ',
  ),
);

/** "Dr. King", "Mr. Bishop": a title word alone right after an honorific is a family name, unless it is an office its
 * holder is addressed by ("Mr. President"). */
function surnameAfterHonorific(d: Doc, k: number): boolean {
  const h = honorificBefore(d, k);
  return h !== undefined && FAMILY_HONORIFICS.has(h) && !ADDRESSED_OFFICES.has(d.tokens[k].norm);
}
