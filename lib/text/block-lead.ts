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

/** Every cue word of a lead-in, lower case. */
const LEAD_WORDS = new Set(`${SPEECH_WORDS} ${DOC_WORDS}`.split(' '));
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

/** Whether a lead-in names speech or a document: a verb of speech or a document's noun, or "here's the … quote". */
export function leadInCue(lead: string): boolean {
  if (HERE_IS.test(lead)) return true;
  for (const w of lead
    .replace(NOT_A_TEXT, ' ')
    .toLowerCase()
    .split(/[^\p{L}-]+/u))
    if (LEAD_WORDS.has(w)) return true;
  return false;
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
