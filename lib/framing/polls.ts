// Poll results written as speech: "Thirty-nine percent said …", "a majority of respondents say …", "seven in 10
// say …". The speaker phrase is a share of a poll's sample, so the poll speaks (a document), under its maker's name
// when the sentence gives one ("surveyed by the Harbour Institute", "a new Valdor Daily poll"), not a person or
// a group of the text's own choosing. Pure; the patterns are the project's own.
import { firstStartingAt } from '../util/search.js';

const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';
/** Words that may open a share: hedges, "another", "the remaining", a connective caught with the phrase. */
const SHARE_LEAD =
  '(?:(?:about|around|nearly|almost|roughly|some|only|just|precisely|exactly|fully|over|under|more\\s+than|' +
  'fewer\\s+than|less\\s+than|close\\s+to|another|a\\s+further|an\\s+additional|the\\s+remaining|the\\s+other|' +
  'whereas|while|compared\\s+(?:with|to)|but|and|even|still|a\\s+full)\\s+)*';
/** The share itself: a percentage, "N in 10", "one in three", "two out of five", a fraction, half, a majority. */
const SHARE_HEAD =
  `(?:\\d+(?:\\.\\d+)?\\s*(?:%|percent|per\\s+cent)|${NUMBER_WORD}(?:-${NUMBER_WORD})?\\s+(?:percent|per\\s+cent)|` +
  `(?:\\d+|${NUMBER_WORD})\\s+(?:(?:in|out\\s+of)\\s+(?:\\d+|${NUMBER_WORD})|of\\s+(?:10|ten))(?!\\s+(?:percent|per\\s+cent)\\b)|(?:one|two|three|four)[-\\s](?:thirds?|quarters?|fourths?|fifths?)|` +
  '(?:a|one)\\s+(?:third|quarter|fourth|fifth)|half|(?:a|the)\\s+(?:\\p{L}+\\s+){0,2}(?:majority|plurality|minority)|' +
  'majorities|pluralities)';
/** What may follow the share: its population ("of Americans", "of those surveyed") or a participle of polling. */
const SHARE_TAIL =
  '(?:\\s+(?:of|among)\\s.*|\\s+(?:surveyed|polled|questioned|asked|interviewed)\\b.*|\\s+still|' +
  // "Seven in 10 Latinos", "one in three likely voters": the sample's people, plural, right after the share
  '\\s+(?!(?:the|those|these|his|her|its|their|our|my)\\s)(?:\\p{L}[\\p{L}-]*\\s+){0,2}\\p{L}[\\p{L}-]*s)?';
const POLL_SHARE = new RegExp(`^${SHARE_LEAD}${SHARE_HEAD}${SHARE_TAIL}$`, 'iu');
/** Respondents named as such: "many of our respondents", "people surveyed", "those polled". */
const RESPONDENTS =
  /(?<![\w-])(?:respondents|(?:those|people|voters|adults|Americans)\s+(?:surveyed|polled|questioned))\b/i;
/** A body a majority belongs to, not a sample: "the majority of the Senate", "a majority of the court". */
const BODY_MAJORITY = /\b(?:majority|minority)\s+of\s+the\s+(?:senate|house|court|committee|council|board|panel)\b/i;

/** A clause of one share before "and" and the next share: "57 percent opposed it and (the remaining 15 percent)". */
const SHARE_CLAUSE_AND = new RegExp(`^${SHARE_LEAD}${SHARE_HEAD}\\s+\\p{Ll}[^,;]*?\\s+and\\s+(?=\\S)`, 'iu');

/**
 * Whether a speaker phrase is a share of a poll's sample ("Thirty-nine percent", "A majority of voters surveyed"),
 * also after a clause of another share ("57 percent opposed it and the remaining 15 percent" said …).
 */
export function pollShare(phrase: string): boolean {
  const t = phrase
    .trim()
    .replace(/\s*\([^)]*\)$/, '') // "Fifty-four percent ( 54 % )"
    .replace(/[\s.,;:]+$/, '');
  const clause = SHARE_CLAUSE_AND.exec(t);
  return shareOnly(t) || (!!clause && shareOnly(t.slice(clause[0].length)));
}

/** Whether a phrase is a share of a sample and nothing else. */
function shareOnly(t: string): boolean {
  return (POLL_SHARE.test(t) || RESPONDENTS.test(t)) && !BODY_MAJORITY.test(t);
}

