// Where a title before a name starts when the words before it run on without a comma: a dateline's place after a
// sentence-opening preposition ("From Vienna Secretary of State X warned"), a work's or outlet's name opened by a
// capitalised "The" inside a sentence ("according to The New York Times Secretary of State X issued": a sentence
// break the text lost), a sentence adverb or a web page's call to its reader opening a line ("Hopefully President X
// will …", "Watch President X's speech"). Those words are no part of the title. Pure over the doc and token indexes.
import type { Doc } from '../types.js';
import { STARTS_UPPER } from '../util/letters.js';
import { opensSentence } from '../text/word-case.js';
import { isAdverb } from './adverbs.js';

/** Prepositions that open a sentence with a place ("From Vienna", "In Geneva", "At the United Nations"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'in', 'at', 'inside', 'outside', 'near', 'across']);

/**
 * Verbs a web page addresses its reader with at a line's start, before a video, a story or a feed ("Watch President
 * X's speech", "Read Secretary Y's letter"): general page furniture, no word of a title.
 */
const READER_CALLS: ReadonlySet<string> = new Set([
  'watch',
  'read',
  'listen',
  'see',
  'click',
  'subscribe',
  'follow',
  'share',
]);

/** A people's or a state's adjective ("Syrian", "Chinese", "British", "Iraqi"): a title's first word, no place. */
const NATIONALITY_SHAPE = /(?:an|ese|ish|i)$/;

/** What a title's words are, as the title reader knows them (label-titles.ts). */
export interface TitleWords {
  /** a title word ("secretary", "president") */
  titled: (norm: string) => boolean;
  /** a word that may stand in a title: a title word, a filler ("former"), a modifier ("senior") */
  holdsTitle: (norm: string) => boolean;
}

/**
 * The first token of the title that runs from token a to the name at ts, after leaving out what stands before the
 * title proper: when a sentence-opening preposition (PLACE_PREPOSITIONS) or a capitalised "The" inside a sentence
 * stands right before a, the capitalised words from a up to the first title word or a people's adjective are a place
 * or a name; when a opens its sentence or line with a sentence adverb ("Hopefully") or a reader's call
 * (READER_CALLS) that may stand in no title, that word. Returns a unchanged otherwise.
 */
export function titleStart(d: Doc, a: number, ts: number, words: TitleWords): number {
  const toks = d.tokens;
  a = afterMixedCase(d, a, ts);
  if (a >= ts) return a;
  const before = toks[a - 1];
  if (before && before.sentence === toks[a].sentence && opensName(d, a - 1)) {
    let k = a;
    const placeWord = (n: string) => !words.titled(n) && !NATIONALITY_SHAPE.test(n);
    while (k < ts && placeWord(toks[k].norm) && STARTS_UPPER.test(d.text[toks[k].start])) k++;
    return k < ts ? k : a;
  }
  const first = toks[a].norm;
  if (opensSentence(d, a) && !words.holdsTitle(first) && (isAdverb(first) || READER_CALLS.has(first))) return a + 1;
  return a;
}

/**
 * A word written in mixed case: capitals run on into lower-case letters ("DREAMer", "DACAmented") or a lower-case
 * start runs into a capital ("iPhone"). A coined noun or a brand, no title's word; a plural acronym ("CEOs") and a
 * name's inner capital ("McCain", "PhD") are not mixed so.
 */
const MIXED_CASE = /^(?:[A-Z]{2,}[a-z]{2,}|[a-z]+[A-Z])/;

/**
 * The first token of the title after the last mixed-case word between a and the name at ts ("The DREAMer President
 * X highlighted": "President"); a when there is none.
 */
function afterMixedCase(d: Doc, a: number, ts: number): number {
  for (let k = ts - 1; k >= a; k--) {
    const t = d.tokens[k];
    if (t.kind === 'word' && MIXED_CASE.test(d.text.slice(t.start, t.end))) return k + 1;
  }
  return a;
}

/**
 * Whether token j opens what follows as a place or a name: a preposition of place opening its sentence ("From
 * Vienna …"), or a capitalised "The" that does not ("according to The New York Times …").
 */
function opensName(d: Doc, j: number): boolean {
  const t = d.tokens[j];
  if (t.kind !== 'word' || !STARTS_UPPER.test(d.text[t.start])) return false;
  return opensSentence(d, j) ? PLACE_PREPOSITIONS.has(t.norm) : t.norm === 'the';
}
