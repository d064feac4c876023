// The lead-in of a block quote: a paragraph (or line) ending in a colon whose last sentence names speech or a document
// ("He said :", "The AP writes :", "Here is the statement in full :", "The memo reads in part :"), so that the
// paragraph after it is a third party's text printed without quote marks. The overlap layer (a shared passage in such a
// block is quoted, lib/overlap/attribution.ts) and the voice layer (the block is not the outlet's own voice,
// lib/framing/voice-posts.ts) both read block quotes through this one reader.

/** Verbs of speech and writing that make a lead-in a cue ("said", "writes", "tweeted"). */
const SPEECH_WORDS =
  'said says say stated states wrote writes write read reads posted posts tweeted tweets declared declares announced ' +
  'announces added adds told tells continued continues explained explains noted notes';
/** Nouns of a document or a statement whose text a block may print ("the statement", "the bill", "the transcript"). */
const DOC_WORDS =
  'statement post posts tweet tweets message letter release text order ruling decision amendment law bill act article ' +
  'clause section resolution declaration communiqu\u00e9 communique notice memo email e-mail transcript report rant ' +
  'video caption excerpt statute statutes provision provisions regulation regulations subsection constitution treaty ' +
  'charter indictment';

/** Every cue verb of a lead-in, lower case. */
const SPEECH = new Set(SPEECH_WORDS.split(' '));
/** Every document noun of a lead-in, lower case. */
const DOCS = new Set(DOC_WORDS.split(' '));
/** How many words before the colon a document noun may stand and still name the text the block prints. */
const DOC_REACH = 6;
/** Words up to three before a document noun that make it the topic, not the text ("questions about the decision"). */
const TOPIC_BEFORE = new Set('about regarding concerning over on against into'.split(' '));
/** Words before a document noun that point at its text wherever it stands ("the following excerpt", "this statement"). */
const TEXT_BEFORE = new Set('this these following'.split(' '));
/** Verbs that put a document out, a word or two before its noun ("released a statement after the vote :"). */
const ISSUED = new Set(
  'issued issues released releases sent sends published publishes filed files provided'.split(' '),
);
/** "Here's the key quote :", "Here is the text :" (pre-tokenised "Here ’ s" / "Here 's" included). */
const HERE_IS = new RegExp(
  `\\bhere\\s*(?:['\\u2019]\\s*s|is|are)\\b[^:]{0,60}\\b(?:quotes?|passages?|excerpts?|${DOC_WORDS.replace(/ /g, '|')})\\b`,
  'iu',
);
/**
 * A cue word that names no one's text: reports of many ("mixed reports", "news reports", "conflicting statements"),
 * and "states" after a determiner or a number, the noun ("many states", "17 U.S. states").
 */
const NOT_A_TEXT =
  /\b(?:mixed|conflicting|news|media|press|early|initial|recent|other)\s+(?:reports?|statements?|posts?|accounts?)\b|\b(?:many|some|all|several|these|those|other|more|two|three|four|five|\d+|the|both|member|southern|northern|western|eastern|border|united|u\.s\.|gulf|arab|nation)\s+states\b/giu;

/**
 * A lead-in that quotes the writer's own earlier words ("As I wrote in July :", "From my article last week :", "as we
 * reported :"): the block is the writer's own text, not a third party's.
 */
const OWN_EARLIER =
  /(?<![\p{L}\p{N}])(?:I|we)\s+(?:\p{Ll}+ly\s+|also\s+|have\s+|had\s+)?(?:wrote|write|written|said|say|noted|argued|reported|explained|put\s+it)\b|\b(?:my|our)\s+(?:\p{L}+\s+)?(?:article|piece|column|post|review|book|report|story|essay|op-ed)s?\b/iu;

/** First person outside quote marks: a speaker's own words printed as a block (the lowercase pronouns, and "I"). */
const FIRST_PERSON = /\b(?:we|our|us|my)\b|(?<![\p{L}\p{N}])I(?![\p{L}\p{N}.])/u;
const QUOTED_RUN = /``[\s\S]*?''|\u201C[^\u201D]*\u201D|"[^"\n]*"/gu;