/** A capitalised name: words, "of", "for", "and", "&" inside. */
const CAPS = "\\p{Lu}[\\p{L}\\p{N}&.’'-]*(?:\\s+(?:of\\s+|for\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}\\p{N}&.’'-]*)*";
/** "surveyed by the Harbour Institute", "a poll conducted by Valdor Research", "a 2014 Valdor Daily poll". */
const MAKER_BY = new RegExp(
  `\\b(?:surveyed|polled|questioned|conducted|commissioned|released|published)\\s+by\\s+(?:the\\s+)?(${CAPS})`,
  'u',
);
/** A month, written before a poll's maker ("a December 2011 Valdor Daily poll"). */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const MAKER_BEFORE = new RegExp(
  `\\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\\s+(?:(?:[Nn]ew|recent|latest|national|nationwide|joint|very|\\d{4}|${MONTH}|\\p{Ll}+ly)\\s+)*` +
    `(${CAPS})(?:\\s*/\\s*${CAPS})?\\s+(?:\\p{Ll}+\\s+){0,2}(?:(?:poll|survey)s?|polling)\\b`,
  'u',
);
/** A maker opening the text with no article: "new Valdor Daily poll Sunday found", "Harbour polling conducted …". */
const MAKER_OPENING = new RegExp(
  `^(?!(?:A|An|The|This|That|In|On)\\s)(?:(?:[Nn]ew|[Rr]ecent|[Ll]atest)\\s+)*(${CAPS})\\s+(?:(?:poll|survey)s?|polling)\\b`,
  'u',
);
/** "a survey by the Harbour Institute", "polling from Valdor Research": the maker after the poll word. */
const MAKER_AFTER_POLL = new RegExp(`\\b(?:poll|survey|polling)s?\\s+(?:by|from)\\s+(?:the\\s+)?(${CAPS})`, 'u');
/** ", Gallup said", "…, Pew found": a maker named after the figure. */
const MAKER_AFTER = new RegExp(`,\\s+(?:the\\s+)?(${CAPS})\\s+(?:said|says|found|reported|reports)\\s*[.!]?\\s*$`, 'u');
/**
 * A phrase headed by a poll: "a Harbour Institute poll out Wednesday", "two recent Valdor Daily and Harbour News
 * polls", "a survey from the Harbour Center", "Polls taken during the election". Before the head only determiners,
 * numbers, capitalised words and poll modifiers; after it a maker, a date or a verb of finding. Not "a survey
 * respondent", "driving voters to the polls".
 */
const POLL_HEADED = new RegExp(
  '^(?:(?:a|an|the|this|that|these|those|two|three|several|new|recent|latest|snap|opinion|exit|online|national|' +
    "nationwide|joint|separate|same|earlier|previous|another|and|&|/|\\d{4}|\\p{Lu}[\\p{L}\\p{N}&.’'/-]*)\\s+)*" +
    '(?:[Pp]olls?|[Ss]urveys?|polling)(?:\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s+)?(?:by|from|of|conducted|' +
    'commissioned|released|published|taken|out|results|found|finds|showed|shows|in|last|this|on|among)\\b.*)?$',
  'u',
);

/** Whether a speaker phrase is a poll itself ("a Harbour Institute poll", "The poll found"): the poll speaks. */
export function pollHeaded(phrase: string): boolean {
  return POLL_HEADED.test(phrase.trim().replace(/[\s.,;:]+$/, ''));
}

/** The readings of a maker, in order of trust. */
const MAKERS = [MAKER_BY, MAKER_BEFORE, MAKER_OPENING, MAKER_AFTER_POLL, MAKER_AFTER];

/** Capitalised words that open a sentence or name a time, not a poll's maker. */
const NOT_MAKER =
  /^(?:The|A|An|This|That|In|On|Last|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The name of the poll's maker the sentence gives, if any. */
export function pollMaker(sentence: string): string | null {
  for (const re of MAKERS) {
    const m = re.exec(sentence);
    const name = m ? m[1].replace(/[’']s$/, '').replace(/[.,]+$/, '') : null;
    if (name && !NOT_MAKER.test(name)) return name;
  }
  return null;
}

/** A sentence that speaks of a poll or survey. */
const POLL_WORD = /\b(?:poll|survey)(?:s|ed)?\b/i;
/** A poll introduced with no maker: "a new poll", "another survey" (a later figure is not the earlier maker's). */
const NEW_POLL = /\b(?:[Aa]n?|[Aa]nother)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:poll|survey)\b/u;

/** A sentence that names a poll: where it starts, its paragraph, its maker (null for a poll with no maker). */
interface PollNamed {
  start: number;
  paragraph: number;
  maker: string | null;
}

/** How many paragraphs back a poll's maker carries to later figures. */
const POLL_REACH = 3;

/**
 * The maker of the poll last named before a sentence, for figures that follow it ("A Harbour Daily poll released
 * Tuesday showed … ¶ Thirty-nine percent said …"): read from the doc's poll sentences once (`makerBefore(start,
 * paragraph)`), by binary search; none when the last poll named is another with no maker, or lies more than three
 * paragraphs back.
 */
export function pollMakers(
  text: string,
  sentences: readonly { start: number; end: number; paragraph: number }[],
): (start: number, paragraph: number) => string | null {
  let named: PollNamed[] | undefined;
  const read = () => {
    const out: PollNamed[] = [];
    for (const s of sentences) {
      const t = text.slice(s.start, s.end);
      if (!POLL_WORD.test(t)) continue;
      const maker = pollMaker(t);
      if (maker || NEW_POLL.test(t)) out.push({ start: s.start, paragraph: s.paragraph, maker });
    }
    return out;
  };
  return (start, paragraph) => {
    named ??= read();
    const last = named[firstStartingAt(named, start) - 1];
    return last && last.paragraph >= paragraph - POLL_REACH ? last.maker : null;
  };
}
