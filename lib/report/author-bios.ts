// An author's bio at the foot of an article: "Jane Doe is a senior fellow at the Ridge Institute." Like a byline it
// says who wrote the piece, not what it is about, so its name is a credit of the outlet (credit-lines.ts): the name
// there leaves the outlet's top terms, and its other uses, in the story, still count.
//
// A bio is a sentence that opens one of the article's last two paragraphs with a name (two to four capitalised
// words, initials allowed, two of them no ordinary words), then "is" or "was", an article ("a", "an", "the"), and
// within a few words a noun of a position or a trade (ROLE_WORDS, a small general list written from knowledge):
// "Kris Vell is the elected Secretary of State of Arden", "Ann Poe is a former governor of Fenwick".
import type { Doc } from '../types.js';
import { isUpperChar } from '../text/tokenize.js';
import type { OrdinaryWord } from '../text/word-case.js';

/** Nouns of a position or a trade a bio gives its author (and "former", which opens one). */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...['fellow', 'professor', 'columnist', 'writer', 'author', 'editor', 'contributor', 'director', 'reporter'],
  ...['journalist', 'correspondent', 'host', 'analyst', 'president', 'founder', 'chairman', 'chair', 'attorney'],
  ...['lawyer', 'member', 'commentator', 'advisor', 'adviser', 'expert', 'coordinator', 'scholar', 'economist'],
  ...['researcher', 'secretary', 'governor', 'senator', 'congressman', 'congresswoman', 'producer', 'executive'],
  ...['partner', 'pastor', 'candidate', 'student', 'former', 'pseudonym', 'lecturer', 'historian', 'blogger'],
]);
/** Articles after the bio's verb. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** How far after the article the role noun may come ("is a nationally syndicated radio talk-show host"). */
const ROLE_WINDOW = 6;

/** Mark, in `marks`, the name words of the bio sentences of `d`'s last two paragraphs. */
export function markBios(d: Doc, ordinary: OrdinaryWord, marks: Uint8Array): void {
  const sents = d.sentences;
  if (!sents.length) return;
  const lastPara = sents[sents.length - 1].paragraph;
  for (let s = sents.length - 1; s >= 0 && sents[s].paragraph >= lastPara - 1; s--) {
    const opensParagraph = s === 0 || sents[s - 1].paragraph !== sents[s].paragraph;
    if (opensParagraph) markBio(d, sents[s].tokenStart, sents[s].tokenEnd, ordinary, marks);
  }
}

/** Mark the name opening the sentence of tokens [from, to) when the sentence is a bio. */
function markBio(d: Doc, from: number, to: number, ordinary: OrdinaryWord, marks: Uint8Array): void {
  let k = from;
  while (k < to && k - from < 4 && d.tokens[k].kind === 'word' && isUpperChar(d.text[d.tokens[k].start])) k++;
  const name = [];
  for (let i = from; i < k; i++) if (!ordinary(d.tokens[i].norm) && d.tokens[i].norm.length > 2) name.push(i);
  if (k - from < 2 || name.length < 2) return;
  const verb = d.tokens[k]?.norm;
  if (verb !== 'is' && verb !== 'was') return;
  if (!ARTICLES.has(d.tokens[k + 1]?.norm ?? '')) return;
  for (let i = k + 2; i < Math.min(to, k + 2 + ROLE_WINDOW); i++)
    if (ROLE_WORDS.has(d.tokens[i].norm)) {
      for (const n of name) marks[n] = 1;
      return;
    }
}