/** A sentence end in plain or pre-tokenised text: ". " / " . " before the next sentence (closing marks allowed). */
export const SENTENCE_END =
  /[.!?](?:\s*(?:''|["\u201D\u2019]))?(?:\s+(?=(?:``|["\u201C\u2018'(])?\s*[\p{Lu}\p{N}])|\s*$)/gu;
// a dotted abbreviation before a period and a number after it: a cited code ("8 U.S.C. 1182", pre-tokenised "U.S.C .
// 1182"), not the end of a sentence
const CODE_BEFORE = /(?:^|[^\p{L}.])(?:\p{L}\.)+\p{L}\s?\.\s*$/u;
const NUMBER_AFTER = /^\p{N}/u;

/** The last sentence of the paragraph text[start, end) when the paragraph ends in a colon, else null. */
export function colonLead(text: string, start: number, end: number): string | null {
  const t = text.slice(Math.max(start, end - 240), end).trimEnd();
  if (!t.endsWith(':')) return null;
  let cut = 0;
  for (const m of t.matchAll(SENTENCE_END)) {
    const e = m.index + m[0].length;
    if (!(NUMBER_AFTER.test(t.slice(e)) && CODE_BEFORE.test(t.slice(0, e)))) cut = e;
  }
  return t.slice(cut);
}

/**
 * Verbs of observing, arguing or summing up whose text a third party's block prints ("As the Ledger recently observed
 * :", "Roe counters that … :", "the group also summarized the bill :"); the writer's own ("As I argued :") is not a
 * cue.
 */
const OBSERVED = new Set(
  (
    'observed observes argued argues countered counters emailed emails summarized summarizes summarised summarises ' +
    'summed'
  ).split(' '),
);
const BE = new Set('is are was were be been being'.split(' '));
/** Verbs of finding before "that" ("An audit of the agency found that the office :", "discovered that … :"). */
const FOUND_THAT = /\b(?:found|finds|discovered|discovers|concluded|concludes|suggested|suggests|suggest)\s+that\b/iu;
/**
 * A document's noun tied to the colon by a clause of its own after a comma, with no comma after it (so no main clause
 * follows): "The statement , released Tuesday by the ministry after a long meeting :", "the new law , which the
 * assembly approved in May :".
 */
const DOC_CLAUSE = new RegExp(
  `\\b(?:${DOC_WORDS.replace(/ /g, '|')})s?\\s*,\\s+(?:which|released|issued|signed|published|sent|posted|filed|` +
    `obtained|introduced|unveiled|adopted|approved|passed|dated|written|delivered|read)\\b[^,;:]*:\\s*$`,
  'iu',
);

/**
 * A third party's words named in a lead-in that speaks in no first person: a verb of observing or summing up, a verb
 * of finding before "that", or a document's noun whose own clause runs to the colon.
 */
function thirdPartyText(lead: string, words: readonly string[]): boolean {
  // "the highlights are summarized below :": a passive with no one but the writer behind it
  const observed = words.some(
    (w, i) => OBSERVED.has(w) && !BE.has(words[i - 1] ?? '') && !/^(?:below|here)$/.test(words[i + 1] ?? ''),
  );
  if (observed && writerAsObject(lead)) return true;
  if (firstPerson(lead)) return false;
  return observed || FOUND_THAT.test(lead) || DOC_CLAUSE.test(lead);
}

/** The first verb of observing in a lead-in (OBSERVED), as written. */
const OBSERVED_AT = new RegExp(`\\b(?:${[...OBSERVED].join('|')})\\b`, 'iu');
/** The writer as a subject: "I", "we" (an object or possessive, "me", "my", "us", "our", names no writer's text). */
const FIRST_SUBJECT = /(?<![\p{L}\p{N}])(?:I|[Ww]e)(?![\p{L}\p{N}.])/u;

/**
 * A lead-in whose first person comes only after its verb of observing and only as an object or a possessive: the
 * third party writes to or about the writer ("Conant emails to correct my oversimplification :", "Lee emailed us :"),
 * so the block is the third party's.
 */
function writerAsObject(lead: string): boolean {
  const m = OBSERVED_AT.exec(lead);
  if (!m) return false;
  const before = lead.slice(0, m.index);
  return !firstPerson(before) && !FIRST_SUBJECT.test(lead.slice(m.index).replace(QUOTED_RUN, ' '));
}

/** A citation in brackets before the colon: "( via Politico ) :", "( transcript via NewsBusters ) :". */
const VIA = /\(\s*[^()]{0,40}\bvia\b[^()]{1,60}\)\s*:\s*$/iu;

/**
 * Whether a lead-in names speech or a document: a verb of speech anywhere, "here's the … quote", a citation "( via
 * … )", or a document's noun that names the text after the colon: among its last words ("… issued this statement :",
 * "Pelosi's statement was typical :") or after "this"/"the following", and not as a possessive or a topic ("The
 * report's findings :", "two questions about the decision :", "in order to …"), which the writer's own summary or list
 * follows.
 */
export function leadInCue(lead: string): boolean {
  if (HERE_IS.test(lead) || VIA.test(lead)) return true;
  const words = lead
    .replace(NOT_A_TEXT, ' ')
    .replace(/\s*['\u2019]\s*s\b/gu, " 's")
    .toLowerCase()
    .split(/[^\p{L}'\u2019-]+/u)
    .filter((w) => /\p{L}{2}/u.test(w) || w === "'s");
  return words.some((w, i) => SPEECH.has(w) || (DOCS.has(w) && namesText(words, i))) || thirdPartyText(lead, words);
}

/** Whether the document noun words[i] names the text the block prints (leadInCue). */
function namesText(words: readonly string[], i: number): boolean {
  const before = words[i - 1] ?? '';
  const after = words[i + 1] ?? '';
  if (after === "'s" || after === 'to' || words.slice(Math.max(0, i - 3), i).some((w) => TOPIC_BEFORE.has(w)))
    return false;
  return words.length - i <= DOC_REACH || TEXT_BEFORE.has(before) || ISSUED.has(before) || ISSUED.has(words[i - 2]);
}

// a lead-in that points at a report or a piece of writing: "Democrats are reportedly pleased:", "the story notes:"
const REPORT_LEAD =
  /\b(?:reportedly|reports?|reported|reporting|story|stories|piece|article|excerpts?|writes|wrote|written|notes|noted|explains|explained)\b/i;

/**
 * Whether a lead-in points at a report or a piece of writing, the way blogs and columns set off text quoted from
 * another article ("The Times reports :", "As the story notes :"); a plain colon ("The plan has three parts :")
 * introduces the writer's own text.
 */
export function reportLead(lead: string): boolean {
  return !OWN_EARLIER.test(lead) && REPORT_LEAD.test(lead.replace(NOT_A_TEXT, ' '));
}

/** Whether a text speaks in the first person outside quote marks ("we", "our", "us", "my", "I"). */
export function firstPerson(block: string): boolean {
  return FIRST_PERSON.test(block.replace(QUOTED_RUN, ' '));
}

/**
 * The lead-in (its last sentence, spaces squashed) of the block text[block[0], block[1]) after the paragraph
 * text[lead[0], lead[1]), or null when that paragraph does not end in a colon or is no block's lead-in: it names speech
 * or a document, or the block speaks in the first person while the lead-in does not (a speaker's words printed
 * without marks; after "I offer three objectives :" the first person is the writer's own), and the lead-in does not
 * quote the writer's own earlier words ("As I wrote in July :").
 */
export function blockLead(
  text: string,
  lead: readonly [number, number],
  block: readonly [number, number],
): string | null {
  const l = colonLead(text, lead[0], lead[1]);
  if (l === null || OWN_EARLIER.test(l)) return null;
  if (leadInCue(l) || (firstPerson(text.slice(block[0], block[1])) && !firstPerson(l)))
    return l.replace(/\s+/g, ' ').trim();
  return null;
}
